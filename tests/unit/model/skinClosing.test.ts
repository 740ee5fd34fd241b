// The skin's closing (skinClosing.ts): on a synthetic height map it fills a hollow tighter than its paraboloid and
// keeps convex shape; in a field it only moves the surface out, from behind or from the front, within its limit and
// its region, and not near the edges of its region; on both generated bodies the skin over the back bends into no
// hollow at the edges of lower trapezius and latissimus, the base of the neck has no furrow down its midline, and the
// front of the shoulders dips into no notch beside the clavicle.
import { describe, expect, it } from 'vitest'
import { type SkinClosing, backClosing, closeHeightMap, closeSkin, neckBaseClosing, shoulderClosings } from '../../../src/model/skinClosing'
import { Landmarks, REFERENCE_TABLES } from '../../../src/model/landmarkTable'
import { emptyGrid, forEachNodeIn } from '../../../src/model/splat'
import type { GridSamples } from '../../../src/model/surfaceNets'
import { BODIES, bodyModelLoader } from '../helpers/bodies'
import { firstCrossingZ, meshTrees } from '../helpers/modelTrees'
import { columnSurfaceZ } from '../helpers/gridSurface'

const CELL = 0.005
const COLS = 41
const ROWS = 21
/** A flat height map (column-major, `COLS` across by `ROWS` up) with `shape` added at each cell's (x, y), metres from
 * the map's centre. */
function heightMap(shape: (x: number, y: number) => number): Float64Array {
  const h = new Float64Array(COLS * ROWS)
  for (let c = 0; c < COLS; c++) for (let r = 0; r < ROWS; r++) h[c * ROWS + r] = shape((c - 20) * CELL, (r - 10) * CELL)
  return h
}
const at = (h: Float64Array, x: number, y = 0): number => h[Math.round(x / CELL + 20) * ROWS + Math.round(y / CELL + 10)]!

describe('the closing of a height map', () => {
  it('fills a groove tighter than its paraboloid, up to where the paraboloid touches both sides', () => {
    // a groove 4 mm deep and three cells (1.5 cm) wide, running up the map
    const h = heightMap((x) => (Math.abs(x) < 0.01 ? -0.004 : 0))
    const closed = closeHeightMap(h, COLS, ROWS, CELL, { acrossM: 0.15, upM: 0.15 }, 0.01)
    // a paraboloid of radius 15 cm hangs 0.3 mm below its contacts 1 cm either side: the groove is filled to there
    expect(at(closed, 0)).toBeGreaterThan(-0.0006)
    expect(at(closed, 0)).toBeLessThan(0)
    expect(at(closed, 0.015)).toBeCloseTo(0, 6)
  })

  it("keeps convex shape: a ridge and, away from the map's edges, a dome are left as they are", () => {
    // heights beyond the map are not seen, so near its edges a fall is filled; 7 cells in (the reach at a 2 mm limit)
    // the shape is kept
    const ridge = heightMap((x) => -0.2 * Math.abs(x))
    const closedRidge = closeHeightMap(ridge, COLS, ROWS, CELL, { acrossM: 0.15, upM: 0.15 }, 0.002)
    for (let x = -0.06; x <= 0.06 + 1e-9; x += CELL) expect(at(closedRidge, x)).toBeCloseTo(at(ridge, x), 9)
    const dome = heightMap((x, y) => -(x * x + y * y) / (2 * 0.05))
    const closedDome = closeHeightMap(dome, COLS, ROWS, CELL, { acrossM: 0.15, upM: 0.15 }, 0.002)
    for (let x = -0.06; x <= 0.06 + 1e-9; x += CELL)
      for (let y = -0.015; y <= 0.015 + 1e-9; y += CELL) expect(at(closedDome, x, y)).toBeCloseTo(at(dome, x, y), 9)
  })

  it('keeps a trough up the map when the radius up the map is smaller than the trough radius, and fills it when larger', () => {
    // a trough across the map (in y), as the lumbar lordosis is in profile: 7 cm radius of curvature
    const trough = heightMap((_x, y) => (y * y) / (2 * 0.07))
    const upSmall = closeHeightMap(trough, COLS, ROWS, CELL, { acrossM: 0.15, upM: 0.05 }, 0.01)
    const upLarge = closeHeightMap(trough, COLS, ROWS, CELL, { acrossM: 0.15, upM: 0.15 }, 0.01)
    expect(at(upSmall, 0, 0)).toBeCloseTo(0, 9)
    expect(at(upLarge, 0, 0)).toBeGreaterThan(0.0005)
  })

  it('carries heights across cells without one: a groove with holes beside it is filled, the holes stay empty', () => {
    const h = heightMap((x) => (Math.abs(x) < 0.01 ? -0.004 : 0))
    // holes two and three cells beside the groove, along its middle
    for (const c of [23, 24]) for (let r = 6; r <= 14; r++) h[c * ROWS + r] = NaN
    const closed = closeHeightMap(h, COLS, ROWS, CELL, { acrossM: 0.15, upM: 0.15 }, 0.01)
    expect(Number.isNaN(closed[23 * ROWS + 10]!)).toBe(true)
    expect(at(closed, 0)).toBeGreaterThan(-0.0006)
    for (let i = 0; i < h.length; i++) if (!Number.isNaN(h[i]!)) expect(closed[i]).toBeGreaterThanOrEqual(h[i]!)
  })
})

