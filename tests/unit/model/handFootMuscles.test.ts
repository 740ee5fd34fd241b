// The hand's and the foot's own muscles on both generated bodies (src/model/handFootMuscles.ts), on both sides: each
// there, none inside the hand's or the foot's bones, and where an atlas draws them. In the hand, measured across it
// from the ulnar to the radial styloid and from the back of the hand to the palm: the thenar muscles on the thumb's
// side and in front, the hypothenar muscles on the little finger's side, adductor pollicis toward the thumb, the
// lumbricals in front of the dorsal interossei across the palm, the dorsal interossei behind the metacarpals across the
// hand but not onto the little finger, the long flexor tendons running on down the fingers, and the extensor tendons
// down their backs to the distal phalanges.
// In the foot: abductor digiti minimi along the lateral border of the sole, flexor digitorum brevis under the middle
// of the sole, extensor digitorum brevis on the lateral part of the dorsum in front of the lateral malleolus.
import { describe, expect, it } from 'vitest'
import { FOOT_MUSCLE_IDS, HAND_MUSCLE_IDS } from '../../../src/anatomy/ids'
import type { BodyModel } from '../../../src/model/readGlb'
import { BODIES, bodyModelLoader } from '../helpers/bodies'
import { insideByVote, meshPositions, meshTrees } from '../helpers/modelTrees'

type V = [number, number, number]
const SIDES = ['left', 'right'] as const

/** A side's points in the left side's frame: the right side's x mirrored, so one set of expectations serves both. */
const asLeft = (side: (typeof SIDES)[number], p: V): V => (side === 'left' ? p : [-p[0], p[1], p[2]])

function vertices(m: BodyModel, nodeName: string, side: (typeof SIDES)[number]): V[] {
  const p = meshPositions(m, nodeName)
  const out: V[] = []
  for (let i = 0; i < p.length; i += 3) out.push(asLeft(side, [p[i]!, p[i + 1]!, p[i + 2]!]))
  return out
}

const centroid = (ps: readonly V[]): V => [0, 1, 2].map((k) => ps.reduce((s, p) => s + p[k]!, 0) / ps.length) as V
const dot = (a: V, b: V): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2]
const sub = (a: V, b: V): V => [a[0] - b[0], a[1] - b[1], a[2] - b[2]]

function landmark(m: BodyModel, name: string, side: (typeof SIDES)[number]): V {
  const n = m.byName.get(`${name}.${side}`)
  if (!n) throw new Error(`no landmark ${name}.${side}`)
  return asLeft(side, n.positionM)
}

