// Says when the service worker (src/app/serviceWorker.ts) changed something: once, that the atlas now works
// offline; and when a new version has been downloaded, "Reload to update". The new version only takes over when
// the user chooses it, so the page never runs half old, half new code. Shown inside the notices' polite status
// region.
/// <reference types="vite-plugin-pwa/client" />
import { useEffect } from 'react'
import { useAppStore } from '../store/appStore'
import { reloadToUpdate, startServiceWorker } from './serviceWorker'

/** The "works offline" note is good news, not a task: it goes away by itself. */
const OFFLINE_NOTE_MS = 10_000

export function UpdatePrompt(): React.JSX.Element | null {
  const offlineReady = useAppStore((s) => s.offlineReady)
  const updateWaiting = useAppStore((s) => s.updateWaiting)
  const setOfflineReady = useAppStore((s) => s.setOfflineReady)
  const setUpdateWaiting = useAppStore((s) => s.setUpdateWaiting)
  useEffect(startServiceWorker, [])
  useEffect(() => {
    if (!offlineReady) return
    const timer = setTimeout(() => setOfflineReady(false), OFFLINE_NOTE_MS)
    return () => clearTimeout(timer)
  }, [offlineReady, setOfflineReady])
  if (updateWaiting) {
    return (
      <div className="update-prompt notice">
        <p>A new version of the atlas is ready. Reload to update; your selection and view are kept in the address.</p>
        <button type="button" onClick={reloadToUpdate}>
          Reload to update
        </button>
        <button type="button" onClick={() => setUpdateWaiting(false)}>
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
