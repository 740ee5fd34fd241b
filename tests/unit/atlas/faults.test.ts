// A broken atlas file must produce a clear fault naming the file and the JSON path, must never crash
// the loader, and must not cost anything else: the rest of the file and every other file still load.
// Each case breaks a copy of real built-in data in one way.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { BUILTIN_ATLAS_FILES, loadBuiltInAtlas } from '../../../src/atlas/builtin'
import { formatFault, formatPath } from '../../../src/atlas/faults'
import { locateJsonError } from '../../../src/atlas/jsonText'
import { loadAtlas } from '../../../src/atlas/load'
import { findMuscle } from '../../../src/atlas/lookup'
import type { AtlasFault, AtlasFile, AtlasLoadResult } from '../../../src/atlas/types'
import { builtInFilesEdited, builtInFilesWith, builtInJson } from '../../fixtures/atlas/helpers'

const SOLEUS = 'data/atlas/soleus.json'
const baseline = loadBuiltInAtlas().atlas
const baselineMuscles = baseline.muscles.map((m) => m.id)
const soleusPoints = findMuscle(baseline, 'soleus')!.triggerPoints.map((t) => t.id)

function load(files: AtlasFile[]): AtlasLoadResult {
  return loadAtlas(files, { builtIn: true })
}

function only(faults: AtlasFault[], severity: 'error' | 'warning' = 'error'): AtlasFault[] {
  return faults.filter((f) => f.severity === severity)
}

/** Every muscle except `except` is still there, complete. */
function expectOthersIntact(result: AtlasLoadResult, except = 'soleus'): void {
  const ids = result.atlas.muscles.map((m) => m.id)
  expect(ids.filter((id) => id !== except).sort()).toEqual(baselineMuscles.filter((id) => id !== except).sort())
  for (const m of result.atlas.muscles.filter((x) => x.id !== except)) {
    expect(m.triggerPoints.length).toBe(findMuscle(baseline, m.id)!.triggerPoints.length)
  }
  expect(result.atlas.regions.length).toBe(baseline.regions.length)
  expect(result.atlas.sources.length).toBe(baseline.sources.length)
}

