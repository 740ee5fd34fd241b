// The skin read as a height map, seen from behind or from the front, and moved out along it: the skin's field is a
// volume, but the ledges and hollows it leaves on the back and over the front of the shoulders (skinDrape.ts,
// skinClosing.ts) are best judged and mended as a surface seen along z. One reading per column of the grid (its first
// crossing from that side), and one way of writing a move back into the field, so every such mend keeps the field a
// distance-like function and only ever moves the skin out.
import type { GridSamples } from './surfaceNets'
import type { Vec3 } from './vec'

/** Which way the skin is seen: from behind (looking along +z at the back) or from the front (along -z). */
export type SkinFacing = 'back' | 'front'

/** How z maps to height out of the body along a facing, and back: -1 from behind, +1 from the front. */
export function outwardSign(facing: SkinFacing): -1 | 1 {
  return facing === 'back' ? -1 : 1
}

/** The skin's surface over a block of the grid's columns: `cols` columns across (x) by `rows` up (y), column-major
 * (cell = c * rows + r). */
export interface SkinHeightMap {
  facing: SkinFacing
  i0: number
  j0: number
  cols: number
  rows: number
  /** How far out the surface lies in each column, along the facing (m: -z from behind, +z from the front; NaN where
   * the column has no surface within the bounds). */
  height: Float64Array
  /** The field's gradient across the surface, for writing a move back as a distance. */
  gradient: Float64Array
  /** The first grid node (k) inside the body in each column, seen from the facing side. */
  firstIn: Int32Array
}

/** The skin's surface within `bounds`, seen from `facing`: per column the first crossing from that side (in z)
 * between the bounds' back and front. A column that starts inside the body there has no surface in the region (NaN). */
export function readSkinHeightMap(grid: GridSamples, bounds: { min: Vec3; max: Vec3 }, facing: SkinFacing): SkinHeightMap | null {
  const { values, dims, origin, cellM } = grid
  const [nx, ny] = dims
  const index = (v: number, k: 0 | 1 | 2): number => Math.round((v - origin[k]) / cellM)
  const i0 = Math.max(0, index(bounds.min[0], 0))
  const i1 = Math.min(nx - 1, index(bounds.max[0], 0))
  const j0 = Math.max(0, index(bounds.min[1], 1))
  const j1 = Math.min(ny - 1, index(bounds.max[1], 1))
  if (i1 < i0 || j1 < j0) return null
  const rows = j1 - j0 + 1
  const cols = i1 - i0 + 1
  const height = new Float64Array(cols * rows).fill(NaN)
  const gradient = new Float64Array(cols * rows)
  const firstIn = new Int32Array(cols * rows)
  // from behind the nodes are walked forward (k rising), from the front backward; the node before is outside, so the
  // walk starts one node in from the grid's edge
  const step = facing === 'back' ? 1 : -1
  const kMin = Math.max(0, index(bounds.min[2], 2))
  const kMax = Math.min(dims[2] - 1, index(bounds.max[2], 2))
  const [kStart, kEnd] = facing === 'back' ? [Math.max(1, kMin), kMax] : [Math.min(dims[2] - 2, kMax), kMin]
  for (let c = 0; c < cols; c++) {
    for (let r = 0; r < rows; r++) {
      for (let k = kStart; step > 0 ? k <= kEnd : k >= kEnd; k += step) {
        const inV = values[i0 + c + nx * (j0 + r + ny * k)]!
        if (inV > 0) continue
        const outV = values[i0 + c + nx * (j0 + r + ny * (k - step))]!
        if (outV <= 0) break
        const cell = c * rows + r
        const z = origin[2] + (k - step + (step * outV) / (outV - inV)) * cellM
        height[cell] = outwardSign(facing) * z
        gradient[cell] = Math.max((outV - inV) / cellM, 0.1)
        firstIn[cell] = k
        break
      }
    }
  }
  return { facing, i0, j0, cols, rows, height, gradient, firstIn }
}

/** Move the skin's surface out by `outM` per cell (m, along the facing; values not above zero are ignored): the field
 * outside the old surface, and at the first node inside it, takes the new surface's distance where that is smaller,
 * scaled by the field's own gradient there. Values only ever fall. (Left at its old value, the first node inside would
 * pull the crossing, interpolated between it and the node outside, back towards the old surface: in a test on a 5 mm
 * grid a 3.3 mm move came out as 1.9 mm.) */
export function moveSkinOut(grid: GridSamples, map: SkinHeightMap, outM: Float64Array): void {
  const { values, dims, origin, cellM } = grid
  const [nx, ny, nz] = dims
  const { i0, j0, cols, rows } = map
  const sign = outwardSign(map.facing)
  for (let c = 0; c < cols; c++) {
    for (let r = 0; r < rows; r++) {
      const cell = c * rows + r
      const h = map.height[cell]!
      const m = outM[cell]!
      if (!Number.isFinite(h) || !(m > 0)) continue
      const first = map.firstIn[cell]!
      const [kFrom, kTo] = map.facing === 'back' ? [0, first] : [first, nz - 1]
      for (let k = kFrom; k <= kTo; k++) {
        const idx = i0 + c + nx * (j0 + r + ny * k)
        // distance inside the new surface, positive outside: the new height less the node's height along the facing
        values[idx] = Math.min(values[idx]!, (sign * (origin[2] + k * cellM) - (h + m)) * map.gradient[cell]!)
      }
    }
  }
}

/** Binomial weights (1 4 6 4 1) for smoothing a move over neighbouring columns (the drape's: so that the skin hangs
 * from a ledge as one sheet and not in vertical folds). */
const BINOMIAL_5 = [1, 4, 6, 4, 1].map((w) => w / 16)

/** A per-cell map smoothed across columns (x) with binomial weights; columns past the edge take the edge's value. */
export function smoothAcrossColumns(map: Float64Array, cols: number, rows: number): Float64Array {
  const out = new Float64Array(map.length)
  for (let c = 0; c < cols; c++) {
    for (let r = 0; r < rows; r++) {
      let sum = 0
      for (let d = -2; d <= 2; d++) sum += BINOMIAL_5[d + 2]! * map[Math.min(Math.max(c + d, 0), cols - 1) * rows + r]!
      out[c * rows + r] = sum
    }
  }
  return out
}
