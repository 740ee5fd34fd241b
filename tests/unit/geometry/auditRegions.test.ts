// The regions added after the clinical audit of December 2026 (orbit apart from the eyebrow, the point of the
// elbow) have skin on the real model on both sides, stay apart from their neighbours, and feed the ranking:
// pain painted over the olecranon ranks the triceps; pain painted over the eye ranks a muscle that refers
// behind the eye (facts.md §4 row 3).
import { existsSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadBuiltInAtlas } from '../../../src/atlas/builtin'
import { rankMuscles } from '../../../src/atlas/rank'
import type { LandmarkLookup } from '../../../src/geometry/anchors'
import { regionWeightsFromMask, type RegionFootprint } from '../../../src/geometry/regionWeights'
import { verticesWithin, type SkinGrid } from '../../../src/geometry/skinGrid'
import { loadModelSkin, nearestSkinPoint, type ModelSkin } from '../helpers/modelSkin'

const MODEL = 'models/body.glb'
const { atlas } = loadBuiltInAtlas()

describe.skipIf(!existsSync(MODEL))('regions added after the audit, on the model’s skin', () => {
  let skin: ModelSkin
  let grid: SkinGrid
  let lookup: LandmarkLookup
  let footprints: RegionFootprint[]
  let problems: { regionId: string }[]

  beforeAll(async () => {
    skin = await loadModelSkin(MODEL, atlas.regions)
    ;({ grid, lookup, footprints, problems } = skin)
  })

  function footprint(regionId: string, side: 'left' | 'right'): RegionFootprint {
    const f = footprints.find((x) => x.regionId === regionId && x.side === side)
    expect(f, `${regionId}.${side}`).toBeDefined()
    return f!
  }

  /** Paints the skin within radiusM of the skin point nearest to a landmark offset (metres, model axes). */
  function paintNear(landmark: string, side: 'left' | 'right', radiusM: number, dy = 0, dz = 0): Uint8Array {
    const p = lookup(landmark, side)!
    const target = { x: p.x, y: p.y + dy, z: p.z + dz }
    const centre = nearestSkinPoint(skin, target)
    expect(centre, `skin within 10 cm of ${landmark}.${side}`).not.toBeNull()
    const mask = new Uint8Array(grid.vertexCount)
    verticesWithin(grid, centre!, radiusM, (v) => {
      mask[v] = 1
    })
    return mask
  }

  it('paints orbit and posterior elbow on both sides, with no region left unplaced', () => {
    expect(problems).toEqual([])
    for (const id of ['orbit', 'eye', 'posterior-elbow']) {
      for (const side of ['left', 'right'] as const) {
        const f = footprint(id, side)
        expect(f.vertices.length, `${id}.${side} vertices`).toBeGreaterThan(3)
        expect(f.totalWeight, `${id}.${side} area`).toBeGreaterThan(0)
      }
    }
  })

  it('keeps the orbit apart from the eyebrow: most of each is not the other', () => {
    for (const side of ['left', 'right'] as const) {
      const orbit = new Set(footprint('orbit', side).vertices)
      const brow = footprint('eye', side).vertices
      const shared = brow.filter((v) => orbit.has(v)).length
      expect(shared / brow.length, `${side}: eyebrow vertices also in the orbit`).toBeLessThan(0.5)
      expect(shared / orbit.size, `${side}: orbit vertices also in the eyebrow`).toBeLessThan(0.5)
    }
  })

  it('pain painted over the point of the left elbow weighs posterior-elbow most and ranks the triceps first', () => {
    const pain = regionWeightsFromMask(footprints, paintNear('olecranon', 'left', 0.02))
    expect(pain[0]?.regionId).toBe('posterior-elbow.left')
    expect(pain.some((p) => p.regionId.endsWith('.right'))).toBe(false)
    expect(rankMuscles(atlas.muscles, pain)[0]?.muscleId).toBe('triceps-brachii')
  })

  it('pain painted over the right eye gives the orbit weight and ranks a behind-the-eye muscle in the top 3', () => {
    const pain = regionWeightsFromMask(footprints, paintNear('supraorbital-margin', 'right', 0.012, -0.02))
    expect(pain.map((p) => p.regionId)).toContain('orbit.right')
    const top3 = rankMuscles(atlas.muscles, pain)
      .slice(0, 3)
      .map((m) => m.muscleId)
    expect(
      top3.some((id) => ['splenius-cervicis', 'suboccipitals', 'upper-trapezius'].includes(id)),
      top3.join(', '),
    ).toBe(true)
  })
})
