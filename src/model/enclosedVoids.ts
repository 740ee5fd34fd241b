// Enclosed voids in the skin's field: pockets of "outside" (positive samples) that no path of outside samples joins to
// the grid's border, such as the cleft left under the posterior deltoid where it overhangs the back of the axillary
// folds. Polygonised, such a pocket becomes a small closed skin shell inside the body, facing inward: a needle path
// then starts or ends on it as if it were the body's surface, and a habitus morph target, which moves the skin along
// its normal, turns it inside out. The skin is the body's one outer surface, so the pockets are filled before meshing.
import type { GridSamples } from './surfaceNets'

/** A filled pocket: how many grid samples it had and their mean position (m). */
export interface FilledVoid {
  samples: number
  centreM: [number, number, number]
}

/**
 * Fills, in place, every pocket of samples >= 0 that is not joined to the grid's border through face-adjacent samples
 * >= 0: its samples get `insideValue` (negative), so the surface there closes. Returns the pockets filled, largest
 * first.
 */
export function fillEnclosedVoids(grid: GridSamples, insideValue: number): FilledVoid[] {
  if (!(insideValue < 0)) throw new Error(`enclosed voids: the fill value must be negative (inside), got ${insideValue}`)
  const { values, dims, origin, cellM } = grid
  const [nx, ny, nz] = dims
  const nxy = nx * ny
  // 0 = not reached, 1 = outside reached from the border
  const reached = new Uint8Array(values.length)
  const stack: number[] = []
  const push = (idx: number): void => {
    if (reached[idx] === 0 && values[idx]! >= 0) {
      reached[idx] = 1
      stack.push(idx)
    }
  }
  for (let k = 0; k < nz; k++) {
    for (let j = 0; j < ny; j++) {
      for (let i = 0; i < nx; i++) {
        if (i === 0 || j === 0 || k === 0 || i === nx - 1 || j === ny - 1 || k === nz - 1) push(i + nx * j + nxy * k)
      }
    }
  }
  const flood = (): void => {
    while (stack.length > 0) {
      const idx = stack.pop()!
      const i = idx % nx
      const j = Math.floor(idx / nx) % ny
      const k = Math.floor(idx / nxy)
      if (i > 0) push(idx - 1)
      if (i < nx - 1) push(idx + 1)
      if (j > 0) push(idx - nx)
      if (j < ny - 1) push(idx + nx)
      if (k > 0) push(idx - nxy)
      if (k < nz - 1) push(idx + nxy)
    }
  }
  flood()
  // what is left >= 0 and unreached is enclosed: gather each pocket (marking it 2) and fill it
  const filled: FilledVoid[] = []
  for (let start = 0; start < values.length; start++) {
    if (reached[start] !== 0 || values[start]! < 0) continue
    const pocket: number[] = [start]
    reached[start] = 2
    for (let n = 0; n < pocket.length; n++) {
      const idx = pocket[n]!
      const i = idx % nx
      const j = Math.floor(idx / nx) % ny
      const k = Math.floor(idx / nxy)
      for (const [ok, next] of [
        [i > 0, idx - 1],
        [i < nx - 1, idx + 1],
        [j > 0, idx - nx],
        [j < ny - 1, idx + nx],
        [k > 0, idx - nxy],
        [k < nz - 1, idx + nxy],
      ] as const) {
        if (ok && reached[next] === 0 && values[next]! >= 0) {
          reached[next] = 2
          pocket.push(next)
        }
      }
    }
    const centre: [number, number, number] = [0, 0, 0]
    for (const idx of pocket) {
      centre[0] += origin[0] + (idx % nx) * cellM
      centre[1] += origin[1] + (Math.floor(idx / nx) % ny) * cellM
      centre[2] += origin[2] + Math.floor(idx / nxy) * cellM
      values[idx] = insideValue
    }
    filled.push({ samples: pocket.length, centreM: [centre[0] / pocket.length, centre[1] / pocket.length, centre[2] / pocket.length] })
  }
  return filled.sort((a, b) => b.samples - a.samples)
}
