// Spot checks of the referral data against the clinical notes (../shared/clinical/facts.md). Each
// expectation is written from facts.md, with its section and source tag, not read back from data/.
import { describe, expect, it } from 'vitest'
import { loadBuiltInAtlas } from '../../../src/atlas/builtin'
import { findMuscle, findTriggerPoint, musclesReferringTo } from '../../../src/atlas/lookup'
import type { Atlas } from '../../../src/atlas/types'

const { atlas } = loadBuiltInAtlas()

/** Regions named in any trigger point's zone of that kind for a muscle. */
function zoneRegions(a: Atlas, muscleId: string, kind: 'essential' | 'spillover' | 'any'): Set<string> {
  const muscle = findMuscle(a, muscleId)
  if (!muscle) {
    throw new Error(`muscle ${muscleId} missing from the atlas`)
  }
  const out = new Set<string>()
  for (const t of muscle.triggerPoints) {
    if (kind !== 'spillover') {
      t.essentialZone.regions.forEach((r) => out.add(r))
    }
    if (kind !== 'essential') {
      t.spilloverZone?.regions.forEach((r) => out.add(r))
    }
  }
  return out
}

function expectRegions(muscleId: string, kind: 'essential' | 'spillover' | 'any', regions: string[]): void {
  const got = zoneRegions(atlas, muscleId, kind)
  expect(
    regions.filter((r) => !got.has(r)),
    `${muscleId} ${kind} zone has ${[...got].join(', ')}`,
  ).toEqual([])
}

describe('referral spot checks against facts.md §1 and §4', () => {
  it('upper trapezius refers along the posterolateral neck to the mastoid and temple (§1.1, ML-5, NAM-UT)', () => {
    expectRegions('upper-trapezius', 'essential', ['mastoid', 'temple'])
    const neck = zoneRegions(atlas, 'upper-trapezius', 'essential')
    expect(neck.has('posterior-neck') || neck.has('lateral-neck')).toBe(true)
  })

  it('upper trapezius spillover reaches behind the eye and the angle of the jaw (§1.1, ML-5, NAM-UT)', () => {
    expectRegions('upper-trapezius', 'spillover', ['orbit', 'jaw-angle'])
  })

  it('trapezius TrP2 refers to the occiput (§1.1, ML-6)', () => {
    expectRegions('upper-trapezius', 'essential', ['occiput'])
  })

  it('scalenes refer to the chest, medial scapular border and lateral arm, spilling to the thumb (§1.6, ML-11a)', () => {
    expectRegions('scalenes', 'essential', ['anterior-chest', 'medial-scapular-border', 'lateral-arm'])
    expectRegions('scalenes', 'spillover', ['thumb'])
  })

  it('sternocleidomastoid sternal division reaches vertex, occiput and cheek; clavicular the forehead and ear (§1.5, ML-9)', () => {
    expectRegions('sternocleidomastoid', 'essential', ['vertex', 'occiput', 'cheek', 'forehead', 'ear'])
  })

  it('splenius capitis refers to the vertex (§1.8, GAT)', () => {
    expectRegions('splenius-capitis', 'essential', ['vertex'])
  })

  it('masseter refers to the teeth and, from the deep layer, the ear (§1.11, ML-1)', () => {
    expectRegions('masseter', 'essential', ['teeth', 'ear'])
  })

  it('infraspinatus refers deep into the front of the shoulder (§1.14, ML-12b)', () => {
    expectRegions('infraspinatus', 'essential', ['anterior-shoulder'])
  })

  it('subscapularis refers to the back of the shoulder (§1.16, NAM-SUB)', () => {
    expectRegions('subscapularis', 'essential', ['posterior-shoulder'])
  })

  it('serratus anterior refers to the side of the chest (§1.17, §4 row 24)', () => {
    expectRegions('serratus-anterior', 'essential', ['lateral-chest'])
  })

  it('pectoralis major sternal section refers to the chest, spilling to the medial epicondyle (§1.18, NAM-PM)', () => {
    expectRegions('pectoralis-major', 'essential', ['anterior-chest'])
    expectRegions('pectoralis-major', 'spillover', ['medial-elbow'])
  })

  it('quadratus lumborum refers to the sacroiliac joint, the lower buttock and the greater trochanter (§1.26, FV)', () => {
    expectRegions('quadratus-lumborum', 'essential', ['sacroiliac', 'buttock', 'lateral-hip'])
  })

  it('longissimus thoracis refers down to the sacroiliac region and buttock (§1.29, NAM-PS)', () => {
    expectRegions('longissimus-thoracis', 'essential', ['sacroiliac', 'buttock'])
  })

  it('iliopsoas refers along the lumbar spine and to the groin or upper anterior thigh (§1.31, NA-X)', () => {
    expectRegions('iliopsoas', 'essential', ['low-back'])
    const z = zoneRegions(atlas, 'iliopsoas', 'essential')
    expect(z.has('groin') || z.has('anterior-thigh')).toBe(true)
  })

  it('gluteus minimus refers down the lateral thigh and leg (solid in T&S as taught, audit #18), spilling to the posterior thigh and calf (§1.34)', () => {
    expectRegions('gluteus-minimus', 'essential', ['lateral-thigh', 'lateral-leg'])
    expectRegions('gluteus-minimus', 'spillover', ['lateral-knee', 'posterior-thigh', 'calf'])
  })

  it('piriformis refers to the sacroiliac region and buttock, spilling to the posterior thigh (§1.35, ML-15)', () => {
    expectRegions('piriformis', 'essential', ['sacroiliac', 'buttock'])
    expectRegions('piriformis', 'spillover', ['posterior-thigh'])
  })

  it('rectus femoris refers to the patella; vastus medialis to the medial knee; vastus lateralis to the lateral thigh (§1.37-39)', () => {
    expectRegions('rectus-femoris', 'essential', ['anterior-knee'])
    expectRegions('vastus-medialis', 'essential', ['medial-knee'])
    expectRegions('vastus-lateralis', 'essential', ['lateral-thigh'])
  })

  it('biceps femoris refers to the back of the knee; adductor longus (proximal) to the groin (§1.40-41)', () => {
    expectRegions('hamstrings', 'essential', ['posterior-knee'])
    expectRegions('adductor-longus', 'essential', ['groin'])
  })

  it('gastrocnemius refers to the calf (§1.42, §4 row 50)', () => {
    expectRegions('gastrocnemius', 'any', ['calf'])
  })

  it('soleus refers to the heel, and its upper TrP to the sacroiliac joint (§1.43, SOL-SI)', () => {
    expectRegions('soleus', 'essential', ['heel'])
    expectRegions('soleus', 'spillover', ['sacroiliac'])
  })

  it('tibialis anterior refers to the front of the ankle and the great toe (§1.44)', () => {
    expectRegions('tibialis-anterior', 'essential', ['anterior-ankle', 'toes'])
  })

  it('fibularis longus refers around the lateral malleolus (§1.45)', () => {
    expectRegions('fibularis-longus', 'essential', ['lateral-ankle'])
  })
})

