// One depth pipeline: the needle panel and `atlas depth` must give the same path on models/body.glb for
// every trigger point, build, approach and side. The app's side is fed as the app is: three's GLTFLoader
// parses the file into a scene, the viewer prepares it (prepareBody, the body handle), and the panel's own code (needleMeshes with the build's morph
// weights, measureNeedlePath) measures it; the CLI's side reads the file with readGlb and runs depthReport.
import { existsSync, readFileSync } from 'node:fs'
import type { Group } from 'three'
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js'
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js'
import { beforeAll, describe, expect, it } from 'vitest'
import { BUILD_IDS } from '../../../src/atlas/builds'
import { loadBuiltInAtlas } from '../../../src/atlas/builtin'
import { measureNeedlePath, type NeedlePath } from '../../../src/features/needle/needlePath'
import { needleMeshes } from '../../../src/features/scene/needleMeshes'
import { depthScenes } from '../../../src/geometry/bodyMeshes'
import { depthReport, type DepthReport } from '../../../src/geometry/depthReport'
import { NEEDLE_APPROACHES } from '../../../src/geometry/needleApproach'
import { readGlb } from '../../../src/model/readGlb'
import { bodyHandle, withSkin } from '../../../src/viewer/scene/body'
import { mapByOwnExtras, prepareBody } from '../../../src/viewer/scene/prepareBody'

const MODEL = 'models/body.glb'
const TOLERANCE_MM = 0.1
const { atlas } = loadBuiltInAtlas()

function parseGlb(path: string): Promise<Group> {
  const buf = readFileSync(path)
  const data = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength)
  const loader = new GLTFLoader()
  loader.setMeshoptDecoder(MeshoptDecoder)
  return new Promise((resolve, reject) => loader.parse(data, '', (gltf) => resolve(gltf.scene), reject))
}

const dist = (a: { x: number; y: number; z: number }, b: { x: number; y: number; z: number }): number =>
  Math.hypot(a.x - b.x, a.y - b.y, a.z - b.z) * 1000

describe.skipIf(!existsSync(MODEL))('needle panel and atlas depth agree on models/body.glb', () => {
  let appScene: Group
  let cliScenes: ReturnType<typeof depthScenes>

  beforeAll(async () => {
    appScene = await parseGlb(MODEL)
    cliScenes = depthScenes(await readGlb(MODEL))
  }, 120_000)

  it('every trigger point × build × approach × side: entry, trigger point, pleura and every danger structure within 0.1 mm', () => {
    const body = withSkin(bodyHandle(prepareBody({ scene: appScene, originalName: new Map() }, mapByOwnExtras)))!
    expect(body).not.toBeNull()
    const lookup = body.lookup
    const disagreements: string[] = []
    let compared = 0
    let pleuraMet = 0
    for (const build of BUILD_IDS) {
      const meshes = needleMeshes(body, build)
      const cliScene = cliScenes(build)
      expect(meshes.hazards.map((h) => h.name).sort()).toEqual(cliScene.hazards.map((h) => h.name).sort())
      expect(meshes.pleura.map((h) => h.name).sort()).toEqual(cliScene.pleura.map((h) => h.name).sort())
      for (const muscle of atlas.muscles) {
        for (const triggerPoint of muscle.triggerPoints) {
          for (const approach of NEEDLE_APPROACHES) {
            for (const side of ['left', 'right'] as const) {
              const label = `${triggerPoint.id} ${build} ${approach} ${side}`
              const cli: DepthReport = depthReport(cliScene, {
                muscle,
                triggerPoint,
                side,
                habitus: build,
                approach,
                pleuraSites: atlas.pleuraSites,
              })
              let app: NeedlePath | null = null
              try {
                app = measureNeedlePath({ lookup, muscleId: muscle.id, triggerPoint, side, approach, ...meshes })
              } catch {
                app = null
              }
              compared++
              if (!app || !cli.skinEntryM) {
                if (!!app !== !!cli.skinEntryM) disagreements.push(`${label}: one side found no skin entry`)
                continue
              }
              const diffs: [string, number][] = [
                ['entry', dist(app.entryM, cli.skinEntryM)],
                ['trigger point', dist(app.targetM, cli.triggerPointM)],
                ['skin to trigger point', Math.abs(app.targetDepthMm - cli.triggerPointDepthMm!)],
                ['direction (mm at 100 mm)', dist(app.direction, cli.directionWorld) * 0.1],
              ]
              if ((app.pleuraDepthMm === null) !== (cli.modelDepthToPleuraMm === null) || app.pleuraName !== cli.pleuraMesh) {
                disagreements.push(
                  `${label}: pleura ${app.pleuraName}@${app.pleuraDepthMm} vs ${cli.pleuraMesh}@${cli.modelDepthToPleuraMm}`,
                )
              } else if (app.pleuraDepthMm !== null) {
                pleuraMet++
                diffs.push(['skin to pleura', Math.abs(app.pleuraDepthMm - cli.modelDepthToPleuraMm!)])
              }
              const appHazards = app.hazards.map((h) => h.name).join(',')
              const cliHazards = cli.hazardsAlongPath.map((h) => h.name).join(',')
              if (appHazards !== cliHazards) {
                disagreements.push(`${label}: danger structures ${appHazards} vs ${cliHazards}`)
              } else {
                app.hazards.forEach((h, i) => diffs.push([h.name, Math.abs(h.depthMm - cli.hazardsAlongPath[i]!.depthMm)]))
              }
              for (const [what, d] of diffs) {
                if (!(d <= TOLERANCE_MM)) disagreements.push(`${label}: ${what} differs by ${d.toFixed(3)} mm`)
              }
            }
          }
        }
      }
    }
    expect(disagreements.slice(0, 20)).toEqual([])
    const points = atlas.muscles.reduce((n, m) => n + m.triggerPoints.length, 0)
    expect(compared).toBe(points * BUILD_IDS.length * NEEDLE_APPROACHES.length * 2)
    // The comparison is not empty: many paths meet the pleura.
    expect(pleuraMet).toBeGreaterThan(100)
  }, 300_000)
})
