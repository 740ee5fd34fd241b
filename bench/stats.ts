// Small statistics for benchmark samples: medians and spreads, so a report states a typical value and its range.

/** Median of the finite values; NaN when there are none. */
export function median(values: readonly number[]): number {
  const xs = values.filter(Number.isFinite).sort((a, b) => a - b)
  if (xs.length === 0) return Number.NaN
  const mid = Math.floor(xs.length / 2)
  const upper = xs[mid]! // 0 < xs.length, so 0 <= mid - 1 < mid < xs.length when the length is even
  return xs.length % 2 ? upper : (xs[mid - 1]! + upper) / 2
}

/** Smallest and largest finite value, or null when there are none. */
export function range(values: readonly number[]): { min: number; max: number } | null {
  const xs = values.filter(Number.isFinite)
  if (xs.length === 0) return null
  return { min: Math.min(...xs), max: Math.max(...xs) }
}

/** "912 (838–1004, n=5)" with the given number of decimals. */
export function describeSamples(values: readonly number[], decimals = 0): string {
  const r = range(values)
  if (!r) return 'no samples'
  const f = (x: number): string => x.toFixed(decimals)
  return `${f(median(values))} (${f(r.min)}–${f(r.max)}, n=${values.filter(Number.isFinite).length})`
}
