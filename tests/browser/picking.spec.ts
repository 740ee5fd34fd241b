// Picking in the 3D view: hover names a structure, a click on a known screen point selects the expected muscle,
// and the BVH-accelerated pick agrees with the plain raycast. The tests share one loaded page
// (helpers/sharedApp.ts).
import { pagePointOf, waitIdle } from './helpers/app'
import { expect, test } from './helpers/sharedApp'

const MUSCLE = 'pectoralis-major.left'
const LABEL = 'Pectoralis major (left)'

test('clicking a known screen point selects the expected muscle', async ({ app: page }) => {
  const point = await pagePointOf(page, MUSCLE)
  expect(point, `${MUSCLE} should be visible in the anterior view`).not.toBeNull()

  // Hover names it before any click.
  await page.mouse.move(point!.x, point!.y)
  await expect(page.locator('.label-hover')).toHaveText(LABEL)

  await page.mouse.click(point!.x, point!.y)
  const details = page.getByRole('region', { name: 'Details' })
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(LABEL)
  // The list follows the scene.
  await expect(page.getByRole('option', { name: new RegExp(`^${LABEL.replace(/[()]/g, '\\$&')}`) })).toHaveAttribute(
    'aria-selected',
    'true',
  )
  // A click on empty background clears the selection.
  const box = (await page.locator('canvas').boundingBox())!
  await page.mouse.click(box.x + 8, box.y + box.height - 8)
  await expect(details).toContainText('Select a structure')
})

test('BVH picking and the plain raycast agree', async ({ app: page }) => {
  await page.waitForFunction(() => window.__tpa?.bvhReady === true, null, { polling: 100, timeout: 60_000 })
  await waitIdle(page)
  const result = await page.evaluate(() => {
    const out: { fast: string | null; naive: string | null }[] = []
    for (let y = -0.9; y <= 0.9; y += 0.15) {
      for (let x = -0.5; x <= 0.5; x += 0.1) {
        out.push({ fast: window.__tpa!.pick(x, y), naive: window.__tpa!.pick(x, y, { naive: true }) })
      }
    }
    return out
  })
  const hits = result.filter((r) => r.naive !== null)
  expect(hits.length).toBeGreaterThan(10)
  const disagreements = result.filter((r) => r.fast !== r.naive)
  expect(disagreements).toEqual([])
})
