// The jaw, neck and chest-wall muscles (lateral and medial pterygoid, digastric, semispinalis capitis, serratus
// posterior superior, sternalis) on both sides: found in the structure list, their trigger points and zones shown,
// one mark per atlas trigger point, and, shown on their own (Isolate), picked by a click in the 3D view. A screenshot
// of each muscle with its zone is written to /tmp for review (SCREENSHOT_DIR overrides it). The tests share one loaded
// page (helpers/sharedApp.ts).
import { control } from './features-helpers'
import { pagePointOf, waitIdle } from './helpers/app'
import { expect, test } from './helpers/sharedApp'

const SHOTS = process.env.SCREENSHOT_DIR ?? '/tmp'

const MUSCLES = [
  { id: 'lateral-pterygoid', name: 'Lateral pterygoid', view: 'side' },
  { id: 'medial-pterygoid', name: 'Medial pterygoid', view: 'side' },
  { id: 'digastric', name: 'Digastric', view: 'side' },
  { id: 'semispinalis-capitis', name: 'Semispinalis capitis', view: 'Posterior' },
  { id: 'serratus-posterior-superior', name: 'Serratus posterior superior', view: 'Posterior' },
  { id: 'sternalis', name: 'Sternalis', view: 'Anterior' },
] as const

for (const m of MUSCLES) {
  for (const side of ['left', 'right'] as const) {
    test(`${m.name} (${side}): listed, trigger points and zone shown, picked in the 3D view`, async ({ app: page, pageErrors }) => {
      await control(page, 'Trigger points').click()
      const label = `${m.name} (${side})`
      await page.getByRole('searchbox', { name: 'Search structures' }).fill(m.name.toLowerCase())
      await page.getByRole('option', { name: new RegExp(`^${label.replace(/[()]/g, '\\$&')}`) }).click()

      const panel = page.getByRole('tabpanel', { name: 'Trigger points' })
      await expect(panel.getByRole('heading', { level: 2 })).toHaveText(label)
      await expect(page.getByTestId('trigger-points-tab')).toContainText(m.name)
      await expect(page.getByTestId('zone-legend')).toBeVisible()
      await expect(page.getByTestId('zone-legend')).toContainText('essential zone')
      const countText = await page
        .getByTestId('trigger-points-tab')
        .getByText(/trigger points? in the atlas/)
        .textContent()
      const atlasCount = Number(/(\d+)/.exec(countText ?? '')![1])
      expect(atlasCount).toBeGreaterThan(0)
      await page.waitForFunction((n) => (window.__tpa as unknown as { triggerPointMarks?: number }).triggerPointMarks === n, atlasCount, {
        timeout: 30_000,
      })

      const view = m.view === 'side' ? (side === 'left' ? 'Left' : 'Right') : m.view
      await page.getByRole('button', { name: view, exact: true }).click()
      await waitIdle(page)
      if (side === 'left') await page.screenshot({ path: `${SHOTS}/muscle-${m.id}-${side}.png` })

      // Shown on its own, the muscle is on screen and a click on it selects it again.
      await page.getByRole('button', { name: 'Isolate', exact: true }).click()
      await page.getByRole('button', { name: 'Reset view' }).click()
      await waitIdle(page)
      const node = `${m.id}.${side}`
      await page.getByRole('button', { name: view, exact: true }).click()
      const point = await pagePointOf(page, node)
      expect(point, `${node} is on screen when isolated`).not.toBeNull()
      const box = (await page.locator('canvas').boundingBox())!
      await page.mouse.click(box.x + 8, box.y + box.height - 8)
      await expect(panel.getByRole('heading', { level: 2, name: label })).toHaveCount(0)
      await page.mouse.click(point!.x, point!.y)
      await expect(panel.getByRole('heading', { level: 2 })).toHaveText(label)
      expect(pageErrors).toEqual([])
    })
  }
}