/** A back (the half-space z > -0.1 is inside) with a groove 2 cm wide and 4 mm deep running up it at x = 0. */
function backWithGroove(): GridSamples {
  const grid = emptyGrid({ min: [-0.1, 0, -0.2], max: [0.1, 0.1, 0] }, CELL, 1)
  forEachNodeIn(grid, { min: [-1, -1, -1], max: [1, 1, 1] }, (idx, x, _y, z) => {
    grid.values[idx] = Math.abs(x) < 0.01 ? -0.096 - z : -0.1 - z
  })
  return grid
}
/** The surface's z (first crossing from behind) in the column at (x, y). */
const surfaceZ = (grid: GridSamples, x: number, y = 0.05): number => columnSurfaceZ(grid, x, y)
const everywhere: SkinClosing = {
  facing: 'back',
  bounds: { min: [-1, -1, -1], max: [1, 1, 1] },
  weight: () => 1,
  radiusAcrossM: 0.15,
  radiusUpM: 0.15,
  maxFillM: 1,
}

describe('the closing of the skin field', () => {
  it('fills the groove, moving the surface out only', () => {
    const grid = backWithGroove()
    const before = Float32Array.from(grid.values)
    expect(surfaceZ(grid, 0)).toBeCloseTo(-0.096, 3)
    closeSkin(grid, everywhere)
    for (let i = 0; i < before.length; i++) expect(grid.values[i]).toBeLessThanOrEqual(before[i]!)
    expect(surfaceZ(grid, 0)).toBeLessThan(-0.099)
    expect(surfaceZ(grid, 0.04)).toBeCloseTo(-0.1, 3)
  })

  it('fills a groove seen from the front, moving the surface out (forward) only', () => {
    // a front (the half-space z < 0.1 is inside) with the same groove, 4 mm deep
    const grid = emptyGrid({ min: [-0.1, 0, 0], max: [0.1, 0.1, 0.2] }, CELL, 1)
    forEachNodeIn(grid, { min: [-1, -1, -1], max: [1, 1, 1] }, (idx, x, _y, z) => {
      grid.values[idx] = Math.abs(x) < 0.01 ? z - 0.096 : z - 0.1
    })
    const frontZ = (x: number): number => columnSurfaceZ(grid, x, 0.05, 'front')
    const before = Float32Array.from(grid.values)
    expect(frontZ(0)).toBeCloseTo(0.096, 3)
    closeSkin(grid, { ...everywhere, facing: 'front' })
    for (let i = 0; i < before.length; i++) expect(grid.values[i]).toBeLessThanOrEqual(before[i]!)
    expect(frontZ(0)).toBeGreaterThan(0.099)
    expect(frontZ(0.04)).toBeCloseTo(0.1, 3)
  })

  it('leaves a plane that falls towards the edge of its region as it is (it looks beyond the region)', () => {
    // a back sloping forward by 3 mm per cm across x; the closing applies between x = -3 and 3 cm
    const grid = emptyGrid({ min: [-0.1, 0, -0.2], max: [0.1, 0.1, 0] }, CELL, 1)
    forEachNodeIn(grid, { min: [-1, -1, -1], max: [1, 1, 1] }, (idx, x, _y, z) => {
      grid.values[idx] = -0.1 + 0.3 * x - z
    })
    const before = [-0.025, 0, 0.025].map((x) => surfaceZ(grid, x))
    const region = { min: [-0.03, 0.02, -1], max: [0.03, 0.08, 1] } as SkinClosing['bounds']
    closeSkin(grid, {
      ...everywhere,
      maxFillM: 0.006,
      bounds: region,
      weight: (x, y) => (Math.abs(x) <= 0.03 && y >= 0.02 && y <= 0.08 ? 1 : 0),
    })
    ;[-0.025, 0, 0.025].forEach((x, i) => expect(surfaceZ(grid, x)).toBeCloseTo(before[i]!, 6))
  })

  it('fills no further than its limit, and not where its weight is zero', () => {
    // the groove (2.5 cm wide on this grid) is about 3.3 mm deep under the paraboloid: a 2 mm limit, reached softly,
    // lets it fill by 1.85 mm
    const limited = backWithGroove()
    closeSkin(limited, { ...everywhere, maxFillM: 0.002 })
    expect(surfaceZ(limited, 0)).toBeLessThan(-0.0975)
    expect(surfaceZ(limited, 0)).toBeGreaterThan(-0.098)
    const weighted = backWithGroove()
    closeSkin(weighted, { ...everywhere, weight: (_x, y) => (y > 0.05 ? 1 : 0) })
    expect(surfaceZ(weighted, 0, 0.09)).toBeLessThan(-0.099)
    expect(surfaceZ(weighted, 0, 0.01)).toBeCloseTo(-0.096, 3)
  })

  it('lies over the front of each shoulder of the reference body, above the anterior chest wall', () => {
    const lm = new Landmarks(REFERENCE_TABLES)
    const closings = shoulderClosings(lm)
    expect(closings.map((c) => c.facing)).toEqual(['front', 'front'])
    const clavicle = lm.at('clavicle-midpoint', 'left')
    for (const side of [1, -1]) {
      const c = closings.find((k) => Math.sign(k.bounds.min[0] + k.bounds.max[0]) === side)!
      expect(c.weight(side * (clavicle[0] + 0.03), clavicle[1], 0.04)).toBe(1)
      expect(c.weight(-side * (clavicle[0] + 0.03), clavicle[1], 0.04)).toBe(0)
      // the 2nd intercostal space at the midclavicular line, where MIL-2007's needle depth is measured, lies below
      expect(c.weight(side * clavicle[0], clavicle[1] - 0.08, 0.06)).toBe(0)
    }
  })

  it('lies over the back of the reference body between T2 and L2, keeping the midline furrow', () => {
    const lm = new Landmarks(REFERENCE_TABLES)
    const closing = backClosing(lm)
    const t8 = lm.at('t8-spinous-process', 'midline')
    expect(closing.weight(0.06, t8[1], -0.14)).toBe(1)
    expect(closing.weight(-0.06, t8[1], -0.14)).toBe(1)
    expect(closing.weight(0, t8[1], -0.14)).toBe(0)
    expect(closing.weight(0.06, t8[1], 0.05)).toBe(0)
    expect(closing.weight(0.06, lm.at('c7-spinous-process', 'midline')[1], -0.1)).toBe(0)
    expect(closing.weight(0.06, lm.at('l3-spinous-process', 'midline')[1], -0.1)).toBe(0)
  })

  it('lies over the base of the neck of the reference body across the midline, medial of the upper trapezius needle site', () => {
    const lm = new Landmarks(REFERENCE_TABLES)
    const closing = neckBaseClosing(lm)
    const c7 = lm.at('c7-spinous-process', 'midline')
    expect(closing.facing).toBe('back')
    expect(closing.weight(0, c7[1], -0.11)).toBe(1)
    expect(closing.weight(0.02, c7[1] + 0.02, -0.11)).toBe(1)
    // 4.5 cm either side, fading over the last 1.5 cm: THAI-MRI's site, 7 cm lateral of C7's spine, lies outside
    expect(closing.weight(0.025, c7[1], -0.11)).toBe(1)
    expect(closing.weight(-0.025, c7[1], -0.11)).toBe(1)
    expect(closing.weight(0.045, c7[1], -0.1)).toBe(0)
    expect(closing.weight(-0.045, c7[1], -0.1)).toBe(0)
    // from T3, where the back's closing (which keeps the midline furrow) fades out, to 5 cm above C7's spine
    const t3 = lm.at('t3-spinous-process', 'midline')
    expect(closing.weight(0, t3[1], -0.12)).toBe(0)
    expect(closing.weight(0, t3[1] + 0.02, -0.12)).toBe(1)
    expect(closing.weight(0, c7[1] + 0.03, -0.1)).toBe(1)
    expect(closing.weight(0, c7[1] + 0.05, -0.1)).toBe(0)
    expect(closing.weight(0, c7[1], 0.02)).toBe(0)
  })
})

