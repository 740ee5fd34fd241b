// The limb hull: around a segment axis, the structures' outer radius is smoothed across height and direction and
// added to the field, so a beaded limb (a chain of bumps) becomes one smooth tube; the field is only ever lowered.
import { describe, expect, it } from 'vitest'
import { addLimbHulls } from '../../../src/model/limbHull'
import { emptyGrid } from '../../../src/model/splat'

describe('limb hull for the skin', () => {
  it('turns a chain of beads into a tube that fills the waists between them, never raising the field', () => {
    const cell = 0.004
    const grid = emptyGrid({ min: [0.04, 0, -0.06], max: [0.16, 0.3, 0.06] }, cell, 0.05)
    const [nx, ny, nz] = grid.dims
    // beads of radius 20 mm every 40 mm along the vertical axis x = 0.1, z = 0: waists 40 mm apart leave gaps
    const beads = [0.05, 0.09, 0.13, 0.17, 0.21, 0.25]
    const field = (x: number, y: number, z: number): number => Math.min(...beads.map((c) => Math.hypot(x - 0.1, y - c, z) - 0.02))
    for (let k = 0; k < nz; k++) {
      for (let j = 0; j < ny; j++) {
        for (let i = 0; i < nx; i++) {
          grid.values[i + nx * (j + ny * k)] = field(grid.origin[0] + i * cell, grid.origin[1] + j * cell, grid.origin[2] + k * cell)
        }
      }
    }
    const before = Float32Array.from(grid.values)
    addLimbHulls(grid, [{ a: [0.1, 0.3, 0], b: [0.1, 0, 0], sFrom: 0.1, sTo: 0.9, maxRadiusM: 0.05 }])
    let raised = 0
    for (let i = 0; i < before.length; i++) if (grid.values[i]! > before[i]!) raised++
    expect(raised).toBe(0)
    // in a waist between two beads (y = 0.15), 15 mm from the axis: outside the beads, inside the hull
    const at = (x: number, y: number, z: number): number =>
      Math.round((x - grid.origin[0]) / cell) +
      nx * (Math.round((y - grid.origin[1]) / cell) + ny * Math.round((z - grid.origin[2]) / cell))
    const waist = at(0.115, 0.15, 0)
    expect(before[waist]).toBeGreaterThan(0)
    expect(grid.values[waist]).toBeLessThan(0)
    // well outside the beads (40 mm from the axis) stays outside
    expect(grid.values[at(0.14, 0.15, 0)]).toBeGreaterThan(0)
  })
})
