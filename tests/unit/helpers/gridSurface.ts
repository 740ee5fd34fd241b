// Where a synthetic field's surface lies along one column of its grid, seen from behind or from the front: the tests
// of the skin's drape and closing (skinDrape.ts, skinClosing.ts) read their results this way.
import type { GridSamples } from '../../../src/model/surfaceNets'

/** The surface's z in the grid column at (x, y): its first crossing from behind (`back`) or from the front, linearly
 * interpolated between the nodes; NaN where the column has none. */
export function columnSurfaceZ(grid: GridSamples, x: number, y: number, facing: 'back' | 'front' = 'back'): number {
  const [nx, ny, nz] = grid.dims
  const i = Math.round((x - grid.origin[0]) / grid.cellM)
  const j = Math.round((y - grid.origin[1]) / grid.cellM)
  const at = (k: number): number => grid.values[i + nx * (j + ny * k)]!
  for (let n = 0; n < nz - 1; n++) {
    const k = facing === 'back' ? n : nz - 1 - n
    const next = facing === 'back' ? k + 1 : k - 1
    const a = at(k)
    const b = at(next)
    if (a > 0 && b <= 0) return grid.origin[2] + (k + ((next - k) * a) / (a - b)) * grid.cellM
  }
  return NaN
}
