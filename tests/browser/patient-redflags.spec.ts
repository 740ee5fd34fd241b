// Patient mode puts red flags before any muscle: painting the chest and marking the inner upper arm (a
// heart-attack pattern) shows the cardiac warning above the list, with what to do; a map over temple, heel and low back is
// answered per area. Screenshots of both go to test-results/, or to docs/ with TPA_DOCS_SHOTS=docs.
import { expect, test, type Page } from '@playwright/test'
import { control, landmarkOnPage, openFeatureApp, paintStrokeAround } from './features-helpers'

const SHOTS = process.env.TPA_DOCS_SHOTS ?? 'test-results'

async function enterPatientMode(page: Page): Promise<void> {
  await control(page, 'Patient').click()
  await expect(page.getByTestId('patient-panel')).toBeVisible({ timeout: 30_000 })
}

test('painting the chest and marking the inner upper arm shows the heart warning above the muscle list', async ({ page }) => {
  await openFeatureApp(page, '?view=anterior')
  await enterPatientMode(page)
  await page.getByRole('button', { name: 'Medium brush' }).click()
  await paintStrokeAround(page, await landmarkOnPage(page, 'nipple.left'), 5)
  // The inner upper arm faces the body and cannot be reached with the brush from the front: it is tapped by name.
  await page.getByTestId('patient-panel').getByText('Or tap a named area').click()
  await page.getByRole('button', { name: 'My left side' }).click()
  await page.getByRole('button', { name: 'Inner upper arm' }).click()

  const panel = page.getByTestId('patient-panel')
  const flags = panel.getByRole('region', { name: 'First: when to get help now' })
  await expect(flags).toBeVisible({ timeout: 15_000 })
  const heart = flags.locator('li[data-red-flag="chest-heart"]')
  await expect(heart).toContainText('Chest pain that could be your heart')
  await expect(heart).toContainText('Call the emergency number now')
  await expect(flags.getByTestId('red-flags-for-regions').locator('li').first()).toHaveAttribute('data-red-flag', 'chest-heart')
  await expect(flags.getByTestId('general-red-flags-line')).toContainText('Wherever the pain is')

  // The chest and inner arm were both painted: one area, and a muscle's line names both.
  const list = panel.getByTestId('ranked-muscles')
  await expect(list.locator('li').filter({ hasText: 'inner upper arm' }).first()).toBeVisible({ timeout: 15_000 })
  await expect(list.locator('li').filter({ hasText: 'chest' }).first()).toBeVisible()
  // Above the list: earlier in the page and higher on the screen.
  const before = await flags.evaluate(
    (box, first) => !!(box.compareDocumentPosition(first!) & Node.DOCUMENT_POSITION_FOLLOWING),
    await list.locator('li').first().elementHandle(),
  )
  expect(before).toBe(true)
  const flagBox = await flags.boundingBox()
  const firstMuscle = await list.locator('li').first().boundingBox()
  expect(flagBox!.y + flagBox!.height).toBeLessThanOrEqual(firstMuscle!.y)

  await expect(list.getByTestId('other-causes')).toHaveText('Pain here can also come from joints, nerves or organs.')
  await expect(panel).not.toContainText(/\bmatch(es)?\b/i)

  // The printed summary keeps the warning (the painting controls are left out of print).
  await page.emulateMedia({ media: 'print' })
  await expect(heart).toBeVisible()
  await expect(panel.getByRole('region', { name: 'Paint your pain' })).toBeHidden()
  await page.emulateMedia({ media: 'screen' })

  // A tall window so the picture shows the warning and the list below it together.
  await page.setViewportSize({ width: 1280, height: 1700 })
  await flags.evaluate((el) => el.scrollIntoView({ block: 'start' }))
  await page.waitForTimeout(500)
  await page.screenshot({ path: `${SHOTS}/patient-red-flags.png` })
})

test('a map over temple, heel and low back is answered per area, with its red flags first', async ({ page }) => {
  await openFeatureApp(page)
  await enterPatientMode(page)
  const panel = page.getByTestId('patient-panel')
  await panel.getByText('Or tap a named area').click()
  await panel.getByRole('button', { name: 'Temple (side of the forehead)' }).click()
  await panel.getByRole('button', { name: 'Lower back' }).click()
  await panel.getByRole('button', { name: 'Heel', exact: true }).click()

  const areas = panel.getByTestId('pain-area')
  await expect(areas).toHaveCount(3, { timeout: 15_000 })
  await expect(panel.getByTestId('ranked-muscles').getByRole('heading', { level: 4 })).toHaveText([
    'Your temple pain',
    'Your lower back pain',
    'Your heel pain',
  ])
  // soleus and the foot muscles all give the heel as their main zone
  const heel = panel.getByRole('region', { name: 'Your heel pain' }).locator('li')
  await expect(heel.filter({ hasText: 'Soleus' })).toHaveCount(1)
  await expect(heel.filter({ hasText: /Abductor hallucis|Quadratus plantae/ }).first()).toBeVisible()
  await expect(panel.getByRole('region', { name: 'Your lower back pain' }).locator('li').first()).toContainText(
    'Your lower back pain is in the area',
  )

  const flags = panel.getByRole('region', { name: 'First: when to get help now' })
  await expect(flags.locator('li[data-red-flag="back-cauda-equina"]')).toBeVisible()
  await expect(flags.locator('li[data-red-flag="head-temple-over-50"]')).toBeVisible()
  await expect(flags.locator('li[data-red-flag="chest-heart"]')).toHaveCount(0)

  await page.setViewportSize({ width: 1280, height: 1700 })
  await panel.getByTestId('ranked-muscles').evaluate((el) => el.scrollIntoView({ block: 'start' }))
  await page.waitForTimeout(500)
  await page.screenshot({ path: `${SHOTS}/patient-grouped-areas.png` })
})
