// Every trigger point of the atlas, placed from its landmark and offsets on each generated body, lies inside its own
// muscle's mesh or within 3 mm of it, on both sides: the mark a student sees sits in the muscle the data names and
// the needle simulator aims into that muscle. The trigger points that do not yet are listed with the reason; the list
// stays exact (one that now passes has to be removed).
import { beforeAll, describe, expect, it } from 'vitest'
import { loadBuiltInAtlas } from '../../../src/atlas/builtin'
import { resolveAnchoredPoint } from '../../../src/geometry/anchors'
import { landmarkLookupFromModel } from '../../../src/geometry/bodyMeshes'
import { closestPoint, raycastAll, type BvhMesh } from '../../../src/geometry/meshBvh'
import { meshTrees } from '../helpers/modelTrees'
import { BODIES } from '../helpers/bodies'
import type { Vec3Like } from '../../../src/geometry/vec'
import { readGlb } from '../../../src/model/readGlb'

const NEAR_M = 0.003
const { atlas } = loadBuiltInAtlas()

/** Trigger points further than NEAR_M from their own muscle on the model, and why. */
const KNOWN_OUTSIDE: Record<string, string> = {
  'gluteus-minimus-trp-posterior':
    "16 mm outside: the model's gluteus minimus does not reach back under gluteus medius as far as the posterior trigger point",
  'iliocostalis-thoracis-trp-mid':
    "22 mm outside: the model's iliocostalis thoracis lies 2.5 cm lateral of the rib angles, the point beside longissimus, and is cut away under the rhomboids",
  'iliocostalis-thoracis-trp-low': "16 mm outside: the model's iliocostalis thoracis ends about 1 cm above the point, on rib 12",
  'rhomboids-trp-major':
    '8 mm outside: the point is placed straight below the root of the scapular spine, but with the thoracic kyphosis the chest wall and the rhomboids lie further back at that level',
}

/** Inside a closed mesh: an odd number of crossings along a ray from the point (an oblique ray, off the grid axes). */
const inside = (mesh: BvhMesh, p: Vec3Like): boolean => raycastAll(mesh, p, { x: 0.267, y: 0.535, z: 0.802 }).length % 2 === 1

describe.each(BODIES)('every trigger point lies in its own muscle on $file', ({ file }) => {
  let model: Awaited<ReturnType<typeof readGlb>>
  const tree = meshTrees(() => model)
  beforeAll(async () => {
    model = await readGlb(file)
  }, 120_000)

  /** How far the point lies outside the muscle's mesh (0 inside), in metres. */
  const outsideBy = (nodeName: string, p: Vec3Like): number => {
    const mesh = tree(nodeName)
    if (inside(mesh, p)) return 0
    return closestPoint(mesh, p)?.distanceM ?? Infinity
  }

  it(`within ${NEAR_M * 1000} mm of its muscle on both sides, except the listed ones (the list stays exact)`, () => {
    const lookup = landmarkLookupFromModel(model)
    const outside: string[] = []
    const listedButFine: string[] = []
    for (const m of atlas.muscles) {
      for (const tp of m.triggerPoints) {
        const worst = Math.max(
          ...(['left', 'right'] as const).map((side) => outsideBy(`${m.id}.${side}`, resolveAnchoredPoint(lookup, tp.location, side))),
        )
        if (KNOWN_OUTSIDE[tp.id] === undefined && worst > NEAR_M) outside.push(`${tp.id}: ${(worst * 1000).toFixed(1)} mm outside ${m.id}`)
        if (KNOWN_OUTSIDE[tp.id] !== undefined && worst <= NEAR_M) listedButFine.push(tp.id)
      }
    }
    expect(outside, 'outside their muscle and not listed').toEqual([])
    expect(listedButFine, 'listed as outside but now in their muscle: remove from KNOWN_OUTSIDE').toEqual([])
    const ids = new Set(atlas.muscles.flatMap((m) => m.triggerPoints.map((t) => t.id)))
    expect(
      Object.keys(KNOWN_OUTSIDE).filter((id) => !ids.has(id)),
      'listed ids that are not trigger points',
    ).toEqual([])
  })

  it('a point well away from its muscle is reported as outside it (the check can fail)', () => {
    const lookup = landmarkLookupFromModel(model)
    const olecranon = lookup('olecranon', 'left')!
    expect(outsideBy('supinator.left', { x: olecranon.x, y: olecranon.y + 0.08, z: olecranon.z })).toBeGreaterThan(NEAR_M)
    expect(outsideBy('soleus.left', { x: olecranon.x, y: olecranon.y, z: olecranon.z })).toBeGreaterThan(NEAR_M)
  })
})
