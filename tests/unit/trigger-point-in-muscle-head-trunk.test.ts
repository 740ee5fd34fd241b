// The trigger points of the head, neck and trunk muscles added with the jaw, neck and chest-wall entries (the
// pterygoids, digastric, semispinalis capitis, serratus posterior superior, sternalis) lie inside the model muscle
// they name, on both sides of the built model: a location offset that drifts out of its muscle (into the skull, a
// neighbour or the skin) fails here. The pterygoids must also lie deep to the ramus of the mandible, as they do in
// the body, and not show on the surface of the face.
import { existsSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadBuiltInAtlas } from '../../src/atlas/builtin'
import { resolveAnchoredPoint } from '../../src/geometry/anchors'
import { landmarkLookupFromModel } from '../../src/geometry/bodyMeshes'
import { buildBvhMesh, closestPoint, raycastAll, type BvhMesh } from '../../src/geometry/meshBvh'
import { readGlb } from '../../src/model/readGlb'

const MODEL = 'models/body.glb'
/** How far outside its muscle's surface a trigger point may lie (the meshing error of thin muscles). */
const TOLERANCE_M = 0.003
const MUSCLE_IDS = [
  'lateral-pterygoid',
  'medial-pterygoid',
  'digastric',
  'semispinalis-capitis',
  'serratus-posterior-superior',
  'sternalis',
] as const
const { atlas } = loadBuiltInAtlas()

describe.skipIf(!existsSync(MODEL))('head, neck and trunk trigger points lie in their own model muscle', () => {
  let model: Awaited<ReturnType<typeof readGlb>>
  const meshes = new Map<string, BvhMesh>()
  beforeAll(async () => {
    model = await readGlb(MODEL)
  }, 120_000)

  const meshOf = (node: string): BvhMesh => {
    let mesh = meshes.get(node)
    if (!mesh) {
      const n = model.byName.get(node)?.mesh
      if (!n) throw new Error(`the model has no mesh "${node}"`)
      mesh = buildBvhMesh(node, { positions: n.positions, indices: n.indices })
      meshes.set(node, mesh)
    }
    return mesh
  }
  /** Inside a closed mesh: an odd number of crossings along a ray from the point. */
  const inside = (mesh: BvhMesh, p: { x: number; y: number; z: number }): boolean =>
    raycastAll(mesh, p, { x: 0.267, y: 0.535, z: 0.802 }).length % 2 === 1

  it('every muscle of this group is in the atlas with at least one trigger point', () => {
    for (const id of MUSCLE_IDS) {
      const m = atlas.muscles.find((x) => x.id === id)
      expect(m, id).toBeDefined()
      expect(m!.triggerPoints.length, id).toBeGreaterThan(0)
    }
  })

  it('each trigger point is inside its muscle, or within 3 mm of it, on the left and on the right', () => {
    const lookup = landmarkLookupFromModel(model)
    const misplaced: string[] = []
    for (const id of MUSCLE_IDS) {
      const muscle = atlas.muscles.find((m) => m.id === id)!
      for (const tp of muscle.triggerPoints) {
        for (const side of ['left', 'right'] as const) {
          const mesh = meshOf(`${id}.${side}`)
          const p = resolveAnchoredPoint(lookup, tp.location, side)
          const offM = inside(mesh, p) ? 0 : closestPoint(mesh, p)!.distanceM
          if (offM > TOLERANCE_M) misplaced.push(`${tp.id} (${side}): ${(offM * 1000).toFixed(1)} mm outside ${id}`)
        }
      }
    }
    expect(misplaced).toEqual([])
  })

  it('a point well outside a muscle is reported (the check can fail)', () => {
    const lookup = landmarkLookupFromModel(model)
    const tp = atlas.muscles.find((m) => m.id === 'sternalis')!.triggerPoints[0]!
    const p = resolveAnchoredPoint(lookup, tp.location, 'left')
    const moved = { x: p.x, y: p.y, z: p.z + 0.02 }
    const mesh = meshOf('sternalis.left')
    expect(inside(mesh, moved)).toBe(false)
    expect(closestPoint(mesh, moved)!.distanceM).toBeGreaterThan(TOLERANCE_M)
  })

  it('the pterygoids lie deep (medial) to the ramus of the mandible and to masseter, the digastric below the mandible', () => {
    const meanX = (node: string): number => {
      const pos = model.byName.get(node)!.mesh!.positions
      let sum = 0
      for (let i = 0; i < pos.length; i += 3) sum += pos[i]!
      return sum / (pos.length / 3)
    }
    const maxX = (node: string): number => {
      const pos = model.byName.get(node)!.mesh!.positions
      let m = -Infinity
      for (let i = 0; i < pos.length; i += 3) m = Math.max(m, pos[i]!)
      return m
    }
    const angle = landmarkLookupFromModel(model)('angle-of-mandible', 'left')!
    // the left copies are on +X: deep to the ramus means nearer the midline than masseter's inner face
    for (const id of ['lateral-pterygoid', 'medial-pterygoid']) {
      expect(maxX(`${id}.left`), `${id} stays inside the ramus`).toBeLessThan(meanX('masseter.left'))
      expect(maxX(`${id}.left`), `${id} stays medial to the angle of the mandible`).toBeLessThan(angle.x + 0.012)
    }
    const pos = model.byName.get('digastric.left')!.mesh!.positions
    let top = -Infinity
    for (let i = 1; i < pos.length; i += 3) top = Math.max(top, pos[i]!)
    expect(top, 'digastric reaches no higher than the mastoid notch').toBeLessThan(
      landmarkLookupFromModel(model)('mastoid-process', 'left')!.y + 0.01,
    )
  })
})
