// The body's choice: a link opens the female body and downloads only it; the Body switch replaces the body on screen
// and keeps the selection; patient mode offers the same choice as the body chart; a bad `body` parameter is dropped
// with a notice and the male body is shown.
import { expect, test, type Page } from '@playwright/test'
import { openApp, waitReady } from './helpers/app'

/**
 * The .glb files the page asked for, by their built name (body-….glb or body-female-….glb). Fetches of the service
 * worker itself (precaching, or passing on a request it serves) are not the page's.
 */
function glbRequests(page: Page): string[] {
  const seen: string[] = []
  page.on('request', (r) => {
    if (r.serviceWorker()) return
    const name = new URL(r.url()).pathname.split('/').pop() ?? ''
    if (name.endsWith('.glb')) seen.push(name)
  })
  return seen
}

const isFemaleFile = (name: string): boolean => name.startsWith('body-female-')

/** Waits until the header names the body and the app has drawn it. */
async function bodyShown(page: Page, sex: 'male' | 'female'): Promise<void> {
  await expect(page.locator('.model-label')).toHaveText(`Built-in body (${sex})`, { timeout: 60_000 })
  await page.waitForFunction(() => !document.querySelector('.body-choice [role="status"]'), null, { timeout: 60_000 })
  await waitReady(page)
}

test('a link with body=female opens the female body and downloads only it', async ({ page }) => {
  const requested = glbRequests(page)
  await openApp(page, '?body=female')
  await bodyShown(page, 'female')
  const body = page.getByRole('group', { name: 'Body' })
  await expect(body.getByRole('radio', { name: 'Female' })).toBeChecked()
  await expect(body.getByRole('radio', { name: 'Male', exact: true })).not.toBeChecked()
  expect(requested.filter(isFemaleFile)).toHaveLength(1)
  expect(requested.filter((n) => !isFemaleFile(n))).toEqual([])
  expect(await page.evaluate(() => window.__tpa?.sceneState?.().body)).toBe('female')
  expect(new URL(page.url()).searchParams.get('body')).toBe('female')
})

test('the Body switch replaces the body on screen and keeps the selection', async ({ page }) => {
  const requested = glbRequests(page)
  await openApp(page, '?sel=upper-trapezius.left')
  await bodyShown(page, 'male')
  await expect(page.getByRole('heading', { name: /Upper trapezius/ }).first()).toBeVisible()
  await page.getByRole('group', { name: 'Body' }).getByRole('radio', { name: 'Female' }).check()
  await bodyShown(page, 'female')
  expect(requested.filter(isFemaleFile)).toHaveLength(1)
  expect(new URL(page.url()).searchParams.get('body')).toBe('female')
  expect(new URL(page.url()).searchParams.get('sel')).toBe('upper-trapezius.left')
  await expect(page.getByRole('heading', { name: /Upper trapezius/ }).first()).toBeVisible()
  // the selected muscle is on the new body: the view can find it on screen
  expect(await page.evaluate(() => window.__tpa?.screenPointOf?.('upper-trapezius.left') ?? null)).not.toBeNull()
  await page.getByRole('group', { name: 'Body' }).getByRole('radio', { name: 'Male', exact: true }).check()
  await bodyShown(page, 'male')
  expect(new URL(page.url()).searchParams.has('body')).toBe(false)
})

test('patient mode offers the body chart of either sex', async ({ page }) => {
  await openApp(page, '?mode=patient')
  const chart = page.getByRole('group', { name: 'Body chart' })
  await expect(chart).toBeVisible()
  await chart.getByRole('radio', { name: 'Female' }).check()
  await bodyShown(page, 'female')
  await expect(chart.getByRole('radio', { name: 'Female' })).toBeChecked()
  expect(await page.evaluate(() => window.__tpa?.sceneState?.().mode)).toBe('patient')
})

test('a body parameter that is neither male nor female is dropped with a notice naming it', async ({ page }) => {
  const requested = glbRequests(page)
  await openApp(page, '?body=giant')
  await bodyShown(page, 'male')
  await expect(page.getByText(/"body"/).first()).toBeVisible()
  expect(requested.filter(isFemaleFile)).toEqual([])
  expect(new URL(page.url()).searchParams.has('body')).toBe(false)
})

test('a pain map stays with the body it was painted on: switching puts it away, opening it brings its body back', async ({ page }) => {
  await openApp(page, '?mode=patient')
  const panel = page.getByTestId('patient-panel')
  await panel.getByText('Or tap a named area').click()
  const area = panel.locator('button[data-region]').first()
  const region = await area.getAttribute('data-region')
  await area.click()
  // the tap is saved as a new map shortly after
  await expect(panel.getByRole('button', { name: 'Delete this map' })).toBeVisible()
  const chooser = panel.getByLabel('Open pain map')
  const mapId = await chooser.inputValue()
  expect(mapId).not.toBe('')

  await panel.getByRole('group', { name: 'Body chart' }).getByRole('radio', { name: 'Female' }).check()
  await bodyShown(page, 'female')
  // put away, not lost: still listed, named with its body, and nothing of it is shown on this body
  await expect(chooser).toHaveValue('')
  await expect(chooser.locator(`option[value="${mapId}"]`)).toHaveText(/\(on the male body\)/)
  await expect(panel.locator(`button[data-region="${region}"]`).first()).toHaveAttribute('aria-pressed', 'false')

  await chooser.selectOption(mapId)
  await bodyShown(page, 'male')
  await expect(panel.getByRole('group', { name: 'Body chart' }).getByRole('radio', { name: 'Male', exact: true })).toBeChecked()
  await expect(panel.locator(`button[data-region="${region}"]`).first()).toHaveAttribute('aria-pressed', 'true')
  await expect(chooser.locator(`option[value="${mapId}"]`)).not.toHaveText(/on the/)
})
