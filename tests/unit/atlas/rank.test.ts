import { describe, expect, it } from 'vitest'
import { REGION_IDS } from '../../../src/anatomy/ids'
import { BODY_PART_OF_REGION, painAreas } from '../../../src/atlas/painAreas'
import {
  ESSENTIAL_WEIGHT,
  SPILLOVER_WEIGHT,
  buildRankIndex,
  normalisePainMap,
  rankByArea,
  rankMuscles,
  reasonLine,
  regionPhrase,
} from '../../../src/atlas/rank'
import type { Muscle } from '../../../src/atlas/schema'

/** A muscle fixture with only what ranking reads filled in meaningfully. */
function muscle(id: string, triggerPoints: { essential: string[]; spillover?: string[]; local?: string[] }[]): Muscle {
  const patch = { from: { landmark: 'acromion' }, radiusM: 0.05 }
  const zone = (regions: string[]) => ({ regions, patches: [patch], description: 'fixture', sources: ['ML-5'] })
  return {
    id,
    name: id.replace(/-/g, ' '),
    latin: 'fixture',
    synonyms: [],
    region: 'trunk',
    origin: 'fixture',
    insertion: 'fixture',
    innervation: { nerve: 'fixture', roots: 'fixture' },
    action: 'fixture',
    anatomyEvidence: 'unconfirmed',
    sources: ['ML-5'],
    triggerPoints: triggerPoints.map((tp, i) => ({
      id: `${id}-trp${i + 1}`,
      name: `TrP${i + 1}`,
      location: { landmark: 'acromion' },
      locationEvidence: 'unconfirmed',
      ...(tp.local ? { localRegions: tp.local } : {}),
      palpation: 'fixture',
      essentialZone: zone(tp.essential),
      spilloverZone: tp.spillover ? zone(tp.spillover) : undefined,
      symptoms: ['fixture'],
      perpetuatingFactors: [],
      needling: {
        patientPosition: 'prone',
        approach: 'fixture',
        direction: { lateralM: 0, superiorM: 0, anteriorM: -1 },
        dangerStructures: [],
        pleuraReachable: false,
        precautions: [],
        sources: ['ML-5'],
      },
      selfCare: [],
      sources: ['ML-5'],
    })),
  }
}

const fixtures = [
  muscle('alpha', [{ essential: ['temple', 'posterior-neck'], spillover: ['jaw-angle'] }, { essential: ['occiput'] }]),
  muscle('bravo', [{ essential: ['temple', 'teeth'] }]),
  muscle('charlie', [{ essential: ['forehead'], spillover: ['temple'] }]),
  muscle('delta', [{ essential: ['heel'] }]),
  muscle('echo', [{ essential: ['low-back', 'buttock', 'lateral-hip'] }]),
  muscle('foxtrot', [{ essential: ['low-back'], spillover: ['abdomen'] }]),
]

const ids = (list: { muscleId: string }[]): string[] => list.map((r) => r.muscleId)

