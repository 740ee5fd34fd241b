// The pleura sites carry the safety numbers the simulator warns with. These tests hold them to the
// published measurements they cite and to the thorax muscles that reference them (facts.md §2).
import { describe, expect, it } from 'vitest'
import { loadBuiltInAtlas } from '../../src/atlas/builtin'
import { findMuscle, findPleuraSite } from '../../src/atlas/lookup'
import type { Habitus } from '../../src/atlas/schema'

const { atlas } = loadBuiltInAtlas()
const HABITUS: Habitus[] = ['lean', 'average', 'high']

describe('pleura sites', () => {
  it('are exactly the four sites the muscle entries reference', () => {
    expect(atlas.pleuraSites.map((s) => s.id).sort()).toEqual(
      ['anterior-chest-wall', 'interscapular', 'lateral-chest-wall', 'upper-trapezius-lung-apex'].sort(),
    )
  })

  it('never recommend a depth beyond a published minimum or mean − 1 SD for that habitus (or the whole sample)', () => {
    for (const site of atlas.pleuraSites) {
      for (const habitus of HABITUS) {
        const bounds = site.measurements
          .filter((m) => m.habitus === habitus || m.habitus === 'all')
          .flatMap((m) => [
            ...(m.minMm !== undefined ? [m.minMm] : []),
            ...(m.meanMm !== undefined && m.sdMm !== undefined ? [m.meanMm - m.sdMm] : []),
          ])
        const max = site.recommendedMaxDepthMm[habitus]
        for (const bound of bounds) {
          expect(max, `${site.id} ${habitus}`).toBeLessThanOrEqual(bound)
        }
      }
    }
  })

  it('turn amber before the maximum for every habitus', () => {
    for (const site of atlas.pleuraSites) {
      expect(site.marginMm).toBeLessThan(Math.min(...HABITUS.map((h) => site.recommendedMaxDepthMm[h])))
      expect(site.derivation).toMatch(/margin/i)
    }
  })

  it('interscapular: the lean maximum is the smaller of ARM-2014 skin-to-rib − 1 SD, VC-RH 19 mm and the average maximum (§2.2)', () => {
    const site = findPleuraSite(atlas, 'interscapular')
    const arm = site?.measurements.find((m) => m.source === 'ARM-2014' && m.habitus === 'lean')
    const vc = site?.measurements.find((m) => m.source === 'VC-RH')
    expect(arm?.meanMm).toBe(21)
    expect(arm?.sdMm).toBe(4)
    expect(vc?.maxMm).toBe(19)
    const average = site?.measurements.find((m) => m.source === 'ARM-2014' && m.habitus === 'average')
    expect(average?.meanMm).toBe(24)
    expect(average?.sdMm).toBe(9)
    expect(site?.recommendedMaxDepthMm.lean).toBe(Math.min(21 - 4, 19, 24 - 9))
  })

  it('never recommends a deeper maximum for a leaner build', () => {
    for (const site of atlas.pleuraSites) {
      expect(site.recommendedMaxDepthMm.lean, site.id).toBeLessThanOrEqual(site.recommendedMaxDepthMm.average)
      expect(site.recommendedMaxDepthMm.average, site.id).toBeLessThanOrEqual(site.recommendedMaxDepthMm.high)
    }
  })

  it('upper trapezius: keeps the published figures of KEARNS-2022, THAI-MRI and SA-G (§2.1)', () => {
    const site = findPleuraSite(atlas, 'upper-trapezius-lung-apex')
    expect(site?.measurements.map((m) => m.source)).toEqual(expect.arrayContaining(['KEARNS-2022', 'THAI-MRI', 'SA-G']))
    expect(site?.measurements.find((m) => m.source === 'THAI-MRI')?.minMm).toBe(33.4)
    // A 31 mm needle has reached lung tissue (SA-G): the average-habitus maximum must stay below it.
    expect(site?.recommendedMaxDepthMm.average).toBeLessThan(31)
  })

  it('is referenced by the thorax muscles named in facts §2', () => {
    const expected: Record<string, string> = {
      'upper-trapezius': 'upper-trapezius-lung-apex',
      rhomboids: 'interscapular',
      'middle-trapezius': 'interscapular',
      'lower-trapezius': 'interscapular',
      'pectoralis-major': 'anterior-chest-wall',
      'pectoralis-minor': 'anterior-chest-wall',
      'serratus-anterior': 'lateral-chest-wall',
    }
    for (const [muscleId, siteId] of Object.entries(expected)) {
      const sites = findMuscle(atlas, muscleId)?.triggerPoints.map((t) => t.needling.pleuraSiteId) ?? []
      expect(sites, muscleId).toContain(siteId)
    }
  })
})

describe('contraindications', () => {
  it('include the six absolute contraindications of the Irish guideline (§3.1, ISCP-2012)', () => {
    const absolute = atlas.contraindications.filter((c) => c.kind === 'absolute')
    expect(absolute).toHaveLength(6)
    expect(absolute.every((c) => c.sources.includes('ISCP-2012'))).toBe(true)
    expect(absolute.map((c) => c.id)).toContain('lymphoedema')
  })

  it('give patient wording for each, never the word "safe"', () => {
    for (const c of atlas.contraindications) {
      expect(c.patientText.length).toBeGreaterThan(0)
      expect(`${c.text} ${c.patientText}`).not.toMatch(/\bsafe\b/i)
    }
  })
})
