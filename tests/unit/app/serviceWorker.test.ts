// The service worker is registered once per page however often its component mounts, and what it reports
// reaches the store.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

const registrations: { onOfflineReady?: () => void; onNeedRefresh?: () => void }[] = []
vi.mock('virtual:pwa-register', () => ({
  registerSW: (options: { onOfflineReady?: () => void; onNeedRefresh?: () => void }) => {
    registrations.push(options)
    return async () => undefined
  },
}))

describe('startServiceWorker', () => {
  beforeEach(() => {
    registrations.length = 0
    vi.resetModules()
  })

  it('registers once, however often it is started', async () => {
    const { startServiceWorker } = await import('../../../src/app/serviceWorker')
    startServiceWorker()
    startServiceWorker()
    startServiceWorker()
    expect(registrations).toHaveLength(1)
  })

  it('puts "a new version is waiting" into the store', async () => {
    const { startServiceWorker } = await import('../../../src/app/serviceWorker')
    const { useAppStore } = await import('../../../src/store/appStore')
    startServiceWorker()
    expect(useAppStore.getState().updateWaiting).toBe(false)
    registrations[0]!.onNeedRefresh!()
    expect(useAppStore.getState().updateWaiting).toBe(true)
  })
})

// The bodies are not precached: "works offline" waits until the body on screen has been fetched again through the
// worker and sits in its cache.
describe('"works offline" and the body on screen', () => {
  const cached = new Set<string>()
  const fetched: string[] = []
  beforeEach(() => {
    registrations.length = 0
    cached.clear()
    fetched.length = 0
    vi.resetModules()
    vi.stubGlobal('window', { location: { href: 'http://127.0.0.1:4173/' } })
    vi.stubGlobal('navigator', { serviceWorker: { controller: {} } })
    vi.stubGlobal('caches', { match: async (url: string) => (cached.has(url) ? {} : undefined) })
  })
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('says it once the body on screen is in the cache, after fetching it through the worker', async () => {
    vi.stubGlobal('fetch', async (url: string) => {
      fetched.push(url)
      setTimeout(() => cached.add(url), 30)
      return { arrayBuffer: async () => new ArrayBuffer(0) }
    })
    const { startServiceWorker } = await import('../../../src/app/serviceWorker')
    const { useAppStore } = await import('../../../src/store/appStore')
    const { useViewer } = await import('../../../src/viewer/store')
    const { BUILT_IN_BODIES } = await import('../../../src/viewer/bodyChoice')
    useViewer.getState().setBody('female')
    startServiceWorker()
    registrations[0]!.onOfflineReady!()
    expect(useAppStore.getState().offlineReady).toBe(false)
    await vi.waitFor(() => expect(useAppStore.getState().offlineReady).toBe(true))
    expect(fetched).toEqual([new URL(BUILT_IN_BODIES.female.url, 'http://127.0.0.1:4173/').href])
  })

  it('does not say it when the body cannot be fetched', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch')
    })
    const { startServiceWorker } = await import('../../../src/app/serviceWorker')
    const { useAppStore } = await import('../../../src/store/appStore')
    startServiceWorker()
    registrations[0]!.onOfflineReady!()
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(useAppStore.getState().offlineReady).toBe(false)
  })
})
