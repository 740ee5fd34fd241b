// The ranking on the built-in atlas, against the reverse lookup table of ../shared/clinical/facts.md §4
// (row numbers cited in each test title). Only rows resting on confirmed entries are used.
import { describe, expect, it } from 'vitest'
import { loadBuiltInAtlas } from '../../../src/atlas/builtin'
import { buildRankIndex, rankByArea, rankMuscles } from '../../../src/atlas/rank'

const { atlas } = loadBuiltInAtlas()
const index = buildRankIndex(atlas.muscles)
const names = new Map(atlas.regions.map((r) => [r.id, r.name]))

function top(regionIds: string[], n = 3): string[] {
  return rankMuscles(
    index,
    regionIds.map((regionId) => ({ regionId })),
  )
    .slice(0, n)
    .map((m) => m.muscleId)
}

describe('ranking the built-in atlas against facts.md §4', () => {
  it('has the muscles and regions these checks need', () => {
    for (const id of ['upper-trapezius', 'temporalis', 'soleus', 'quadratus-lumborum', 'sternocleidomastoid', 'tibialis-anterior']) {
      expect(atlas.muscles.map((m) => m.id)).toContain(id)
    }
    expect(atlas.regions.length).toBeGreaterThanOrEqual(50)
  })

  it('§4 row 1: temple pain ranks upper trapezius and temporalis in the top 3', () => {
    expect(top(['temple'])).toEqual(expect.arrayContaining(['upper-trapezius', 'temporalis']))
  })

  it('§4 row 55 and the foot muscles: heel pain ranks soleus and a foot muscle in the top 4', () => {
    const heel = top(['heel']).slice(0, 4)
    expect(heel).toContain('soleus')
    expect(heel.some((m) => ['abductor-hallucis', 'quadratus-plantae'].includes(m))).toBe(true)
  })

  it('§4 rows 36 + 39: low back and buttock pain rank first a muscle that §4 gives both as essential; gluteus medius and quadratus lumborum in the top 3', () => {
    // Rows 36 and 39 both name quadratus lumborum, gluteus medius and longissimus thoracis as essential. The
    // cranial superficial quadratus lumborum trigger point refers along the iliac crest, over the low back and the
    // top of the buttock (facts.md §26), and every quadratus lumborum trigger point lies in the low back.
    const ranked = top(['low-back', 'buttock'])
    expect(['quadratus-lumborum', 'gluteus-medius', 'longissimus-thoracis']).toContain(ranked[0])
    expect(ranked.slice(0, 3)).toContain('gluteus-medius')
    expect(ranked.slice(0, 3)).toContain('quadratus-lumborum')
    const ql = rankMuscles(index, [{ regionId: 'low-back' }, { regionId: 'buttock' }]).find((m) => m.muscleId === 'quadratus-lumborum')!
    expect(ql.triggerPointId).toBe('quadratus-lumborum-trp-superficial-cranial')
    expect(ql.essentialRegions.sort()).toEqual(['buttock', 'low-back'])
  })

  it('§4 row 39 with the low back: the lower-buttock quadratus lumborum trigger point counts the low back where it lies', () => {
    const index = buildRankIndex(
      atlas.muscles.map((m) =>
        m.id === 'quadratus-lumborum' ? { ...m, triggerPoints: m.triggerPoints.filter((t) => t.id.endsWith('deep-caudal')) } : m,
      ),
    )
    const ql = rankMuscles(index, [{ regionId: 'low-back' }, { regionId: 'buttock' }]).find((m) => m.muscleId === 'quadratus-lumborum')!
    expect(ql.essentialRegions).toEqual(['buttock'])
    expect(ql.localRegions).toEqual(['low-back'])
    expect(ql.reason).toBe(
      'Your buttock pain is in the area this muscle can refer pain to; your low back pain is where its trigger point lies.',
    )
  })

  it('sacroiliac pain puts quadratus lumborum or gluteus medius in the top 3', () => {
    expect(top(['sacroiliac']).some((id) => id === 'quadratus-lumborum' || id === 'gluteus-medius')).toBe(true)
  })

  it('top-of-shoulder pain ranks levator scapulae or upper trapezius first, and lists upper trapezius by its local zone', () => {
    const ranked = rankMuscles(index, [{ regionId: 'top-of-shoulder' }])
    expect(['levator-scapulae', 'upper-trapezius']).toContain(ranked[0]!.muscleId)
    expect(ranked.find((m) => m.muscleId === 'upper-trapezius')?.localRegions).toEqual(['top-of-shoulder'])
  })

  it('a map over temple, heel and low back is answered per area, with a low-back muscle for the low back', () => {
    const areas = rankByArea(
      index,
      ['temple', 'heel', 'low-back'].map((regionId) => ({ regionId })),
      {
        regionName: (id) => names.get(id) ?? id,
      },
    )
    expect(areas.map((a) => a.heading)).toEqual(['Your temple pain', 'Your lower back pain', 'Your heel pain'])
    expect(areas[0]?.muscles.slice(0, 3).map((m) => m.muscleId)).toContain('temporalis')
    expect(areas[1]?.muscles.map((m) => m.muscleId)).toContain('quadratus-lumborum')
    expect(areas[2]?.muscles.slice(0, 4).map((m) => m.muscleId)).toEqual(expect.arrayContaining(['soleus', 'abductor-hallucis']))
  })

  it('§4 row 2: forehead pain ranks sternocleidomastoid in the top 3', () => {
    expect(top(['forehead'])).toContain('sternocleidomastoid')
  })

  it('§4 row 40: groin pain ranks iliopsoas and adductor longus in the top 3', () => {
    expect(top(['groin'])).toEqual(expect.arrayContaining(['iliopsoas', 'adductor-longus']))
  })

  it('§4 rows 46 and 47: front-of-knee pain ranks rectus femoris, medial knee pain vastus medialis, in the top 3', () => {
    expect(top(['anterior-knee'])).toContain('rectus-femoris')
    expect(top(['medial-knee'])).toContain('vastus-medialis')
  })

  it('§4 row 53: anterior ankle pain ranks tibialis anterior at the top score, tied with the long toe extensors that NA-LEG also lists there', () => {
    const ranked = rankMuscles(index, [{ regionId: 'anterior-ankle' }])
    expect(ranked.find((m) => m.muscleId === 'tibialis-anterior')?.score).toBe(ranked[0]?.score)
    expect(ranked.slice(0, 3).map((m) => m.muscleId)).toEqual(
      expect.arrayContaining(['tibialis-anterior', 'extensor-digitorum-longus', 'extensor-hallucis-longus']),
    )
  })

  it('§4 row 58 and NA-LEG: top of the foot pain ranks extensor digitorum longus and extensor hallucis longus beside tibialis anterior', () => {
    expect(top(['dorsum-of-foot'])).toEqual(
      expect.arrayContaining(['tibialis-anterior', 'extensor-digitorum-longus', 'extensor-hallucis-longus']),
    )
  })

  it('§4 row 28 and issue 13: lateral elbow pain ranks the wrist extensors, supinator and brachioradialis in the top 4 (each refers there as its essential zone)', () => {
    expect(top(['lateral-elbow'], 4)).toEqual(expect.arrayContaining(['wrist-extensors', 'supinator', 'brachioradialis']))
  })

  it('counts pain outside the zones against a muscle: temple + heel scores both below a temple-only map', () => {
    const templeOnly = rankMuscles(index, [{ regionId: 'temple' }]).find((m) => m.muscleId === 'upper-trapezius')!
    const mixed = rankMuscles(index, [{ regionId: 'temple' }, { regionId: 'heel' }])
    const ut = mixed.find((m) => m.muscleId === 'upper-trapezius')!
    expect(ut.score).toBeLessThan(templeOnly.score)
    expect(ut.unexplainedRegions).toEqual(['heel'])
    expect(mixed.find((m) => m.muscleId === 'soleus')!.unexplainedRegions).toEqual(['temple'])
  })

  it('explains upper trapezius for temple pain in plain words', () => {
    const ut = rankMuscles(index, [{ regionId: 'temple' }], { regionName: (id) => names.get(id) ?? id }).find(
      (m) => m.muscleId === 'upper-trapezius',
    )!
    expect(ut.reason).toBe('Your temple pain is in the area this muscle can refer pain to.')
  })

  it('is the same ranking whatever order the regions come in', () => {
    const a = rankMuscles(index, [{ regionId: 'low-back' }, { regionId: 'buttock' }, { regionId: 'groin' }])
    const b = rankMuscles(index, [{ regionId: 'groin' }, { regionId: 'buttock' }, { regionId: 'low-back' }])
    expect(b.map((m) => [m.muscleId, m.score])).toEqual(a.map((m) => [m.muscleId, m.score]))
  })
})