describe('reverse lookup: refers', () => {
  it('lists soleus (§4 row 55) and the foot muscles that refer to the heel as its essential sources', () => {
    const heel = musclesReferringTo(atlas, 'heel')
    const essential = heel.filter((m) => m.zone === 'essential').map((m) => m.muscle.id)
    expect(essential).toEqual(expect.arrayContaining(['soleus', 'abductor-hallucis', 'quadratus-plantae']))
    expect(heel.findIndex((m) => m.zone !== 'essential')).not.toBeLessThan(essential.length === heel.length ? -1 : essential.length)
  })

  it('puts essential referrers before spillover ones (temple: upper trapezius and temporalis essential, §4 row 1)', () => {
    const temple = musclesReferringTo(atlas, 'temple')
    const zones = temple.map((m) => m.zone)
    expect(zones).toEqual([...zones].sort((a, b) => (a === b ? 0 : a === 'essential' ? -1 : 1)))
    const essential = temple.filter((m) => m.zone === 'essential').map((m) => m.muscle.id)
    expect(essential).toEqual(expect.arrayContaining(['upper-trapezius', 'temporalis']))
  })

  it('names the trigger points that refer there, with their zone', () => {
    const match = musclesReferringTo(atlas, 'heel').find((m) => m.muscle.id === 'soleus')
    const ids = match?.triggerPoints.map((t) => t.triggerPoint.id) ?? []
    expect(ids.length).toBeGreaterThan(0)
    for (const id of ids) {
      expect(findTriggerPoint(atlas, id)?.muscle.id).toBe('soleus')
    }
  })

  it('returns nothing for a region no zone names', () => {
    expect(musclesReferringTo(atlas, 'no-such-region')).toEqual([])
  })
})

// Regions added for zones that used to be mapped to the nearest neighbour (facts.md: vastus lateralis "lateral thigh
// and lateral knee" [S]; gluteus minimus anterior spillover "lateral thigh, knee and lateral leg"; gluteus maximus
// TrP3 at the coccyx [V: TS2-GMAX]; multifidus S1 spillover "to the coccyx"; triceps long head and teres major down
// the back of the upper arm).
describe('the outer knee, the tailbone and the back of the upper arm are regions of their own', () => {
  it('names them in the zones that describe them', () => {
    expectRegions('vastus-lateralis', 'essential', ['lateral-knee'])
    expectRegions('gluteus-minimus', 'spillover', ['lateral-knee'])
    expectRegions('gluteus-maximus', 'essential', ['coccyx'])
    expectRegions('multifidus', 'spillover', ['coccyx'])
    expectRegions('triceps-brachii', 'essential', ['posterior-arm'])
    expectRegions('teres-major', 'essential', ['posterior-arm'])
  })

  it('finds the muscles that refer pain there, and only those', () => {
    expect(
      musclesReferringTo(atlas, 'lateral-knee')
        .map((m) => m.muscle.id)
        .sort(),
    ).toEqual(['gluteus-minimus', 'vastus-lateralis'])
    expect(
      musclesReferringTo(atlas, 'coccyx')
        .map((m) => m.muscle.id)
        .sort(),
    ).toEqual(['gluteus-maximus', 'multifidus'])
    expect(
      musclesReferringTo(atlas, 'posterior-arm')
        .map((m) => m.muscle.id)
        .sort(),
    ).toEqual(['scalenes', 'serratus-posterior-superior', 'subscapularis', 'teres-major', 'teres-minor', 'triceps-brachii'])
  })
})
