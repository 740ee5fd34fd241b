// One halving search for the generator and the viewer's geometry: wherever a point is placed where some test changes
// along one line (a sheet laid on a surface along a ray, a rib's angle at a given half-width, the ring through a given
// height, where a needle's path leaves a limb), one loop does the halving, so each caller says only what it looks for
// and where, and a search that never met the change can say so.

export interface Bisected {
  /** The middle of the last bracket. */
  at: number
  /** Whether `below` held at any point tried; false when the change was never met from the `lo` side. */
  heldBelow: boolean
}

/**
 * Halves [lo, hi] `steps` times toward the place where `below` stops holding: where `below(m)` is true the bracket's
 * low end moves up to m, else its high end moves down to m.
 */
export function bisect(below: (m: number) => boolean, lo: number, hi: number, steps: number): Bisected {
  let heldBelow = false
  for (let i = 0; i < steps; i++) {
    const m = (lo + hi) / 2
    if (below(m)) {
      lo = m
      heldBelow = true
    } else hi = m
  }
  return { at: (lo + hi) / 2, heldBelow }
}
