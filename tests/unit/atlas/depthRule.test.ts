// Rule 1 for every trigger point and build: the maximum the app and `atlas depth` show is recomputed here
// from data/pleura-sites.json by a separate reading of the rule (not by calling src/atlas/depthRule.ts), and
// must match; the function's own edge cases are checked on small made-up sites.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { loadBuiltInAtlas } from '../../../src/atlas/builtin'
import { BUILD_IDS } from '../../../src/atlas/builds'
import { depthRule } from '../../../src/atlas/depthRule'
import type { PleuraSite } from '../../../src/atlas/schema'
import { pleuraSiteFigures } from '../../../src/geometry/depthReport'

const { atlas } = loadBuiltInAtlas()
const rawSites = JSON.parse(readFileSync('data/pleura-sites.json', 'utf8')) as Record<string, any>[]

// The builds in ascending BMI with their ranges, written out here rather than imported.
const BUILD_RANGES: [string, number, number][] = [
  ['underweight', 0, 18.5],
  ['lean', 18.5, 23],
  ['average', 23, 25],
  ['high', 25, Infinity],
]

/** Figures of a raw row that rule 1 counts, with whether each is of a named group and which builds it covers. */
function countedFigures(row: Record<string, any>): { value: number; builds: string[]; grouped: boolean }[] {
  const values: number[] = []
  if (typeof row.minMm === 'number') values.push(row.minMm)
  if (typeof row.needleReachedPleuraMm === 'number') values.push(row.needleReachedPleuraMm)
  if (typeof row.meanMm === 'number' && typeof row.sdMm === 'number') values.push(row.meanMm - 2 * row.sdMm)
  const g = row.group
  const builds = g
    ? BUILD_RANGES.filter(([, from, below]) => from >= (g.bmiFrom ?? 0) && below <= (g.bmiBelow ?? Infinity)).map(([id]) => id)
    : ['lean', 'average', 'high']
  return values.map((value) => ({ value, builds, grouped: !!g }))
}

/** Rule 1 read straight from the issue: per build, ascending. */
function expectedMaxima(site: Record<string, any>): Record<string, number | null> {
  const out: Record<string, number | null> = {}
  let previous: number | null | undefined
  for (const [build] of BUILD_RANGES) {
    const figures = site.measurements.flatMap(countedFigures).filter((f: { builds: string[] }) => f.builds.includes(build))
    const ownGroup = figures.some((f: { grouped: boolean }) => f.grouped) || (build === 'lean' && figures.length > 0)
    let max: number | null = null
    if (figures.length > 0) {
      const smallest = Math.min(...figures.map((f: { value: number }) => f.value))
      const candidate = Math.floor(smallest - 10)
      max = candidate >= 5 ? candidate : null
    }
    if (previous !== undefined && !ownGroup && figures.length > 0) {
      max = previous === null ? null : max === null ? null : Math.min(max, previous)
    }
    out[build] = max
    previous = max
  }
  return out
}

