// The Quiz tab as a student uses it: a highlighted muscle to name with no label giving it away, right and wrong
// answers scored; a referral pattern drawn on the body with its one trigger point marked; a nerve question.
import { expect, test, type Page } from '@playwright/test'
import { openFeatureApp } from './features-helpers'

async function rightAnswer(page: Page): Promise<string> {
  await page.waitForFunction(() => typeof window.__tpa?.quizAnswer === 'string', null, { polling: 50, timeout: 15_000 })
  return (await page.evaluate(() => window.__tpa!.quizAnswer!)) as string
}

test('name the highlighted muscle: labels stay hidden, right and wrong answers are scored', async ({ page }) => {
  await openFeatureApp(page)
  await page.getByRole('tab', { name: 'Quiz' }).click()
  await expect(page.getByRole('radio', { name: 'Name the highlighted muscle' })).toBeChecked()
  await page.getByRole('button', { name: 'Start quiz' }).click()
  const answers = page.getByRole('group', { name: 'Answers' }).getByRole('button')
  await expect(answers).toHaveCount(4)
  const right = await rightAnswer(page)
  await expect(answers.filter({ hasText: right })).toHaveCount(1)
  // nothing in the view names the muscle while the question is open, even when hovered or picked
  await page.waitForTimeout(800)
  await expect(page.locator('.label-selected')).toBeHidden()
  await expect(page.locator('.label-hover')).toBeHidden()
  await expect(page.getByRole('option', { selected: true })).toHaveCount(0)

  await answers.filter({ hasText: right }).click()
  await expect(page.getByText('Correct.')).toBeVisible()
  await expect(page.getByText('Score: 1 of 1')).toBeVisible()
  await expect(answers.filter({ hasText: right })).toBeDisabled()

  await page.getByRole('button', { name: 'Next question' }).click()
  const right2 = await rightAnswer(page)
  const wrong = answers.filter({ hasNotText: right2 }).first()
  await wrong.click()
  await expect(page.getByText('Not quite.')).toBeVisible()
  await expect(page.getByText(`It is ${right2}.`)).toBeVisible()
  await expect(page.getByText('Score: 1 of 2')).toBeVisible()
  await page.screenshot({ path: 'test-results/quiz-name-the-muscle.png' })

  // "Select …" hands the muscle to the study panels
  await page.getByRole('button', { name: `Select ${right2}` }).click()
  await page.getByRole('tab', { name: 'Details' }).click()
  await expect(page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 })).toContainText(right2)
})

test('which muscle refers pain here: one trigger point and its zones are drawn; a nerve question names the muscle', async ({ page }) => {
  await openFeatureApp(page)
  await page.getByRole('tab', { name: 'Quiz' }).click()
  await page.getByRole('radio', { name: 'Which muscle refers pain here?' }).check()
  await page.getByRole('button', { name: 'Start quiz' }).click()
  await expect(page.getByText('Which muscle has a trigger point (marked) that refers pain to the area shown?')).toBeVisible()
  const right = await rightAnswer(page)
  await page.waitForFunction(() => (window.__tpa as unknown as { triggerPointMarks?: number }).triggerPointMarks === 1, null, {
    polling: 100,
    timeout: 30_000,
  })
  await page.waitForFunction(
    () => ((window.__tpa as unknown as { zonePaintedVertices?: { essential: number } }).zonePaintedVertices?.essential ?? 0) > 0,
    null,
    { polling: 100, timeout: 30_000 },
  )
  await page.waitForTimeout(800)
  await expect(page.locator('.label-selected')).toBeHidden()
  await page.screenshot({ path: 'test-results/quiz-referral-pattern.png' })
  await page.getByRole('group', { name: 'Answers' }).getByRole('button', { name: right }).click()
  await expect(page.getByText('Correct.')).toBeVisible()

  await page.getByRole('radio', { name: 'Which nerve supplies it?' }).check()
  await expect(page.getByRole('region', { name: 'Question' })).toContainText(/Which nerve supplies (?!it\?).+\?/)
  await expect(page.getByRole('group', { name: 'Answers' }).getByRole('button')).toHaveCount(4)
  // leaving the tab clears the quiz's drawing
  await page.getByRole('tab', { name: 'Details' }).click()
  await page.waitForFunction(() => (window.__tpa as unknown as { triggerPointMarks?: number }).triggerPointMarks === 0, null, {
    polling: 100,
    timeout: 30_000,
  })
})
