// The atlas muscles of the deep calf, the back of the knee and the sole can be picked in the 3D view on both sides,
// and picking one shows its details and its trigger point with the referred-pain zone legend. The tests share one
// loaded page (helpers/sharedApp.ts) and reach each view with the view buttons and layer switches.
import { expect, hideLayers, showView, test } from './helpers/sharedApp'
import { pagePointOf } from './helpers/app'

type View = 'anterior' | 'posterior' | 'left' | 'right'

const CASES: { id: string; name: string; view: View; hide: string[] }[] = [
  { id: 'popliteus', name: 'Popliteus', view: 'posterior', hide: ['Skin', 'Superficial muscles'] },
  { id: 'tibialis-posterior', name: 'Tibialis posterior', view: 'anterior', hide: ['Skin', 'Superficial muscles', 'Bones'] },
  { id: 'abductor-hallucis', name: 'Abductor hallucis', view: 'right', hide: ['Skin'] },
  { id: 'quadratus-plantae', name: 'Quadratus plantae', view: 'right', hide: ['Skin', 'Superficial muscles', 'Bones'] },
]

for (const c of CASES) {
  for (const side of ['left', 'right'] as const) {
    test(`${c.name} (${side}) can be picked in the 3D view and shows its trigger point and zones`, async ({ app: page, pageErrors }) => {
      // the medial side of each foot faces the other foot: look at the left foot from the right and vice versa
      await showView(page, side === 'right' && c.view === 'right' ? 'left' : c.view)
      await hideLayers(page, c.hide)
      const label = `${c.name} (${side})`
      const point = await pagePointOf(page, `${c.id}.${side}`)
      expect(point, `${c.id}.${side} should be visible and pickable`).not.toBeNull()
      await page.mouse.click(point!.x, point!.y)
      await expect(page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 })).toHaveText(label)
      await page.getByRole('tab', { name: 'Trigger points' }).click()
      await expect(page.getByTestId('trigger-points-tab')).toContainText(c.name)
      await expect(page.getByTestId('zone-legend')).toContainText('essential zone')
      expect(pageErrors).toEqual([])
    })
  }
}
