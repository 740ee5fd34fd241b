// The service worker is registered once per page however often its component mounts, and what it reports
// reaches the store.
import { beforeEach, describe, expect, it, vi } from 'vitest'

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

  it('puts "works offline" and "a new version is waiting" into the store', async () => {
    const { startServiceWorker } = await import('../../../src/app/serviceWorker')
    const { useAppStore } = await import('../../../src/store/appStore')
    startServiceWorker()
    expect(useAppStore.getState().offlineReady).toBe(false)
    registrations[0]!.onOfflineReady!()
    expect(useAppStore.getState().offlineReady).toBe(true)
    expect(useAppStore.getState().updateWaiting).toBe(false)
    registrations[0]!.onNeedRefresh!()
    expect(useAppStore.getState().updateWaiting).toBe(true)
  })
})
