// [4] Trigger points and referred pain on the body: selecting upper trapezius paints its zone on the skin
// (temple and posterolateral neck change colour, the heel does not), draws one mark per atlas trigger point,
// and shows the legend. The test runs on the shared loaded page (helpers/sharedApp.ts).
import { canvasPng, colourDistance, control, landmarkOnPage, meanColour } from './features-helpers'
import { waitIdle } from './helpers/app'
import { expect, test } from './helpers/sharedApp'

test('selecting upper trapezius paints its zone on the temple and neck, not the heel; marks equal the atlas count', async ({
  app: page,
  pageErrors: errors,
}) => {
  // Seen from the right side, so the right temple, the neck and the right heel are all in view.
  await control(page, 'Trigger points').click()
  await page.getByRole('button', { name: 'Right', exact: true }).click()
  await waitIdle(page)
  const temple = await landmarkOnPage(page, 'temple.right')
  const mastoid = await landmarkOnPage(page, 'mastoid-process.right')
  const heel = await landmarkOnPage(page, 'calcaneus.right')
  const before = await canvasPng(page)

  await page.getByRole('searchbox', { name: 'Search structures' }).fill('upper trapezius')
  await page.getByRole('option', { name: /^Upper trapezius \(right\)/ }).click()
  await expect(page.getByTestId('trigger-points-tab')).toContainText('Upper trapezius')
  await expect(page.getByTestId('zone-legend')).toBeVisible()
  await expect(page.getByTestId('zone-legend')).toContainText('essential zone')
  await expect(page.getByTestId('zone-legend')).toContainText('spillover zone')

  const countText = await page
    .getByTestId('trigger-points-tab')
    .getByText(/trigger points? in the atlas/)
    .textContent()
  const atlasCount = Number(/(\d+)/.exec(countText ?? '')![1])
  await page.waitForFunction((n) => (window.__tpa as unknown as { triggerPointMarks?: number }).triggerPointMarks === n, atlasCount, {
    timeout: 30_000,
  })
  expect(await page.evaluate(() => (window.__tpa as unknown as { triggerPointMarks?: number }).triggerPointMarks)).toBe(atlasCount)

  // Frame the same view again (selecting may have moved the camera) before comparing pixels.
  await page.getByRole('button', { name: 'Right', exact: true }).click()
  await waitIdle(page)
  const templeAfter = await landmarkOnPage(page, 'temple.right')
  const mastoidAfter = await landmarkOnPage(page, 'mastoid-process.right')
  const heelAfter = await landmarkOnPage(page, 'calcaneus.right')
  expect(Math.abs(templeAfter.x - temple.x) + Math.abs(templeAfter.y - temple.y)).toBeLessThan(3)
  const after = await canvasPng(page)

  expect(colourDistance(meanColour(before, temple), meanColour(after, templeAfter))).toBeGreaterThan(40)
  expect(colourDistance(meanColour(before, mastoid), meanColour(after, mastoidAfter))).toBeGreaterThan(40)
  expect(colourDistance(meanColour(before, heel), meanColour(after, heelAfter))).toBeLessThan(15)
  expect(errors).toEqual([])
})
