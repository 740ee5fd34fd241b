// Reading the generator's own lists and tables by position: polylines walked segment by segment, and per-point
// tables (widths, radii, depths) read alongside them. A table that is shorter than its polyline is a mistake in
// the table, so it fails with a message naming the table rather than building from an undefined value.

/** Entry i of `list`; throws naming `what` when the list has no such entry. */
export function itemAt<T>(list: readonly T[], i: number, what: string): T {
  const v = list[i]
  if (v === undefined) throw new Error(`${what}: no entry ${i} (it has ${list.length})`)
  return v
}

/** The last entry of a list that must not be empty. */
export function lastOf<T>(list: readonly T[], what: string): T {
  return itemAt(list, list.length - 1, what)
}

/** Consecutive pairs of a polyline, [p0, p1], [p1, p2], ..., each with the index of its first point. */
export function segmentsOf<T>(points: readonly T[]): [T, T, number][] {
  const out: [T, T, number][] = []
  for (let i = 0; i + 1 < points.length; i++) out.push([points[i]!, points[i + 1]!, i]) // i + 1 < length
  return out
}
