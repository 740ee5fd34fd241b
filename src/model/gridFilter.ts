// Filters on a sampled distance grid, used to turn the shrink-wrap over the muscles into a skin. A separable
// Gaussian blur of a signed distance field lowers it in concave places (grooves between muscles, gaps under a
// muscle's edge, a mouth) and raises it on convex ridges; taking the smaller of the blurred field and a ceiling
// (e.g. the original field plus a small cap) fills the grooves while the surface never moves inward past the
// ceiling, so nothing that must stay covered is uncovered. Array reads carry `!`: the loops run within the grid's
// dims and the padded line (kernel radius each side), so every index is in range.
import type { GridSamples } from './surfaceNets'

/** Normalised 1-D Gaussian weights for a standard deviation of `sigmaCells`, cut at three standard deviations. */
export function gaussianKernel(sigmaCells: number): Float32Array {
  const r = Math.max(1, Math.ceil(3 * sigmaCells))
  const w = new Float32Array(2 * r + 1)
  let sum = 0
  for (let i = -r; i <= r; i++) {
    const v = Math.exp(-(i * i) / (2 * sigmaCells * sigmaCells))
    w[i + r] = v
    sum += v
  }
  for (let i = 0; i < w.length; i++) w[i]! /= sum
  return w
}

/** One pass of a 1-D convolution along axis `axis` (0 = x, 1 = y, 2 = z); indices past the border repeat the edge. */
function convolveAxis(
  src: Float32Array,
  dst: Float32Array,
  dims: readonly [number, number, number],
  axis: 0 | 1 | 2,
  w: Float32Array,
): void {
  const [nx, ny, nz] = dims
  const n = dims[axis]
  const stride = axis === 0 ? 1 : axis === 1 ? nx : nx * ny
  const r = (w.length - 1) / 2
  const line = new Float32Array(n + 2 * r)
  // every line along `axis` starts at a cell whose own coordinate on that axis is 0
  const [ai, aj] = axis === 0 ? [ny, nz] : axis === 1 ? [nx, nz] : [nx, ny]
  for (let b = 0; b < aj; b++) {
    for (let a = 0; a < ai; a++) {
      const start = axis === 0 ? nx * (a + ny * b) : axis === 1 ? a + nx * ny * b : a + nx * b
      for (let t = 0; t < n; t++) line[t + r] = src[start + t * stride]!
      for (let t = 0; t < r; t++) {
        line[t] = line[r]!
        line[n + r + t] = line[n + r - 1]!
      }
      for (let t = 0; t < n; t++) {
        let s = 0
        for (let q = 0; q < w.length; q++) s += w[q]! * line[t + q]!
        dst[start + t * stride] = s
      }
    }
  }
  void nz
}

/** A separable 3-D Gaussian blur of the grid's values (standard deviation in metres); returns new values. */
export function gaussianBlur(grid: GridSamples, sigmaM: number): Float32Array {
  const w = gaussianKernel(sigmaM / grid.cellM)
  const a = Float32Array.from(grid.values)
  const b = new Float32Array(a.length)
  convolveAxis(a, b, grid.dims, 0, w)
  convolveAxis(b, a, grid.dims, 1, w)
  convolveAxis(a, b, grid.dims, 2, w)
  return b
}

/**
 * Fill grooves in a signed distance grid in place: `passes` times, value = min(blurred value, ceiling). Where the
 * blurred field is lower (concave places) the surface moves out; on ridges it moves in, but never past the ceiling
 * (e.g. the structures beneath minus the least cover they must keep). With `floor`, the surface never moves out
 * further than the floor either, so that a gap wider than a groove (between the legs, arm and trunk) stays open.
 */
export function fillGrooves(grid: GridSamples, sigmaM: number, passes: number, ceiling: Float32Array, floor?: Float32Array): void {
  const v = grid.values
  for (let pass = 0; pass < passes; pass++) {
    const blurred = gaussianBlur(grid, sigmaM)
    for (let i = 0; i < v.length; i++) v[i] = Math.min(floor ? Math.max(blurred[i]!, floor[i]!) : blurred[i]!, ceiling[i]!)
  }
}
