import { describe, expect, it } from 'vitest'
import type { Vec3 } from '../../../src/model/vec'
import { BODIES, bodyModelLoader } from '../helpers/bodies'
import { firstCrossingZ, meshTrees } from '../helpers/modelTrees'
import { columnSurfaceZ } from '../helpers/gridSurface'
import { type SkinDrape, drapeSkin, scapularDrapes } from '../../../src/model/skinDrape'
import { emptyGrid, forEachNodeIn } from '../../../src/model/splat'
import type { GridSamples } from '../../../src/model/surfaceNets'
import { Landmarks, REFERENCE_TABLES } from '../../../src/model/landmarkTable'

const CELL = 0.005
/** A back (the half-space z > -0.1 is inside) with a ledge on it: a box 2 cm deep behind the back from y = 0.1 up to
 * `topY` (by default past the grid's top). */
function backWithLedge(topY = 1): GridSamples {
  const grid = emptyGrid({ min: [-0.05, 0, -0.2], max: [0.05, 0.2, 0] }, CELL, 1)
  forEachNodeIn(grid, { min: [-1, -1, -1], max: [1, 1, 1] }, (idx, _x, y, z) => {
    const back = -0.1 - z
    const ledge = Math.max(-0.12 - z, 0.1 - y, y - topY)
    grid.values[idx] = Math.min(back, ledge)
  })
  return grid
}
const everywhere: SkinDrape = { bounds: { min: [-1, -1, -1], max: [1, 1, 1] }, weight: () => 1, slope: 0.3, maxFillM: 1 }
/** The surface's z (first crossing from behind) in the column at x = 0 and height y. */
const surfaceZ = (grid: GridSamples, y: number): number => columnSurfaceZ(grid, 0, y)

describe('the skin drape under a ledge', () => {
  it('carries the surface down from the ledge at no more than its slope', () => {
    const grid = backWithLedge()
    expect(surfaceZ(grid, 0.08)).toBeCloseTo(-0.1, 3)
    drapeSkin(grid, everywhere)
    // on the ledge and well below it, where the drape has met the back again, the surface is where it was
    expect(surfaceZ(grid, 0.15)).toBeCloseTo(-0.12, 3)
    expect(surfaceZ(grid, 0.01)).toBeCloseTo(-0.1, 3)
    // under the ledge it comes forward by the slope per unit of height
    const drop = surfaceZ(grid, 0.075) - surfaceZ(grid, 0.095)
    expect(drop).toBeGreaterThan(0.02 * 0.25)
    expect(drop).toBeLessThan(0.02 * 0.35)
    expect(surfaceZ(grid, 0.08)).toBeLessThan(-0.104)
  })

  it("carries the surface up to the ledge's upper edge at its slope", () => {
    // the ledge's top between two rows of nodes
    const grid = backWithLedge(0.1525)
    expect(surfaceZ(grid, 0.17)).toBeCloseTo(-0.1, 3)
    drapeSkin(grid, everywhere)
    expect(surfaceZ(grid, 0.13)).toBeCloseTo(-0.12, 3)
    const rise = surfaceZ(grid, 0.17) - surfaceZ(grid, 0.155)
    expect(rise).toBeGreaterThan(0.015 * 0.25)
    expect(rise).toBeLessThan(0.015 * 0.35)
    expect(surfaceZ(grid, 0.17)).toBeLessThan(-0.103)
  })

  it('only moves the surface out, and no further than its fill limit', () => {
    const grid = backWithLedge()
    const before = Float32Array.from(grid.values)
    drapeSkin(grid, { ...everywhere, maxFillM: 0.004 })
    let out = 0
    for (let i = 0; i < before.length; i++) {
      expect(grid.values[i]).toBeLessThanOrEqual(before[i]!)
      if (grid.values[i]! < before[i]! - 1e-6) out++
    }
    expect(out).toBeGreaterThan(0)
    for (const y of [0.095, 0.08, 0.06]) expect(surfaceZ(grid, y)).toBeGreaterThan(-0.1 - 0.0041)
    expect(surfaceZ(grid, 0.095)).toBeLessThan(-0.1 - 0.0035)
  })

  it('leaves the field alone where its weight is zero, beyond the two columns its move is smoothed over', () => {
    const grid = backWithLedge()
    const before = Float32Array.from(grid.values)
    drapeSkin(grid, { ...everywhere, weight: (x) => (x > 0 ? 1 : 0) })
    forEachNodeIn(grid, { min: [-1, -1, -1], max: [-2 * CELL - 0.001, 1, 1] }, (idx) => expect(grid.values[idx]).toBe(before[idx]))
    forEachNodeIn(grid, { min: [0.001, -1, -1], max: [1, 1, 1] }, (idx) => expect(grid.values[idx]).toBeLessThanOrEqual(before[idx]!))
    // at the weight's edge the move is smoothed across: part of its neighbours' move, not none and not all
    expect(surfaceZ(grid, 0.08)).toBeLessThan(-0.1 - 0.001)
    expect(surfaceZ(grid, 0.08)).toBeGreaterThan(-0.1125)
  })

  it('lies round each inferior angle of the reference body, on its own side, behind the chest', () => {
    const lm = new Landmarks(REFERENCE_TABLES)
    const drapes = scapularDrapes(lm)
    expect(drapes).toHaveLength(2)
    for (const side of ['left', 'right'] as const) {
      const angle = lm.at('inferior-angle-of-scapula', side)
      const drape = drapes.find((d) => Math.sign(d.bounds.min[0] + d.bounds.max[0]) === Math.sign(angle[0]))!
      expect(drape.weight(angle[0] + Math.sign(angle[0]) * 0.02, angle[1] - 0.04, angle[2] - 0.01)).toBe(1)
      expect(drape.weight(angle[0], angle[1] - 0.04, 0.05)).toBe(0)
      expect(drape.weight(-angle[0], angle[1] - 0.04, angle[2])).toBe(0)
      expect(drape.weight(angle[0], angle[1] + 0.08, angle[2])).toBe(0)
    }
  })
})

describe.each(BODIES)('$file: the skin under the inferior angles of the scapulae', ({ file }) => {
  const load = bodyModelLoader(file)

  it('comes forward from each angle by at most 5 mm per centimetre for 10 cm below it, 2.5 cm lateral of it', async () => {
    const m = await load()
    const skin = meshTrees(() => m)('skin.midline')
    const angle = m.byName.get('inferior-angle-of-scapula.left')!.positionM as Vec3
    for (const side of [1, -1]) {
      const x = side * (angle[0] + 0.025)
      // the back's skin: the first crossing of a ray from behind
      const backZ = (y: number): number => firstCrossingZ(skin, x, y, 'back')
      let above = backZ(angle[1])
      for (let y = angle[1] - 0.01; y >= angle[1] - 0.1 - 1e-9; y -= 0.01) {
        const z = backZ(y)
        expect(z - above, `side ${side}, ${((angle[1] - y) * 100).toFixed(0)} cm below the angle`).toBeLessThanOrEqual(0.005)
        above = z
      }
    }
  })
})