describe('depth rule over every trigger point and build', () => {
  it('every trigger point and build: the maximum obeys rule 1 (or there is no site and no maximum)', () => {
    let checked = 0
    for (const muscle of atlas.muscles) {
      for (const tp of muscle.triggerPoints) {
        const siteId = tp.needling.pleuraSiteId
        if (!siteId) {
          // No site, no maximum: such a trigger point must not be judged able to reach the pleura.
          expect(tp.needling.pleuraReachable, tp.id).toBe(false)
          checked += BUILD_IDS.length
          continue
        }
        const site = atlas.pleuraSites.find((s) => s.id === siteId)!
        const expected = expectedMaxima(rawSites.find((s) => s.id === siteId)!)
        for (const build of BUILD_IDS) {
          const figures = pleuraSiteFigures(site, build)
          expect(figures.recommendedMaxDepthMm, `${tp.id} ${build}`).toBe(expected[build])
          const rule = figures.rule
          if (rule.maximumMm !== null) {
            // at least 10 mm shallower than every counted figure that applies to the build
            const applying = rule.inputs.filter((f) => f.appliesToBuild)
            expect(Math.min(...applying.map((f) => f.valueMm)) - rule.maximumMm, `${tp.id} ${build}`).toBeGreaterThanOrEqual(10)
            expect(rule.maximumMm).toBeGreaterThanOrEqual(5)
          } else {
            expect(rule.reason.length, `${tp.id} ${build}`).toBeGreaterThan(20)
            expect(rule.technique).toBe(site.technique)
          }
          checked++
        }
      }
    }
    expect(checked).toBe(atlas.muscles.reduce((n, m) => n + m.triggerPoints.length, 0) * BUILD_IDS.length)
  })

  it('never gives a larger build a deeper maximum unless a figure of its own group exists', () => {
    for (const site of atlas.pleuraSites) {
      const results = BUILD_IDS.map((b) => depthRule(site, b))
      for (let i = 1; i < results.length; i++) {
        const [smaller, larger] = [results[i - 1]!, results[i]!]
        const own = larger.inputs.some((f) => f.appliesToBuild && f.ownGroup)
        if (!own && smaller.maximumMm !== null && larger.maximumMm !== null) {
          expect(larger.maximumMm, `${site.id} ${larger.build}`).toBeLessThanOrEqual(smaller.maximumMm)
        }
        if (!own && smaller.maximumMm === null && i > 1) {
          expect(larger.maximumMm, `${site.id} ${larger.build}`).toBeNull()
        }
      }
    }
  })
})

describe('depthRule on small sites', () => {
  const base: PleuraSite = {
    id: 'test-site',
    name: 'Test site',
    approach: 'Posterior test approach',
    description: 'A site for testing.',
    measurements: [],
    derivation: 'Test; margin 3 mm.',
    marginMm: 3,
    technique: 'Pincer grasp, needle toward a finger.',
    sources: ['KIM-2002'],
  }
  const row = (extra: Partial<PleuraSite['measurements'][number]>): PleuraSite['measurements'][number] => ({
    source: 'KIM-2002',
    population: 'p',
    method: 'm',
    finding: 'f',
    ...extra,
  })

  it('a mean without SD and a recommendation are context only: no maximum', () => {
    const site = { ...base, measurements: [row({ meanMm: 40 }), row({ recommendedMaxMm: 30 })] }
    const r = depthRule(site, 'average')
    expect(r.maximumMm).toBeNull()
    expect(r.inputs.map((f) => [f.kind, f.counts])).toEqual([
      ['mean-without-sd', false],
      ['recommendation', false],
    ])
  })

  it('mean − 2 SD, 10 mm shallower, rounded down; a whole-sample figure does not count for underweight', () => {
    const site = { ...base, measurements: [row({ meanMm: 48.6, sdMm: 11 })] }
    expect(depthRule(site, 'lean').maximumMm).toBe(16)
    const under = depthRule(site, 'underweight')
    expect(under.maximumMm).toBeNull()
  })

  it('under 5 mm gives no maximum, naming the limiting figure', () => {
    const site = { ...base, measurements: [row({ minMm: 14.9 })] }
    const r = depthRule(site, 'lean')
    expect(r.maximumMm).toBeNull()
    expect(r.limitingFigure?.valueMm).toBe(14.9)
  })

  it('a larger build is capped by the smaller one unless its own group has a figure', () => {
    const capped = { ...base, measurements: [row({ minMm: 30, group: { label: 'BMI < 23', bmiBelow: 23 } }), row({ minMm: 50 })] }
    const avg = depthRule(capped, 'average')
    expect(avg.maximumMm).toBe(20)
    expect(avg.maximumMm !== null && avg.cappedBy).toEqual({ build: 'lean', maximumMm: 20 })
    const own = { ...capped, measurements: [...capped.measurements, row({ minMm: 45, group: { label: 'BMI ≥ 23', bmiFrom: 23 } })] }
    expect(depthRule(own, 'average').maximumMm).toBe(35)
  })
})
