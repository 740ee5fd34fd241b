// A part whose code cannot be downloaded (network gone, or a new version published since the page was
// opened) is replaced by a message naming the cause, with Retry and Reload; the header, the structure list
// and the other parts keep working, and Retry loads the part once its code can be fetched again.
import { expect, test, type Page } from '@playwright/test'
import { waitReady } from './helpers/app'

// Without a service worker, so that the routes below see (and refuse) the chunk requests.
test.use({ serviceWorkers: 'block' })

async function refuseChunk(page: Page, name: string): Promise<() => Promise<void>> {
  const pattern = new RegExp(`/assets/${name}-[\\w-]+\\.js$`)
  const refused: string[] = []
  const handler = (route: import('@playwright/test').Route): Promise<void> => {
    refused.push(route.request().url())
    return route.abort('internetdisconnected')
  }
  await page.route(pattern, handler)
  return async () => {
    expect(refused.length, `a request for the ${name} chunk was refused`).toBeGreaterThan(0)
    await page.unroute(pattern, handler)
  }
}

async function expectRestOfAppWorks(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Trigger Point Atlas' })).toBeVisible()
  if (!(await page.getByRole('searchbox', { name: 'Search structures' }).isVisible())) {
    await page.getByRole('button', { name: 'Structures' }).click()
  }
  await page.getByRole('searchbox', { name: 'Search structures' }).fill('soleus')
  await expect(page.getByRole('option', { name: /Soleus \(right\)/ })).toBeVisible()
  await page.getByRole('searchbox', { name: 'Search structures' }).fill('')
}

test('patient mode whose code cannot be downloaded says why, offers Retry, and loads on Retry', async ({ page }) => {
  const allow = await refuseChunk(page, 'PatientPanelContent')
  await page.goto('/')
  await waitReady(page)
  await page.getByRole('radio', { name: 'Patient', exact: true }).check()
  const alert = page.getByRole('alert').filter({ hasText: 'Could not load the patient mode' })
  await expect(alert).toBeVisible()
  await expect(alert).toContainText(/network connection dropped, or a new version/)
  await expect(alert.getByRole('button', { name: 'Reload page' })).toBeVisible()
  await page.screenshot({ path: '/tmp/pwa-error-patient.png' })
  await expectRestOfAppWorks(page)
  expect(await page.evaluate(() => window.__tpa?.ready)).toBe(true)

  await allow()
  await alert.getByRole('button', { name: 'Retry' }).click()
  await expect(page.getByTestId('patient-panel')).toBeVisible({ timeout: 30_000 })
  await expect(alert).toHaveCount(0)
})

test('the Needling tab whose code cannot be downloaded says why; Details and the list still work; Retry loads it', async ({ page }) => {
  const allow = await refuseChunk(page, 'NeedlingTabContent')
  await page.goto('/?sel=upper-trapezius.right&view=posterior')
  await waitReady(page)
  await page.getByRole('tab', { name: 'Needling', exact: true }).click()
  const alert = page.getByRole('alert').filter({ hasText: 'Could not load the needle simulator' })
  await expect(alert).toBeVisible()
  await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible()
  await page.screenshot({ path: '/tmp/pwa-error-needling.png' })
  await page.getByRole('tab', { name: 'Details', exact: true }).click()
  await expect(page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 })).toContainText('Upper trapezius')
  await expectRestOfAppWorks(page)

  await allow()
  await page.getByRole('tab', { name: 'Needling', exact: true }).click()
  await page.getByRole('alert').filter({ hasText: 'Could not load the needle simulator' }).getByRole('button', { name: 'Retry' }).click()
  await expect(page.getByTestId('needling-tab').getByTestId('needle-warning')).toBeVisible({ timeout: 30_000 })
})

test('a 3D view whose code cannot be downloaded leaves the header and the structure list usable; Retry draws the body', async ({
  page,
}) => {
  const allow = await refuseChunk(page, 'Viewport')
  await page.goto('/')
  const alert = page.getByRole('alert').filter({ hasText: 'Could not load the 3D view' })
  await expect(alert).toBeVisible({ timeout: 30_000 })
  await expect(alert).toContainText(/new version of the atlas was published/)
  await page.screenshot({ path: '/tmp/pwa-error-3d-view.png' })
  await expect(page.getByRole('radio', { name: 'Study', exact: true })).toBeChecked()
  await expect(page.getByRole('button', { name: 'Open atlas…' })).toBeVisible()

  await allow()
  await alert.getByRole('button', { name: 'Retry' }).click()
  await waitReady(page)
  expect(await page.evaluate(() => window.__tpa?.triangles ?? 0)).toBeGreaterThan(1000)
  await expect(alert).toHaveCount(0)
})