describe.each(BODIES)('$file: the skin over the lower thoracic back, the base of the neck and the front of the shoulders', ({ file }) => {
  const load = bodyModelLoader(file)

  it('has no furrow deeper than 2.5 mm down the midline from T2 to 5 cm above C7', async () => {
    // the bound was chosen with the result in view; the models without the neck's closing fail it (6.3 mm, male)
    const m = await load()
    const skin = meshTrees(() => m)('skin.midline')
    const outM = (x: number, y: number): number => -firstCrossingZ(skin, x, y, 'back')
    const t2 = m.byName.get('t2-spinous-process.midline')!.positionM[1]
    const c7 = m.byName.get('c7-spinous-process.midline')!.positionM[1]
    const levels = Math.floor((c7 + 0.05 - t2) / 0.005)
    for (let i = 0; i <= levels; i++) {
      const y = t2 + i * 0.005
      // how far the midline lies in from the skin 2 cm to either side
      const furrowMm = ((outM(-0.02, y) + outM(0.02, y)) / 2 - outM(0, y)) * 1000
      expect(furrowMm, `${((y - c7) * 100).toFixed(1)} cm above C7`).toBeLessThanOrEqual(2.5)
    }
  })

  it('bends inwards by at most 3 mm per cm² across the back, from 3.5 to 10 cm lateral, at T7-T12', async () => {
    const m = await load()
    const skin = meshTrees(() => m)('skin.midline')
    // the back's skin: the first crossing of a ray from behind
    const outM = (x: number, y: number): number => -firstCrossingZ(skin, x, y, 'back')
    for (const level of ['t7', 't8', 't9', 't10', 't11', 't12']) {
      const y = m.byName.get(`${level}-spinous-process.midline`)!.positionM[1]
      for (const side of [1, -1]) {
        for (let x = 0.035; x <= 0.08 + 1e-9; x += 0.0025) {
          // the second difference over 1 cm steps, lateral: positive where the middle lies in from its neighbours (a hollow)
          const hollowMm = (outM(side * x, y) - 2 * outM(side * (x + 0.01), y) + outM(side * (x + 0.02), y)) * 1000
          expect(hollowMm, `${level}, side ${side}, ${(x * 100).toFixed(2)} cm lateral`).toBeLessThanOrEqual(3)
        }
      }
    }
  })

  it('dips by at most 3 mm below its neighbours 1 cm away, seen from the front, between the clavicle and the acromion', async () => {
    const m = await load()
    const skin = meshTrees(() => m)('skin.midline')
    const clavicle = m.byName.get('clavicle-midpoint.left')!.positionM
    const acromion = m.byName.get('acromion.left')!.positionM
    // the skin seen from the front: the first crossing of a ray from in front
    const frontM = (x: number, y: number): number => firstCrossingZ(skin, x, y, 'front')
    let measured = 0
    for (const side of [1, -1]) {
      for (let x = clavicle[0]; x <= acromion[0] - 0.02 + 1e-9; x += 0.005) {
        for (let y = clavicle[1] - 0.03; y <= clavicle[1] + 0.01 + 1e-9; y += 0.005) {
          const here = frontM(side * x, y)
          const around = [
            frontM(side * (x - 0.01), y),
            frontM(side * (x + 0.01), y),
            frontM(side * x, y - 0.01),
            frontM(side * x, y + 0.01),
          ]
          if (![here, ...around].every(Number.isFinite)) continue
          measured++
          const dipMm = (around.reduce((a, b) => a + b, 0) / 4 - here) * 1000
          expect(dipMm, `side ${side}, x ${(side * x).toFixed(3)}, y ${y.toFixed(3)}`).toBeLessThanOrEqual(3)
        }
      }
    }
    expect(measured).toBeGreaterThan(100)
  })
})
