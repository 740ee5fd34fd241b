// The pleura sites carry the published figures the depth rule computes the simulator's maximum from. These
// tests hold the figures to facts.md §2 and the thorax muscles to the sites that describe their approach.
import { describe, expect, it } from 'vitest'
import { BUILD_IDS } from '../../../src/atlas/builds'
import { buildsOfGroup, depthRule } from '../../../src/atlas/depthRule'
import { loadBuiltInAtlas } from '../../../src/atlas/builtin'
import { findMuscle, findPleuraSite } from '../../../src/atlas/lookup'

const { atlas } = loadBuiltInAtlas()

describe('pleura sites', () => {
  it('are the six sites, one per approach', () => {
    expect(atlas.pleuraSites.map((s) => s.id).sort()).toEqual(
      [
        'anterior-chest-wall',
        'interscapular',
        'lateral-chest-wall',
        'supraclavicular',
        'thoracolumbar',
        'upper-trapezius-lung-apex',
      ].sort(),
    )
  })

  it('each say how the figures compare, where the margin comes from, and what is taught where there is no maximum', () => {
    for (const site of atlas.pleuraSites) {
      expect(site.derivation, site.id).toMatch(/margin/i)
      expect(site.technique.length, site.id).toBeGreaterThan(20)
      expect(site.approach.length, site.id).toBeGreaterThan(10)
    }
  })

  it('map every study group onto whole builds (ARM-2014 BMI < 23 covers underweight and lean)', () => {
    const site = findPleuraSite(atlas, 'interscapular')!
    const groups = site.measurements.filter((m) => m.source === 'ARM-2014').map((m) => [m.group?.label, buildsOfGroup(m.group!)])
    expect(groups).toEqual([
      ['BMI < 23', ['underweight', 'lean']],
      ['BMI 23 to < 25', ['average']],
      ['BMI ≥ 25', ['high']],
    ])
  })

  it('interscapular: ARM-2014 per BMI group, KIM-2002 as a mean with SD, MINTKEN-2025 20 mm labelled secondary, VC-RH as a recommendation (§2.2)', () => {
    const site = findPleuraSite(atlas, 'interscapular')!
    const kim = site.measurements.find((m) => m.source === 'KIM-2002')!
    expect([kim.meanMm, kim.sdMm]).toEqual([37, 7])
    expect(kim.finding).toMatch(/mean depth for a BMI, not a limit/)
    const mintken = site.measurements.find((m) => m.source === 'MINTKEN-2025')!
    expect(mintken.needleReachedPleuraMm).toBe(20)
    expect(mintken.figureEvidence).toBe('secondary')
    expect(site.measurements.find((m) => m.source === 'VC-RH')?.recommendedMaxMm).toBe(19)
  })

  it('upper trapezius: SA-G 31 mm needle, THAI-MRI minimum 33.4 mm, KEARNS-2022 40 mm needle (§2.1)', () => {
    const site = findPleuraSite(atlas, 'upper-trapezius-lung-apex')!
    expect(site.measurements.find((m) => m.source === 'SA-G')?.needleReachedPleuraMm).toBe(31)
    expect(site.measurements.find((m) => m.source === 'THAI-MRI')?.minMm).toBe(33.4)
    expect(site.measurements.find((m) => m.source === 'KEARNS-2022')?.needleReachedPleuraMm).toBe(40)
  })

  it('give the worked maxima of the rule (mm; null = no maximum), underweight to high', () => {
    const expected: Record<string, (number | null)[]> = {
      'upper-trapezius-lung-apex': [null, 21, 21, 21],
      interscapular: [null, null, null, 7],
      'anterior-chest-wall': [null, 16, 16, 16],
      'lateral-chest-wall': [null, null, null, null],
      supraclavicular: [null, null, null, null],
      thoracolumbar: [null, null, null, null],
    }
    for (const site of atlas.pleuraSites) {
      expect(
        BUILD_IDS.map((b) => depthRule(site, b).maximumMm),
        site.id,
      ).toEqual(expected[site.id])
    }
  })

  it('is referenced by the thorax and neck muscles for their approach', () => {
    const expected: Record<string, string> = {
      'upper-trapezius': 'upper-trapezius-lung-apex',
      rhomboids: 'interscapular',
      'middle-trapezius': 'interscapular',
      'lower-trapezius': 'interscapular',
      'pectoralis-major': 'anterior-chest-wall',
      'pectoralis-minor': 'anterior-chest-wall',
      'serratus-anterior': 'lateral-chest-wall',
      scalenes: 'supraclavicular',
      'quadratus-lumborum': 'thoracolumbar',
      'iliocostalis-lumborum': 'thoracolumbar',
    }
    for (const [muscleId, siteId] of Object.entries(expected)) {
      const sites = findMuscle(atlas, muscleId)?.triggerPoints.map((t) => t.needling.pleuraSiteId) ?? []
      expect(sites, muscleId).toContain(siteId)
    }
    const scm = findMuscle(atlas, 'sternocleidomastoid')!.triggerPoints.find((t) => t.id === 'sternocleidomastoid-trp-clavicular')!
    expect(scm.needling.pleuraSiteId).toBe('supraclavicular')
  })
})

