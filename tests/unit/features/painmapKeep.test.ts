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
} from '../../../src/features/painMap/exportImport'
import { otherBodyNote, painMapFit } from '../../../src/features/painMap/painMapFit'
import {
  MAX_SKIN_VERTEX_COUNT,
  MAX_TAPPED_REGIONS,
  PAIN_MAP_FORMAT,
  maskToRuns,
  newPainMap,
  parsePainMap,
  type PainMap,
  type PainMapV1,
  type PainMapV2,
} from '../../../src/features/painMap/painMapFormat'
import { maskToPoints } from '../../../src/features/painMap/painMapPoints'
import { mapToSave } from '../../../src/features/painMap/painMapSave'
import regions from '../../../data/regions.json'

const when = new Date('2026-01-02T03:04:05.000Z')
const later = new Date('2026-03-04T05:06:07.000Z')
const BODY = 43_872 // skin vertices of a body model

/** A version 1 record (skin-vertex runs) painted on a skin of `vertexCount` vertices. */
function savedMap(vertexCount = 10): PainMapV1 {
  const iso = when.toISOString()
  return {
    format: PAIN_MAP_FORMAT,
    version: 1,
    id: 'map-1',
    name: 'Neck',
    createdAt: iso,
    updatedAt: iso,
    skinVertexCount: vertexCount,
    paintedRuns: [
      [2, 3],
      [8, 1],
    ],
    tappedRegions: ['temple.left'],
  }
}

/** A small skin: `n` vertices 1 cm apart along the patient's left. */
function skin(n = 10): Float32Array {
  const p = new Float32Array(n * 3)
  for (let i = 0; i < n; i++) p[i * 3] = i * 0.01
  return p
}

function maskOf(vertices: number[], n = 10): Uint8Array {
  const mask = new Uint8Array(n)
  for (const v of vertices) mask[v] = 1
  return mask
}

/** The version 2 map painted on skin() at vertices 2, 3, 4 and 8. */
function savedV2(): PainMapV2 {
  return { ...newPainMap('map-1', 'Neck', when), paintedPoints: maskToPoints(maskOf([2, 3, 4, 8]), skin()), tappedRegions: ['temple.left'] }
}

function edit(
  map: PainMap | undefined,
  mask: Uint8Array,
  tapped: string[],
  positions: Float32Array | null = skin(),
  body: 'male' | 'female' = 'male',
) {
  return { map, mask, tappedRegions: tapped, skinPositions: positions, body, now: later, newId: () => 'map-new', newName: 'Pain map 2' }
}

describe('mapToSave: a write only when the patient changed the map', () => {
  it('writes nothing when the mask and tapped areas are what was saved', () => {
    expect(mapToSave(edit(savedV2(), maskOf([2, 3, 4, 8]), ['temple.left']))).toBeNull()
  })
  it('writes the changed points with a new updatedAt, keeping id, name and createdAt', () => {
    const map = savedV2()
    const saved = mapToSave(edit(map, maskOf([0, 2, 3, 4, 8]), ['temple.left']))
    expect(saved).toEqual({ ...map, paintedPoints: [0, 0, 0, 20, 0, 0, 30, 0, 0, 40, 0, 0, 80, 0, 0], updatedAt: later.toISOString() })
  })
  it('writes a change of tapped areas alone', () => {
    const map = savedV2()
    const saved = mapToSave(edit(map, maskOf([2, 3, 4, 8]), ['temple.left', 'sternum.midline']))
    expect(saved?.tappedRegions).toEqual(['temple.left', 'sternum.midline'])
    expect(saved?.paintedPoints).toEqual(map.paintedPoints)
  })
  it('edits a version 1 map of this skin in its version 2 form', () => {
    const map = savedMap(10)
    expect(mapToSave(edit(map, maskOf([2, 3, 4, 8]), ['temple.left']))).toBeNull()
    const saved = mapToSave(edit(map, maskOf([2, 3, 4]), ['temple.left']))
    expect(saved).toMatchObject({ version: 2, id: 'map-1', createdAt: map.createdAt, paintedPoints: [20, 0, 0, 30, 0, 0, 40, 0, 0] })
  })
  it('never writes to a version 1 map from another body, whatever the mask says', () => {
    const map = savedMap(12)
    expect(mapToSave(edit(map, new Uint8Array(10), []))).toBeNull()
    expect(mapToSave(edit(map, new Uint8Array(10).fill(1), ['temple.left']))).toBeNull()
  })
  it('starts a new version 2 map on a first edit, but not for an empty one', () => {
    expect(mapToSave(edit(undefined, new Uint8Array(10), []))).toBeNull()
    const created = mapToSave(edit(undefined, maskOf([4]), []))
    expect(created).toMatchObject({ id: 'map-new', name: 'Pain map 2', version: 2, paintedPoints: [40, 0, 0] })
    expect(parsePainMap(created, 'x').ok).toBe(true)
  })
  it('writes nothing for a map painted on the other body, and a new map records the body it is painted on', () => {
    // a map saved before there was a choice of body was painted on the male body
    expect(mapToSave(edit(savedV2(), maskOf([0]), [], skin(), 'female'))).toBeNull()
    expect(mapToSave(edit({ ...savedV2(), body: 'female' }, maskOf([0]), [], skin(), 'male'))).toBeNull()
    expect(mapToSave(edit({ ...savedV2(), body: 'female' }, maskOf([0]), [], skin(), 'female'))).toMatchObject({ body: 'female' })
    const created = mapToSave(edit(undefined, maskOf([4]), [], skin(), 'female'))
    expect(created).toMatchObject({ body: 'female', paintedPoints: [40, 0, 0] })
    expect(parsePainMap(created, 'x').ok).toBe(true)
    expect(parsePainMap({ ...created, body: 'giant' }, 'x').ok).toBe(false)
  })
  it('writes nothing before the body is known or for a mask of another size', () => {
    expect(mapToSave(edit(savedV2(), new Uint8Array(0), [], null))).toBeNull()
    expect(mapToSave(edit(savedV2(), new Uint8Array(9), ['x.left']))).toBeNull()
  })
})

describe('painMapFit', () => {
  it('a version 2 map fits every body; a version 1 map of this body is editable; one of another body is read-only with both counts', () => {
    expect(painMapFit(savedV2(), BODY)).toEqual({ kind: 'editable' })
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
    const map: PainMapV1 = { ...savedMap(BODY), paintedRuns: maskToRuns(mask) }
    const text = exportPainMaps([map], when)
    expect(map.paintedRuns).toHaveLength(BODY / 2)
    expect(text.length).toBeLessThan(MAX_PAIN_MAP_FILE_BYTES / 4)
    const started = performance.now()
    const back = importPainMaps(text, new Set(), () => 'x')
    expect(performance.now() - started).toBeLessThan(500)
    expect(back.errors).toEqual([])
    expect((back.maps[0] as PainMapV1).paintedRuns).toEqual(map.paintedRuns)
  })
  it('writes one painted run per line', () => {
    const text = exportPainMaps([savedMap()], when)
    expect(text).toContain('[2, 3]')
    expect(JSON.parse(text).maps[0].paintedRuns).toEqual([
      [2, 3],
      [8, 1],
    ])
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
