// Pain maps are the patient's data: nothing is written unless the patient changed the map, a map from another
// body is kept whole and read-only, and an import is refused by size and measured before it is checked.
import { describe, expect, it } from 'vitest'
import {
  MAX_MAPS_PER_FILE,
  MAX_PAIN_MAP_FILE_BYTES,
  exportPainMaps,
  importPainMaps,
  painMapFileSizeProblem,
  painMapSizeProblem,
} from '../../src/features/painMap/exportImport'
import { otherBodyNote, painMapFit } from '../../src/features/painMap/painMapFit'
import {
  MAX_SKIN_VERTEX_COUNT,
  MAX_TAPPED_REGIONS,
  maskToRuns,
  newPainMap,
  parsePainMap,
  runsToMask,
  type PainMap,
} from '../../src/features/painMap/painMapFormat'
import { mapToSave } from '../../src/features/painMap/painMapSave'
import regions from '../../data/regions.json'

const when = new Date('2026-01-02T03:04:05.000Z')
const later = new Date('2026-03-04T05:06:07.000Z')
const BODY = 43_872 // skin vertices of models/body.glb

function savedMap(vertexCount = 10): PainMap {
  return { ...newPainMap('map-1', 'Neck', vertexCount, when), paintedRuns: [[2, 3], [8, 1]], tappedRegions: ['temple.left'] }
}

function edit(map: PainMap | undefined, mask: Uint8Array, tapped: string[], vertexCount = 10) {
  return { map, mask, tappedRegions: tapped, skinVertexCount: vertexCount, now: later, newId: () => 'map-new', newName: 'Pain map 2' }
}

describe('mapToSave: a write only when the patient changed the map', () => {
  it('writes nothing when the mask and tapped areas are what was saved', () => {
    const map = savedMap()
    expect(mapToSave(edit(map, runsToMask(map.paintedRuns, 10), ['temple.left']))).toBeNull()
  })
  it('writes the changed runs with a new updatedAt, keeping id, name and createdAt', () => {
    const map = savedMap()
    const mask = runsToMask(map.paintedRuns, 10)
    mask[0] = 1
    const saved = mapToSave(edit(map, mask, ['temple.left']))
    expect(saved).toEqual({ ...map, paintedRuns: [[0, 1], [2, 3], [8, 1]], updatedAt: later.toISOString() })
  })
  it('writes a change of tapped areas alone', () => {
    const map = savedMap()
    const saved = mapToSave(edit(map, runsToMask(map.paintedRuns, 10), ['temple.left', 'sternum.midline']))
    expect(saved?.tappedRegions).toEqual(['temple.left', 'sternum.midline'])
    expect(saved?.paintedRuns).toEqual(map.paintedRuns)
  })
  it('never writes to a map from another body, whatever the mask says', () => {
    const map = savedMap(12)
    expect(mapToSave(edit(map, new Uint8Array(10), []))).toBeNull()
    expect(mapToSave(edit(map, new Uint8Array(10).fill(1), ['temple.left']))).toBeNull()
  })
  it('starts a new map on a first edit, but not for an empty one', () => {
    expect(mapToSave(edit(undefined, new Uint8Array(10), []))).toBeNull()
    const mask = new Uint8Array(10)
    mask[4] = 1
    const created = mapToSave(edit(undefined, mask, []))
    expect(created).toMatchObject({ id: 'map-new', name: 'Pain map 2', skinVertexCount: 10, paintedRuns: [[4, 1]] })
    expect(parsePainMap(created, 'x').ok).toBe(true)
  })
  it('writes nothing before the body is known or for a mask of another size', () => {
    expect(mapToSave(edit(savedMap(), new Uint8Array(0), [], 0))).toBeNull()
    expect(mapToSave(edit(savedMap(), new Uint8Array(9), ['x.left']))).toBeNull()
  })
})

describe('painMapFit', () => {
  it('a map of this body is editable; one of another body is read-only with both counts', () => {
    expect(painMapFit(savedMap(10), 10)).toEqual({ kind: 'editable' })
    const fit = painMapFit(savedMap(20_000), BODY)
    expect(fit).toEqual({ kind: 'other-body', mapSkinVertexCount: 20_000, bodySkinVertexCount: BODY })
    if (fit.kind === 'other-body') {
      const note = otherBodyNote(savedMap(20_000), fit)
      expect(note).toContain('different body model')
      expect(note).toContain('20,000')
      expect(note).toContain('43,872')
      expect(note).toContain('kept unchanged')
    }
  })
  it('treats a map as editable until the body is on screen', () => {
    expect(painMapFit(savedMap(20_000), 0)).toEqual({ kind: 'editable' })
  })
})

