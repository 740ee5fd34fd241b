// The service worker's "now works offline" note shows for a few seconds only. On a cold machine it can
// come and go while the first page is still compiling its shaders, before a test could look for it, so
// a watcher installed before the page loads records that it was shown, and tests wait on that record.
import { expect, type Page } from '@playwright/test'

declare global {
  interface Window {
    __offlineNoteShown?: boolean
  }
}

/** Starts recording whether a status region ever said the atlas now works offline. Call before goto. */
export async function watchOfflineNote(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__offlineNoteShown = false
    const look = (): void => {
      for (const status of document.querySelectorAll('[role="status"]'))
        if (status.textContent?.includes('now works offline')) {
          window.__offlineNoteShown = true
          observer.disconnect()
          return
        }
    }
    const observer = new MutationObserver(look)
    observer.observe(document, { childList: true, subtree: true, characterData: true })
  })
}

/**
 * Waits until the note was shown (the precache is complete) and a service worker controls the page.
 * On failure, says how far the service worker got.
 */
export async function waitOfflineReady(page: Page): Promise<void> {
  const shown = await page
    .waitForFunction(() => window.__offlineNoteShown === true, null, { polling: 100, timeout: 120_000 })
    .then(() => true)
    .catch(() => false)
  if (!shown) {
    const worker = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration()
      if (!registration) return 'no registration'
      return ['installing', 'waiting', 'active'].map((slot) => `${slot}: ${registration[slot as 'active']?.state ?? 'none'}`).join(', ')
    })
    expect(shown, `"now works offline" was never shown (service worker ${worker})`).toBe(true)
  }
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 })
}