describe('trigger points over the pleura', () => {
  it('every trigger point whose danger structures include the pleura is mapped to a site or says why not', () => {
    const unexplained: string[] = []
    for (const m of atlas.muscles) {
      for (const t of m.triggerPoints) {
        const n = t.needling
        if (!n.dangerStructures.includes('parietal-pleura')) continue
        const mapped = n.pleuraReachable && !!n.pleuraSiteId && !!findPleuraSite(atlas, n.pleuraSiteId)
        const explained = !n.pleuraReachable && (n.pleuraNotReachableReason ?? '').length > 20
        if (!mapped && !explained) unexplained.push(t.id)
      }
    }
    expect(unexplained).toEqual([])
  })

  it('infraspinatus over the scapular body does not reach the pleura, with the reason', () => {
    const infra = findMuscle(atlas, 'infraspinatus')!
    for (const id of ['infraspinatus-trp1', 'infraspinatus-trp2']) {
      const n = infra.triggerPoints.find((t) => t.id === id)!.needling
      expect(n.pleuraReachable, id).toBe(false)
      expect(n.pleuraNotReachableReason, id).toMatch(/scapula/)
    }
  })
})

describe('contraindications', () => {
  it('include the six absolute contraindications of the Irish guideline (§3.1, ISCP-2012)', () => {
    const iscp = atlas.contraindications.filter((c) => c.kind === 'absolute' && c.sources.includes('ISCP-2012'))
    expect(iscp).toHaveLength(6)
    expect(iscp.map((c) => c.id)).toContain('lymphoedema')
  })

  it('cover local infection, implants, pacemaker/ICD, malignancy, recent surgery, a limb at risk of lymphoedema, children and obesity, each cited', () => {
    const byId = new Map(atlas.contraindications.map((c) => [c.id, c]))
    const expected: [string, 'absolute' | 'relative'][] = [
      ['local-infection-or-skin-lesion', 'absolute'],
      ['implants', 'relative'],
      ['pacemaker-or-icd', 'relative'],
      ['malignancy-in-area', 'relative'],
      ['recent-surgery-at-site', 'relative'],
      ['limb-at-risk-of-lymphoedema', 'relative'],
      ['children', 'relative'],
      ['obesity', 'relative'],
    ]
    const sourceIds = new Set(atlas.sources.map((x) => x.id))
    for (const [id, kind] of expected) {
      const c = byId.get(id)
      expect(c, id).toBeDefined()
      expect(c!.kind, id).toBe(kind)
      expect(
        c!.sources.every((x) => sourceIds.has(x)),
        id,
      ).toBe(true)
    }
    expect(byId.get('implants')!.text).toMatch(/breast/)
    expect(byId.get('pacemaker-or-icd')!.patientText).toMatch(/electrical current/)
    expect(byId.get('children')!.text).toMatch(/No agreed minimum age/)
    expect(byId.get('children')!.patientText).toMatch(/parent or guardian/)
    expect(byId.get('vasovagal-history')!.text).not.toMatch(/obese/i)
    expect(byId.get('medication')!.patientText).toMatch(/anticoagulant/)
    expect(byId.get('medication')!.patientText).toMatch(/antiplatelet/)
  })

  it('give patient wording for each, never the word "safe"', () => {
    for (const c of atlas.contraindications) {
      expect(c.patientText.length).toBeGreaterThan(0)
      expect(`${c.text} ${c.patientText}`).not.toMatch(/\bsafe\b/i)
    }
  })
})
