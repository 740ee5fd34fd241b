// [6] Patient mode: painting over the temple lists upper trapezius; a saved map survives a reload; a corrupt
// saved map is reported while the others still load; no request leaves the app's origin; the Front/Back toggle
// follows the camera.
import { expect, test, type Page } from '@playwright/test'
import { control, landmarkOnPage, openFeatureApp, paintStrokeAround } from './features-helpers'
import { waitReady } from './helpers/app'

async function enterPatientMode(page: Page): Promise<void> {
  await control(page, 'Patient').click()
  await expect(page.getByTestId('patient-panel')).toBeVisible({ timeout: 30_000 })
  await expect(page.getByTestId('not-a-diagnosis')).toBeVisible()
}

test('painting over the temple lists upper trapezius; the map survives a reload; nothing leaves the origin', async ({ page, baseURL }) => {
  const offOrigin: string[] = []
  page.on('request', (r) => {
    const url = r.url()
    if (!url.startsWith(baseURL!) && !url.startsWith('data:') && !url.startsWith('blob:')) offOrigin.push(url)
  })
  await openFeatureApp(page, '?view=right')
  await enterPatientMode(page)
  // a dab over the temple alone: the medium brush's 3.5 cm also reaches the lateral end of the eyebrow, which the temple
  // landmark lies 3 cm behind, and a map of temple and eyebrow pain ranks the muscles that explain both first
  await page.getByRole('button', { name: 'Small brush' }).click()
  await paintStrokeAround(page, await landmarkOnPage(page, 'temple.right'), 6)
  const ranked = page.getByTestId('ranked-muscles')
  await expect(ranked.locator('li').filter({ hasText: 'Upper trapezius' })).toBeVisible({ timeout: 15_000 })
  const topThree = await ranked.locator('li').evaluateAll((items) => items.slice(0, 3).map((li) => li.getAttribute('data-muscle')))
  expect(topThree).toContain('upper-trapezius')

  // the map is saved shortly after painting: wait until it is listed (saved) before reloading
  await expect(page.getByLabel('Open pain map')).not.toHaveValue('', { timeout: 15_000 })
  await page.waitForTimeout(300)
  await page.reload()
  await waitReady(page)
  await enterPatientMode(page)
  await expect(page.getByLabel('Open pain map')).not.toHaveValue('')
  await expect(page.getByTestId('ranked-muscles').locator('li').filter({ hasText: 'Upper trapezius' })).toBeVisible({ timeout: 30_000 })

  // A picture of the body for the therapist: downloaded and shown in the panel for printing.
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Save picture (PNG)' }).click()
  expect((await download).suggestedFilename()).toMatch(/\.png$/)
  const src = await page.getByTestId('patient-panel').locator('figure img').getAttribute('src')
  expect(src?.startsWith('data:image/png')).toBe(true)
  expect(src!.length).toBeGreaterThan(5000)
  expect(offOrigin).toEqual([])
})

test('a corrupt saved map is reported and the other maps still load', async ({ page }) => {
  await openFeatureApp(page)
  await enterPatientMode(page)
  await page.getByLabel('Name of a new pain map').fill('Heel pain')
  await page.getByRole('button', { name: 'New map' }).click()
  await expect(page.getByLabel('Open pain map').locator('option', { hasText: 'Heel pain' })).toHaveCount(1)
  // Damage the store behind the app's back: a record with the wrong shape.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('trigger-point-atlas')
        open.onsuccess = () => {
          const tx = open.result.transaction('pain-maps', 'readwrite')
          tx.objectStore('pain-maps').put({ format: 'trigger-point-atlas/pain-map', version: 1, id: 'broken', name: 7 }, 'broken')
          tx.oncomplete = () => resolve()
          tx.onerror = () => reject(tx.error)
        }
        open.onerror = () => reject(open.error)
      }),
  )
  await page.reload()
  await waitReady(page)
  await enterPatientMode(page)
  await expect(page.getByTestId('storage-problems')).toContainText('saved map "broken"')
  await expect(page.getByLabel('Open pain map').locator('option', { hasText: 'Heel pain' })).toHaveCount(1)
})

test('the Front/Back toggle shows the side the camera looks at, also when a link opens from behind or the side', async ({ page }) => {
  const turn = page.getByRole('group', { name: 'Turn the body' })
  const front = turn.getByRole('button', { name: 'Front' })
  const back = turn.getByRole('button', { name: 'Back' })
  const opened = async (query: string) => {
    await openFeatureApp(page, query)
    await expect(page.getByTestId('patient-panel')).toBeVisible({ timeout: 30_000 })
  }

  await opened('?mode=patient&view=posterior')
  await expect(back).toHaveAttribute('aria-pressed', 'true')
  await expect(front).toHaveAttribute('aria-pressed', 'false')
  await front.click()
  await expect(front).toHaveAttribute('aria-pressed', 'true')
  await expect(back).toHaveAttribute('aria-pressed', 'false')

  // an exact pose from behind and to the patient's left, 45° round
  await opened('?mode=patient&cam=0.9,1.2,-0.9,0,1.1,0')
  await expect(back).toHaveAttribute('aria-pressed', 'true')
  await expect(front).toHaveAttribute('aria-pressed', 'false')

  await opened('?mode=patient&view=left')
  await expect(back).toHaveAttribute('aria-pressed', 'false')
  await expect(front).toHaveAttribute('aria-pressed', 'false')
})
