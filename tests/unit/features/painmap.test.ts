// Pain maps: saved format, storage rules (corrupt records reported, others load), export/import, brush.
import { describe, expect, it } from 'vitest'
import { applyBrushDab, countPainted } from '../../../src/features/painMap/brush'
import { exportPainMaps, importPainMaps } from '../../../src/features/painMap/exportImport'
import { PAIN_MAP_FORMAT, maskToRuns, parsePainMap, runsToMask, type PainMapV1 } from '../../../src/features/painMap/painMapFormat'
import { loadPainMaps, memoryPainMapStorage, mergeLoadedMaps, savePainMap } from '../../../src/features/painMap/painMapRepository'

const when = new Date('2026-01-02T03:04:05.000Z')

/** A version 1 record (skin-vertex runs): still read, kept and imported. */
function sampleMap(id: string, name: string): PainMapV1 {
  const iso = when.toISOString()
  return {
    format: PAIN_MAP_FORMAT,
    version: 1,
    id,
    name,
    createdAt: iso,
    updatedAt: iso,
    skinVertexCount: 10,
    paintedRuns: [
      [2, 3],
      [8, 1],
    ],
    tappedRegions: ['temple.left'],
  }
}

describe('pain-map runs', () => {
  it('round-trips a mask through runs', () => {
    const mask = new Uint8Array([0, 1, 1, 0, 0, 1, 0, 1, 1, 1])
    const runs = maskToRuns(mask)
    expect(runs).toEqual([
      [1, 2],
      [5, 1],
      [7, 3],
    ])
    expect(Array.from(runsToMask(runs, 10))).toEqual(Array.from(mask))
  })
  it('encodes an empty mask as no runs', () => {
    expect(maskToRuns(new Uint8Array(5))).toEqual([])
  })
})

describe('parsePainMap', () => {
  it('accepts a valid map', () => {
    const result = parsePainMap(sampleMap('map-1', 'Morning headache'), 'x')
    expect(result.ok).toBe(true)
  })
  it('names the path of a broken field', () => {
    const broken = {
      ...sampleMap('map-1', 'A'),
      paintedRuns: [
        [4, 2],
        [3, 1],
      ],
    }
    const result = parsePainMap(broken, 'saved map "map-1"')
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error).toContain('saved map "map-1": paintedRuns.1')
    }
  })
  it('rejects runs past the vertex count, unknown keys, and non-objects', () => {
    expect(parsePainMap({ ...sampleMap('m', 'A'), paintedRuns: [[9, 5]] }, 'x').ok).toBe(false)
    expect(parsePainMap({ ...sampleMap('m', 'A'), extra: 1 }, 'x').ok).toBe(false)
    expect(parsePainMap('not a map', 'x').ok).toBe(false)
    expect(parsePainMap(null, 'x').ok).toBe(false)
  })
})

describe('pain-map repository', () => {
  it('loads the good maps and reports the corrupt one by key', async () => {
    const storage = memoryPainMapStorage({
      'map-a': sampleMap('map-a', 'Neck'),
      'map-bad': { format: 'trigger-point-atlas/pain-map', version: 1, id: 'map-bad', name: 42 },
      'map-b': sampleMap('map-b', 'Heel'),
    })
    const { maps, problems } = await loadPainMaps(storage)
    expect(maps.map((m) => m.id)).toEqual(['map-a', 'map-b'])
    expect(problems).toHaveLength(1)
    expect(problems[0]).toContain('saved map "map-bad"')
  })
  it('reports a record stored under another key', async () => {
    const storage = memoryPainMapStorage({ 'map-x': sampleMap('map-y', 'Moved') })
    const { maps, problems } = await loadPainMaps(storage)
    expect(maps).toHaveLength(0)
    expect(problems[0]).toContain('does not match its storage key')
  })
  it('saves and reloads a map', async () => {
    const storage = memoryPainMapStorage()
    await savePainMap(storage, sampleMap('map-c', 'Back'))
    const { maps } = await loadPainMaps(storage)
    expect(maps[0]?.name).toBe('Back')
    expect((maps[0] as PainMapV1).paintedRuns).toEqual([
      [2, 3],
      [8, 1],
    ])
  })
  it('refuses to save an invalid map', async () => {
    const storage = memoryPainMapStorage()
    await expect(savePainMap(storage, { ...sampleMap('map-d', 'X'), name: '' })).rejects.toThrow(/name/)
  })
  it('keeps a map created or renamed while the saved maps were loading', () => {
    const saved = [sampleMap('map-a', 'Neck'), sampleMap('map-b', 'Back')]
    const listed = [{ ...sampleMap('map-b', 'Lower back'), updatedAt: '2026-01-03T00:00:00.000Z' }, sampleMap('map-new', 'Pain map 1')]
    const shown = mergeLoadedMaps(saved, listed)
    expect(shown.map((m) => `${m.id}:${m.name}`)).toEqual(['map-a:Neck', 'map-b:Lower back', 'map-new:Pain map 1'])
    expect(mergeLoadedMaps(saved, [])).toEqual(saved)
  })
})

