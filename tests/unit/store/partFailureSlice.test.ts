// The failures of parts drawn in the 3D view live in the one store: a part's new failure replaces its old message,
// and Retry takes the message away and runs that part's retry once.
import { describe, expect, it } from 'vitest'
import { createAppStore } from '../../../src/store/appStore'
import type { LoadFailure } from '../../../src/app/loadFailure'

const failure: LoadFailure = {
  cause: 'code-not-fetched',
  message: 'The code could not be downloaded.',
  detail: 'Failed to fetch dynamically imported module',
}

describe('part failures in the store', () => {
  it('keeps one message per part and retries only the part asked for', () => {
    const store = createAppStore()
    let marksRetried = 0
    let zonesRetried = 0
    store.getState().reportPartFailure('the marks', failure, () => marksRetried++)
    store.getState().reportPartFailure('the zones', failure, () => zonesRetried++)
    store.getState().reportPartFailure('the marks', failure, () => (marksRetried += 10))
    expect(store.getState().partFailures.map((f) => f.part)).toEqual(['the zones', 'the marks'])
    store.getState().retryPart('the marks')
    expect(marksRetried).toBe(10)
    expect(zonesRetried).toBe(0)
    expect(store.getState().partFailures.map((f) => f.part)).toEqual(['the zones'])
    store.getState().retryPart('the marks')
    expect(marksRetried).toBe(10)
  })
})
