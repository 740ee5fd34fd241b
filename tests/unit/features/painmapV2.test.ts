// Pain maps survive the body model changing: painted skin is kept as points on the body's surface (version 2),
// put back exactly on the skin it was painted on and close around each point on another skin; version 1 maps
// are converted on the skin they were painted on, with their original record kept.
import { existsSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { skinMesh } from '../../../src/geometry/bodyMeshes'
import {
  PAIN_MAP_FORMAT,
  maskToRuns,
  parsePainMap,
  runsToMask,
  type PainMapV1,
  type PainMapV2,
} from '../../../src/features/painMap/painMapFormat'
import { migratePainMapV1 } from '../../../src/features/painMap/painMapMigration'
import { maskToPoints, pointsToMask } from '../../../src/features/painMap/painMapPoints'
import { loadPainMaps, memoryPainMapStorage, migrateSavedMaps } from '../../../src/features/painMap/painMapRepository'
import { readGlb } from '../../../src/model/readGlb'
import { buildSkinGrid } from '../../../src/geometry/skinGrid'

/** The skin grid of a position list (the normals do not matter for putting points back). */
function gridOf(positions: Float32Array) {
  const normals = new Float32Array(positions.length)
  for (let i = 1; i < normals.length; i += 3) normals[i] = 1
  return buildSkinGrid(positions, normals)
}

const MODEL = 'models/body.glb'
const iso = '2026-01-02T03:04:05.000Z'

function v1(id: string, vertexCount: number, runs: [number, number][]): PainMapV1 {
  return {
    format: PAIN_MAP_FORMAT,
    version: 1,
    id,
    name: `Map ${id}`,
    createdAt: iso,
    updatedAt: iso,
    skinVertexCount: vertexCount,
    paintedRuns: runs,
    tappedRegions: ['temple.left'],
  }
}

/** Every vertex of the skin within `radiusM` of vertex `centre` (a brush dab). */
function dab(positions: Float32Array, centre: number, radiusM: number): Uint8Array {
  const mask = new Uint8Array(positions.length / 3)
  const [cx, cy, cz] = [positions[centre * 3]!, positions[centre * 3 + 1]!, positions[centre * 3 + 2]!]
  for (let i = 0; i < mask.length; i++) {
    if (Math.hypot(positions[i * 3]! - cx, positions[i * 3 + 1]! - cy, positions[i * 3 + 2]! - cz) <= radiusM) mask[i] = 1
  }
  return mask
}

describe('points on a small skin', () => {
  const positions = new Float32Array([0, 0, 0, 0.01, 0, 0, 0.02, 0, 0, 0.5, 0.5, 0.5])
  it('writes painted vertices as millimetres in 0.1 mm steps and puts them back on the same vertices', () => {
    const mask = new Uint8Array([0, 1, 0, 1])
    const points = maskToPoints(mask, positions)
    expect(points).toEqual([10, 0, 0, 500, 500, 500])
    const back = pointsToMask(points, gridOf(positions))
    expect(Array.from(back.mask)).toEqual([0, 1, 0, 1])
    expect(back.sameSkin).toBe(true)
    expect(back.offSkin).toBe(0)
  })
  it('counts a point far from every vertex as off this skin and draws nothing for it', () => {
    const back = pointsToMask([10, 0, 0, 900, 900, 900], gridOf(positions))
    expect(Array.from(back.mask)).toEqual([0, 1, 0, 0])
    expect(back.offSkin).toBe(1)
    expect(back.sameSkin).toBe(false)
  })
  it('on another skin paints the nearest vertex of each point', () => {
    const back = pointsToMask([12, 1, 0], gridOf(positions))
    expect(back.sameSkin).toBe(false)
    expect(Array.from(back.mask)).toEqual([0, 1, 0, 0])
  })
  it('refuses points that are not x, y, z triples of finite millimetres, naming the field', () => {
    const base = { format: PAIN_MAP_FORMAT, version: 2, id: 'm', name: 'M', createdAt: iso, updatedAt: iso, tappedRegions: [] }
    expect(parsePainMap({ ...base, paintedPoints: [1, 2, 3] }, 'x').ok).toBe(true)
    const notTriples = parsePainMap({ ...base, paintedPoints: [1, 2] }, 'x')
    expect(notTriples.ok || notTriples.error).toContain('paintedPoints: must hold x, y, z')
    const huge = parsePainMap({ ...base, paintedPoints: [1, 2, 1e9] }, 'x')
    expect(huge.ok || huge.error).toContain('paintedPoints.2')
    const text = parsePainMap({ ...base, paintedPoints: [1, 'a', 3] }, 'x')
    expect(text.ok).toBe(false)
  })
})

describe.skipIf(!existsSync(MODEL))('points on the real skin (models/body.glb)', () => {
  let positions: Float32Array
  /** The skin vertex nearest the T7 spinous process: on the back, where the skin is one smooth sheet (a dab where two
   * sheets of the skin meet, between the thighs or at the armpit, reaches across to the other one). */
  let onTheBack = 0
  beforeAll(async () => {
    const model = await readGlb(MODEL)
    positions = skinMesh(model).positions
    const t7 = model.byName.get('t7-spinous-process.midline')?.positionM
    if (!t7) throw new Error('the model has no landmark "t7-spinous-process.midline"')
    let best = Infinity
    for (let i = 0; i < positions.length / 3; i++) {
      const d = Math.hypot(positions[i * 3]! - t7[0], positions[i * 3 + 1]! - t7[1], positions[i * 3 + 2]! - t7[2])
      if (d < best) [best, onTheBack] = [d, i]
    }
  }, 60_000)

  it('a painted area goes back onto exactly the same vertices of the skin it was painted on', () => {
    const vertexCount = positions.length / 3
    for (const centre of [0, Math.floor(vertexCount / 3), Math.floor(vertexCount / 2), vertexCount - 1]) {
      const mask = dab(positions, centre, 0.04)
      const back = pointsToMask(maskToPoints(mask, positions), gridOf(positions))
      expect(back.sameSkin).toBe(true)
      expect(back.mask).toEqual(mask)
    }
  })

  it('on a regenerated skin (every vertex moved up to 1.5 mm, a vertex in ten dropped) the area stays in place, without holes', () => {
    // 6 cm across the back: enough painted vertices that more than ten of them are dropped below
    const radiusM = 0.06
    const mask = dab(positions, onTheBack, radiusM)
    const points = maskToPoints(mask, positions)
    // another skin: a vertex in ten dropped, the rest moved by a deterministic jitter
    const keep: number[] = []
    for (let i = 0; i < positions.length / 3; i++) if (i % 10 !== 3) keep.push(i)
    const other = new Float32Array(keep.length * 3)
    keep.forEach((v, j) => {
      for (let k = 0; k < 3; k++) other[j * 3 + k] = positions[v * 3 + k]! + 0.0015 * Math.sin(v * 12.9898 + k * 78.233)
    })
    const back = pointsToMask(points, gridOf(other))
    expect(back.sameSkin).toBe(false)
    expect(back.offSkin).toBe(0)
    // every kept vertex that was painted is painted again
    keep.forEach((v, j) => {
      if (mask[v]) expect(back.mask[j], `vertex ${v}`).toBe(1)
    })
    // and the area did not spread: nothing painted farther than 6 mm outside the original dab, except the kept vertex
    // nearest to a painted vertex that was dropped, which stands in for it (on the simplified skin of the back, edges
    // reach 3 cm, so that one may lie further out)
    const dropped = new Set<number>()
    for (let v = 0; v < positions.length / 3; v++) if (v % 10 === 3 && mask[v]) dropped.add(v)
    const standIns = new Set<number>()
    for (const v of dropped) {
      let best = Infinity
      let bestJ = -1
      for (let j = 0; j < keep.length; j++) {
        const d = Math.hypot(
          other[j * 3]! - positions[v * 3]!,
          other[j * 3 + 1]! - positions[v * 3 + 1]!,
          other[j * 3 + 2]! - positions[v * 3 + 2]!,
        )
        if (d < best) [best, bestJ] = [d, j]
      }
      standIns.add(bestJ)
    }
    expect(dropped.size).toBeGreaterThan(10)
    const centre = onTheBack
    const spread: string[] = []
    keep.forEach((v, j) => {
      if (back.mask[j] && !standIns.has(j)) {
        const d = Math.hypot(
          positions[v * 3]! - positions[centre * 3]!,
          positions[v * 3 + 1]! - positions[centre * 3 + 1]!,
          positions[v * 3 + 2]! - positions[centre * 3 + 2]!,
        )
        if (d > radiusM + 0.006) spread.push(`vertex ${v}: ${(d * 1000).toFixed(1)} mm from the centre`)
      }
    })
    expect(spread).toEqual([])
  })

  it('converts a version 1 map on the skin it was painted on to the same vertices, keeping id, name, dates and tapped areas', () => {
    const vertexCount = positions.length / 3
    const mask = dab(positions, Math.floor(vertexCount / 4), 0.03)
    const original = v1('map-a', vertexCount, maskToRuns(mask))
    const migrated = migratePainMapV1(original, positions)!
    expect(migrated).toMatchObject({
      version: 2,
      id: 'map-a',
      name: 'Map map-a',
      createdAt: iso,
      updatedAt: iso,
      tappedRegions: ['temple.left'],
    })
    expect(parsePainMap(migrated, 'x').ok).toBe(true)
    expect(pointsToMask(migrated.paintedPoints, gridOf(positions)).mask).toEqual(runsToMask(original.paintedRuns, vertexCount))
  })

  it('stores converted maps with their originals kept, and leaves a map of another body untouched', async () => {
    const vertexCount = positions.length / 3
    const here = v1('map-here', vertexCount, [[100, 20]])
    const elsewhere = v1('map-elsewhere', 20_000, [[5, 5]])
    const storage = memoryPainMapStorage({ 'map-here': here, 'map-elsewhere': elsewhere })
    const { maps } = await loadPainMaps(storage)
    const result = await migrateSavedMaps(storage, maps, positions, undefined, {})
    expect(result.problems).toEqual([])
    expect(result.maps.find((m) => m.id === 'map-here')?.version).toBe(2)
    expect(result.maps.find((m) => m.id === 'map-elsewhere')).toEqual(elsewhere)
    expect(storage.originals.get('map-here')).toEqual(here)
    expect(storage.originals.has('map-elsewhere')).toBe(false)
    const reloaded = await loadPainMaps(storage)
    expect(reloaded.problems).toEqual([])
    expect(reloaded.maps.find((m) => m.id === 'map-here')?.version).toBe(2)
    expect(reloaded.maps.find((m) => m.id === 'map-elsewhere')).toEqual(elsewhere)
    // a second pass finds nothing left to convert
    const again = await migrateSavedMaps(storage, reloaded.maps, positions, undefined, {})
    expect(again.maps).toEqual(reloaded.maps)
  })

  it('keeps a version 1 map as it was when storing its conversion fails, and says so', async () => {
    const vertexCount = positions.length / 3
    const here = v1('map-here', vertexCount, [[1, 2]])
    const storage = { ...memoryPainMapStorage({ 'map-here': here }), replaceKeepingOriginal: () => Promise.reject(new Error('disk full')) }
    const result = await migrateSavedMaps(storage, [here], positions, undefined, {})
    expect(result.maps).toEqual([here])
    expect(result.problems[0]).toContain('"map-here"')
    expect(result.problems[0]).toContain('disk full')
    expect(result.problems[0]).toContain('kept as it was')
  })
})

describe('export of version 2 maps', () => {
  it('writes one painted point per line and reads back the same map', async () => {
    const { exportPainMaps, importPainMaps } = await import('../../../src/features/painMap/exportImport')
    const map: PainMapV2 = {
      format: PAIN_MAP_FORMAT,
      version: 2,
      id: 'map-p',
      name: 'P',
      createdAt: iso,
      updatedAt: iso,
      paintedPoints: [1.5, -20, 300, 4, 5, 6],
      tappedRegions: [],
    }
    const text = exportPainMaps([map], new Date(iso))
    expect(text).toContain('        1.5, -20, 300,\n        4, 5, 6\n')
    const back = importPainMaps(text, new Set(), () => 'x')
    expect(back.errors).toEqual([])
    expect(back.maps).toEqual([map])
    const empty = exportPainMaps([{ ...map, paintedPoints: [] }], new Date(iso))
    expect(importPainMaps(empty, new Set(), () => 'x').maps[0]).toEqual({ ...map, paintedPoints: [] })
  })
})

describe('kept tables of shipped skins (legacySkins.ts)', () => {
  it('encodes positions in 0.1 mm steps and decodes them back; refuses a table of the wrong size', async () => {
    const { encodeLegacySkin, decodeLegacySkin } = await import('../../../src/features/painMap/legacySkins')
    const positions = new Float32Array([0.12345, 1.75, -0.3, 0, -0.00004, 3.2])
    const bytes = encodeLegacySkin(positions)
    expect(bytes.length).toBe(12)
    const back = decodeLegacySkin(bytes.buffer as ArrayBuffer, 2)!
    for (let i = 0; i < positions.length; i++) expect(Math.abs(back[i]! - positions[i]!)).toBeLessThanOrEqual(0.00005 + 1e-9)
    expect(decodeLegacySkin(bytes.buffer as ArrayBuffer, 3)).toBeNull()
    expect(() => encodeLegacySkin(new Float32Array([4]))).toThrow(/outside/)
  })

  it('every listed table is in public/ with the size its vertex count needs', async () => {
    const { readFileSync } = await import('node:fs')
    const { LEGACY_SKIN_TABLES } = await import('../../../src/features/painMap/legacySkins')
    for (const [count, path] of Object.entries(LEGACY_SKIN_TABLES)) {
      expect(readFileSync(`public/${path}`).length, path).toBe(Number(count) * 6)
    }
  })

  it.skipIf(!existsSync(MODEL))(
    'converts a version 1 map of a shipped skin on a regenerated skin, from the kept table, in the same place',
    async () => {
      const { encodeLegacySkin } = await import('../../../src/features/painMap/legacySkins')
      const shipped = skinMesh(await readGlb(MODEL)).positions
      const vertexCount = shipped.length / 3
      const mask = dab(shipped, Math.floor(vertexCount / 5), 0.04)
      const original = v1('map-old', vertexCount, maskToRuns(mask))
      // the body on screen now: a regenerated skin (a vertex in seven dropped, every vertex moved up to 1 mm)
      const keep: number[] = []
      for (let i = 0; i < vertexCount; i++) if (i % 7 !== 2) keep.push(i)
      const now = new Float32Array(keep.length * 3)
      keep.forEach((v, j) => {
        for (let k = 0; k < 3; k++) now[j * 3 + k] = shipped[v * 3 + k]! + 0.001 * Math.cos(v * 3.1 + k)
      })
      const table = encodeLegacySkin(shipped)
      const asked: string[] = []
      const storage = memoryPainMapStorage({ 'map-old': original })
      const result = await migrateSavedMaps(
        storage,
        [original],
        now,
        async (path) => {
          asked.push(path)
          return table.buffer.slice(0) as ArrayBuffer
        },
        { [vertexCount]: 'legacy-skins/test.bin' },
      )
      expect(asked).toEqual(['legacy-skins/test.bin'])
      expect(result.problems).toEqual([])
      const migrated = result.maps[0]!
      expect(migrated.version).toBe(2)
      expect(storage.originals.get('map-old')).toEqual(original)
      if (migrated.version !== 2) return
      const onNow = pointsToMask(migrated.paintedPoints, gridOf(now))
      expect(onNow.offSkin).toBe(0)
      keep.forEach((v, j) => {
        if (mask[v]) expect(onNow.mask[j], `vertex ${v}`).toBe(1)
      })
    },
  )

  it('reports a version 1 map whose kept table cannot be fetched and keeps it as it was', async () => {
    const original = v1('map-old', 1234, [[1, 2]])
    const storage = memoryPainMapStorage({ 'map-old': original })
    const result = await migrateSavedMaps(storage, [original], new Float32Array(30), () => Promise.reject(new Error('offline')), {
      1234: 'legacy-skins/x.bin',
    })
    expect(result.maps).toEqual([original])
    expect(result.problems[0]).toContain('offline')
    expect(storage.originals.size).toBe(0)
  })
})