describe('export and import', () => {
  it('round-trips maps, renaming ids that already exist', () => {
    const text = exportPainMaps([sampleMap('map-a', 'Neck'), sampleMap('map-b', 'Heel')], when)
    let n = 0
    const result = importPainMaps(text, new Set(['map-a']), () => `map-new${++n}`)
    expect(result.errors).toEqual([])
    expect(result.maps.map((m) => m.id)).toEqual(['map-new1', 'map-b'])
    expect((result.maps[1] as PainMapV1).paintedRuns).toEqual([
      [2, 3],
      [8, 1],
    ])
  })
  it('imports a single map file', () => {
    const result = importPainMaps(JSON.stringify(sampleMap('map-s', 'One')), new Set(), () => 'unused')
    expect(result.maps).toHaveLength(1)
  })
  it('keeps the good maps of a bundle and reports the bad one by position', () => {
    const bundle = JSON.parse(exportPainMaps([sampleMap('map-a', 'Neck')], when))
    bundle.maps.push({ format: 'trigger-point-atlas/pain-map', version: 99 })
    const result = importPainMaps(JSON.stringify(bundle), new Set(), () => 'unused')
    expect(result.maps).toHaveLength(1)
    expect(result.errors[0]).toContain('maps.1')
  })
  it('reports a file that is not JSON or not a pain map', () => {
    expect(importPainMaps('{oops', new Set(), () => 'x').errors[0]).toContain('not valid JSON')
    const foreign = importPainMaps('{"hello":"world"}', new Set(), () => 'x')
    expect(foreign.maps).toHaveLength(0)
    expect(foreign.errors).toHaveLength(1)
  })
})

describe('brush', () => {
  // Four vertices: two on the right side (x < 0), one on the left (+x), one far away.
  const positions = new Float32Array([-0.1, 1.5, 0, -0.12, 1.5, 0, 0.1, 1.5, 0, -0.1, 0.2, 0])
  const normals = new Float32Array([0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, -1])
  const dab = { centre: { x: -0.1, y: 1.5, z: 0 }, normal: { x: 0, y: 0, z: 1 }, radiusM: 0.03, paint: true, mirror: false }

  it('paints the vertices within the radius only', () => {
    const mask = new Uint8Array(4)
    expect(applyBrushDab(mask, positions, normals, dab)).toBe(2)
    expect(Array.from(mask)).toEqual([1, 1, 0, 0])
  })
  it('mirrors a dab to the other side of the body', () => {
    const mask = new Uint8Array(4)
    applyBrushDab(mask, positions, normals, { ...dab, mirror: true })
    expect(Array.from(mask)).toEqual([1, 1, 1, 0])
  })
  it('erases', () => {
    const mask = new Uint8Array([1, 1, 1, 1])
    applyBrushDab(mask, positions, normals, { ...dab, paint: false })
    expect(Array.from(mask)).toEqual([0, 0, 1, 1])
    expect(countPainted(mask)).toBe(2)
  })
  it('leaves skin facing away from the brush alone', () => {
    const mask = new Uint8Array(4)
    applyBrushDab(mask, positions, normals, { ...dab, centre: { x: -0.1, y: 0.2, z: 0 } })
    expect(Array.from(mask)).toEqual([0, 0, 0, 0])
  })
  it('rejects a bad radius', () => {
    expect(() => applyBrushDab(new Uint8Array(4), positions, normals, { ...dab, radiusM: 0 })).toThrow(/radiusM/)
  })
  it('rejects positions or normals shorter than the mask, naming both counts', () => {
    expect(() => applyBrushDab(new Uint8Array(5), positions, normals, dab)).toThrow('brush: 4 positions for a mask of 5 vertices')
    expect(() => applyBrushDab(new Uint8Array(4), positions, normals.subarray(0, 9), dab)).toThrow(
      'brush: 3 normals for a mask of 4 vertices',
    )
  })
})

describe('paintedSummary', () => {
  it('counts, sums the indices and averages the positions of the painted vertices in one pass', async () => {
    const { paintedSummary } = await import('../../../src/features/painMap/brush')
    const positions = new Float32Array([0, 0, 0, 0.01, 0, 0, 0.02, 0.04, 0, 0, 0, 0.5])
    expect(paintedSummary(new Uint8Array([0, 1, 1, 0]), positions)).toEqual({
      count: 2,
      indexSum: 3,
      centroidMm: [expect.closeTo(15, 4), expect.closeTo(20, 4), 0],
    })
    expect(paintedSummary(new Uint8Array(4), positions)).toEqual({ count: 0, indexSum: 0, centroidMm: null })
  })
})
