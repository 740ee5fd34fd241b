// Fast field sampling by splatting: instead of evaluating every primitive at every grid point, each primitive
// updates only the grid points inside its own box (grown by a margin), folding in with the smooth minimum. The
// cost follows the primitives' volume, not grid size times primitive count, which keeps `npm run model` short.
// Grid reads carry `!`: each box is clamped to the grid's dims, so every index is in range.
import { type Bounds, type Primitive, smin } from './sdf'
import type { GridSamples } from './surfaceNets'
import { AXES, type Vec3, vec3From } from './vec'

/** A grid covering `bounds` plus two cells, every value set to `initial` (outside). */
export function emptyGrid(bounds: Bounds, cellM: number, initial: number): GridSamples {
  const origin: [number, number, number] = [bounds.min[0] - 2 * cellM, bounds.min[1] - 2 * cellM, bounds.min[2] - 2 * cellM]
  const dims: [number, number, number] = [0, 0, 0]
  for (const k of AXES) dims[k] = Math.ceil((bounds.max[k] + 2 * cellM - origin[k]) / cellM) + 1
  const values = new Float32Array(dims[0] * dims[1] * dims[2]).fill(initial)
  return { values, dims, origin, cellM }
}

/** Visit every node of the grid within `bounds` (clamped to the grid), with its index and position. */
export function forEachNodeIn(
  grid: GridSamples,
  bounds: { min: Vec3; max: Vec3 },
  visit: (idx: number, x: number, y: number, z: number) => void,
): void {
  const [nx, ny] = grid.dims
  const c = grid.cellM
  const lo = vec3From((k) => Math.max(0, Math.floor((bounds.min[k] - grid.origin[k]) / c)))
  const hi = vec3From((k) => Math.min(grid.dims[k] - 1, Math.ceil((bounds.max[k] - grid.origin[k]) / c)))
  for (let k = lo[2]; k <= hi[2]; k++) {
    const z = grid.origin[2] + k * c
    for (let j = lo[1]; j <= hi[1]; j++) {
      const y = grid.origin[1] + j * c
      for (let i = lo[0]; i <= hi[0]; i++) visit(i + nx * (j + ny * k), grid.origin[0] + i * c, y, z)
    }
  }
}

/**
 * Fold primitives into a grid with the smooth minimum, each only within its box grown by `marginM`. Where many
 * primitives overlap, a running smooth minimum keeps sinking (up to the full blend radius) and would inflate flat
 * muscles and the skin; the result is therefore held within a quarter blend radius of the plain minimum, the most
 * that a single pair of primitives blends.
 */
export function splat(grid: GridSamples, prims: readonly Primitive[], blendM: number, marginM: number): void {
  const { values, dims, origin, cellM } = grid
  const [nx, ny, nz] = dims
  const plain = Float32Array.from(values)
  for (const p of prims) {
    const lo = vec3From((k) => Math.max(0, Math.floor((p.bounds.min[k] - marginM - origin[k]) / cellM)))
    const hi = vec3From((k) => Math.min(dims[k] - 1, Math.ceil((p.bounds.max[k] + marginM - origin[k]) / cellM)))
    for (let k = lo[2]; k <= hi[2]; k++) {
      const z = origin[2] + k * cellM
      for (let j = lo[1]; j <= hi[1]; j++) {
        const y = origin[1] + j * cellM
        let idx = lo[0] + nx * (j + ny * k)
        for (let i = lo[0]; i <= hi[0]; i++, idx++) {
          const d = p.distance(origin[0] + i * cellM, y, z)
          const v = values[idx]!
          values[idx] = blendM > 0 ? smin(v, d, blendM) : Math.min(v, d)
          if (d < plain[idx]!) plain[idx] = d
        }
      }
    }
  }
  const cap = blendM / 4
  for (let i = 0; i < values.length; i++) if (values[i]! < plain[i]! - cap) values[i] = plain[i]! - cap
  void nz
}

/** Trilinear sample of a grid's values at a point (clamped to the grid, so the eight corners read are in range). */
export function sampleGrid(values: Float32Array, grid: GridSamples, x: number, y: number, z: number): number {
  const [nx, ny, nz] = grid.dims
  const f: Vec3 = [(x - grid.origin[0]) / grid.cellM, (y - grid.origin[1]) / grid.cellM, (z - grid.origin[2]) / grid.cellM]
  const lim: Vec3 = [nx, ny, nz]
  const i0: [number, number, number] = [0, 0, 0]
  const t: [number, number, number] = [0, 0, 0]
  for (const k of AXES) {
    const c = Math.min(Math.max(f[k], 0), lim[k] - 1.001)
    i0[k] = Math.floor(c)
    t[k] = c - i0[k]
  }
  let v = 0
  for (let dz = 0; dz < 2; dz++) {
    for (let dy = 0; dy < 2; dy++) {
      for (let dx = 0; dx < 2; dx++) {
        const w = (dx ? t[0] : 1 - t[0]) * (dy ? t[1] : 1 - t[1]) * (dz ? t[2] : 1 - t[2])
        v += w * values[i0[0] + dx + nx * (i0[1] + dy + ny * (i0[2] + dz))]!
      }
    }
  }
  return v
}
