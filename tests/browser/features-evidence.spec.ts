// Evidence levels in plain words (issue 13 item 4): the trigger point panel says beside the location and each
// zone how far it was checked, and after a citation how far the source was read, never the raw data labels.
// The triceps insertion TrP refers to the point of the elbow (audit 2026-12 #23), as Travell & Simons is taught
// (recalled, not read: the lay pages that agree are not citable). The tests share one loaded page
// (helpers/sharedApp.ts).
import { control } from './features-helpers'
import { waitIdle } from './helpers/app'
import { chooseInList, expect, showView, test } from './helpers/sharedApp'

test('the triceps insertion trigger point states its evidence in words beside the location, each zone and the citations', async ({
  app: page,
  pageErrors,
}) => {
  await showView(page, 'posterior')
  await control(page, 'Trigger points').click()
  await chooseInList(page, 'triceps', 'Triceps brachii (right)')
  const tab = page.getByTestId('trigger-points-tab')
  await expect(tab).toContainText('Triceps brachii')
  await tab.getByRole('button', { name: 'Triceps, near the insertion (above the olecranon)' }).click()
  await waitIdle(page)

  const details = tab.getByTestId('trigger-point-details')
  await expect(details).toHaveCount(1)
  await expect(details.getByTestId('location-evidence')).toHaveText('(Evidence: Recalled from Travell & Simons, not checked)')
  await expect(details.getByTestId('zone-evidence').first()).toHaveText('Evidence: Recalled from Travell & Simons, not checked')
  await expect(details).toContainText('Point of the elbow (olecranon)')
  await expect(details).toContainText('TS1 (recalled, not read)')
  // The raw verification label of a citation is not shown.
  await expect(details).not.toContainText('TS1 (unconfirmed)')
  await details.scrollIntoViewIfNeeded()
  await page.screenshot({ path: '/tmp/evidence-triceps-insertion.png' })
  expect(pageErrors).toEqual([])
})

test('the Details tab states how far the anatomy was checked, in words', async ({ app: page }) => {
  await showView(page, 'posterior')
  await chooseInList(page, 'triceps', 'Triceps brachii (right)')
  await page.getByRole('tab', { name: 'Details', exact: true }).click()
  await expect(page.getByTestId('anatomy-evidence')).toHaveText('Secondary source')
})
