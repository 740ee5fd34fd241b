// Registers the service worker (offline use, see vite.config.ts) and says when something changed: once,
// that the atlas now works offline; and when a new version has been downloaded, "Reload to update". The
// new version only takes over when the user chooses it, so the page never runs half old, half new code.
// Shown inside the notices' polite status region.
/// <reference types="vite-plugin-pwa/react" />
import { useEffect } from 'react'
import { useRegisterSW } from 'virtual:pwa-register/react'

/** How often an open page asks the server whether a new version was published. */
const UPDATE_CHECK_MS = 60 * 60 * 1000
/** The "works offline" note is good news, not a task: it goes away by itself. */
const OFFLINE_NOTE_MS = 10_000

/**
 * Lets the waiting version take over, then reloads once it controls the page. The reload is ours: the
 * registration helper reloads only when the page already had a service worker when it registered, not on
 * a first visit during which a new version was published.
 */
function reloadToUpdate(activateWaiting: (reload?: boolean) => Promise<void>): void {
  let reloading = false
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloading) return
    reloading = true
    window.location.reload()
  })
  void activateWaiting(true)
}

export function UpdatePrompt(): React.JSX.Element | null {
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW(_url, registration) {
      if (!registration) return
      const check = (): void => {
        if (navigator.onLine) void registration.update().catch(() => undefined)
      }
      setInterval(check, UPDATE_CHECK_MS)
      window.addEventListener('online', check)
    },
  })
  useEffect(() => {
    if (!offlineReady) return
    const timer = setTimeout(() => setOfflineReady(false), OFFLINE_NOTE_MS)
    return () => clearTimeout(timer)
  }, [offlineReady, setOfflineReady])
  if (needRefresh) {
    return (
      <div className="update-prompt notice">
        <p>A new version of the atlas is ready. Reload to update; your selection and view are kept in the address.</p>
        <button type="button" onClick={() => reloadToUpdate(updateServiceWorker)}>
          Reload to update
        </button>
        <button type="button" onClick={() => setNeedRefresh(false)}>
          Later
        </button>
      </div>
    )
  }
  if (offlineReady) {
    // clicks pass through the note (not its close button) to the body below: it never blocks the view
    return (
      <div className="update-prompt notice offline-note">
        <p>The atlas is saved on this device and now works offline.</p>
        <button type="button" onClick={() => setOfflineReady(false)} aria-label="Dismiss offline message">
          ×
        </button>
      </div>
    )
  }
  return null
}
