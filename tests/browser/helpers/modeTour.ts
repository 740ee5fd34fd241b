// Opens every mode and tab of the app in turn (Patient, Present, Study, the Quiz tab, the Needling tab on
// the selected muscle) and checks that each one shows its content, not a failure message.
import { expect, type Page } from '@playwright/test'

export async function tourModes(page: Page): Promise<void> {
  const failure = page.locator('.part-failure')
  await page.getByRole('radio', { name: 'Patient', exact: true }).check()
  await expect(page.getByTestId('patient-panel')).toBeVisible({ timeout: 30_000 })
  await expect(page.getByTestId('not-a-diagnosis')).toBeVisible()

  await page.getByRole('radio', { name: 'Present', exact: true }).check()
  await expect(page.locator('.app.mode-present')).toBeVisible()
  await expect(page.locator('canvas')).toBeVisible()

  await page.getByRole('radio', { name: 'Study', exact: true }).check()
  await expect(page.getByRole('searchbox', { name: 'Search structures' })).toBeVisible()

  await page.getByRole('tab', { name: 'Quiz' }).click()
  await expect(page.getByRole('button', { name: 'Start quiz' })).toBeVisible()

  await page.getByRole('tab', { name: 'Needling', exact: true }).click()
  await expect(page.getByTestId('needling-tab').getByTestId('needle-warning')).toBeVisible({ timeout: 30_000 })

  await page.getByRole('tab', { name: 'Trigger points', exact: true }).click()
  await expect(page.getByRole('group', { name: 'Trigger points of this muscle' }).getByRole('button').first()).toBeVisible({
    timeout: 30_000,
  })
  await expect(failure).toHaveCount(0)
}
