// "Open atlas…": an instructor's own atlas file is added to the built-in atlas; its faults are listed by
// file and JSON path while the valid rest shows in Details, the Trigger points tab and the search; a file
// that is not JSON is refused with a clear message and the atlas stays as it was.
import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { openApp } from './helpers/app'

function instructorSoleus(): Buffer {
  const soleus = JSON.parse(readFileSync('data/atlas/soleus.json', 'utf8'))
  const first = soleus.triggerPoints[0]
  soleus.name = 'Soleus (instructor notes)'
  soleus.triggerPoints.push({ ...first, id: 'soleus-trp-instructor', name: 'Instructor TrP (mid-calf)' })
  // Broken: a location must be an object.
  soleus.triggerPoints.push({ ...first, id: 'soleus-trp-broken', name: 'Broken TrP', location: 'nowhere' })
  return Buffer.from(JSON.stringify(soleus, null, 2))
}

test('an instructor atlas adds a trigger point; its fault is listed by file and JSON path', async ({ page }) => {
  await openApp(page, '?sel=soleus.right')
  const brokenIndex = JSON.parse(readFileSync('data/atlas/soleus.json', 'utf8')).triggerPoints.length + 1
  await expect(page.getByRole('button', { name: 'Open atlas…' })).toBeVisible()
  await page.getByLabel('Open atlas file (.json)').setInputFiles({
    name: 'my-atlas.json',
    mimeType: 'application/json',
    buffer: instructorSoleus(),
  })
  const choice = page.getByRole('dialog', { name: /Open atlas/ })
  await expect(choice).toBeVisible()
  await expect(choice.getByRole('button', { name: 'Add to the built-in atlas' })).toBeFocused()
  // The choice is modal: Tab and Shift+Tab stay on its buttons.
  await page.keyboard.press('Shift+Tab')
  await expect(choice.getByRole('button', { name: 'Cancel' })).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(choice.getByRole('button', { name: 'Add to the built-in atlas' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(choice).toBeHidden()
  // Keyboard focus goes back to the button that opened the choice.
  await expect(page.getByRole('button', { name: 'Open atlas…' })).toBeFocused()

  const status = page.getByRole('status').filter({ hasText: 'my-atlas.json' })
  await expect(status).toContainText(/Loaded my-atlas\.json: 1 muscle, \d+ trigger points; 2 faults/)
  const faults = page.getByRole('list', { name: 'Atlas faults' })
  await expect(faults.getByRole('listitem').filter({ hasText: `my-atlas.json: triggerPoints.${brokenIndex}.location:` })).toHaveCount(1)
  await expect(faults).toContainText('"soleus-trp-broken" left out')

  // Details shows the instructor's name for the muscle.
  await expect(page.getByText('Named in this atlas: Soleus (instructor notes)')).toBeVisible()
  // The Trigger points tab lists the new trigger point, not the broken one.
  await page.getByRole('tab', { name: 'Trigger points', exact: true }).click()
  const list = page.getByRole('group', { name: 'Trigger points of this muscle' })
  await expect(list.getByRole('button', { name: 'Instructor TrP (mid-calf)' })).toBeVisible()
  await expect(list.getByRole('button', { name: 'Broken TrP' })).toHaveCount(0)
  // The search finds the muscle by the instructor's name.
  await page.getByRole('searchbox', { name: 'Search structures' }).fill('instructor notes')
  await expect(page.getByRole('option', { name: /Soleus \(right\)/ })).toBeVisible()

  // Back to the built-in atlas without a reload: the instructor's trigger point and name are gone.
  await page.getByRole('button', { name: 'Back to the built-in atlas' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Back to the built-in atlas (my-atlas.json closed).' })).toBeVisible()
  await expect(list.getByRole('button', { name: 'Instructor TrP (mid-calf)' })).toHaveCount(0)
  await expect(list.getByRole('button').first()).toBeVisible()
  await expect(page.getByRole('button', { name: 'Back to the built-in atlas' })).toHaveCount(0)
})

test('a file that is not JSON is refused with a clear message and the atlas is unchanged', async ({ page }) => {
  await openApp(page, '?sel=soleus.right')
  await page.getByLabel('Open atlas file (.json)').setInputFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from('hello, this is not JSON'),
  })
  const alert = page.getByRole('alert').filter({ hasText: 'notes.json' })
  await expect(alert).toContainText('Could not open "notes.json": not valid JSON')
  await expect(alert).toContainText('The atlas on screen is unchanged.')
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await page.getByRole('tab', { name: 'Trigger points', exact: true }).click()
  await expect(
    page.getByRole('group', { name: 'Trigger points of this muscle' }).getByRole('button', { name: /Soleus TrP1/ }),
  ).toBeVisible()
})
