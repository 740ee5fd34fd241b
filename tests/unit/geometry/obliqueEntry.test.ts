// The tangential and pincer approaches on models/body.glb: for every trigger point, both sides, every
// approach it offers and every build of the model, the skin entry lies beside the trigger point, so "skin to
// trigger point" is bounded by the body's thickness along that line and stays within the longest needle
// (75 mm) unless the trigger point lies deeper than that below all skin.
import { existsSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadBuiltInAtlas } from '../../../src/atlas/builtin'
import type { Habitus } from '../../../src/atlas/schema'
import { depthScenes } from '../../../src/geometry/bodyMeshes'
import { depthReport, type DepthScene } from '../../../src/geometry/depthReport'
import { closestPoint, raycastAll } from '../../../src/geometry/meshBvh'
import { offeredApproaches } from '../../../src/geometry/needleApproach'
import { OBLIQUE_MAX_PATH_M } from '../../../src/geometry/needleDepth'
import { readGlb } from '../../../src/model/readGlb'

const MODEL = 'models/body.glb'
const { atlas } = loadBuiltInAtlas()
const HABITUS: readonly Habitus[] = ['underweight', 'lean', 'average', 'high']

/** Distance through the skin along the line from the entry point: to where the line next leaves the body, mm. */
function thicknessAlongMm(
  scene: DepthScene,
  entry: { x: number; y: number; z: number },
  direction: { x: number; y: number; z: number },
): number {
  const hits = raycastAll(scene.skin, entry, direction, 0.0005, 2)
  const exit = hits.find((h) => h.normal.x * direction.x + h.normal.y * direction.y + h.normal.z * direction.z > 0)
  return exit ? exit.distanceM * 1000 : Infinity
}

describe.skipIf(!existsSync(MODEL))('tangential and pincer entry points on the model', () => {
  let scenes: (habitus: Habitus) => DepthScene
  beforeAll(async () => {
    scenes = depthScenes(await readGlb(MODEL))
  })

  it('offers the oblique approaches at the chest-wall trigger points, including the upper trapezius and serratus anterior', () => {
    const offered = (id: string): string[] =>
      offeredApproaches(atlas.muscles.flatMap((m) => m.triggerPoints).find((t) => t.id === id)!.needling)
    expect(offered('upper-trapezius-trp1')).toEqual(['straight', 'tangential', 'pincer'])
    expect(offered('serratus-anterior-trp1')).toEqual(['straight', 'tangential', 'pincer'])
    expect(offered('gastrocnemius-trp-medial-head')).toEqual(['straight'])
  })

  it('bounds skin to trigger point by the body’s thickness along the path and the longest needle, for every trigger point', () => {
    let checked = 0
    const failures: string[] = []
    for (const habitus of HABITUS) {
      const scene = scenes(habitus)
      for (const muscle of atlas.muscles) {
        // A trigger point the atlas traces no path to has no entry (depth-trigger-point-reach checks it shows none).
        for (const triggerPoint of muscle.triggerPoints.filter((t) => !t.needling.notSimulatedReason)) {
          for (const approach of offeredApproaches(triggerPoint.needling).filter((a) => a !== 'straight')) {
            for (const side of ['left', 'right'] as const) {
              const r = depthReport(scene, { muscle, triggerPoint, side, habitus, approach, pleuraSites: atlas.pleuraSites })
              const label = `${triggerPoint.id} ${side} ${approach} ${habitus}`
              checked++
              if (r.skinEntryM === null || r.triggerPointDepthMm === null) {
                failures.push(`${label}: no entry`)
                continue
              }
              const depth = r.triggerPointDepthMm
              const thickness = thicknessAlongMm(scene, r.skinEntryM, r.directionWorld)
              // Within the longest needle, unless the trigger point itself lies deeper than that below every skin point.
              const nearestSkinMm = (closestPoint(scene.skin, r.triggerPointM)?.distanceM ?? 0) * 1000
              // …or deeper than the straight approach's own path, which the oblique approaches fall back to.
              const straightMm =
                depthReport(scene, { muscle, triggerPoint, side, habitus, approach: 'straight', pleuraSites: atlas.pleuraSites })
                  .triggerPointDepthMm ?? 0
              const bound = Math.max(OBLIQUE_MAX_PATH_M * 1000, nearestSkinMm, straightMm) + 0.5
              if (Math.abs(depth) > bound) failures.push(`${label}: ${depth.toFixed(1)} mm, over ${bound.toFixed(1)} mm`)
              if (depth > thickness + 0.5)
                failures.push(`${label}: ${depth.toFixed(1)} mm deeper than the body (${thickness.toFixed(1)} mm) along the path`)
            }
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(100)
    expect(failures).toEqual([])
  }, 120_000)
})
