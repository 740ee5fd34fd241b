// "Did you mean …?" for unknown ids: most faults in hand-written atlas files are typos of a real id.

/** The known id closest to `id` by edit distance, if it is close enough to be a likely typo. */
export function closestId(id: string, known: readonly string[]): string | undefined {
  let best: string | undefined
  let bestDistance = Infinity
  for (const candidate of known) {
    const d = editDistance(id, candidate)
    if (d < bestDistance) {
      bestDistance = d
      best = candidate
    }
  }
  const allowed = Math.max(2, Math.floor(id.length / 3))
  return bestDistance <= allowed ? best : undefined
}

/** `unknown landmark "heel-bone"`, with a suggestion appended when one is close. */
export function unknownIdMessage(kind: string, id: string, known: readonly string[]): string {
  const hint = closestId(id, known)
  return hint ? `unknown ${kind} "${id}" (did you mean "${hint}"?)` : `unknown ${kind} "${id}"`
}

function editDistance(a: string, b: string): number {
  // one row of the table, b.length + 1 entries; j runs 1..b.length, so row[j] and row[j - 1] are in range
  const row = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1))
      diagonal = above
    }
  }
  return row[b.length]!
}
