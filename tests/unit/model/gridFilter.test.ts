// The skin's grid filters: a normalised Gaussian, a blur that leaves a planar distance field alone, and a groove fill
// that closes a narrow gap between two slabs without ever pulling the surface in by more than its cap.
import { describe, expect, it } from 'vitest'
import { fillGrooves, gaussianBlur, gaussianKernel } from '../../../src/model/gridFilter'
import { emptyGrid } from '../../../src/model/splat'

describe('grid filters for the skin', () => {
  it('uses a normalised, symmetric kernel', () => {
    const w = gaussianKernel(2.5)
    expect(w.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6)
    for (let i = 0; i < w.length; i++) expect(w[i]).toBeCloseTo(w[w.length - 1 - i]!, 7)
  })

  it('leaves the distance field of a plane unchanged away from the grid border', () => {
    const grid = emptyGrid({ min: [0, 0, 0], max: [0.1, 0.1, 0.1] }, 0.005, 0)
    const [nx, ny, nz] = grid.dims
    for (let k = 0; k < nz; k++)
      for (let j = 0; j < ny; j++) for (let i = 0; i < nx; i++) grid.values[i + nx * (j + ny * k)] = grid.origin[1] + j * grid.cellM - 0.05
    const b = gaussianBlur(grid, 0.01)
    const c = Math.floor(nx / 2) + nx * (Math.floor(ny / 2) + ny * Math.floor(nz / 2))
    expect(b[c]).toBeCloseTo(grid.values[c]!, 5)
  })

  it('fills a narrow groove between two slabs and moves no surface in by more than the cap', () => {
    const grid = emptyGrid({ min: [0, 0, 0], max: [0.12, 0.06, 0.06] }, 0.004, 0)
    const [nx, ny, nz] = grid.dims
    // two slabs (x < 0.055 and x > 0.065) under a top face at y = 0.03: a 10 mm groove between them
    const value = (x: number, y: number): number => {
      const gap = Math.min(Math.abs(x - 0.055), Math.abs(x - 0.065))
      return Math.max(y - 0.03, x > 0.055 && x < 0.065 ? gap : -gap)
    }
    const orig = new Float32Array(grid.values.length)
    for (let k = 0; k < nz; k++) {
      for (let j = 0; j < ny; j++) {
        for (let i = 0; i < nx; i++) {
          const idx = i + nx * (j + ny * k)
          orig[idx] = grid.values[idx] = value(grid.origin[0] + i * grid.cellM, grid.origin[1] + j * grid.cellM)
        }
      }
    }
    const cap = 0.0015
    const ceiling = orig.map((v) => v + cap)
    fillGrooves(grid, 0.01, 2, ceiling)
    for (let i = 0; i < orig.length; i++) expect(grid.values[i]).toBeLessThanOrEqual(orig[i]! + cap + 1e-7)
    // in the groove, just below the top face: outside before, at least 2 mm further in after
    const gi = Math.round((0.06 - grid.origin[0]) / grid.cellM)
    const gj = Math.round((0.029 - grid.origin[1]) / grid.cellM)
    const idx = gi + nx * (gj + ny * Math.floor(nz / 2))
    expect(orig[idx]).toBeGreaterThan(0)
    expect(grid.values[idx]).toBeLessThan(orig[idx]! - 0.002)
  })

  it('with a floor, keeps a gap open that the plain fill closes (the gap between the legs)', () => {
    const grid = emptyGrid({ min: [0, 0, 0], max: [0.16, 0.04, 0.04] }, 0.004, 0)
    const [nx, ny, nz] = grid.dims
    // two cylinders along y (the calves), 40 mm radius, 30 mm apart
    const value = (x: number, z: number): number => Math.min(Math.hypot(x - 0.025, z - 0.02), Math.hypot(x - 0.135, z - 0.02)) - 0.04
    const fill = (floorM: number | null): number => {
      const orig = new Float32Array(grid.values.length)
      for (let k = 0; k < nz; k++)
        for (let j = 0; j < ny; j++)
          for (let i = 0; i < nx; i++) {
            const idx = i + nx * (j + ny * k)
            orig[idx] = grid.values[idx] = value(grid.origin[0] + i * grid.cellM, grid.origin[2] + k * grid.cellM)
          }
      const ceiling = orig.map((v) => v + 0.0015)
      fillGrooves(grid, 0.015, 3, ceiling, floorM === null ? undefined : orig.map((v) => v - floorM))
      const mid =
        Math.round((0.08 - grid.origin[0]) / grid.cellM) + nx * (Math.floor(ny / 2) + ny * Math.round((0.02 - grid.origin[2]) / grid.cellM))
      return grid.values[mid] ?? NaN
    }
    expect(value(0.08, 0.02)).toBeCloseTo(0.015, 6)
    expect(fill(null)).toBeLessThan(0.004)
    expect(fill(0.009)).toBeGreaterThan(0.005)
  })
})
