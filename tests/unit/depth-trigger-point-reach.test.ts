// Every trigger point's straight path on the average build: the simulator's "skin to trigger point" must be a
// depth a needle is used at (at most 80 mm), so a trigger point sitting deep under the wrong muscle, or a path
// entering through the arm or the other side of the body, shows up here. The trigger points that still exceed it
// are listed with the reason; the list must stay exact (an entry that now passes has to be removed).
import { existsSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadBuiltInAtlas } from '../../src/atlas/builtin'
import { depthScenes } from '../../src/geometry/bodyMeshes'
import { depthReport } from '../../src/geometry/depthReport'
import { buildBvhMesh, raycastAll, type BvhMesh } from '../../src/geometry/meshBvh'
import { readGlb } from '../../src/model/readGlb'

const MODEL = 'models/body.glb'
const MAX_MM = 80
const { atlas } = loadBuiltInAtlas()

const THROUGH_THE_ARM = 'the straight path from the side passes through the arm, which hangs beside the trunk in the model (the technique needs the arm moved away)'
const DIRECTION_CROSSES_MIDLINE = 'the data direction points the needle laterally, so the straight path enters on the other side of the midline (the direction needs correcting)'
const DEEP_BY_NATURE = 'a deep trigger point reached through a thick layer (published needling here uses long needles or does not go straight in); not checked against a source'
const TOO_DEEP_IN_MODEL = 'the point lies deeper in the model than the muscle it names (location offsets or approach to be checked)'

/** Trigger points whose straight skin-to-trigger-point distance on the average build exceeds MAX_MM, and why. */
const KNOWN_DEEP: Record<string, string> = {
  'teres-major-trp1': DIRECTION_CROSSES_MIDLINE,
  'pectoralis-major-trp-sternal-medial': DIRECTION_CROSSES_MIDLINE,
  'pectoralis-major-trp-sternal-intermediate': DIRECTION_CROSSES_MIDLINE,
  'subscapularis-trp1': `${THROUGH_THE_ARM}; the axillary approach is taught with the arm abducted to about 90°`,
  'quadratus-lumborum-trp-superficial-caudal': `${THROUGH_THE_ARM} (the forearm and hand at the waist)`,
  'quadratus-lumborum-trp-superficial-cranial': `${THROUGH_THE_ARM} (the forearm and hand at the waist)`,
  'quadratus-lumborum-trp-deep-cranial': `${THROUGH_THE_ARM} (the forearm at the waist)`,
  'quadratus-lumborum-trp-deep-caudal': DEEP_BY_NATURE,
  'gluteus-medius-trp2': `${THROUGH_THE_ARM} (the hand beside the hip)`,
  'iliopsoas-trp-psoas': DEEP_BY_NATURE,
  'iliopsoas-trp-iliacus': DEEP_BY_NATURE,
  'piriformis-trp-medial': DEEP_BY_NATURE,
  'supraspinatus-trp-insertion': TOO_DEEP_IN_MODEL,
  'deltoid-trp-posterior': TOO_DEEP_IN_MODEL,
  'teres-minor-trp1': TOO_DEEP_IN_MODEL,
  'teres-major-trp2': TOO_DEEP_IN_MODEL,
  'adductor-longus-trp-distal': TOO_DEEP_IN_MODEL,
  'vastus-lateralis-trp-distal': 'the data direction runs steeply down the thigh, so the straight path crosses the vastus obliquely',
}

describe.skipIf(!existsSync(MODEL))('straight skin-to-trigger-point distance on the average build', () => {
  let scene: ReturnType<ReturnType<typeof depthScenes>>
  let model: Awaited<ReturnType<typeof readGlb>>
  beforeAll(async () => {
    model = await readGlb(MODEL)
    scene = depthScenes(model)('average')
  }, 120_000)

  /** Inside a closed mesh: an odd number of crossings along a ray from the point. */
  const inside = (mesh: BvhMesh, p: { x: number; y: number; z: number }): boolean =>
    raycastAll(mesh, p, { x: 0.267, y: 0.535, z: 0.802 }).length % 2 === 1

  const depthOf = (muscleId: string, tpId: string): number | null => {
    const muscle = atlas.muscles.find((m) => m.id === muscleId)!
    const triggerPoint = muscle.triggerPoints.find((t) => t.id === tpId)!
    return depthReport(scene, { muscle, triggerPoint, side: 'left', habitus: 'average', pleuraSites: atlas.pleuraSites }).triggerPointDepthMm
  }

  it(`is at most ${MAX_MM} mm for every trigger point not listed, and beyond it for every one listed (the list stays exact)`, () => {
    const tooDeep: string[] = []
    const listedButFine: string[] = []
    for (const m of atlas.muscles) {
      for (const tp of m.triggerPoints) {
        const d = depthOf(m.id, tp.id)
        expect(d, `${tp.id}: no skin entry`).not.toBeNull()
        if (KNOWN_DEEP[tp.id] === undefined && d! > MAX_MM) tooDeep.push(`${tp.id} ${d!.toFixed(1)} mm`)
        if (KNOWN_DEEP[tp.id] !== undefined && d! <= MAX_MM) listedButFine.push(`${tp.id} ${d!.toFixed(1)} mm`)
      }
    }
    expect(tooDeep, 'deeper than the limit and not listed').toEqual([])
    expect(listedButFine, 'listed as too deep but within the limit: remove from KNOWN_DEEP').toEqual([])
    const ids = new Set(atlas.muscles.flatMap((m) => m.triggerPoints.map((t) => t.id)))
    expect(Object.keys(KNOWN_DEEP).filter((id) => !ids.has(id)), 'listed ids that are not trigger points').toEqual([])
  })

  it('serratus anterior and the scalenes: the trigger point lies in its muscle, entered through nearby skin', () => {
    // serratus anterior over the lateral chest wall (facts.md §17: digitations near the mid-axillary line); the
    // scalenes in the root of the neck, above or in front of the cupula
    for (const [muscleId, tpId, maxMm] of [
      ['serratus-anterior', 'serratus-anterior-trp1', 70],
      ['scalenes', 'scalenes-trp-anterior', 70],
      ['scalenes', 'scalenes-trp-middle', 60],
    ] as const) {
      const muscle = atlas.muscles.find((m) => m.id === muscleId)!
      const triggerPoint = muscle.triggerPoints.find((t) => t.id === tpId)!
      const r = depthReport(scene, { muscle, triggerPoint, side: 'left', habitus: 'average', pleuraSites: atlas.pleuraSites })
      expect(r.entryMethod, tpId).toBe('reverse-cast')
      expect(r.triggerPointDepthMm!, tpId).toBeLessThanOrEqual(maxMm)
      const node = model.byName.get(`${muscleId}.left`)!.mesh!
      const mesh = buildBvhMesh(muscleId, { positions: node.positions, indices: node.indices })
      expect(inside(mesh, r.triggerPointM), `${tpId} lies inside the model's ${muscleId}`).toBe(true)
    }
  })
})
