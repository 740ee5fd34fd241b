// The thigh muscle moved from the context muscles into the atlas (adductor magnus): every trigger point, placed from its
// landmark and offsets on the built model, lies inside its own muscle's mesh (or within 3 mm of it) on both sides,
// so the marker a student sees sits in the muscle the data names and the needle simulator aims into that muscle.
import { existsSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadBuiltInAtlas } from '../../src/atlas/builtin'
import { resolveAnchoredPoint } from '../../src/geometry/anchors'
import { landmarkLookupFromModel } from '../../src/geometry/bodyMeshes'
import { buildBvhMesh, closestPoint, raycastAll, type BvhMesh } from '../../src/geometry/meshBvh'
import type { Vec3Like } from '../../src/geometry/vec'
import { readGlb } from '../../src/model/readGlb'

const MODEL = 'models/body.glb'
const MUSCLE_IDS = ['adductor-magnus'] as const
const TOLERANCE_M = 0.003
const { atlas } = loadBuiltInAtlas()

/** Inside a closed mesh: an odd number of crossings along a ray from the point (an oblique ray, off the grid axes). */
const inside = (mesh: BvhMesh, p: Vec3Like): boolean => raycastAll(mesh, p, { x: 0.267, y: 0.535, z: 0.802 }).length % 2 === 1

describe.skipIf(!existsSync(MODEL))('thigh trigger points lie in their own muscle on the model', () => {
  let model: Awaited<ReturnType<typeof readGlb>>
  beforeAll(async () => {
    model = await readGlb(MODEL)
  }, 120_000)

  /** How far the point lies outside the mesh (0 inside), in metres. */
  const outsideBy = (nodeName: string, p: Vec3Like): number => {
    const node = model.byName.get(nodeName)?.mesh
    if (!node) throw new Error(`the model has no mesh "${nodeName}"`)
    const mesh = buildBvhMesh(nodeName, { positions: node.positions, indices: node.indices })
    if (inside(mesh, p)) return 0
    const hit = closestPoint(mesh, p)
    return hit ? hit.distanceM : Infinity
  }

  it('every muscle is in the atlas with trigger points', () => {
    for (const id of MUSCLE_IDS) expect(atlas.muscles.find((m) => m.id === id)?.triggerPoints.length ?? 0, id).toBeGreaterThan(0)
  })

  for (const side of ['left', 'right'] as const) {
    it(`on the ${side}, each trigger point is inside its muscle or within ${TOLERANCE_M * 1000} mm of it`, () => {
      const lookup = landmarkLookupFromModel(model)
      const misplaced: string[] = []
      for (const id of MUSCLE_IDS) {
        const muscle = atlas.muscles.find((m) => m.id === id)!
        for (const tp of muscle.triggerPoints) {
          const p = resolveAnchoredPoint(lookup, tp.location, side)
          const d = outsideBy(`${id}.${side}`, p)
          if (d > TOLERANCE_M) misplaced.push(`${tp.id}: ${(d * 1000).toFixed(1)} mm outside ${id}.${side}`)
        }
      }
      expect(misplaced).toEqual([])
    })
  }

  it('a point well away from the muscle is reported as outside it (the check can fail)', () => {
    const lookup = landmarkLookupFromModel(model)
    const knee = lookup('medial-femoral-condyle', 'left')!
    expect(outsideBy('adductor-magnus.left', { x: knee.x + 0.08, y: knee.y - 0.1, z: knee.z + 0.05 })).toBeGreaterThan(TOLERANCE_M)
  })
})
