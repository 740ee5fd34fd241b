// The atlas muscles of the deep calf, the back of the knee and the sole can be picked in the 3D view on both sides,
// and picking one shows its details and its trigger point with the referred-pain zone legend.
import { expect, test } from '@playwright/test'
import { openApp, pagePointOf } from './helpers/app'

const CASES: { id: string; name: string; query: string }[] = [
  { id: 'popliteus', name: 'Popliteus', query: '?view=posterior&hide=skin,superficial' },
  { id: 'tibialis-posterior', name: 'Tibialis posterior', query: '?view=anterior&hide=skin,superficial,bones' },
  { id: 'abductor-hallucis', name: 'Abductor hallucis', query: '?view=right&hide=skin' },
  { id: 'quadratus-plantae', name: 'Quadratus plantae', query: '?view=right&hide=skin,superficial,bones' },
]

for (const c of CASES) {
  for (const side of ['left', 'right'] as const) {
    test(`${c.name} (${side}) can be picked in the 3D view and shows its trigger point and zones`, async ({ page }) => {
      // the medial side of each foot faces the other foot: look at the left foot from the right and vice versa
      await openApp(page, side === 'right' ? c.query.replace('view=right', 'view=left') : c.query)
      const label = `${c.name} (${side})`
      const point = await pagePointOf(page, `${c.id}.${side}`)
      expect(point, `${c.id}.${side} should be visible and pickable`).not.toBeNull()
      await page.mouse.click(point!.x, point!.y)
      await expect(page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 })).toHaveText(label)
      await page.getByRole('tab', { name: 'Trigger points' }).click()
      await expect(page.getByTestId('trigger-points-tab')).toContainText(c.name)
      await expect(page.getByTestId('zone-legend')).toContainText('essential zone')
    })
  }
}
