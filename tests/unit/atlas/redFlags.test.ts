// Red flags: the built-in list loads, is cited and covers the regions the issue names; the loader reports a
// flag's unknown region or source by file and path; selection for a pain map puts the most urgent first.
import { describe, expect, it } from 'vitest'
import { loadBuiltInAtlas, BUILTIN_ATLAS_FILES } from '../../../src/atlas/builtin'
import { formatFault } from '../../../src/atlas/faults'
import { loadAtlas } from '../../../src/atlas/load'
import { openInstructorAtlas } from '../../../src/atlas/merge'
import { redFlagSchema } from '../../../src/atlas/redFlagSchema'
import { afterNeedlingFlags, redFlagLine, redFlagsForPain } from '../../../src/atlas/redFlags'

const { atlas } = loadBuiltInAtlas()

describe('built-in red flags', () => {
  it('load from data/red-flags.json, every one cited to a known source', () => {
    expect(atlas.redFlags.length).toBeGreaterThanOrEqual(12)
    const sourceIds = new Set(atlas.sources.map((s) => s.id))
    for (const flag of atlas.redFlags) {
      expect(
        flag.sources.every((s) => sourceIds.has(s)),
        flag.id,
      ).toBe(true)
    }
  })

  it.each([
    ['anterior-chest', 'chest-heart'],
    ['medial-arm', 'chest-heart'],
    ['calf', 'calf-clot'],
    ['low-back', 'back-cauda-equina'],
    ['temple', 'head-sudden-severe'],
    ['temple', 'head-temple-over-50'],
  ])('pain in %s brings up %s', (region, flagId) => {
    expect(redFlagsForPain(atlas.redFlags, [`${region}.left`]).forRegions.map((f) => f.id)).toContain(flagId)
  })

  it('a heel map brings up no regional flag, but the general flags always show', () => {
    const flags = redFlagsForPain(atlas.redFlags, ['heel.right'])
    expect(flags.forRegions).toEqual([])
    expect(flags.anywhere.map((f) => f.id)).toEqual(expect.arrayContaining(['anywhere-fever', 'anywhere-cancer-signs', 'anywhere-injury']))
  })

  it('lists the most urgent first: emergencies before same-day', () => {
    const ids = redFlagsForPain(atlas.redFlags, ['temple']).forRegions.map((f) => f.id)
    expect(ids.indexOf('head-sudden-severe')).toBeLessThan(ids.indexOf('head-temple-over-50'))
    const urgencies = redFlagsForPain(atlas.redFlags, ['anterior-chest', 'calf', 'temple']).forRegions.map((f) => f.urgency)
    expect(urgencies).toEqual(
      [...urgencies].sort((a, b) => ['emergency', 'same-day', 'soon'].indexOf(a) - ['emergency', 'same-day', 'soon'].indexOf(b)),
    )
  })

  it('has after-needling flags for a collapsed lung, infection and nerve injury', () => {
    expect(
      afterNeedlingFlags(atlas.redFlags)
        .map((f) => f.condition)
        .join(' '),
    ).toMatch(/pneumothorax.*infection.*nerve/)
  })

  it('prints a flag in one plain line with what to do', () => {
    const heart = atlas.redFlags.find((f) => f.id === 'chest-heart')!
    expect(redFlagLine(heart)).toMatch(
      /^Emergency: Chest pain that could be your heart\. .*\(heart attack.*\)\. Call the emergency number now/,
    )
  })
})

describe('red flag data checks', () => {
  const regionsFile = BUILTIN_ATLAS_FILES.find((f) => f.path === 'data/regions.json')!
  const sourcesFile = BUILTIN_ATLAS_FILES.find((f) => f.path === 'data/sources.json')!
  const flag = {
    id: 'test-flag',
    scope: 'regions',
    regions: ['calf', 'no-such-region'],
    heading: 'Heading',
    signs: 'Signs',
    condition: 'condition',
    urgency: 'same-day',
    whatToDo: 'See a doctor today.',
    sources: ['NICE-NG158', 'NO-SUCH-SOURCE'],
  }

  it('drops an unknown region and an unknown citation, naming each, and keeps the flag', () => {
    const result = loadAtlas([regionsFile, sourcesFile, { path: 'red-flags.json', text: JSON.stringify([flag]) }])
    const messages = result.faults.map(formatFault).join('\n')
    expect(messages).toMatch(/red-flags\.json.*0\.regions\.1.*no-such-region/)
    expect(messages).toMatch(/red-flags\.json.*0\.sources\.1.*NO-SUCH-SOURCE/)
    expect(result.atlas.redFlags).toEqual([expect.objectContaining({ id: 'test-flag', regions: ['calf'], sources: ['NICE-NG158'] })])
  })

  it('leaves out a regional flag none of whose regions exist', () => {
    const lost = { ...flag, regions: ['no-such-region'] }
    const result = loadAtlas([regionsFile, sourcesFile, { path: 'red-flags.json', text: JSON.stringify([lost]) }])
    expect(result.atlas.redFlags).toEqual([])
    expect(result.faults.map(formatFault).join('\n')).toMatch(/red flag "test-flag" left out/)
  })

  it('refuses a regional flag without regions and an "anywhere" flag with regions', () => {
    expect(redFlagSchema.safeParse({ ...flag, regions: [] }).success).toBe(false)
    expect(redFlagSchema.safeParse({ ...flag, scope: 'anywhere' }).success).toBe(false)
    expect(redFlagSchema.safeParse({ ...flag, urgency: 'whenever' }).success).toBe(false)
  })

  it("an instructor's file cannot replace a built-in red flag", () => {
    const heart = atlas.redFlags.find((f) => f.id === 'chest-heart')!
    const weaker = { ...heart, urgency: 'soon' }
    const result = openInstructorAtlas(atlas, [{ path: 'mine.json', text: JSON.stringify({ redFlags: [weaker] }) }], 'add')
    expect(result.safetyFaults.map(formatFault).join('\n')).toMatch(/built-in red flag/)
    expect(result.atlas.redFlags.find((f) => f.id === 'chest-heart')?.urgency).toBe('emergency')
  })
})