test('the structure list whose code cannot be downloaded says why while the body is drawn; Retry loads it', async ({ page }) => {
  const allow = await refuseChunk(page, 'StructureBrowser')
  await page.goto('/')
  await waitReady(page)
  const alert = page.getByRole('alert').filter({ hasText: 'Could not load the structure list' })
  await expect(alert).toBeVisible()
  await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible()
  expect(await page.evaluate(() => window.__tpa?.triangles ?? 0)).toBeGreaterThan(1000)
  await expect(page.getByRole('tab', { name: 'Details', exact: true })).toBeVisible()

  await allow()
  await alert.getByRole('button', { name: 'Retry' }).click()
  await page.getByRole('searchbox', { name: 'Search structures' }).fill('soleus')
  await expect(page.getByRole('option', { name: /Soleus \(right\)/ })).toBeVisible()
  await expect(alert).toHaveCount(0)
})

for (const chunk of ['atlasOpen', 'openFile']) {
  test(`"Open atlas…" whose steps (${chunk}) cannot be downloaded says so instead of doing nothing`, async ({ page }) => {
    const allow = await refuseChunk(page, chunk)
    await page.goto('/')
    await waitReady(page)
    const file = { name: 'my-atlas.json', mimeType: 'application/json', buffer: Buffer.from('{"muscles": []}') }
    await page.getByLabel('Open atlas file (.json)').setInputFiles(file)
    const alert = page.getByRole('alert').filter({ hasText: 'Could not open "my-atlas.json"' })
    await expect(alert).toBeVisible()
    await expect(alert).toContainText(/could not be downloaded/)
    await expect(alert).toContainText('The atlas on screen is unchanged.')

    await allow()
    await page.getByLabel('Open atlas file (.json)').setInputFiles(file)
    await expect(page.getByRole('dialog', { name: /Open atlas/ })).toBeVisible()
  })
}

test('trigger-point marks whose code cannot be downloaded are reported on the page while the body stays drawn', async ({ page }) => {
  const allow = await refuseChunk(page, 'FeatureScene')
  await page.goto('/?sel=upper-trapezius.right')
  await waitReady(page)
  const alert = page.getByRole('alert').filter({ hasText: 'Could not load trigger-point marks and pain zones' })
  await expect(alert).toBeVisible({ timeout: 30_000 })
  await page.screenshot({ path: '/tmp/pwa-error-marks.png' })
  expect(await page.evaluate(() => window.__tpa?.triangles ?? 0)).toBeGreaterThan(1000)
  await expect(page.locator('canvas')).toBeVisible()

  await allow()
  await alert.getByRole('button', { name: 'Retry' }).click()
  await expect(alert).toHaveCount(0)
  await page.waitForFunction(() => ((window.__tpa as unknown as { triggerPointMarks?: number }).triggerPointMarks ?? 0) > 0, null, {
    timeout: 30_000,
  })
})

test('the atlas whose data cannot be downloaded: the Trigger points tab says why, and Retry fetches it again', async ({ page }) => {
  const allow = await refuseChunk(page, 'builtin')
  await page.goto('/?sel=soleus.right')
  await waitReady(page)
  await page.getByRole('tab', { name: 'Trigger points', exact: true }).click()
  const alert = page.getByRole('alert').filter({ hasText: 'Could not load the trigger points' })
  await expect(alert).toBeVisible({ timeout: 30_000 })
  await expectRestOfAppWorks(page)

  await allow()
  await alert.getByRole('button', { name: 'Retry' }).click()
  await expect(page.getByRole('group', { name: 'Trigger points of this muscle' }).getByRole('button').first()).toBeVisible({
    timeout: 30_000,
  })
  await expect(alert).toHaveCount(0)
  // the marks on the body needed the atlas too; their own Retry brings them
  const marks = page.getByRole('alert').filter({ hasText: 'trigger-point marks and pain zones' })
  await expect(marks).toHaveCount(1)
  await marks.getByRole('button', { name: 'Retry' }).click()
  await expect(marks).toHaveCount(0)
  await page.waitForFunction(() => ((window.__tpa as unknown as { triggerPointMarks?: number }).triggerPointMarks ?? 0) > 0, null, {
    timeout: 30_000,
  })
})
