// What a user is told when a part of the app cannot be shown: a code file that could not be downloaded
// (each browser words it differently) versus a part that threw.
import { describe, expect, it } from 'vitest'
import { describeLoadFailure, errorText, isChunkLoadFailure } from '../../../src/app/loadFailure'

describe('isChunkLoadFailure', () => {
  it.each([
    'Failed to fetch dynamically imported module: http://127.0.0.1/assets/PatientPanelContent-Ab12.js',
    'error loading dynamically imported module: https://x/assets/Viewport-1.js',
    'Importing a module script failed.',
    'Unable to preload CSS for /assets/index-2.css',
  ])('recognises "%s"', (message) => {
    expect(isChunkLoadFailure(new TypeError(message))).toBe(true)
  })

  it('does not take an ordinary error for a download failure', () => {
    expect(isChunkLoadFailure(new Error("Cannot read properties of undefined (reading 'atlas')"))).toBe(false)
    expect(isChunkLoadFailure(undefined)).toBe(false)
  })
})

describe('describeLoadFailure', () => {
  it('names the part and says a new version or the network is the cause of a failed download', () => {
    const f = describeLoadFailure('the needle simulator', new TypeError('Failed to fetch dynamically imported module: x.js'))
    expect(f.cause).toBe('code-not-fetched')
    expect(f.message).toContain('the needle simulator')
    expect(f.message).toMatch(/network connection dropped, or a new version/)
    expect(f.message).toMatch(/reload the page/)
    expect(f.detail).toContain('x.js')
  })

  it('tells a crash apart and keeps the browser wording as detail', () => {
    const f = describeLoadFailure('patient mode', new RangeError('Invalid array length'))
    expect(f.cause).toBe('part-crashed')
    expect(f.message).toMatch(/^Patient mode stopped because of an error/)
    expect(f.detail).toBe('Invalid array length')
  })
})

describe('errorText', () => {
  it('reads whatever was thrown', () => {
    expect(errorText('plain')).toBe('plain')
    expect(errorText({ code: 7 })).toBe('{"code":7}')
    expect(errorText(new Error(''))).toBe('Error')
  })
})