describe('rankMuscles', () => {
  it('puts essential zones before spillover zones, and leaves out muscles that explain nothing', () => {
    const ranked = rankMuscles(fixtures, [{ regionId: 'temple' }])
    // alpha and bravo both have the temple in a main zone: the size of their zones does not decide, the id does.
    expect(ids(ranked)).toEqual(['alpha', 'bravo', 'charlie'])
    expect(ranked[0]?.score).toBe(1)
    expect(ranked[2]?.spilloverRegions).toEqual(['temple'])
    expect(ranked[2]?.score).toBeCloseTo(SPILLOVER_WEIGHT)
  })

  it('weighs an essential zone more than twice a spillover zone', () => {
    expect(ESSENTIAL_WEIGHT).toBeGreaterThan(2 * SPILLOVER_WEIGHT)
    // One region in the main zone beats two in spillover only when outside pain is equal: here the map is the two.
    const oneMain = muscle('main-one', [{ essential: ['calf'] }])
    const twoSpill = muscle('spill-two', [{ essential: ['toes'], spillover: ['calf', 'heel'] }])
    const ranked = rankMuscles(
      [oneMain, twoSpill],
      [
        { regionId: 'calf', weight: 1 },
        { regionId: 'heel', weight: 0.2 },
      ],
    )
    expect(ids(ranked)).toEqual(['main-one', 'spill-two'])
  })

  it('scores each trigger point on its own and keeps the best: two trigger points do not add up', () => {
    const split = muscle('golf', [{ essential: ['temple'] }, { essential: ['heel'] }])
    const whole = muscle('hotel', [{ essential: ['temple', 'heel'] }])
    const ranked = rankMuscles([split, whole], [{ regionId: 'temple' }, { regionId: 'heel' }])
    expect(ids(ranked)).toEqual(['hotel', 'golf'])
    expect(ranked[1]?.score).toBeCloseTo((1 - 0.5) / 2)
    expect(ranked[1]?.unexplainedRegions).toHaveLength(1)
  })

  it('gives the same score whatever the number of trigger points with the same zone', () => {
    const many = muscle('india', [{ essential: ['heel'] }, { essential: ['heel'] }, { essential: ['heel'] }])
    const one = muscle('juliet', [{ essential: ['heel'] }])
    const ranked = rankMuscles([one, many], [{ regionId: 'heel' }])
    expect(ranked[0]?.score).toBe(ranked[1]!.score)
    expect(ids(ranked)).toEqual(['india', 'juliet'])
  })

  it("counts a trigger point's local zone, and says so", () => {
    const local = muscle('kilo', [{ essential: ['occiput'], local: ['top-of-shoulder'] }])
    const ranked = rankMuscles([local], [{ regionId: 'top-of-shoulder' }])
    expect(ranked).toHaveLength(1)
    expect(ranked[0]?.localRegions).toEqual(['top-of-shoulder'])
    expect(ranked[0]?.reason).toBe('Your top of shoulder pain is where its trigger point lies.')
  })

  it('breaks an equal score on pain in the main zone before the id', () => {
    // zulu-main: temple in its main zone, heel outside; alpha-spill: both in spillover. Weights make the scores equal.
    const main = muscle('zulu-main', [{ essential: ['temple'] }])
    const spill = muscle('alpha-spill', [{ essential: ['toes'], spillover: ['temple', 'heel'] }])
    const ranked = rankMuscles(
      [spill, main],
      [
        { regionId: 'temple', weight: 1 },
        { regionId: 'heel', weight: 2 / 3 },
      ],
    )
    expect(ranked[0]?.score).toBeCloseTo(ranked[1]!.score, 9)
    expect(ids(ranked)).toEqual(['zulu-main', 'alpha-spill'])
  })

  it('counts pain outside a muscle’s zones against it', () => {
    const ranked = rankMuscles(fixtures, [{ regionId: 'low-back' }, { regionId: 'buttock' }])
    expect(ranked[0]?.muscleId).toBe('echo')
    const foxtrot = ranked.find((r) => r.muscleId === 'foxtrot')!
    expect(foxtrot.unexplainedRegions).toEqual(['buttock'])
    expect(foxtrot.score).toBeLessThan(ranked[0]!.score)
  })

  it('weights regions by how much of them hurts', () => {
    const mostlyForehead = rankMuscles(fixtures, [
      { regionId: 'temple', weight: 0.1 },
      { regionId: 'forehead', weight: 1 },
    ])
    expect(mostlyForehead[0]?.muscleId).toBe('charlie')
    const mostlyTemple = rankMuscles(fixtures, [
      { regionId: 'temple', weight: 1 },
      { regionId: 'forehead', weight: 0.1 },
    ])
    expect(mostlyTemple[0]?.muscleId).not.toBe('charlie')
  })

  it('names the trigger point that fits best', () => {
    const ranked = rankMuscles(fixtures, [{ regionId: 'occiput.left' }])
    expect(ranked).toHaveLength(1)
    expect(ranked[0]?.muscleId).toBe('alpha')
    expect(ranked[0]?.triggerPointId).toBe('alpha-trp2')
  })

  it('breaks ties deterministically, whatever the input order', () => {
    const twins = [muscle('zulu', [{ essential: ['heel'] }]), muscle('yankee', [{ essential: ['heel'] }])]
    expect(ids(rankMuscles(twins, [{ regionId: 'heel' }]))).toEqual(['yankee', 'zulu'])
    expect(ids(rankMuscles([...twins].reverse(), [{ regionId: 'heel' }]))).toEqual(['yankee', 'zulu'])
  })

  it('returns nothing for an empty map and accepts a prebuilt index', () => {
    expect(rankMuscles(fixtures, [])).toEqual([])
    const index = buildRankIndex(fixtures)
    expect(rankMuscles(index, [{ regionId: 'heel' }])[0]?.muscleId).toBe('delta')
    expect(rankMuscles(index, [{ regionId: 'temple' }], { limit: 1 })).toHaveLength(1)
  })

  it('rejects a negative or non-numeric weight', () => {
    expect(() => normalisePainMap([{ regionId: 'heel', weight: -1 }])).toThrow(RangeError)
    expect(() => normalisePainMap([{ regionId: 'heel', weight: Number.NaN }])).toThrow(RangeError)
    expect(normalisePainMap([{ regionId: 'temple.left' }, { regionId: 'temple.right', weight: 0.5 }]).get('temple')).toBe(1.5)
  })
})

