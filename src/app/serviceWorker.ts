// Registers the service worker once per page and puts what it reports into the store. Registering during a
// component's render (useRegisterSW's state initialiser) ran twice whenever React threw a first render away, and
// the second registration never heard the first one's install: on some first visits the "works offline" note
// never came. Here the registration starts from a committed effect and a second call is ignored.
import { registerSW } from 'virtual:pwa-register'
import { useAppStore } from '../store/appStore'
import { BUILT_IN_BODIES } from '../viewer/bodyChoice'
import { useViewer } from '../viewer/store'

/** How often an open page asks the server whether a new version was published. */
const UPDATE_CHECK_MS = 60 * 60 * 1000

let activateWaiting: ((reload?: boolean) => Promise<void>) | null = null
/** Set once "Reload to update" has been pressed and the reload is waiting for the new version to take control. */
let reloadRequested = false

/** Registers the service worker unless this page already did. */
export function startServiceWorker(): void {
  if (activateWaiting) return
  const store = useAppStore.getState()
  activateWaiting = registerSW({
    // "works offline" only once the body on screen is in the worker's cache too
    onOfflineReady: () =>
      void keepShownBody().then(
        (kept) => kept && store.setOfflineReady(true),
        () => undefined,
      ),
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
 * The bodies are not precached (a visit downloads only the body it shows): the worker's runtime cache keeps a body
 * fetched through it. The first body was fetched before the worker controlled the page, so it is fetched again,
 * through the worker, once it does. True once that body is in the cache.
 */
async function keepShownBody(): Promise<boolean> {
  const container = navigator.serviceWorker
  if (!container.controller) {
    await new Promise<void>((resolve) => container.addEventListener('controllerchange', () => resolve(), { once: true }))
  }
  const url = new URL(BUILT_IN_BODIES[useViewer.getState().body].url, window.location.href).href
  if (!(await caches.match(url))) await (await fetch(url)).arrayBuffer()
  // the worker stores the response while the page reads it: wait for the entry (up to 10 s)
  for (let i = 0; i < 100; i++) {
    if (await caches.match(url)) return true
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return false
}

/**
 * Lets the waiting version take over, then reloads once it controls the page. The reload is ours: the
 * registration helper reloads only when the page already had a service worker when it registered, not on
 * a first visit during which a new version was published.
 */
export function reloadToUpdate(): void {
  // one listener however often the button is pressed
  if (!reloadRequested) {
    reloadRequested = true
    navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true })
  }
  void activateWaiting?.(true)
}
