// An instructor's own atlas file opened in the app: added to or replacing the built-in muscles, its
// faults listed by path while the valid rest (theirs and the built-in data) keeps working.
import { describe, expect, it } from 'vitest'
import { loadBuiltInAtlas } from '../../../src/atlas/builtin'
import { formatFault } from '../../../src/atlas/faults'
import { findMuscle, musclesReferringTo, searchMuscles } from '../../../src/atlas/lookup'
import { openInstructorAtlas } from '../../../src/atlas/merge'
import { builtInJson } from '../../fixtures/atlas/helpers'

const base = loadBuiltInAtlas().atlas
const FILE = 'my-course.json'

/** An instructor's variant of a real entry under a new id (as if they described a muscle the model lacks). */
function instructorMuscle(id: string): Record<string, any> {
  const muscle = builtInJson('data/atlas/soleus.json')
  muscle.id = id
  muscle.name = `${muscle.name} (course notes)`
  muscle.triggerPoints = muscle.triggerPoints.map((t: Record<string, any>) => ({ ...t, id: `${id}-${t.id}` }))
  return muscle
}

describe('openInstructorAtlas', () => {
  it('adds a single-muscle file to the built-in atlas; a muscle the model lacks is a warning', () => {
    const result = openInstructorAtlas(base, [{ path: FILE, text: JSON.stringify(instructorMuscle('plantaris')) }], 'add')
    expect(result.faults.filter((f) => f.severity === 'error')).toEqual([])
    expect(result.faults.map(formatFault)).toEqual([
      'my-course.json: id: warning: muscle "plantaris" is not in the model: it is listed and searchable, but no mesh can be highlighted',
    ])
    expect(result.atlas.muscles).toHaveLength(base.muscles.length + 1)
    expect(searchMuscles(result.atlas, 'course notes').map((m) => m.id)).toEqual(['plantaris'])
    expect(musclesReferringTo(result.atlas, 'heel').map((m) => m.muscle.id)).toContain('plantaris')
  })

  it('a muscle with a built-in id replaces that muscle in "add" mode, with a warning', () => {
    const own = builtInJson('data/atlas/soleus.json')
    own.name = 'Soleus (edited)'
    const result = openInstructorAtlas(base, [{ path: FILE, text: JSON.stringify(own) }], 'add')
    expect(result.faults.map(formatFault)).toEqual(['my-course.json: id: warning: replaces the built-in muscle "soleus"'])
    expect(result.atlas.muscles).toHaveLength(base.muscles.length)
    expect(findMuscle(result.atlas, 'soleus')?.name).toBe('Soleus (edited)')
  })

  it('"replace" shows only the instructor muscles but keeps built-in sources and regions for them', () => {
    const bundle = { title: 'Lower leg', muscles: [builtInJson('data/atlas/soleus.json'), builtInJson('data/atlas/gastrocnemius.json')] }
    const result = openInstructorAtlas(base, [{ path: FILE, text: JSON.stringify(bundle) }], 'replace')
    expect(result.faults.filter((f) => f.severity === 'error')).toEqual([])
    expect(result.atlas.muscles.map((m) => m.id)).toEqual(['soleus', 'gastrocnemius'])
    expect(result.atlas.regions).toHaveLength(base.regions.length)
    expect(result.atlas.sources).toHaveLength(base.sources.length)
  })

  it('a bundle may bring its own sources, which its muscles can cite', () => {
    const muscle = instructorMuscle('plantaris')
    muscle.sources = ['COURSE-2026']
    const bundle = {
      muscles: [muscle],
      sources: [
        {
          id: 'COURSE-2026',
          authors: 'Course team',
          year: 2026,
          title: 'Lecture notes, lower leg',
          publication: 'Course handout',
          verification: 'unconfirmed',
        },
      ],
    }
    const result = openInstructorAtlas(base, [{ path: FILE, text: JSON.stringify(bundle) }], 'add')
    expect(result.faults.filter((f) => f.severity === 'error')).toEqual([])
    expect(findMuscle(result.atlas, 'plantaris')?.sources).toEqual(['COURSE-2026'])
  })

  it('faults in the instructor file are listed by path and the valid rest still works', () => {
    const good = instructorMuscle('plantaris')
    const bad = instructorMuscle('flexor-digitorum-longus')
    bad.triggerPoints[0].location.landmark = 'heel-bone'
    delete bad.latin
    const dup = instructorMuscle('flexor-hallucis-longus')
    dup.triggerPoints[0].id = 'soleus-trp1'
    const bundle = { muscles: [good, bad, dup], lessons: [] }
    const result = openInstructorAtlas(base, [{ path: FILE, text: JSON.stringify(bundle) }], 'add')
    const errors = result.faults.filter((f) => f.severity === 'error').map(formatFault)
    expect(errors).toContain(
      'my-course.json: lessons: unknown field (an atlas file holds muscles, regions, sources, pleuraSites, contraindications, redFlags) (field ignored)',
    )
    expect(errors).toContain(
      'my-course.json: muscles.1.latin: missing required field (expected string) (muscle "flexor-digitorum-longus" left out)',
    )
    expect(errors.some((e) => e.startsWith('my-course.json: muscles.2.triggerPoints.0.id: duplicate trigger point id "soleus-trp1"'))).toBe(
      true,
    )
    const ids = result.atlas.muscles.map((m) => m.id)
    expect(ids).toContain('plantaris')
    expect(ids).not.toContain('flexor-digitorum-longus')
    expect(findMuscle(result.atlas, 'flexor-hallucis-longus')?.triggerPoints).toHaveLength(good.triggerPoints.length - 1)
    expect(ids.filter((id) => base.muscles.some((m) => m.id === id))).toHaveLength(base.muscles.length)
  })

  it('a broken instructor file costs nothing of the built-in atlas', () => {
    const result = openInstructorAtlas(base, [{ path: FILE, text: '{ not json' }], 'add')
    expect(result.faults.map(formatFault)).toEqual([
      'my-course.json: not valid JSON: unexpected "n" where a property name in double quotes was expected at line 1, column 3 (whole file left out)',
    ])
    expect(result.atlas.muscles).toHaveLength(base.muscles.length)
  })

  it('"replace" with a broken file leaves no muscles, and says why', () => {
    const result = openInstructorAtlas(base, [{ path: FILE, text: '[]' }], 'replace')
    expect(result.atlas.muscles).toEqual([])
    expect(result.atlas.regions).toHaveLength(base.regions.length)
    expect(result.faults.map(formatFault)).toEqual([
      'my-course.json: warning: no muscle could be loaded, so the atlas shows no muscles ("replace" mode)',
    ])
  })
})