describe('rankByArea', () => {
  it('splits temple, heel and low back into three areas, each ranked on its own pain', () => {
    const areas = rankByArea(fixtures, [{ regionId: 'temple.left' }, { regionId: 'heel.right' }, { regionId: 'low-back.left' }])
    expect(areas.map((a) => a.heading)).toEqual(['Your temple pain', 'Your low back pain', 'Your heel pain'])
    expect(ids(areas[0]!.muscles)).toEqual(['alpha', 'bravo', 'charlie'])
    expect(ids(areas[1]!.muscles)).toEqual(['echo', 'foxtrot'])
    expect(ids(areas[2]!.muscles)).toEqual(['delta'])
    // Within its own area every muscle explains all of it: nothing is marked as unexplained pain elsewhere.
    expect(areas[2]?.muscles[0]?.unexplainedRegions).toEqual([])
    expect(areas.map((a) => a.share)).toEqual([1 / 3, 1 / 3, 1 / 3])
  })

  it('keeps touching regions together and names the body parts they span', () => {
    const areas = rankByArea(fixtures, [{ regionId: 'anterior-chest' }, { regionId: 'medial-arm' }])
    expect(areas).toHaveLength(1)
    expect(areas[0]?.heading).toBe('Your chest and arm pain')
    expect(rankByArea(fixtures, [{ regionId: 'temple' }, { regionId: 'posterior-neck' }])[0]?.heading).toBe('Your head and neck pain')
    expect(rankByArea(fixtures, [{ regionId: 'temple' }, { regionId: 'forehead' }])[0]?.heading).toBe('Your head pain')
  })

  it('puts the area with most pain first', () => {
    const areas = rankByArea(fixtures, [
      { regionId: 'heel', weight: 0.2 },
      { regionId: 'low-back', weight: 0.5 },
      { regionId: 'buttock', weight: 0.5 },
    ])
    expect(areas.map((a) => a.heading)).toEqual(['Your low back and hip pain', 'Your heel pain'])
    expect(areas[0]?.regions).toEqual(['buttock', 'low-back'])
  })

  it('gives an area with no explaining muscle an empty list, and an empty map no areas', () => {
    expect(rankByArea(fixtures, [{ regionId: 'palm' }])).toEqual([{ heading: 'Your palm pain', regions: ['palm'], share: 1, muscles: [] }])
    expect(rankByArea(fixtures, [])).toEqual([])
  })
})

describe('pain areas', () => {
  it('gives every standard region a body part', () => {
    expect(REGION_IDS.filter((id) => !BODY_PART_OF_REGION[id])).toEqual([])
  })

  it('makes a region without a body part its own area', () => {
    const areas = painAreas(
      new Map([
        ['my-own-region', 1],
        ['temple', 1],
      ]),
    )
    expect(areas.map((a) => a.regions)).toEqual([['temple'], ['my-own-region']])
  })

  it('joins regions through a painted neighbour only: calf and thigh apart, with the knee together', () => {
    expect(
      painAreas(
        new Map([
          ['calf', 1],
          ['anterior-thigh', 1],
        ]),
      ),
    ).toHaveLength(2)
    expect(
      painAreas(
        new Map([
          ['calf', 1],
          ['anterior-thigh', 1],
          ['anterior-knee', 1],
        ]),
      ),
    ).toHaveLength(1)
  })
})

describe('reason line', () => {
  const name = (id: string): string => id.replace(/-/g, ' ')

  it('reads as one plain sentence and never says the pain matches', () => {
    expect(reasonLine(['temple'], [], [], name)).toBe('Your temple pain is in the area this muscle can refer pain to.')
    const long = reasonLine(['temple', 'posterior-neck'], ['jaw-angle'], ['heel'], name, ['occiput'])
    expect(long).toBe(
      'Your temple and posterior neck pain is in the area this muscle can refer pain to; your jaw angle pain is in the wider area it sometimes also refers pain to; your occiput pain is where its trigger point lies; it does not explain your heel pain.',
    )
    expect(long).not.toMatch(/match/i)
    expect(reasonLine([], ['temple'], [], name)).toBe('Your temple pain is in the wider area it sometimes also refers pain to.')
  })

  it('uses patient region names without their explanations', () => {
    expect(regionPhrase('Temple (side of the forehead)')).toBe('temple')
    const ranked = rankMuscles(fixtures, [{ regionId: 'heel' }], { regionName: () => 'Heel (back of the foot)' })
    expect(ranked[0]?.reason).toBe('Your heel pain is in the area this muscle can refer pain to.')
  })
})
