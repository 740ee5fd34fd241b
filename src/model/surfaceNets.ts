// Our own polygoniser: naive surface nets over a sampled signed distance field. One vertex per grid cell that
// the surface crosses (the mean of the edge crossings), one quad per crossed grid edge. The output is a
// closed, indexed, consistently wound (outward) triangle mesh when the field is positive on the grid border.
// Grid reads carry `!`: the loops run within the grid's dims (and the coarse grid's), so every index is in range.
import type { Bounds } from './sdf'
import { AXES } from './vec'

export type ScalarField = (x: number, y: number, z: number) => number

export interface GridSamples {
  values: Float32Array
  dims: [number, number, number]
  origin: [number, number, number]
  cellM: number
}

/** Values at the eight corners of a grid cube, x fastest, then y, then z. */
type CubeCorners = [number, number, number, number, number, number, number, number]

export interface IndexedMesh {
  positions: Float32Array
  indices: Uint32Array
}

/**
 * Sample `field` on a regular grid covering `bounds` (grown by two cells so the border is outside). A coarse pre-pass
 * (every `coarseStep` cells) skips exact evaluation in blocks that are far from the surface: there the value is
 * interpolated, which keeps the sign and is never used for vertex placement. `field` must be pure: a point on the
 * faces shared by near blocks (and a coarse corner) is evaluated once and its value reused.
 */
export function sampleField(field: ScalarField, bounds: Bounds, cellM: number, coarseStep = 4): GridSamples {
  const origin: [number, number, number] = [bounds.min[0] - 2 * cellM, bounds.min[1] - 2 * cellM, bounds.min[2] - 2 * cellM]
  const dims: [number, number, number] = [0, 0, 0]
  for (const k of AXES) {
    const n = Math.ceil((bounds.max[k] + 2 * cellM - origin[k]) / cellM) + 1
    // round the dimension up so that coarse blocks tile the grid exactly
    dims[k] = Math.ceil((n - 1) / coarseStep) * coarseStep + 1
  }
  const [nx, ny, nz] = dims
  const values = new Float32Array(nx * ny * nz)
  const at = (i: number, j: number, k: number): number => i + nx * (j + ny * k)
  const cx = (nx - 1) / coarseStep + 1
  const cy = (ny - 1) / coarseStep + 1
  const cz = (nz - 1) / coarseStep + 1
  const coarse = new Float32Array(cx * cy * cz)
  const s = coarseStep
  // exact values already evaluated, by grid point: blocks share their faces, and a far block may overwrite a shared
  // point with its interpolation before a later near block needs the exact value again
  const exact = new Float32Array(nx * ny * nz)
  const evaluated = new Uint8Array(nx * ny * nz)
  for (let k = 0; k < cz; k++) {
    for (let j = 0; j < cy; j++) {
      for (let i = 0; i < cx; i++) {
        const v = field(origin[0] + i * s * cellM, origin[1] + j * s * cellM, origin[2] + k * s * cellM)
        coarse[i + cx * (j + cy * k)] = v
        const idx = at(i * s, j * s, k * s)
        exact[idx] = v
        evaluated[idx] = 1
      }
    }
  }
  // a block is "far" when every coarse corner is further from the surface than the block diagonal (with margin)
  const farM = 1.5 * s * cellM * Math.sqrt(3)
  for (let bk = 0; bk < cz - 1; bk++) {
    for (let bj = 0; bj < cy - 1; bj++) {
      for (let bi = 0; bi < cx - 1; bi++) {
        const c: CubeCorners = [
          coarse[bi + cx * (bj + cy * bk)]!,
          coarse[bi + 1 + cx * (bj + cy * bk)]!,
          coarse[bi + cx * (bj + 1 + cy * bk)]!,
          coarse[bi + 1 + cx * (bj + 1 + cy * bk)]!,
          coarse[bi + cx * (bj + cy * (bk + 1))]!,
          coarse[bi + 1 + cx * (bj + cy * (bk + 1))]!,
          coarse[bi + cx * (bj + 1 + cy * (bk + 1))]!,
          coarse[bi + 1 + cx * (bj + 1 + cy * (bk + 1))]!,
        ]
        let far = true
        const sign = c[0] > 0
        for (const v of c) if (Math.abs(v) < farM || v > 0 !== sign) far = false
        for (let dk = 0; dk <= s; dk++) {
          for (let dj = 0; dj <= s; dj++) {
            for (let di = 0; di <= s; di++) {
              const i = bi * s + di,
                j = bj * s + dj,
                k = bk * s + dk
              const idx = at(i, j, k)
              if (far) {
                const u = di / s,
                  v = dj / s,
                  w = dk / s
                values[idx] =
                  (1 - w) * ((1 - v) * ((1 - u) * c[0] + u * c[1]) + v * ((1 - u) * c[2] + u * c[3])) +
                  w * ((1 - v) * ((1 - u) * c[4] + u * c[5]) + v * ((1 - u) * c[6] + u * c[7]))
              } else {
                if (evaluated[idx] === 0) {
                  exact[idx] = field(origin[0] + i * cellM, origin[1] + j * cellM, origin[2] + k * cellM)
                  evaluated[idx] = 1
                }
                values[idx] = exact[idx]!
              }
            }
          }
        }
      }
    }
  }
  return { values, dims, origin, cellM }
}

