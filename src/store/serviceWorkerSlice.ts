// What the service worker has to tell the user (src/app/serviceWorker.ts registers it): that the atlas now works
// offline, and that a new version is downloaded and waits for "Reload to update".
import type { StateCreator } from 'zustand'
import type { AppState } from './appStore'

export interface ServiceWorkerState {
  /** The first install finished and the body on screen is cached: the page works without a network. */
  offlineReady: boolean
  /** A new version is installed and waiting; it takes over only when the user chooses to reload. */
  updateWaiting: boolean
}

export interface ServiceWorkerActions {
  setOfflineReady(ready: boolean): void
  setUpdateWaiting(waiting: boolean): void
}

export const createServiceWorkerSlice: StateCreator<AppState, [], [], ServiceWorkerState & ServiceWorkerActions> = (set) => ({
  offlineReady: false,
  updateWaiting: false,
  setOfflineReady(ready) {
    set({ offlineReady: ready })
  },
  setUpdateWaiting(waiting) {
    set({ updateWaiting: waiting })
  },
})
