// Structure search: forgiving matching, side narrowing, ranking and list grouping.
import { describe, expect, it } from 'vitest'
import { LANDMARKS, MUSCLES } from '../../../src/anatomy/ids'
import { createStructureSearch, groupStructures, type StructureEntry } from '../../../src/search/searchStructures'
import { editDistanceAtMost, foldText } from '../../../src/search/normalize'

function muscleEntries(): StructureEntry[] {
  const out: StructureEntry[] = []
  for (const m of MUSCLES) {
    for (const side of ['left', 'right'] as const) {
      out.push({ nodeName: `${m.id}.${side}`, id: m.id, side, kind: 'muscle', name: m.name, latin: m.latin, group: m.region })
    }
  }
  return out
}

function landmarkEntries(): StructureEntry[] {
  return LANDMARKS.filter((l) => l.sides === 'midline').map((l) => ({
    nodeName: `${l.id}.midline`,
    id: l.id,
    side: 'midline' as const,
    kind: 'landmark' as const,
    name: l.name,
    group: 'landmarks',
  }))
}

const entries = [...muscleEntries(), ...landmarkEntries()]
const search = createStructureSearch(entries)
const names = (q: string): string[] => search(q).map((e) => e.nodeName)

describe('text folding', () => {
  it('folds case, diacritics and punctuation', () => {
    expect(foldText('  Músculus,  TRAPÉZII! ')).toBe('musculus trapezii')
    expect(foldText('Sterno-cleido_mastoid')).toBe('sterno cleido mastoid')
  })
  it('edit distance counts a transposition as one and stops past the maximum', () => {
    expect(editDistanceAtMost('trapezuis', 'trapezius', 1)).toBe(1)
    expect(editDistanceAtMost('soleus', 'solaus', 1)).toBe(1)
    expect(editDistanceAtMost('soleus', 'deltoid', 2)).toBe(3)
    expect(editDistanceAtMost('abc', 'abc', 0)).toBe(0)
  })
})