/** Polygonise sampled values with surface nets. Inside is negative. */
export function surfaceNets(grid: GridSamples): IndexedMesh {
  const { values, dims, origin, cellM } = grid
  const [nx, ny, nz] = dims
  const at = (i: number, j: number, k: number): number => i + nx * (j + ny * k)
  const cellVertex = new Int32Array((nx - 1) * (ny - 1) * (nz - 1)).fill(-1)
  const cellAt = (i: number, j: number, k: number): number => i + (nx - 1) * (j + (ny - 1) * k)
  const pos: number[] = []
  const corner = new Float64Array(8)
  const edges: [number, number][] = [
    [0, 1],
    [2, 3],
    [4, 5],
    [6, 7],
    [0, 2],
    [1, 3],
    [4, 6],
    [5, 7],
    [0, 4],
    [1, 5],
    [2, 6],
    [3, 7],
  ]
  for (let k = 0; k < nz - 1; k++) {
    for (let j = 0; j < ny - 1; j++) {
      for (let i = 0; i < nx - 1; i++) {
        let mask = 0
        for (let c = 0; c < 8; c++) {
          const v = values[at(i + (c & 1), j + ((c >> 1) & 1), k + ((c >> 2) & 1))]!
          corner[c] = v
          if (v < 0) mask |= 1 << c
        }
        if (mask === 0 || mask === 255) continue
        let sx = 0,
          sy = 0,
          sz = 0,
          n = 0
        for (const [a, b] of edges) {
          const va = corner[a]!,
            vb = corner[b]!
          if (va < 0 === vb < 0) continue
          const t = va / (va - vb)
          sx += (a & 1) + ((b & 1) - (a & 1)) * t
          sy += ((a >> 1) & 1) + (((b >> 1) & 1) - ((a >> 1) & 1)) * t
          sz += ((a >> 2) & 1) + (((b >> 2) & 1) - ((a >> 2) & 1)) * t
          n++
        }
        cellVertex[cellAt(i, j, k)] = pos.length / 3
        pos.push(origin[0] + (i + sx / n) * cellM, origin[1] + (j + sy / n) * cellM, origin[2] + (k + sz / n) * cellM)
      }
    }
  }
  const idx: number[] = []
  // squared distance between two vertices already placed in `pos`
  const distanceSq = (u: number, v: number): number =>
    (pos[3 * u]! - pos[3 * v]!) ** 2 + (pos[3 * u + 1]! - pos[3 * v + 1]!) ** 2 + (pos[3 * u + 2]! - pos[3 * v + 2]!) ** 2
  const quad = (a: number, b: number, c: number, d: number, flip: boolean): void => {
    if (a < 0 || b < 0 || c < 0 || d < 0) return
    // split along the shorter diagonal for better triangles
    const dac = distanceSq(a, c)
    const dbd = distanceSq(b, d)
    const tris: [number, number, number, number, number, number] = dac <= dbd ? [a, b, c, a, c, d] : [a, b, d, b, c, d]
    if (flip) idx.push(tris[0], tris[2], tris[1], tris[3], tris[5], tris[4])
    else idx.push(...tris)
  }
  for (let k = 1; k < nz - 1; k++) {
    for (let j = 1; j < ny - 1; j++) {
      for (let i = 1; i < nx - 1; i++) {
        const v0 = values[at(i, j, k)]!
        const in0 = v0 < 0
        // edge along +x from (i,j,k)
        if (i < nx - 1 && in0 !== values[at(i + 1, j, k)]! < 0) {
          quad(
            cellVertex[cellAt(i, j - 1, k - 1)]!,
            cellVertex[cellAt(i, j, k - 1)]!,
            cellVertex[cellAt(i, j, k)]!,
            cellVertex[cellAt(i, j - 1, k)]!,
            !in0,
          )
        }
        if (j < ny - 1 && in0 !== values[at(i, j + 1, k)]! < 0) {
          quad(
            cellVertex[cellAt(i - 1, j, k - 1)]!,
            cellVertex[cellAt(i - 1, j, k)]!,
            cellVertex[cellAt(i, j, k)]!,
            cellVertex[cellAt(i, j, k - 1)]!,
            !in0,
          )
        }
        if (k < nz - 1 && in0 !== values[at(i, j, k + 1)]! < 0) {
          quad(
            cellVertex[cellAt(i - 1, j - 1, k)]!,
            cellVertex[cellAt(i, j - 1, k)]!,
            cellVertex[cellAt(i, j, k)]!,
            cellVertex[cellAt(i - 1, j, k)]!,
            !in0,
          )
        }
      }
    }
  }
  return { positions: new Float32Array(pos), indices: new Uint32Array(idx) }
}

/** Sample and polygonise in one call. */
export function polygonise(field: ScalarField, bounds: Bounds, cellM: number): IndexedMesh {
  return surfaceNets(sampleField(field, bounds, cellM))
}
