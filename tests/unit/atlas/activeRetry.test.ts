// The built-in atlas arrives as its own code file. When that download fails, the failure is kept (a
// component reading the atlas while rendering must not start a download on every render) until a Retry
// asks again; then readers are told and the next read loads it afresh.
import { describe, expect, it, vi } from 'vitest'

const download = vi.hoisted(() => ({ fails: true, loads: 0 }))
vi.mock('../../../src/atlas/builtin', () => ({
  loadBuiltInAtlas: () => {
    download.loads += 1
    if (download.fails) throw new TypeError('Failed to fetch dynamically imported module: builtin.js')
    return { atlas: { muscles: [] }, faults: [] }
  },
}))

import { activeAtlas, activeAtlasVersion, builtInActiveAtlas, retryBuiltInAtlas, subscribeActiveAtlas } from '../../../src/atlas/active'

describe('retrying the built-in atlas', () => {
  it('keeps a failed load until asked, then loads afresh and tells the readers', async () => {
    expect(retryBuiltInAtlas()).toBe(false) // nothing failed yet
    const first = builtInActiveAtlas()
    await expect(first).rejects.toThrow(/dynamically imported module/)
    expect(activeAtlas()).toBe(first) // same failed load: no new download by reading again
    expect(download.loads).toBe(1)

    const told = vi.fn()
    const stop = subscribeActiveAtlas(told)
    const version = activeAtlasVersion()
    download.fails = false
    expect(retryBuiltInAtlas()).toBe(true)
    expect(told).toHaveBeenCalledTimes(1)
    expect(activeAtlasVersion()).toBe(version + 1)
    const second = activeAtlas()
    expect(second).not.toBe(first)
    await expect(second).resolves.toMatchObject({ label: 'built-in atlas', mode: 'builtin' })
    expect(download.loads).toBe(2)
    expect(retryBuiltInAtlas()).toBe(false) // it loaded: nothing to retry
    stop()
  })
})
