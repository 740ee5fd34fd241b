// Undo and redo for lesson edits: every edit replaces the lesson with a new immutable value, and the history keeps
// the values before and after. It covers the lesson only (not the camera or the panels), so undo never moves the
// view; typing in one field collapses into one entry when the same field is edited again within a short time.
// Pure and generic.

/** Entries kept to undo; older ones are dropped. */
export const MAX_UNDO_ENTRIES = 100
/** Edits of the same field closer than this are one undo entry (typing a caption is one edit, not one per key). */
export const MERGE_WINDOW_MS = 1000

export interface EditHistory<T> {
  past: readonly T[]
  present: T
  future: readonly T[]
  /** The field last edited and when, to merge typing. */
  lastEdit: { key: string; atMs: number } | null
}

export function startHistory<T>(present: T): EditHistory<T> {
  return { past: [], present, future: [], lastEdit: null }
}

/**
 * The history after an edit. With `mergeKey`, an edit of the same key within MERGE_WINDOW_MS of the previous one
 * replaces the present without a new undo entry.
 */
export function recordEdit<T>(history: EditHistory<T>, next: T, options: { mergeKey?: string; nowMs?: number } = {}): EditHistory<T> {
  if (Object.is(next, history.present)) return history
  const nowMs = options.nowMs ?? Date.now()
  const key = options.mergeKey
  const merges = key !== undefined && history.lastEdit?.key === key && nowMs - history.lastEdit.atMs <= MERGE_WINDOW_MS
  const lastEdit = key !== undefined ? { key, atMs: nowMs } : null
  if (merges) return { ...history, present: next, future: [], lastEdit }
  const past = [...history.past, history.present].slice(-MAX_UNDO_ENTRIES)
  return { past, present: next, future: [], lastEdit }
}

export function undo<T>(history: EditHistory<T>): EditHistory<T> {
  const previous = history.past[history.past.length - 1]
  if (history.past.length === 0 || previous === undefined) return history
  return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future], lastEdit: null }
}

export function redo<T>(history: EditHistory<T>): EditHistory<T> {
  const next = history.future[0]
  if (history.future.length === 0 || next === undefined) return history
  return { past: [...history.past, history.present], present: next, future: history.future.slice(1), lastEdit: null }
}

export const canUndo = (history: EditHistory<unknown>): boolean => history.past.length > 0
export const canRedo = (history: EditHistory<unknown>): boolean => history.future.length > 0
