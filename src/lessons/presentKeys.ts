// What a key does while a lesson is presented: the keys a presenter's clicker sends (PageDown/PageUp, arrows,
// Space), B to blank the screen, a step number typed and then Enter (or a single digit after a short pause), Home and
// End, and Escape to stop. Pure, so the mapping is tested without a browser.

export type PresentAction =
  | { kind: 'next' }
  | { kind: 'previous' }
  | { kind: 'first' }
  | { kind: 'last' }
  | { kind: 'blank' }
  | { kind: 'exit' }
  | { kind: 'digit'; digit: number }
  | { kind: 'go-typed' }

export interface PresentKey {
  key: string
  shiftKey?: boolean
  ctrlKey?: boolean
  metaKey?: boolean
  altKey?: boolean
}

/** The action for a key, or null when the key is not the presenter's (the view's own keys keep working). */
export function presentAction(e: PresentKey): PresentAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null
  switch (e.key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case 'n':
    case 'N':
      return { kind: 'next' }
    case ' ':
      return e.shiftKey ? { kind: 'previous' } : { kind: 'next' }
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
    case 'p':
    case 'P':
    case 'Backspace':
      return { kind: 'previous' }
    case 'Home':
      return { kind: 'first' }
    case 'End':
      return { kind: 'last' }
    case 'b':
    case 'B':
    case '.':
      return { kind: 'blank' }
    case 'Escape':
      return { kind: 'exit' }
    case 'Enter':
      return { kind: 'go-typed' }
    default:
      return /^[0-9]$/.test(e.key) ? { kind: 'digit', digit: Number(e.key) } : null
  }
}

/** How long typed digits wait for more digits or Enter before jumping, ms. */
export const DIGIT_PAUSE_MS = 900

/**
 * Digits typed so far and the step they name: "1", "12" (1-based, as the counter shows). Returns the 0-based step
 * index, or null when the number is not a step of the lesson.
 */
export function typedStepIndex(typed: string, stepCount: number): number | null {
  if (!/^[0-9]{1,3}$/.test(typed)) return null
  const n = Number(typed)
  return n >= 1 && n <= stepCount ? n - 1 : null
}
