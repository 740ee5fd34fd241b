// Every trigger point of the leg and foot muscles must lie in its own muscle on the built model (inside its mesh, or
// within 3 mm of it), on both sides: a trigger point that sits in the wrong muscle, in bone or under the skin beside
// the muscle would show the student the wrong place and send the needle simulator down the wrong path. The
// trigger points that still miss are listed with their distance; the list must stay exact.
import { existsSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadBuiltInAtlas } from '../../src/atlas/builtin'
import { resolveAnchoredPoint } from '../../src/geometry/anchors'
import { landmarkLookupFromModel } from '../../src/geometry/bodyMeshes'
import { type BvhMesh, buildBvhMesh, closestPoint, raycastAll } from '../../src/geometry/meshBvh'
import { readGlb } from '../../src/model/readGlb'

const MODEL = 'models/body.glb'
const NEAR_MM = 3
const REGION = 'leg-foot'
const { atlas } = loadBuiltInAtlas()

/** Leg and foot trigger points that lie more than NEAR_MM outside their muscle on the built model, and why. */
const KNOWN_OUTSIDE: Record<string, string> = {
  'fibularis-longus-trp1': 'about 5 mm outside, behind the belly next to the fibula (location offsets or the belly path to be checked)',
}

describe.skipIf(!existsSync(MODEL))('leg and foot trigger points lie in their own muscle on the built model', () => {
  let model: Awaited<ReturnType<typeof readGlb>>
  let landmarks: ReturnType<typeof landmarkLookupFromModel>
  const meshes = new Map<string, BvhMesh>()
  beforeAll(async () => {
    model = await readGlb(MODEL)
    landmarks = landmarkLookupFromModel(model)
  }, 120_000)

  const muscleMesh = (id: string, side: 'left' | 'right'): BvhMesh => {
    const key = `${id}.${side}`
    let mesh = meshes.get(key)
    if (!mesh) {
      const node = model.byName.get(key)?.mesh
      if (!node) throw new Error(`the model has no mesh "${key}"`)
      mesh = buildBvhMesh(key, { positions: node.positions, indices: node.indices })
      meshes.set(key, mesh)
    }
    return mesh
  }

  /** Millimetres outside the mesh (0 inside): inside is an odd number of crossings along a fixed ray. */
  const outsideMm = (mesh: BvhMesh, p: { x: number; y: number; z: number }): number => {
    if (raycastAll(mesh, p, { x: 0.267, y: 0.535, z: 0.802 }).length % 2 === 1) return 0
    return (closestPoint(mesh, p)?.distanceM ?? Infinity) * 1000
  }

  const legFoot = atlas.muscles.filter((m) => m.region === REGION)

  it('covers the leg and foot muscles, including the foot muscles of the sole', () => {
    const ids = legFoot.map((m) => m.id)
    for (const id of ['soleus', 'tibialis-posterior', 'popliteus', 'quadratus-plantae', 'abductor-hallucis']) expect(ids).toContain(id)
  })

  it(`within ${NEAR_MM} mm of its muscle on both sides, except the listed ones (the list stays exact)`, () => {
    const outside: string[] = []
    const listedButFine: string[] = []
    for (const m of legFoot) {
      for (const tp of m.triggerPoints) {
        const worst = Math.max(
          ...(['left', 'right'] as const).map((side) =>
            outsideMm(muscleMesh(m.id, side), resolveAnchoredPoint(landmarks, tp.location, side)),
          ),
        )
        if (KNOWN_OUTSIDE[tp.id] === undefined && worst > NEAR_MM) outside.push(`${tp.id}: ${worst.toFixed(1)} mm outside ${m.id}`)
        if (KNOWN_OUTSIDE[tp.id] !== undefined && worst <= NEAR_MM) listedButFine.push(tp.id)
      }
    }
    expect(outside, 'trigger points outside their muscle').toEqual([])
    expect(listedButFine, 'listed as outside but now in their muscle: remove from KNOWN_OUTSIDE').toEqual([])
  })

  it('fails for a point placed in the wrong muscle (the check can fail)', () => {
    const soleus = atlas.muscles.find((m) => m.id === 'soleus')!
    const p = resolveAnchoredPoint(landmarks, soleus.triggerPoints[0].location, 'left')
    expect(outsideMm(muscleMesh('abductor-hallucis', 'left'), p)).toBeGreaterThan(100)
    expect(outsideMm(muscleMesh('soleus', 'left'), p)).toBeLessThanOrEqual(NEAR_MM)
  })
})
