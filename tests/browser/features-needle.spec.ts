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

test('shows the builds with their BMI ranges, the rule\'s maximum at the upper trapezius, and no maximum with the technique at the scalenes', async ({ page }) => {
  await openFeatureApp(page, '?sel=upper-trapezius.right&view=posterior')
  await control(page, 'Needling').click()
  const tab = page.getByTestId('needling-tab')
  await expect(tab.getByTestId('needle-warning')).toBeVisible({ timeout: 30_000 })
  for (const name of ['Underweight (BMI < 18.5)', 'Lean (BMI 18.5–22.9)', 'Average (BMI 23–24.9)', 'High BMI (BMI ≥ 25)']) {
    await expect(tab.getByRole('radio', { name })).toBeVisible()
  }
  await expect(tab.getByRole('radio', { name: 'Average (BMI 23–24.9)' })).toBeChecked()
  // SA-G: a 31 mm needle reached lung tissue; the rule keeps 10 mm shallower.
  await expect(tab.getByTestId('recommended-max')).toHaveText('21 mm')
  await expect(tab.getByTestId('pleura-site')).toContainText('SA-G (whole sample, not split by build): a 31 mm needle reached the pleura or lung')
  await tab.getByTestId('pleura-site').getByText('The rule and its inputs').click()
  await expect(tab.getByTestId('rule-inputs')).toContainText('mean without SD (context)')
  await page.screenshot({ path: '/tmp/needling-upper-trapezius-average.png' })
  await tab.getByTestId('pleura-site').screenshot({ path: '/tmp/needling-upper-trapezius-average-site.png' })

  // Underweight: GYER's 13 mm in a thin person leaves 3 mm, so no maximum.
  await tab.getByRole('radio', { name: 'Underweight (BMI < 18.5)' }).check()
  await expect(tab.getByTestId('recommended-max')).toHaveText('none')
  await expect(tab.getByTestId('no-maximum')).toContainText('GYER')

  await openFeatureApp(page, '?sel=scalenes.right&view=anterior')
  await control(page, 'Needling').click()
  const scalenes = page.getByTestId('needling-tab')
  await expect(scalenes.getByTestId('needle-warning')).toBeVisible({ timeout: 30_000 })
  await expect(scalenes.getByTestId('pleura-site')).toContainText('Supraclavicular fossa')
  await expect(scalenes.getByTestId('recommended-max')).toHaveText('none')
  await expect(scalenes.getByTestId('no-maximum')).toContainText('Perpendicular needling toward the chest is not taught at this site.')
  await expect(scalenes.getByTestId('no-maximum')).toContainText('Technique instead:')
  await expect(scalenes.getByTestId('needle-warning')).toContainText('not taught at this site')
  await expect(scalenes).not.toContainText(/\bsafe\b/i)
  await page.screenshot({ path: '/tmp/needling-scalenes.png' })
  await scalenes.getByTestId('pleura-site').screenshot({ path: '/tmp/needling-scalenes-site.png' })
})
