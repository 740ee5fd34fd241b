// Enclosed voids in a sampled field: a bubble of "outside" sealed inside a solid is filled, a cup open to the grid's
// border is not.
import { describe, expect, it } from 'vitest'
import { fillEnclosedVoids } from '../../../src/model/enclosedVoids'
import { emptyGrid } from '../../../src/model/splat'
import type { GridSamples } from '../../../src/model/surfaceNets'

const CELL = 0.01

/** A grid over a 20 cm cube whose samples are `value(x, y, z)` (negative inside). */
function gridOf(value: (x: number, y: number, z: number) => number): GridSamples {
  const grid = emptyGrid({ min: [-0.1, -0.1, -0.1], max: [0.1, 0.1, 0.1] }, CELL, 1)
  const [nx, ny, nz] = grid.dims
  for (let k = 0; k < nz; k++)
    for (let j = 0; j < ny; j++)
      for (let i = 0; i < nx; i++)
        grid.values[i + nx * (j + ny * k)] = value(grid.origin[0] + i * CELL, grid.origin[1] + j * CELL, grid.origin[2] + k * CELL)
  return grid
}

const ball = (r: number) => (x: number, y: number, z: number) => Math.hypot(x, y, z) - r

describe('fillEnclosedVoids', () => {
  it('fills a bubble sealed inside a ball and leaves the outside alone', () => {
    // a 6 cm ball with a 2.5 cm bubble at its centre
    const grid = gridOf((x, y, z) => Math.max(ball(0.06)(x, y, z), -ball(0.025)(x, y, z)))
    const before = Float32Array.from(grid.values)
    const filled = fillEnclosedVoids(grid, -0.005)
    expect(filled).toHaveLength(1)
    expect(filled[0]!.samples).toBeGreaterThan(20)
    for (const c of filled[0]!.centreM) expect(Math.abs(c)).toBeLessThan(0.002)
    let changed = 0
    for (let i = 0; i < before.length; i++) {
      if (grid.values[i] !== before[i]) {
        changed++
        expect(before[i]!).toBeGreaterThanOrEqual(0)
        expect(grid.values[i]).toBeCloseTo(-0.005, 6)
      }
    }
    expect(changed).toBe(filled[0]!.samples)
  })

  it('leaves a cup open to the outside as it is', () => {
    // the same ball with its bubble joined to the outside by a 3 cm wide shaft up the +y axis
    const grid = gridOf((x, y, z) => Math.max(ball(0.06)(x, y, z), -ball(0.025)(x, y, z), y > 0 ? 0.015 - Math.hypot(x, z) : -1))
    const before = Float32Array.from(grid.values)
    expect(fillEnclosedVoids(grid, -0.005)).toEqual([])
    expect(grid.values).toEqual(before)
  })

  it('refuses a fill value that is not inside', () => {
    expect(() => fillEnclosedVoids(gridOf(ball(0.05)), 0)).toThrow(/negative/)
  })
})
