import { describe, expect, it } from 'vitest'
import { buildRankIndex, normalisePainMap, rankMuscles, reasonLine, regionPhrase } from '../../src/atlas/rank'
import type { Muscle } from '../../src/atlas/schema'

/** A muscle fixture with only what ranking reads filled in meaningfully. */
function muscle(id: string, triggerPoints: { essential: string[]; spillover?: string[] }[]): Muscle {
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

describe('rankMuscles', () => {
  it('puts essential matches before spillover matches and leaves out muscles that explain nothing', () => {
    const ranked = rankMuscles(fixtures, [{ regionId: 'temple' }])
    expect(ranked.map((r) => r.muscleId)).toEqual(['bravo', 'alpha', 'charlie'])
    expect(ranked[2].spilloverRegions).toEqual(['temple'])
  })

  it('counts pain outside a muscle’s zones against it', () => {
    const ranked = rankMuscles(fixtures, [{ regionId: 'low-back' }, { regionId: 'buttock' }])
    expect(ranked[0].muscleId).toBe('echo')
    const foxtrot = ranked.find((r) => r.muscleId === 'foxtrot')!
    expect(foxtrot.unexplainedRegions).toEqual(['buttock'])
    expect(foxtrot.score).toBeLessThan(ranked[0].score)
    // Adding pain only echo explains widens the gap.
    const wider = rankMuscles(fixtures, [{ regionId: 'low-back' }, { regionId: 'buttock' }, { regionId: 'lateral-hip' }])
    expect(wider[0].score - wider.find((r) => r.muscleId === 'foxtrot')!.score).toBeGreaterThan(
      ranked[0].score - foxtrot.score,
    )
  })

  it('weights regions by how much of them hurts', () => {
    const mostlyForehead = rankMuscles(fixtures, [{ regionId: 'temple', weight: 0.1 }, { regionId: 'forehead', weight: 1 }])
    expect(mostlyForehead[0].muscleId).toBe('charlie')
    const mostlyTemple = rankMuscles(fixtures, [{ regionId: 'temple', weight: 1 }, { regionId: 'forehead', weight: 0.1 }])
    expect(mostlyTemple[0].muscleId).not.toBe('charlie')
  })

  it('uses the union of a muscle’s trigger points and names the one that fits best', () => {
    const ranked = rankMuscles(fixtures, [{ regionId: 'occiput.left' }])
    expect(ranked).toHaveLength(1)
    expect(ranked[0].muscleId).toBe('alpha')
    expect(ranked[0].triggerPointId).toBe('alpha-trp2')
  })

  it('breaks ties deterministically, whatever the input order', () => {
    const twins = [muscle('zulu', [{ essential: ['heel'] }]), muscle('yankee', [{ essential: ['heel'] }])]
    expect(rankMuscles(twins, [{ regionId: 'heel' }]).map((r) => r.muscleId)).toEqual(['yankee', 'zulu'])
    expect(rankMuscles([...twins].reverse(), [{ regionId: 'heel' }]).map((r) => r.muscleId)).toEqual(['yankee', 'zulu'])
  })

  it('returns nothing for an empty map and accepts a prebuilt index', () => {
    expect(rankMuscles(fixtures, [])).toEqual([])
    const index = buildRankIndex(fixtures)
    expect(rankMuscles(index, [{ regionId: 'heel' }])[0].muscleId).toBe('delta')
    expect(rankMuscles(index, [{ regionId: 'temple' }], { limit: 1 })).toHaveLength(1)
  })

  it('rejects a negative or non-numeric weight', () => {
    expect(() => normalisePainMap([{ regionId: 'heel', weight: -1 }])).toThrow(RangeError)
    expect(() => normalisePainMap([{ regionId: 'heel', weight: Number.NaN }])).toThrow(RangeError)
    expect(normalisePainMap([{ regionId: 'temple.left' }, { regionId: 'temple.right', weight: 0.5 }]).get('temple')).toBe(1.5)
  })
})

describe('reason line', () => {
  const name = (id: string): string => id.replace(/-/g, ' ')

  it('reads as one plain sentence', () => {
    expect(reasonLine(['temple'], [], [], name)).toBe('Your temple pain matches its main referral zone.')
    expect(reasonLine(['temple', 'posterior-neck'], ['jaw-angle'], ['heel'], name)).toBe(
      'Your temple and posterior neck pain matches its main referral zone and your jaw angle pain is where it sometimes also refers; it does not explain your heel pain.',
    )
    expect(reasonLine([], ['temple'], [], name)).toBe('Your temple pain is where it sometimes also refers.')
  })

  it('uses patient region names without their explanations', () => {
    expect(regionPhrase('Temple (side of the forehead)')).toBe('temple')
    const ranked = rankMuscles(fixtures, [{ regionId: 'heel' }], { regionName: () => 'Heel (back of the foot)' })
    expect(ranked[0].reason).toBe('Your heel pain matches its main referral zone.')
  })
})