describe('atlas faults', () => {
  it('missing field: names file and path, leaves out only that trigger point', () => {
    const result = load(builtInFilesEdited(SOLEUS, (m) => delete m.triggerPoints[0].palpation))
    const errors = only(result.faults)
    expect(errors).toHaveLength(1)
    expect(formatFault(errors[0]!)).toMatch(
      /^data\/atlas\/soleus\.json: triggerPoints\.0\.palpation: missing required field \(expected string\) \(trigger point "soleus-trp1" left out/,
    )
    expect(findMuscle(result.atlas, 'soleus')!.triggerPoints.map((t) => t.id)).toEqual(soleusPoints.slice(1))
    expectOthersIntact(result)
  })

  it('missing muscle-level field: leaves out that muscle only', () => {
    const result = load(builtInFilesEdited(SOLEUS, (m) => delete m.innervation))
    const errors = only(result.faults)
    expect(errors.map(formatFault)).toEqual([
      'data/atlas/soleus.json: innervation: missing required field (expected object) (muscle "soleus" left out)',
    ])
    expect(findMuscle(result.atlas, 'soleus')).toBeUndefined()
    expectOthersIntact(result)
  })

  it('wrong type: says what was expected and what was found', () => {
    const result = load(builtInFilesEdited(SOLEUS, (m) => (m.triggerPoints[1].needling.pleuraReachable = 'no')))
    const errors = only(result.faults)
    expect(errors).toHaveLength(1)
    expect(errors[0]?.file).toBe(SOLEUS)
    expect(formatPath(errors[0]!.path)).toBe('triggerPoints.1.needling.pleuraReachable')
    expect(errors[0]?.message).toBe('wrong type: expected boolean, received string')
    expect(findMuscle(result.atlas, 'soleus')!.triggerPoints.map((t) => t.id)).toEqual(soleusPoints.filter((_, i) => i !== 1))
    expectOthersIntact(result)
  })

  it('unknown field: names the key, usually a typo', () => {
    const result = load(builtInFilesEdited(SOLEUS, (m) => (m.triggerPoints[0].palpaton = 'x')))
    expect(only(result.faults).map(formatFault)[0]).toMatch(/soleus\.json: triggerPoints\.0\.palpaton: unknown field/)
  })

  it('unknown landmark: names it, suggests the nearest real one, keeps the other trigger points', () => {
    const result = load(builtInFilesEdited(SOLEUS, (m) => (m.triggerPoints[0].location.landmark = 'calcaneous')))
    const errors = only(result.faults)
    expect(errors.map(formatFault)).toEqual([
      'data/atlas/soleus.json: triggerPoints.0.location.landmark: unknown landmark "calcaneous" (did you mean "calcaneus"?) (trigger point "soleus-trp1" left out)',
    ])
    expect(findMuscle(result.atlas, 'soleus')!.triggerPoints).toHaveLength(soleusPoints.length - 1)
    expectOthersIntact(result)
  })

  it('unknown landmark in the form the architecture notes use ("heel-bone")', () => {
    const result = load(builtInFilesEdited(SOLEUS, (m) => (m.triggerPoints[0].location.landmark = 'heel-bone')))
    expect(formatFault(only(result.faults)[0]!)).toMatch(
      /^data\/atlas\/soleus\.json: triggerPoints\.0\.location\.landmark: unknown landmark "heel-bone"/,
    )
  })

  it('unknown region: names the zone and index', () => {
    const result = load(builtInFilesEdited(SOLEUS, (m) => (m.triggerPoints[0].essentialZone.regions[0] = 'heal')))
    const errors = only(result.faults)
    expect(errors).toHaveLength(1)
    expect(formatPath(errors[0]!.path)).toBe('triggerPoints.0.essentialZone.regions.0')
    expect(errors[0]?.message).toBe('unknown region "heal" (did you mean "heel"?)')
    expectOthersIntact(result)
  })

  it('unknown landmark in a skin patch of a region leaves out that region only', () => {
    const result = load(
      builtInFilesEdited('data/regions.json', (regions) => {
        const heel = (regions as unknown as { id: string; patches: { from: { landmark: string } }[] }[]).find((r) => r.id === 'heel')!
        heel.patches[0]!.from.landmark = 'heel-bone'
      }),
    )
    const errors = only(result.faults)
    expect(errors.map((f) => `${f.file}: ${formatPath(f.path)}`)).toContain(
      `data/regions.json: ${baseline.regions.findIndex((r) => r.id === 'heel')}.patches.0.from.landmark`,
    )
    expect(result.atlas.regions.find((r) => r.id === 'heel')).toBeUndefined()
    // The trigger points whose zones name the missing region are reported too, never silently mis-painted.
    expect(errors.some((f) => f.file === SOLEUS && f.message.startsWith('unknown region "heel"'))).toBe(true)
  })

  it('duplicate muscle id in another file: the later file is reported and left out', () => {
    const copy = JSON.stringify(builtInJson(SOLEUS))
    const result = load(builtInFilesWith('data/atlas/soleus-copy.json', copy))
    const errors = only(result.faults)
    expect(errors.map(formatFault)).toEqual([
      'data/atlas/soleus-copy.json: id: duplicate muscle id "soleus" (already defined in data/atlas/soleus.json) (this muscle left out)',
    ])
    expect(result.atlas.muscles.filter((m) => m.id === 'soleus')).toHaveLength(1)
    expectOthersIntact(result, 'none')
  })

  it('duplicate trigger point id across muscles: the second is reported and left out', () => {
    const path = 'data/atlas/tibialis-anterior.json'
    const edited = builtInJson(path)
    edited.triggerPoints.push({ ...builtInJson(SOLEUS).triggerPoints[0] })
    const result = load(builtInFilesWith(path, JSON.stringify(edited)))
    const errors = only(result.faults)
    expect(errors).toHaveLength(1)
    expect(errors[0]?.file).toBe(path)
    expect(errors[0]?.message).toMatch(/^duplicate trigger point id "soleus-trp1" \(already used in muscle "soleus"\)/)
    expect(findMuscle(result.atlas, 'soleus')!.triggerPoints.map((t) => t.id)).toEqual(soleusPoints)
  })

  it('non-JSON file: line and column of the first error, the file left out, all else loads', () => {
    const text = readFileSync('tests/fixtures/atlas/not-json.json', 'utf8')
    const result = load(builtInFilesWith(SOLEUS, text))
    const errors = only(result.faults)
    expect(errors.map(formatFault)).toEqual([
      'data/atlas/soleus.json: not valid JSON: unexpected "}" where a property name in double quotes was expected at line 5, column 28 (whole file left out)',
    ])
    expect(findMuscle(result.atlas, 'soleus')).toBeUndefined()
    expectOthersIntact(result)
  })

  it('50 MB file: rejected before parsing with its size and the limit, all else loads', () => {
    const huge = `{"id": "soleus", "pad": "${'x'.repeat(50 * 1024 * 1024)}"}`
    const started = performance.now()
    const result = load(builtInFilesWith('data/atlas/huge.json', huge))
    expect(performance.now() - started).toBeLessThan(2000)
    expect(only(result.faults).map(formatFault)).toEqual([
      'data/atlas/huge.json: file is 50.0 MB, over the 5.0 MB limit for an atlas file; it was not read (whole file left out)',
    ])
    expectOthersIntact(result, 'none')
  })

  it('a file whose top level is neither a muscle nor a list reports its shape', () => {
    const result = load(builtInFilesWith('data/regions.json', '{"regions": []}'))
    expect(only(result.faults).map(formatFault)[0]).toBe('data/regions.json: expected an array of region entries (whole list left out)')
  })

  it('unknown source: the dangling citation is dropped, the entry kept when another citation resolves', () => {
    const result = load(builtInFilesEdited(SOLEUS, (m) => m.sources.push('NOT-A-SOURCE')))
    const errors = only(result.faults)
    expect(errors).toHaveLength(1)
    expect(formatPath(errors[0]!.path)).toBe(`sources.${builtInJson(SOLEUS).sources.length}`)
    expect(errors[0]?.message).toMatch(/^unknown source "NOT-A-SOURCE"/)
    expect(errors[0]?.effect).toBe('citation dropped')
    expect(findMuscle(result.atlas, 'soleus')!.sources).not.toContain('NOT-A-SOURCE')
  })

  it('no resolving citation: the entry is left out', () => {
    const result = load(builtInFilesEdited(SOLEUS, (m) => (m.triggerPoints[0].sources = ['NOPE'])))
    expect(only(result.faults)[0]?.effect).toBe('trigger point "soleus-trp1" left out')
    expect(findMuscle(result.atlas, 'soleus')!.triggerPoints).toHaveLength(soleusPoints.length - 1)
  })

  it('citing a rejected source is a warning, not an error', () => {
    const result = load(builtInFilesEdited(SOLEUS, (m) => m.sources.push('TPM')))
    expect(only(result.faults)).toEqual([])
    expect(only(result.faults, 'warning').map((f) => f.message)).toEqual(['cites "TPM", a source the clinical notes rejected'])
  })

  it('unknown danger structure and unknown pleura site are reported', () => {
    const result = load(
      builtInFilesEdited(SOLEUS, (m) => {
        m.triggerPoints[0].needling.dangerStructures = ['sciatic-nerv']
        m.triggerPoints[1].needling.pleuraReachable = true
        m.triggerPoints[1].needling.pleuraSiteId = 'calf-pleura'
      }),
    )
    const messages = only(result.faults).map(formatFault)
    expect(messages[0]).toMatch(
      /triggerPoints\.0\.needling\.dangerStructures\.0: unknown danger structure "sciatic-nerv" \(did you mean "sciatic-nerve"\?\)/,
    )
    expect(messages[1]).toMatch(/triggerPoints\.1\.needling\.pleuraSiteId: unknown pleura site "calf-pleura"/)
  })

  it('pleuraReachable without a pleura site is a schema fault', () => {
    const result = load(builtInFilesEdited(SOLEUS, (m) => (m.triggerPoints[0].needling.pleuraReachable = true)))
    expect(formatFault(only(result.faults)[0]!)).toMatch(
      /triggerPoints\.0\.needling\.pleuraSiteId: a trigger point whose needle can reach the pleura must name its pleuraSiteId/,
    )
  })

  it('a muscle id the model does not have is an error in the built-in atlas', () => {
    const result = load(builtInFilesEdited(SOLEUS, (m) => (m.id = 'solius')))
    expect(formatFault(only(result.faults)[0]!)).toMatch(
      /^data\/atlas\/soleus\.json: id: unknown muscle "solius" \(did you mean "soleus"\?\): the model has no mesh/,
    )
  })

  it("a body area that differs from the model's for that muscle is a warning", () => {
    const result = load(builtInFilesEdited(SOLEUS, (m) => (m.region = 'hip-thigh')))
    expect(result.faults.map(formatFault)).toEqual([
      'data/atlas/soleus.json: region: warning: region "hip-thigh" differs from the model\'s "leg-foot" for this muscle (src/anatomy/ids.ts)',
    ])
    expect(findMuscle(result.atlas, 'soleus')).toBeDefined()
  })

  it('a midline region may not use a bilateral landmark or a lateral offset', () => {
    const result = load(
      builtInFilesEdited('data/regions.json', (regions) => {
        const sternum = (regions as unknown as { id: string; patches: Record<string, any>[] }[]).find((r) => r.id === 'sternum')!
        sternum.patches[0]!.from = { landmark: 'nipple', offset: { lateralM: 0.02 } }
      }),
    )
    const messages = only(result.faults).map((f) => f.message)
    expect(messages).toContain('a midline region needs a midline landmark; "nipple" exists on both sides')
    expect(messages).toContain('a midline region cannot have a lateral offset')
  })

  it('a missing standard region is reported against regions.json', () => {
    const result = load(
      builtInFilesEdited('data/regions.json', (regions) => {
        const list = regions as unknown as { id: string }[]
        list.splice(
          list.findIndex((r) => r.id === 'toes'),
          1,
        )
      }),
    )
    expect(only(result.faults).map(formatFault)).toContain('data/regions.json: standard region "toes" has no valid shape in this file')
  })

  it('never throws, whatever the text', () => {
    for (const text of ['', 'null', '[]', '42', '"x"', '{}', '[null, 1, "a"]', '{"triggerPoints": 3}', '\uFEFF{}']) {
      expect(() => load(builtInFilesWith(SOLEUS, text))).not.toThrow()
    }
    expect(BUILTIN_ATLAS_FILES.length).toBeGreaterThan(0)
  })
})

describe('locateJsonError', () => {
  it('finds line and column of common mistakes', () => {
    expect(locateJsonError('{"a": 1,}')).toMatchObject({ line: 1, column: 9 })
    expect(locateJsonError('{\n  "a": 1\n  "b": 2\n}')).toMatchObject({
      line: 3,
      column: 3,
      reason: 'unexpected "\\"" where "," or "}" was expected',
    })
    expect(locateJsonError("{'a': 1}")).toMatchObject({ line: 1, column: 2 })
    expect(locateJsonError('[1, 2')).toMatchObject({ reason: 'unexpected end of file where "," or "]" was expected' })
  })

  it('returns null for valid JSON, agreeing with JSON.parse', () => {
    for (const text of ['{}', '[]', '{"a": [1, -2.5e3, true, false, null, "\\u00e9\\n"]}', ' 0 ']) {
      expect(() => JSON.parse(text)).not.toThrow()
      expect(locateJsonError(text)).toBeNull()
    }
  })
})
