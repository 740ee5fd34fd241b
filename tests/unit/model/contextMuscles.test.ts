// Context muscles (src/anatomy/ids.ts CONTEXT_MUSCLES): real muscles the model shows for orientation, with no atlas
// entry. The atlas vocabulary stays one muscle per entry; the structure list names and groups the context muscles,
// and the structure search finds them by English and Latin name.
import { describe, expect, it } from 'vitest'
import { FASCIAE } from '../../../src/anatomy/fasciae'
import { CONTEXT_MUSCLES, MUSCLES, MUSCLE_IDS } from '../../../src/anatomy/ids'
import { loadBuiltInAtlas } from '../../../src/atlas/builtin'
import { createStructureSearch, type StructureEntry } from '../../../src/search/searchStructures'
import { describeStructure } from '../../../src/viewer/structureNames'

const layerOf = (): null => null

/** The bands of fascia listed with the muscles, by how their Latin names begin (every other entry is a Musculus, or
 * Musculi for a group drawn as one, the dorsal interossei of the hand). */
const FASCIA_LATIN: Readonly<Record<string, RegExp>> = { 'iliotibial-tract': /^Tractus /, 'thoracolumbar-fascia': /^Fascia / }

describe('context muscles', () => {
  it('are kebab-case ids apart from the atlas muscles, with names, Latin names, layers and regions', () => {
    // the fasciae listed here are exactly the ones with a Details note
    expect(Object.keys(FASCIA_LATIN).sort()).toEqual(Object.keys(FASCIAE).sort())
    const ids = new Set<string>()
    for (const m of CONTEXT_MUSCLES) {
      expect(m.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      expect(ids.has(m.id), m.id).toBe(false)
      ids.add(m.id)
      expect(MUSCLE_IDS).not.toContain(m.id)
      expect(m.name.length).toBeGreaterThan(3)
      expect(m.latin).toMatch(FASCIA_LATIN[m.id] ?? /^(Musculus|Musculi) /)
      expect(['superficial', 'deep']).toContain(m.layer)
      expect(['head-neck', 'shoulder-arm', 'trunk', 'hip-thigh', 'leg-foot']).toContain(m.region)
    }
    expect(ids).toContain('rectus-abdominis')
    expect(ids).toContain('sartorius')
  })

  it('have no atlas entry (no trigger points or clinical data)', () => {
    const { atlas } = loadBuiltInAtlas()
    for (const m of CONTEXT_MUSCLES)
      expect(
        atlas.muscles.some((a) => a.id === m.id),
        m.id,
      ).toBe(false)
    expect(atlas.muscles.length).toBe(MUSCLES.length)
  })

  it('are named, Latin-named and grouped by region in the structure list', () => {
    const rec = describeStructure({ id: 'external-oblique', side: 'left', kind: 'muscle', layer: 'superficial' }, layerOf)
    expect(rec.name).toBe('External oblique')
    expect(rec.label).toBe('External oblique (left)')
    expect(rec.latin).toBe('Musculus obliquus externus abdominis')
    expect(rec.group).toBe('trunk')
  })

  it('are found by the structure search in English and Latin', () => {
    const entries: StructureEntry[] = CONTEXT_MUSCLES.flatMap((m) =>
      (['left', 'right'] as const).map((side) => {
        const r = describeStructure({ id: m.id, side, kind: 'muscle', layer: m.layer }, layerOf)
        return { nodeName: r.nodeName, id: r.id, side, kind: 'muscle' as const, name: r.name, latin: r.latin, group: r.group }
      }),
    )
    const search = createStructureSearch(entries)
    expect(search('sartorius')[0]?.id).toBe('sartorius')
    expect(search('rectus abd left')[0]?.nodeName).toBe('rectus-abdominis.left')
    expect(search('obliquus externus')[0]?.id).toBe('external-oblique')
    expect(search('flexor carpi ulnaris')[0]?.id).toBe('flexor-carpi-ulnaris')
    expect(search('gracilus')[0]?.id).toBe('gracilis')
  })
})