describe.each(BODIES)('$file: the muscles of the hand and the foot', ({ file }) => {
  const load = bodyModelLoader(file)
  let model: BodyModel | undefined
  const tree = meshTrees(() => model!)

  it('are there on both sides, inside none of the hand’s or the foot’s bones', async () => {
    model = await load()
    for (const side of SIDES)
      for (const [bone, ids] of [
        ['hand', [...HAND_MUSCLE_IDS, 'flexor-digitorum-superficialis', 'extensor-digitorum']],
        ['foot', FOOT_MUSCLE_IDS],
      ] as const)
        for (const id of ids) {
          const p = meshPositions(model, `${id}.${side}`)
          let inside = 0
          for (let i = 0; i < p.length; i += 3)
            if (insideByVote(tree(`${bone}.${side}`), { x: p[i]!, y: p[i + 1]!, z: p[i + 2]! })) inside++
          expect(inside, `${id}.${side}: vertices inside the ${bone}'s bones`).toBe(0)
        }
  })

  it('lie in the hand where an atlas draws them', async () => {
    const m = await load()
    for (const side of SIDES) {
      const radialStyloid = landmark(m, 'radial-styloid', side)
      const ulnarStyloid = landmark(m, 'ulnar-styloid', side)
      // across the hand from its ulnar to its radial border, and from its back to the palm (forward in the
      // anatomical position)
      const across = sub(radialStyloid, ulnarStyloid)
      const acrossUnit = across.map((v) => v / Math.hypot(...across)) as V
      const palmward: V = [0, 0, 1]
      const bones = vertices(m, `hand.${side}`, side)
      const centre = centroid(bones)
      const radialOf = (p: V): number => dot(sub(p, centre), acrossUnit)
      const palmarOf = (p: V): number => dot(sub(p, centre), palmward)
      const at = (id: string): V[] => vertices(m, `${id}.${side}`, side)
      for (const id of ['abductor-pollicis-brevis', 'flexor-pollicis-brevis']) {
        const c = centroid(at(id))
        expect(radialOf(c) * 1000, `${id}.${side}: toward the thumb (mm)`).toBeGreaterThan(10)
        expect(palmarOf(c) * 1000, `${id}.${side}: in front of the hand's bones (mm)`).toBeGreaterThan(5)
      }
      for (const id of ['abductor-digiti-minimi-hand', 'flexor-digiti-minimi-brevis-hand']) {
        const c = centroid(at(id))
        expect(radialOf(c) * 1000, `${id}.${side}: toward the little finger (mm)`).toBeLessThan(-15)
      }
      expect(radialOf(centroid(at('adductor-pollicis'))) * 1000, `adductor pollicis.${side} toward the thumb (mm)`).toBeGreaterThan(0)
      // the lumbricals in the palm, in front of the dorsal interossei (compared with them, not with the bones' centre,
      // which the curled fingers carry forward), one beside each finger's tendon across the hand
      const lumbricals = at('lumbricals-hand')
      expect(
        (palmarOf(centroid(lumbricals)) - palmarOf(centroid(at('dorsal-interossei-hand')))) * 1000,
        `lumbricals.${side}: in front of the dorsal interossei (mm)`,
      ).toBeGreaterThan(5)
      // most of each belly lies radial of the tendon beside it: of the lumbricals' vertices, the share lying radial of
      // the flexor tendons' vertex nearest them (0.65 on both bodies; by symmetry about a third if they lay on the
      // ulnar side)
      const flexors = at('flexor-digitorum-superficialis')
      const nearestFlexor = (p: V): V =>
        flexors.reduce((best, q) => (Math.hypot(...sub(q, p)) < Math.hypot(...sub(best, p)) ? q : best), flexors[0]!)
      const radialShare = lumbricals.filter((p) => radialOf(p) > radialOf(nearestFlexor(p))).length / lumbricals.length
      expect(radialShare, `lumbricals.${side}: share of vertices radial of the nearest flexor tendon`).toBeGreaterThan(0.58)
      const lumbricalSpread = lumbricals.map(radialOf)
      expect(
        (Math.max(...lumbricalSpread) - Math.min(...lumbricalSpread)) * 1000,
        `lumbricals.${side}: across the hand (mm)`,
      ).toBeGreaterThan(25)
      const interossei = at('dorsal-interossei-hand')
      expect(palmarOf(centroid(interossei)) * 1000, `dorsal interossei.${side}: behind the hand's centre (mm)`).toBeLessThan(0)
      const spread = interossei.map(radialOf)
      // the fourth inserts on the ring finger, so none reaches the little finger's ulnar side, where abductor digiti
      // minimi lies
      expect(
        (Math.min(...spread) - radialOf(centroid(at('abductor-digiti-minimi-hand')))) * 1000,
        `dorsal interossei.${side}: radial of abductor digiti minimi (mm)`,
      ).toBeGreaterThan(3)
      expect((Math.max(...spread) - Math.min(...spread)) * 1000, `dorsal interossei.${side}: across the hand (mm)`).toBeGreaterThan(40)
      // the long flexor tendons reach down the fingers, past the metacarpophalangeal joints (the hand's centre lies at
      // about the middle of the metacarpals)
      const lowestFlexor = Math.min(...at('flexor-digitorum-superficialis').map((p) => p[1]))
      expect((centre[1] - lowestFlexor) * 1000, `flexor tendons.${side}: below the hand's centre (mm)`).toBeGreaterThan(45)
      // the extensor tendons run down the backs of the fingers, behind the flexor tendons, on past the flexors' ends on
      // the middle phalanges to the bases of the distal phalanges
      // (compared over the same heights: the fingers curl forward, so their further parts lie more palmward)
      const onFingers = (id: string): V[] => at(id).filter((p) => centre[1] - p[1] > 0.045 && p[1] > lowestFlexor)
      const extensor = onFingers('extensor-digitorum')
      expect(extensor.length, `extensor tendons.${side}: vertices on the fingers`).toBeGreaterThan(50)
      expect(
        (palmarOf(centroid(onFingers('flexor-digitorum-superficialis'))) - palmarOf(centroid(extensor))) * 1000,
        `extensor tendons.${side}: behind the flexor tendons on the fingers (mm)`,
      ).toBeGreaterThan(8)
      const lowestExtensor = Math.min(...at('extensor-digitorum').map((p) => p[1]))
      expect((lowestFlexor - lowestExtensor) * 1000, `extensor tendons.${side}: past the flexor tendons' ends (mm)`).toBeGreaterThan(12)
    }
  })

  it('lie in the foot where an atlas draws them', async () => {
    const m = await load()
    for (const side of SIDES) {
      const foot = centroid(vertices(m, `foot.${side}`, side))
      const lateralMalleolus = landmark(m, 'lateral-malleolus', side)
      const at = (id: string): V => centroid(vertices(m, `${id}.${side}`, side))
      const adm = at('abductor-digiti-minimi-foot')
      expect((adm[0] - foot[0]) * 1000, `abductor digiti minimi.${side}: lateral of the foot's centre (mm)`).toBeGreaterThan(15)
      expect(adm[1] * 1000, `abductor digiti minimi.${side}: low on the lateral border (mm above the floor)`).toBeLessThan(30)
      const fdb = at('flexor-digitorum-brevis')
      expect((foot[1] - fdb[1]) * 1000, `flexor digitorum brevis.${side}: under the foot's bones (mm)`).toBeGreaterThan(10)
      expect(Math.abs(fdb[0] - foot[0]) * 1000, `flexor digitorum brevis.${side}: under the middle of the sole (mm)`).toBeLessThan(20)
      const edb = at('extensor-digitorum-brevis')
      expect(edb[1] * 1000, `extensor digitorum brevis.${side}: on the dorsum (mm above the foot's centre)`).toBeGreaterThan(
        foot[1] * 1000 + 10,
      )
      expect((edb[0] - foot[0]) * 1000, `extensor digitorum brevis.${side}: on the lateral part of the dorsum (mm)`).toBeGreaterThan(0)
      expect(
        (edb[2] - lateralMalleolus[2]) * 1000,
        `extensor digitorum brevis.${side}: in front of the lateral malleolus (mm)`,
      ).toBeGreaterThan(20)
    }
  })
})