describe('import limits', () => {
  it('refuses a file over the size limit by its size, naming both sizes', () => {
    expect(MAX_PAIN_MAP_FILE_BYTES).toBe(2 * 1024 * 1024)
    expect(painMapFileSizeProblem(MAX_PAIN_MAP_FILE_BYTES)).toBeNull()
    const message = painMapFileSizeProblem(29 * 1024 * 1024)
    expect(message).toContain('29.0 MB')
    expect(message).toContain('2.0 MB')
    expect(painMapFileSizeProblem(MAX_PAIN_MAP_FILE_BYTES + 1)).toContain('2,097,153 bytes')
    expect(painMapFileSizeProblem(MAX_PAIN_MAP_FILE_BYTES + 1)).toContain('at most 2.0 MB (2,097,152 bytes)')
    expect(painMapFileSizeProblem(MAX_PAIN_MAP_FILE_BYTES + 1)).toContain('not opened')
  })
  it('the worst map the body can hold (every other skin vertex painted) exports well under the limit', () => {
    const mask = new Uint8Array(BODY)
    for (let i = 0; i < BODY; i += 2) mask[i] = 1
    const map = { ...newPainMap('m', 'Worst', BODY, when), paintedRuns: maskToRuns(mask) }
    const text = exportPainMaps([map], when)
    expect(map.paintedRuns).toHaveLength(BODY / 2)
    expect(text.length).toBeLessThan(MAX_PAIN_MAP_FILE_BYTES / 4)
    const started = performance.now()
    const back = importPainMaps(text, new Set(), () => 'x')
    expect(performance.now() - started).toBeLessThan(500)
    expect(back.errors).toEqual([])
    expect(back.maps[0]!.paintedRuns).toEqual(map.paintedRuns)
  })
  it('writes one painted run per line', () => {
    const text = exportPainMaps([savedMap()], when)
    expect(text).toContain('[2, 3]')
    expect(JSON.parse(text).maps[0].paintedRuns).toEqual([[2, 3], [8, 1]])
  })
  it('measures arrays before checking them: more runs than skin points, or too many tapped areas', () => {
    const runs = Array.from({ length: 11 }, (_, i) => [i, 1])
    expect(painMapSizeProblem({ ...savedMap(), paintedRuns: runs }, 'file: maps.0')).toContain('11 runs')
    const tapped = Array.from({ length: MAX_TAPPED_REGIONS + 1 }, () => 'temple.left')
    expect(painMapSizeProblem({ ...savedMap(), tappedRegions: tapped }, 'file: maps.0')).toContain('tappedRegions')
    expect(painMapSizeProblem(savedMap(), 'x')).toBeNull()
    // a claimed vertex count beyond any body does not raise the limit
    const huge = { ...savedMap(), skinVertexCount: 1e9, paintedRuns: new Array(MAX_SKIN_VERTEX_COUNT + 1) }
    expect(painMapSizeProblem(huge, 'x')).toContain(`${MAX_SKIN_VERTEX_COUNT.toLocaleString('en')} skin points`)
  })
  it('the tapped-area cap leaves room for every region of the built-in atlas on both sides', () => {
    expect((regions as unknown[]).length * 2).toBeLessThanOrEqual(MAX_TAPPED_REGIONS)
  })
  it('an import with an oversize map reports it and keeps the good ones', () => {
    const bad = { ...savedMap(), id: 'map-2', paintedRuns: Array.from({ length: 11 }, (_, i) => [i, 1]) }
    const text = JSON.stringify({ ...JSON.parse(exportPainMaps([savedMap()], when)), maps: [savedMap(), bad] })
    const result = importPainMaps(text, new Set(), () => 'x')
    expect(result.maps.map((m) => m.id)).toEqual(['map-1'])
    expect(result.errors).toEqual([expect.stringContaining('file: maps.1: paintedRuns')])
  })
  it('refuses a bundle of too many maps with one message', () => {
    const text = JSON.stringify({ ...JSON.parse(exportPainMaps([], when)), maps: Array.from({ length: MAX_MAPS_PER_FILE + 1 }, savedMap) })
    const result = importPainMaps(text, new Set(), () => 'x')
    expect(result.maps).toEqual([])
    expect(result.errors).toHaveLength(1)
  })
  it('names only the first broken run of a damaged map', () => {
    const runs = Array.from({ length: 1000 }, () => [1, 'x'])
    const result = parsePainMap({ ...savedMap(5000), paintedRuns: runs }, 'saved map "m"')
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error).toBe('saved map "m": paintedRuns.0: must be [first vertex, number of vertices], whole numbers')
    }
  })
  it('rejects a skin vertex count no body model has', () => {
    expect(parsePainMap({ ...savedMap(), skinVertexCount: MAX_SKIN_VERTEX_COUNT + 1 }, 'x').ok).toBe(false)
  })
})
