// Text folding shared by structure search and foreign-model name mapping: what a user types and what a
// model file calls a part must compare equal regardless of case, accents and punctuation.

/** Lower-case, strip diacritics (é → e, æ kept as-is), turn every non-alphanumeric run into one space, trim. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/** The words of a folded text (empty text → no words). */
export function foldedWords(text: string): string[] {
  const folded = foldText(text)
  return folded === '' ? [] : folded.split(' ')
}

/**
 * Optimal-string-alignment edit distance (insert, delete, substitute, swap two neighbours), stopping early
 * once the distance is certain to exceed `max`; returns max + 1 in that case.
 */
export function editDistanceAtMost(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  if (a === b) return 0
  const rows = a.length + 1
  const cols = b.length + 1
  let prevPrev: number[] = new Array<number>(cols).fill(0)
  let prev: number[] = Array.from({ length: cols }, (_, j) => j)
  // every row has `cols` entries and j runs 1..cols - 1, so the reads below (j, j - 1, j - 2 when j > 1) are in range
  for (let i = 1; i < rows; i++) {
    const current: number[] = new Array<number>(cols).fill(0)
    current[0] = i
    let rowMin = i
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let d = Math.min(prev[j]! + 1, current[j - 1]! + 1, prev[j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prevPrev[j - 2]! + 1)
      current[j] = d
      if (d < rowMin) rowMin = d
    }
    if (rowMin > max) return max + 1
    prevPrev = prev
    prev = current
  }
  return Math.min(prev[cols - 1]!, max + 1)
}
