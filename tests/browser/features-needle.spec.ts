// [5] Needling safety: pushing the needle at an upper trapezius trigger point past the margin turns the
// warning amber, then red, and red comes before the tip reaches the pleura on the model's path.
import { expect, test } from '@playwright/test'
import { control, openFeatureApp } from './features-helpers'

test('warns red before the simulated needle reaches the pleura (upper trapezius)', async ({ page }) => {
  await openFeatureApp(page, '?sel=upper-trapezius.right&view=posterior')
  await control(page, 'Needling').click()
  const tab = page.getByTestId('needling-tab')
  await expect(tab.getByTestId('needle-warning')).toBeVisible({ timeout: 30_000 })
  await tab.getByLabel('Needle length').selectOption('75')
  await expect(tab).not.toContainText(/\bsafe\b/i)

  const slider = tab.getByRole('slider', { name: /Needle depth/ })
  await slider.focus()
  let sawAmber = false
  let redAtMm: number | null = null
  for (let i = 0; i < 160 && redAtMm === null; i++) {
    await page.keyboard.press('ArrowRight')
    const level = await tab.getByTestId('needle-warning').getAttribute('data-level')
    if (level === 'amber') sawAmber = true
    if (level === 'red') redAtMm = Number(await slider.inputValue())
  }
  expect(sawAmber).toBe(true)
  expect(redAtMm).not.toBeNull()
  const pleuraText = await tab.getByTestId('model-pleura-mm').textContent()
  // The atlas's default path at this trigger point meets the model's pleura (data/atlas/upper-trapezius.json).
  const pleura = /([\d.]+) mm/.exec(pleuraText ?? '')
  expect(pleura, `model pleura depth shown: ${pleuraText}`).not.toBeNull()
  expect(redAtMm!).toBeLessThan(Number(pleura![1]))
  // The published figures are shown with the recommended maximum and margin; red comes at the maximum at the latest.
  await expect(tab.getByTestId('pleura-site')).toContainText('KEARNS-2022')
  await expect(tab.getByTestId('recommended-max')).toHaveText(/\d+ mm/)
  const recommendedMaxMm = Number(/(\d+)/.exec((await tab.getByTestId('recommended-max').textContent()) ?? '')![1])
  expect(redAtMm!).toBeLessThanOrEqual(recommendedMaxMm)
  await expect(tab.getByTestId('margin')).toHaveText(/\d+ mm/)
  await expect(tab.getByTestId('contraindications')).toBeVisible()
  await expect(tab).not.toContainText(/\bsafe\b/i)
})
