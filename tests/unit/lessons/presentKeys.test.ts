import { describe, expect, it } from 'vitest'
import { presentAction, typedStepIndex } from '../../../src/lessons/presentKeys'
import { MODE_DEFINITIONS, PRESENT_HOTKEYS } from '../../../src/modes/definitions'

describe('presenting keys', () => {
  it('maps what clickers and keyboards send', () => {
    for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'n']) expect(presentAction({ key })).toEqual({ kind: 'next' })
    for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp', 'p', 'Backspace']) expect(presentAction({ key })).toEqual({ kind: 'previous' })
    expect(presentAction({ key: ' ', shiftKey: true })).toEqual({ kind: 'previous' })
    expect(presentAction({ key: 'b' })).toEqual({ kind: 'blank' })
    expect(presentAction({ key: 'B' })).toEqual({ kind: 'blank' })
    expect(presentAction({ key: 'Escape' })).toEqual({ kind: 'exit' })
    expect(presentAction({ key: '7' })).toEqual({ kind: 'digit', digit: 7 })
    expect(presentAction({ key: 'Home' })).toEqual({ kind: 'first' })
    expect(presentAction({ key: 'End' })).toEqual({ kind: 'last' })
  })

  it('leaves other keys and shortcuts with a modifier to the app', () => {
    expect(presentAction({ key: 'r' })).toBeNull()
    expect(presentAction({ key: 'ArrowRight', ctrlKey: true })).toBeNull()
    expect(presentAction({ key: 'b', metaKey: true })).toBeNull()
  })

  it('turns typed digits into a step, 1-based as the counter shows', () => {
    expect(typedStepIndex('1', 3)).toBe(0)
    expect(typedStepIndex('3', 3)).toBe(2)
    expect(typedStepIndex('12', 12)).toBe(11)
    expect(typedStepIndex('0', 3)).toBeNull()
    expect(typedStepIndex('4', 3)).toBeNull()
    expect(typedStepIndex('', 3)).toBeNull()
  })

  it("are the present mode's keys", () => {
    expect(MODE_DEFINITIONS.present.hotkeys).toBe(PRESENT_HOTKEYS)
    // keys named in words do what they say
    expect(presentAction({ key: 'PageDown' })?.kind).toBe('next')
    expect(presentAction({ key: '.' })?.kind).toBe('blank')
  })
})
