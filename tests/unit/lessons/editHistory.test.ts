import { describe, expect, it } from 'vitest'
import { canRedo, canUndo, MAX_UNDO_ENTRIES, MERGE_WINDOW_MS, recordEdit, redo, startHistory, undo } from '../../../src/lessons/editHistory'

describe('lesson edit history', () => {
  it('undoes and redoes edits in order, and a new edit drops the redo branch', () => {
    let h = startHistory('a')
    h = recordEdit(h, 'b')
    h = recordEdit(h, 'c')
    expect(canUndo(h)).toBe(true)
    h = undo(h)
    expect(h.present).toBe('b')
    h = undo(h)
    expect(h.present).toBe('a')
    expect(canUndo(h)).toBe(false)
    expect(undo(h)).toBe(h)
    h = redo(h)
    expect(h.present).toBe('b')
    h = recordEdit(h, 'd')
    expect(canRedo(h)).toBe(false)
    expect(h.past).toEqual(['a', 'b'])
  })

  it('merges typing in one field into one entry, but not edits of other fields or after a pause', () => {
    let h = startHistory('')
    h = recordEdit(h, 'N', { mergeKey: 'caption:s1', nowMs: 0 })
    h = recordEdit(h, 'Ne', { mergeKey: 'caption:s1', nowMs: 200 })
    h = recordEdit(h, 'Neck', { mergeKey: 'caption:s1', nowMs: 400 })
    expect(h.past).toEqual([''])
    h = recordEdit(h, 'Neck!', { mergeKey: 'caption:s1', nowMs: 400 + MERGE_WINDOW_MS + 1 })
    expect(h.past).toEqual(['', 'Neck'])
    h = recordEdit(h, 'Neck!?', { mergeKey: 'notes:s1', nowMs: 400 + MERGE_WINDOW_MS + 2 })
    expect(h.past).toEqual(['', 'Neck', 'Neck!'])
    expect(undo(h).present).toBe('Neck!')
  })

  it(`keeps at most ${MAX_UNDO_ENTRIES} entries`, () => {
    let h = startHistory(0)
    for (let i = 1; i <= MAX_UNDO_ENTRIES + 20; i++) h = recordEdit(h, i)
    expect(h.past.length).toBe(MAX_UNDO_ENTRIES)
    expect(h.past[0]).toBe(20)
  })
})
