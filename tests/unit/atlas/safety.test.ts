// An opened atlas can add safety data under new ids but never replace or weaken the built-in pleura sites,
// contraindications or a built-in trigger point's needling safety; refusals name the field.
import { BUILD_IDS } from '../../../src/atlas/builds'
import { depthRule } from '../../../src/atlas/depthRule'
import { describe, expect, it } from 'vitest'
import { loadBuiltInAtlas } from '../../../src/atlas/builtin'
import { formatFault } from '../../../src/atlas/faults'
import { openInstructorAtlas } from '../../../src/atlas/merge'
import { openAtlasFile } from '../../../src/atlas/openFile'
import { addingBundle, weakenedUpperTrapezius, weakeningBundle } from '../../fixtures/atlas/unsafeAtlas'

const base = loadBuiltInAtlas().atlas
const FILE = 'course.json'
const open = (value: unknown, mode: 'add' | 'replace' = 'add') =>
  openInstructorAtlas(base, [{ path: FILE, text: JSON.stringify(value) }], mode)

describe('built-in safety data in an opened atlas', () => {
  it('a bundle replacing the lung-apex site and every contraindication is refused field by field; the built-in figures stay', () => {
    const result = open(weakeningBundle())
    const lines = result.safetyFaults.map(formatFault)
    expect(lines[0]).toBe(
      'course.json: pleuraSites.0.id: "upper-trapezius-lung-apex" is a built-in pleura site and cannot be replaced ' +
        '(its published figures, from which the depth rule computes the recommended maximum, and its margin are safety data); use a new id (entry refused; the built-in one stays)',
    )
    expect(result.safetyFaults).toHaveLength(1 + base.contraindications.length)
    expect(lines[1]).toBe(
      `course.json: contraindications.0.id: "${base.contraindications[0]!.id}" is a built-in contraindication and cannot be replaced; use a new id (entry refused; the built-in one stays)`,
    )
    expect(result.safetyFaults.every((f) => f.severity === 'error')).toBe(true)
    expect(result.faults).toEqual(expect.arrayContaining(result.safetyFaults))
    const apex = result.atlas.pleuraSites.find((s) => s.id === 'upper-trapezius-lung-apex')!
    expect(BUILD_IDS.map((b) => depthRule(apex, b).maximumMm)).toEqual([null, 21, 21, 21])
    expect(apex.marginMm).toBe(5)
    expect(result.atlas.contraindications).toEqual(base.contraindications)
  })

  it('the same refusal in "replace" mode', () => {
    const result = open({ ...weakeningBundle(), muscles: [weakenedUpperTrapezius()] }, 'replace')
    expect(result.safetyFaults.length).toBe(1 + base.contraindications.length + 3)
    expect(result.atlas.pleuraSites.find((s) => s.id === 'upper-trapezius-lung-apex')!.marginMm).toBe(5)
  })

  it('a built-in trigger point that loses pleura reach, its site or its danger structures is refused, naming each field', () => {
    const result = open(weakenedUpperTrapezius())
    const lines = result.safetyFaults.map(formatFault)
    expect(lines).toEqual([
      expect.stringMatching(
        /^course\.json: triggerPoints\.0\.needling\.pleuraReachable: cannot be set to false: the needle path can reach the pleura \(built-in trigger point "upper-trapezius-trp1"/,
      ),
      expect.stringMatching(
        /^course\.json: triggerPoints\.0\.needling\.pleuraSiteId: must stay "upper-trapezius-lung-apex" .*not be removed/,
      ),
      expect.stringMatching(
        /^course\.json: triggerPoints\.0\.needling\.dangerStructures: drops "parietal-pleura", "lung"; danger structures can be added, not removed/,
      ),
    ])
    // The built-in muscle stays whole, with its pleura site.
    const trp1 = result.atlas.muscles.find((m) => m.id === 'upper-trapezius')!.triggerPoints.find((t) => t.id === 'upper-trapezius-trp1')!
    expect(trp1.needling).toMatchObject({ pleuraReachable: true, pleuraSiteId: 'upper-trapezius-lung-apex' })
    expect(trp1.name).toBe(base.muscles.find((m) => m.id === 'upper-trapezius')!.triggerPoints[0]!.name)
  })

  it('moving a trigger point to a less strict site, dropping a precaution or deepening the typical depth is refused', () => {
    const muscle = weakenedUpperTrapezius()
    const original = base.muscles.find((m) => m.id === 'upper-trapezius')!.triggerPoints[0]!.needling
    Object.assign(muscle.triggerPoints[0].needling, {
      pleuraReachable: true,
      pleuraSiteId: 'anterior-chest-wall',
      dangerStructures: [...original.dangerStructures],
      precautions: original.precautions.slice(1),
    })
    const paths = open(muscle).safetyFaults.map((f) => f.path.join('.'))
    expect(paths).toEqual(['triggerPoints.0.needling.pleuraSiteId', 'triggerPoints.0.needling.precautions'])

    const withDepth = base.muscles.flatMap((m) => m.triggerPoints.map((t) => ({ m, t }))).find(({ t }) => t.needling.typicalDepth)
    expect(withDepth, 'a built-in trigger point with a published typical depth').toBeDefined()
    const deeper = structuredClone(withDepth!.m) as any
    const i = deeper.triggerPoints.findIndex((t: any) => t.id === withDepth!.t.id)
    deeper.triggerPoints[i].needling.typicalDepth.maxMm += 10
    expect(open(deeper).safetyFaults.map(formatFault)).toEqual([
      expect.stringMatching(
        new RegExp(`^course\\.json: triggerPoints\\.${i}\\.needling\\.typicalDepth: maxMm \\d+ is deeper than the built-in \\d+ mm`),
      ),
    ])
    delete deeper.triggerPoints[i].needling.typicalDepth
    expect(open(deeper).safetyFaults.map((f) => f.path.join('.'))).toEqual([`triggerPoints.${i}.needling.typicalDepth`])
  })

  it('a built-in muscle cannot drop or rename its built-in trigger points (a rename would escape the rule above)', () => {
    const muscle = weakenedUpperTrapezius()
    const original = base.muscles.find((m) => m.id === 'upper-trapezius')!
    muscle.triggerPoints[0].id = 'upper-trapezius-course-trp1'
    const result = open(muscle, 'replace')
    expect(result.safetyFaults.map(formatFault)).toEqual([
      `course.json: triggerPoints: leaves out the built-in trigger point "${original.triggerPoints[0]!.id}" (or it has faults); a built-in muscle keeps its trigger points: edit them within the safety rule, or add new ones (muscle "upper-trapezius" refused; the built-in safety data stays)`,
    ])
    expect(result.atlas.muscles).toEqual([])
    // In "add" mode the built-in muscle stays whole.
    const added = open(muscle, 'add')
    expect(added.atlas.muscles.find((m) => m.id === 'upper-trapezius')).toEqual(original)
  })

  it('stricter needling data for a built-in trigger point loads: an added precaution, a shallower typical depth', () => {
    const withDepth = base.muscles.find((m) => m.triggerPoints.some((t) => t.needling.typicalDepth))!
    const stricter = structuredClone(withDepth) as any
    for (const t of stricter.triggerPoints) {
      t.needling.precautions.push('Course rule: ask before every needle.')
      if (t.needling.typicalDepth) t.needling.typicalDepth.maxMm = t.needling.typicalDepth.minMm || 1
    }
    const result = open(stricter)
    expect(result.safetyFaults).toEqual([])
    expect(result.faults.filter((f) => f.severity === 'error')).toEqual([])
    expect(result.atlas.muscles.find((m) => m.id === withDepth.id)!.triggerPoints[0]?.needling.precautions).toContain(
      'Course rule: ask before every needle.',
    )
  })

  it('exact copies of built-in entries are accepted silently; new sites, contraindications and trigger points under new ids load', () => {
    const copies = open({ pleuraSites: base.pleuraSites, contraindications: base.contraindications })
    expect(copies.faults).toEqual([])

    const result = open(addingBundle())
    expect(result.safetyFaults).toEqual([])
    expect(result.faults.filter((f) => f.severity === 'error')).toEqual([])
    expect(result.atlas.pleuraSites.map((s) => s.id)).toEqual([...base.pleuraSites.map((s) => s.id), 'course-lung-apex-strict'])
    expect(result.atlas.contraindications.map((c) => c.id)).toContain('course-recent-surgery')
    const trp = result.atlas.muscles
      .find((m) => m.id === 'upper-trapezius')!
      .triggerPoints.find((t) => t.id === 'upper-trapezius-course-trp')
    expect(trp?.needling.pleuraSiteId).toBe('course-lung-apex-strict')
  })

  it('the app refuses the whole file, naming the first fields and counting the rest', () => {
    const out = openAtlasFile(base, 'deeper.json', JSON.stringify(weakeningBundle()), 'add')
    expect(out.ok).toBe(false)
    if (out.ok) return
    const lines = out.message.split('\n')
    expect(lines[0]).toBe('Could not open "deeper.json": it would replace or weaken the built-in safety data, so nothing of it was loaded.')
    expect(lines[1]).toMatch(/^• pleuraSites\.0\.id: "upper-trapezius-lung-apex" is a built-in pleura site and cannot be replaced/)
    expect(lines).toHaveLength(1 + 3 + 1 + 1)
    expect(lines[4]).toBe(
      `• …and ${1 + base.contraindications.length - 3} more fields like these (npm run -s atlas -- validate lists them all).`,
    )
    expect(lines[5]).toBe('The atlas on screen is unchanged.')
  })
})
