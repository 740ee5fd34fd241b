// One app page shared by the browser tests that need no link, no failing download and no opened file of their own
// (the per-muscle specs, layers, search, picking, needling, evidence). Loading the app (the model, its bounds trees,
// the shaders) is several seconds of such a test on software WebGL, so a worker loads the page once and puts it back
// in its opening state before each test: the scene state it opened with (camera, layers, selection, hidden and
// isolated structures, needle, build, mode), applied through the app's own scene-state hook, both side panels open,
// an empty structure search and the Details tab. A test then reaches its starting view as a student would, with the
// view buttons, the layer switches and the structure list. A failed test ends its worker, so the test after it
// starts on a freshly loaded page.
import { test as base, expect, type Page } from '@playwright/test'
import { openApp, waitIdle } from './app'

interface SharedApp {
  page: Page
  /** The scene state the app showed once loaded with no link. */
  opening: unknown
}

export const test = base.extend<{ app: Page; pageErrors: string[] }, { sharedApp: SharedApp }>({
  sharedApp: [
    async ({ browser }, use, workerInfo) => {
      const { baseURL, viewport, reducedMotion, serviceWorkers } = workerInfo.project.use
      const context = await browser.newContext({ baseURL, viewport, reducedMotion, serviceWorkers })
      const page = await context.newPage()
      await openApp(page)
      const opening = await page.evaluate(() => window.__tpa!.sceneState!())
      await use({ page, opening })
      await context.close()
    },
    { scope: 'worker' },
  ],
  app: async ({ sharedApp }, use) => {
    const { page, opening } = sharedApp
    expect(await page.evaluate((s) => window.__tpa!.applySceneState!(s), opening)).toEqual([])
    // both side panels open (the header's Structures and Details buttons fold them)
    for (const panel of ['Structures', 'Details']) {
      const toggle = page.getByRole('banner').getByRole('button', { name: panel, exact: true })
      if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click()
      await expect(toggle).toHaveAttribute('aria-expanded', 'true')
    }
    await page.getByRole('searchbox', { name: 'Search structures' }).fill('')
    await page.getByRole('tab', { name: 'Details', exact: true }).click()
    await expect(page.getByRole('region', { name: 'Details' })).toContainText('Select a structure')
    await waitIdle(page)
    await use(page)
  },
  /** Errors thrown in the page while the test runs. */
  pageErrors: async ({ app }, use) => {
    const errors: string[] = []
    const onError = (e: Error): void => {
      errors.push(e.message)
    }
    app.on('pageerror', onError)
    await use(errors)
    app.off('pageerror', onError)
  },
})

export { expect }

/** The view button for a view id of a link (`?view=left`): the same camera as the link gives. */
export async function showView(page: Page, view: 'anterior' | 'posterior' | 'left' | 'right'): Promise<void> {
  await page.getByRole('button', { name: view[0]!.toUpperCase() + view.slice(1), exact: true }).click()
  await waitIdle(page)
}

/** Switches layers off with their switches in the Layers panel, as a student peels the body. */
export async function hideLayers(page: Page, labels: readonly string[]): Promise<void> {
  for (const label of labels) {
    const layer = page.getByRole('switch', { name: label, exact: true })
    await expect(layer).toBeChecked()
    await layer.click()
    await expect(layer).not.toBeChecked()
  }
  await waitIdle(page)
}

/** Chooses a structure in the structure list, as a student does: a word in the search box, then its option. */
export async function chooseInList(page: Page, query: string, label: string): Promise<void> {
  await page.getByRole('searchbox', { name: 'Search structures' }).fill(query)
  const option = page.getByRole('option', { name: new RegExp(`^${label.replace(/[()]/g, '\\$&')}`) })
  await option.click()
  await expect(option).toHaveAttribute('aria-selected', 'true')
}
