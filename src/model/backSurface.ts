// The back's skin read as a height map and moved out along it: the skin's field is a volume, but the ledges and
// grooves it leaves on the back (skinDrape.ts, skinClosing.ts) are best judged and mended as a surface seen from
// behind. One reading per column of the grid (its first crossing from behind), and one way of writing a move back
// into the field, so every such mend keeps the field a distance-like function and only ever moves the skin out.
import type { GridSamples } from './surfaceNets'
import type { Vec3 } from './vec'

/** The back's surface over a block of the grid's columns: `cols` columns across (x) by `rows` up (y), column-major
 * (cell = c * rows + r). */
export interface BackSurface {
  i0: number
  j0: number
  cols: number
  rows: number
  /** The surface's z in each column (NaN where the column has no back surface within the bounds). */
  z: Float64Array
  /** The field's gradient across the surface, for writing a move back as a distance. */
  gradient: Float64Array
  /** The first grid node (k) inside the body in each column. */
  firstIn: Int32Array
}

/** The back's surface within `bounds`: per column the first crossing from behind (in z) between the bounds' back and
 * front. A column that starts inside the body there has no back surface in the region (NaN). */
export function readBackSurface(grid: GridSamples, bounds: { min: Vec3; max: Vec3 }): BackSurface | null {
  const { values, dims, origin, cellM } = grid
  const [nx, ny] = dims
  const index = (v: number, k: 0 | 1 | 2): number => Math.round((v - origin[k]) / cellM)
  const i0 = Math.max(0, index(bounds.min[0], 0))
  const i1 = Math.min(nx - 1, index(bounds.max[0], 0))
  const j0 = Math.max(0, index(bounds.min[1], 1))
  const j1 = Math.min(ny - 1, index(bounds.max[1], 1))
  const k0 = Math.max(1, index(bounds.min[2], 2))
  const k1 = Math.min(dims[2] - 1, index(bounds.max[2], 2))
  if (i1 < i0 || j1 < j0) return null
  const rows = j1 - j0 + 1
  const cols = i1 - i0 + 1
  const z = new Float64Array(cols * rows).fill(NaN)
  const gradient = new Float64Array(cols * rows)
  const firstIn = new Int32Array(cols * rows)
  for (let c = 0; c < cols; c++) {
    for (let r = 0; r < rows; r++) {
      for (let k = k0; k <= k1; k++) {
        const inV = values[i0 + c + nx * (j0 + r + ny * k)]!
        if (inV > 0) continue
        const outV = values[i0 + c + nx * (j0 + r + ny * (k - 1))]!
        if (outV <= 0) break
        const cell = c * rows + r
        z[cell] = origin[2] + (k - 1 + outV / (outV - inV)) * cellM
        gradient[cell] = Math.max((outV - inV) / cellM, 0.1)
        firstIn[cell] = k
        break
      }
    }
  }
  return { i0, j0, cols, rows, z, gradient, firstIn }
}

/** Move the back's surface out by `move` per cell (m, negative: towards -z, behind the body; positive values are
 * ignored): the field behind the old surface, and at the first node inside it, takes the new surface's distance
 * where that is smaller, scaled by the field's own gradient there. Values only ever fall. (Left at its old value, the
 * first node inside would pull the crossing, interpolated between it and the node behind, back towards the old
 * surface: a 3 mm move came out as 1.3 mm on a 5 mm grid.) */
export function moveBackSurfaceOut(grid: GridSamples, surface: BackSurface, move: Float64Array): void {
  const { values, dims, origin, cellM } = grid
  const [nx, ny] = dims
  const { i0, j0, cols, rows } = surface
  for (let c = 0; c < cols; c++) {
    for (let r = 0; r < rows; r++) {
      const cell = c * rows + r
      const z = surface.z[cell]!
      const m = move[cell]!
      if (!Number.isFinite(z) || !(m < 0)) continue
      for (let k = 0; k <= surface.firstIn[cell]!; k++) {
        const idx = i0 + c + nx * (j0 + r + ny * k)
        values[idx] = Math.min(values[idx]!, (z + m - (origin[2] + k * cellM)) * surface.gradient[cell]!)
      }
    }
  }
}

/** Binomial weights (1 4 6 4 1) for smoothing a move over neighbouring columns. */
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
