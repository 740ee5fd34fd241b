// The atlas muscles of the elbow, forearm, thigh and front of the leg added with the muscles that change answers
// (supinator, brachioradialis, anconeus, adductor magnus, extensor digitorum longus, extensor hallucis longus): each can
// be picked in the 3D view on both sides, its details name it once (brachioradialis, adductor magnus and extensor
// digitorum longus were context muscles and keep one identity), and its trigger point and referral zone show.
// Screenshots of each muscle highlighted with its zone go to /tmp for review. The tests share one loaded page
// (helpers/sharedApp.ts) and reach each view with the view buttons and layer switches.
import type { Page } from '@playwright/test'
import { control } from './features-helpers'
import { pagePointOf, waitIdle } from './helpers/app'
import { expect, hideLayers, showView, test } from './helpers/sharedApp'

interface Case {
  id: string
  name: string
  view: 'anterior' | 'posterior' | 'left' | 'right'
  /** Deep muscles are picked with the superficial layer switched off, as a student would. */
  deep: boolean
}

const CASES: Case[] = [
  { id: 'brachioradialis', name: 'Brachioradialis', view: 'anterior', deep: false },
  { id: 'anconeus', name: 'Anconeus', view: 'posterior', deep: false },
  { id: 'supinator', name: 'Supinator', view: 'posterior', deep: true },
  { id: 'adductor-magnus', name: 'Adductor magnus', view: 'anterior', deep: true },
  { id: 'extensor-digitorum-longus', name: 'Extensor digitorum longus', view: 'anterior', deep: false },
  { id: 'extensor-hallucis-longus', name: 'Extensor hallucis longus', view: 'anterior', deep: true },
]

async function pickAndCheck(page: Page, c: Case, side: 'left' | 'right'): Promise<void> {
  const label = `${c.name} (${side})`
  await showView(page, c.view)
  if (c.deep) await hideLayers(page, ['Superficial muscles'])
  // framed on the limb, so the small muscles are large enough on screen to be picked
  await page.getByRole('searchbox', { name: 'Search structures' }).fill(c.name)
  await page.getByRole('option', { name: new RegExp(`^${c.name} \\(${side}\\)`) }).click()
  await waitIdle(page)
  // clear the selection, then pick the muscle in the 3D view
  const box = (await page.locator('canvas').boundingBox())!
  await page.mouse.click(box.x + 8, box.y + box.height - 8)
  await expect(page.getByRole('region', { name: 'Details' })).toContainText('Select a structure')
  const point = await pagePointOf(page, `${c.id}.${side}`)
  expect(point, `${c.id}.${side} should be visible and pickable in the ${c.view} view`).not.toBeNull()
  await page.mouse.click(point!.x, point!.y)
  const details = page.getByRole('region', { name: 'Details' })
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(label)
  // one identity: the structure list offers the muscle once per side
  await page.getByRole('searchbox', { name: 'Search structures' }).fill(c.name)
  await expect(page.getByRole('option', { name: new RegExp(`^${c.name} \\(${side}\\)`) })).toHaveCount(1)
  await control(page, 'Trigger points').click()
  await expect(page.getByTestId('trigger-points-tab')).toContainText(c.name)
  await expect(page.getByTestId('trigger-points-tab')).toContainText(/1 trigger point in the atlas/)
  await expect(page.getByTestId('zone-legend')).toBeVisible()
  await expect(page.getByTestId('zone-legend')).toContainText('essential zone')
  await page.waitForFunction(() => (window.__tpa as unknown as { triggerPointMarks?: number }).triggerPointMarks === 1, null, {
    timeout: 30_000,
  })
  await waitIdle(page)
  await page.screenshot({ path: `/tmp/muscle-${c.id}-${side}.png` })
}

for (const c of CASES) {
  for (const side of ['left', 'right'] as const) {
    test(`${c.name} (${side}) is picked in the 3D view and shows its trigger point and zone`, async ({ app: page, pageErrors }) => {
      await pickAndCheck(page, c, side)
      expect(pageErrors).toEqual([])
    })
  }
}