describe('createStructureSearch', () => {
  it('returns every entry in the given order for an empty or blank query', () => {
    expect(search('')).toEqual(entries)
    expect(search('   ')).toEqual(entries)
  })

  it('"trap" finds the three trapezius parts on both sides and nothing else', () => {
    const ids = new Set(search('trap').map((e) => e.id))
    expect(ids).toEqual(new Set(['upper-trapezius', 'middle-trapezius', 'lower-trapezius']))
    expect(search('trap')).toHaveLength(6)
  })

  it('is case- and diacritic-insensitive', () => {
    expect(names('SÓLEUS')).toEqual(['soleus.left', 'soleus.right'])
  })

  it('matches Latin names', () => {
    expect(new Set(search('trapezii').map((e) => e.id)).size).toBe(3)
    expect(search('musculus deltoideus').map((e) => e.id)).toEqual(['deltoid', 'deltoid'])
    expect(search('ischiocrurales').map((e) => e.id)).toEqual(['hamstrings', 'hamstrings'])
  })

  it('matches substrings inside words', () => {
    expect(search('cnemius').map((e) => e.id)).toEqual(['gastrocnemius', 'gastrocnemius'])
  })

  it('forgives one typo in words of five letters or more', () => {
    expect(search('trapezuis').map((e) => e.id)).toContain('upper-trapezius')
    expect(search('solues').map((e) => e.id)).toEqual(['soleus', 'soleus'])
    expect(search('gastorc').map((e) => e.id)).toEqual(['gastrocnemius', 'gastrocnemius'])
  })

  it('does not forgive typos in short words', () => {
    expect(search('tfx')).toEqual([])
  })

  it('narrows by side with a side word anywhere in the query', () => {
    expect(names('left soleus')).toEqual(['soleus.left'])
    expect(names('soleus l')).toEqual(['soleus.left'])
    expect(names('Soleus, right')).toEqual(['soleus.right'])
    expect(names('trap r')).toEqual(['upper-trapezius.right', 'middle-trapezius.right', 'lower-trapezius.right'])
  })

  it('a side word alone lists that side only; both sides named means no narrowing', () => {
    expect(search('left').every((e) => e.side === 'left')).toBe(true)
    expect(search('left').length).toBe(MUSCLES.length)
    expect(search('left right soleus')).toHaveLength(2)
  })

  it('requires every word to match', () => {
    expect(search('upper trap').map((e) => e.id)).toEqual(['upper-trapezius', 'upper-trapezius'])
    expect(search('soleus deltoid')).toEqual([])
  })

  it('ranks a whole-name match above word matches, and prefixes above substrings', () => {
    const local: StructureEntry[] = [
      { nodeName: 'a.midline', id: 'a', side: 'midline', kind: 'landmark', name: 'Deltoid tuberosity', group: 'landmarks' },
      { nodeName: 'b.midline', id: 'b', side: 'midline', kind: 'muscle', name: 'Posterior deltoid part', group: 'x' },
      { nodeName: 'c.midline', id: 'c', side: 'midline', kind: 'muscle', name: 'Deltoid', group: 'x' },
      { nodeName: 'd.midline', id: 'd', side: 'midline', kind: 'muscle', name: 'Predeltoidal', group: 'x' },
    ]
    const s = createStructureSearch(local)
    expect(s('deltoid').map((e) => e.id)).toEqual(['c', 'a', 'b', 'd'])
    // whole-name prefixes tie and keep the given order
    expect(s('delt').map((e) => e.id)).toEqual(['a', 'c', 'b', 'd'])
  })

  it('ranks exact words above typo matches', () => {
    const local: StructureEntry[] = [
      { nodeName: 'x.left', id: 'x', side: 'left', kind: 'muscle', name: 'Solaus', group: 'x' },
      { nodeName: 'y.left', id: 'y', side: 'left', kind: 'muscle', name: 'Soleus', group: 'x' },
    ]
    expect(createStructureSearch(local)('soleus').map((e) => e.id)).toEqual(['y', 'x'])
  })

  it('searches synonyms', () => {
    const local: StructureEntry[] = [
      {
        nodeName: 'fibularis-longus.left',
        id: 'fibularis-longus',
        side: 'left',
        kind: 'muscle',
        name: 'Fibularis longus',
        synonyms: ['Peroneus longus'],
        group: 'leg-foot',
      },
    ]
    expect(createStructureSearch(local)('peroneus')).toHaveLength(1)
  })

  it('is stable: equal matches keep the given order', () => {
    const r = search('musculus')
    const indices = r.map((e) => entries.indexOf(e))
    expect(indices).toEqual([...indices].sort((a, b) => a - b))
  })

  it('finds landmarks by words of their names and ids', () => {
    expect(names('c7')).toEqual(['c7-spinous-process.midline'])
    expect(names('jugular notch')).toEqual(['sternal-notch.midline'])
  })

  it('honours a side word in the name of a structure whose side is unknown', () => {
    const local: StructureEntry[] = [
      { nodeName: 'Left lung.g', id: 'Left lung.g', side: 'midline', kind: 'unmapped', name: 'Left lung', group: 'unmapped' },
      { nodeName: 'Right lung.g', id: 'Right lung.g', side: 'midline', kind: 'unmapped', name: 'Right lung', group: 'unmapped' },
    ]
    expect(createStructureSearch(local)('left lung').map((e) => e.name)).toEqual(['Left lung'])
  })
})

describe('groupStructures', () => {
  it('orders groups head to foot, then organs, landmarks and unknown groups', () => {
    const mixed: StructureEntry[] = [
      { nodeName: 'z.midline', id: 'z', side: 'midline', kind: 'unmapped', name: 'Z', group: 'zeta' },
      ...entries.slice().reverse(),
    ]
    const groups = groupStructures(mixed)
    expect(groups.map((g) => g.key)).toEqual(['head-neck', 'shoulder-arm', 'trunk', 'hip-thigh', 'leg-foot', 'landmarks', 'zeta'])
    expect(groups[0]?.label).toBe('Head and neck')
    expect(groups.at(-1)?.label).toBe('zeta')
    expect(groups.reduce((n, g) => n + g.entries.length, 0)).toBe(mixed.length)
    // order inside a group is the given order
    const legs = groups.find((g) => g.key === 'leg-foot')!.entries
    expect(legs.map((e) => e.nodeName)).toEqual(mixed.filter((e) => e.group === 'leg-foot').map((e) => e.nodeName))
    expect(legs.length).toBeGreaterThan(1)
  })

  it('returns no groups for no entries', () => {
    expect(groupStructures([])).toEqual([])
  })
})
