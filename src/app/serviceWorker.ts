// Registers the service worker once per page and puts what it reports into the store. Registering during a
// component's render (useRegisterSW's state initialiser) ran twice whenever React threw a first render away, and
// the second registration never heard the first one's install: on some first visits the "works offline" note
// never came. Here the registration starts from a committed effect and a second call is ignored.
import { registerSW } from 'virtual:pwa-register'
import { useAppStore } from '../store/appStore'

/** How often an open page asks the server whether a new version was published. */
const UPDATE_CHECK_MS = 60 * 60 * 1000

let activateWaiting: ((reload?: boolean) => Promise<void>) | null = null

/** Registers the service worker unless this page already did. */
export function startServiceWorker(): void {
  if (activateWaiting) return
  const store = useAppStore.getState()
  activateWaiting = registerSW({
    onOfflineReady: () => store.setOfflineReady(true),
    onNeedRefresh: () => store.setUpdateWaiting(true),
    onRegisteredSW(_url, registration) {
      if (!registration) return
      const check = (): void => {
        if (navigator.onLine) void registration.update().catch(() => undefined)
      }
      setInterval(check, UPDATE_CHECK_MS)
      window.addEventListener('online', check)
    },
  })
}

/**
 * Lets the waiting version take over, then reloads once it controls the page. The reload is ours: the
 * registration helper reloads only when the page already had a service worker when it registered, not on
 * a first visit during which a new version was published.
 */
export function reloadToUpdate(): void {
  let reloading = false
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloading) return
    reloading = true
    window.location.reload()
  })
  void activateWaiting?.(true)
}
