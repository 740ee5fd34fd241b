// Layers: a switch changes the picture, opacity makes a layer see-through, and Isolate / Hide / Show all act
// on the selection. The tests share one loaded page (helpers/sharedApp.ts).
import { canvasPixels, changedFraction, pagePointOf } from './helpers/app'
import { expect, test } from './helpers/sharedApp'

test('switching off "Superficial muscles" changes the picture, and switching it on restores it', async ({ app: page }) => {
  const before = await canvasPixels(page)
  const sw = page.getByRole('switch', { name: 'Superficial muscles' })
  await expect(sw).toBeChecked()
  await sw.click()
  await expect(sw).not.toBeChecked()
  const off = await canvasPixels(page)
  expect(changedFraction(before.png, off.png)).toBeGreaterThan(0.01)
  await sw.click()
  const on = await canvasPixels(page)
  expect(changedFraction(before.png, on.png)).toBeLessThan(0.002)
})

test('a hidden layer cannot be picked: the pointer reaches what lies beneath', async ({ app: page }) => {
  expect(await pagePointOf(page, 'pectoralis-major.left')).not.toBeNull()
  await page.getByRole('switch', { name: 'Superficial muscles' }).click()
  expect(await pagePointOf(page, 'pectoralis-major.left')).toBeNull()
})

test('the opacity slider turns a layer into x-ray', async ({ app: page }) => {
  await page.getByRole('switch', { name: 'Skin' }).check()
  const before = await canvasPixels(page)
  const slider = page.getByRole('slider', { name: 'Superficial muscles opacity' })
  await slider.fill('30')
  await expect(slider).toHaveValue('30')
  const after = await canvasPixels(page)
  expect(changedFraction(before.png, after.png)).toBeGreaterThan(0.01)
})

test('Isolate shows only the selection; Hide removes it; Show all brings everything back', async ({ app: page }) => {
  const full = await canvasPixels(page)
  await page.getByRole('searchbox', { name: 'Search structures' }).fill('soleus')
  await page.getByRole('option', { name: /^Soleus \(left\)/ }).click()
  await page.getByRole('button', { name: 'Reset view' }).click()
  await page.getByRole('button', { name: 'Isolate', exact: true }).click()
  const isolated = await canvasPixels(page)
  expect(isolated.bodyFraction).toBeLessThan(full.bodyFraction * 0.5)
  expect(isolated.bodyFraction).toBeGreaterThan(0)
  await page.getByRole('button', { name: 'Show all' }).click()
  await page.getByRole('option', { name: /^Soleus \(left\)/ }).click()
  await page.getByRole('button', { name: 'Hide', exact: true }).click()
  await expect(page.getByRole('region', { name: 'Details' })).toContainText('Select a structure')
  expect(await page.evaluate(() => window.__tpa!.screenPointOf('soleus.left'))).toBeNull()
  await page.getByRole('button', { name: 'Show all' }).click()
  await expect(page.getByRole('button', { name: 'Show all' })).toBeDisabled()
})

test('a variant muscle (sternalis) is left out until "Variant muscles" is on, or until it is chosen', async ({ app: page }) => {
  expect(await pagePointOf(page, 'sternalis.left')).toBeNull()
  const sw = page.getByRole('switch', { name: 'Variant muscles' })
  await expect(sw).not.toBeChecked()
  await expect(sw).toHaveAccessibleDescription(/Present only in some people: Sternalis/)
  await sw.click()
  expect(await pagePointOf(page, 'sternalis.left')).not.toBeNull()
  // kept in the link, so a shared view shows them too
  await expect(page).toHaveURL(/[?&]variants=shown(&|$)/)
  await sw.click()
  await expect(page).not.toHaveURL(/variants=/)
  await expect(sw).not.toBeChecked()
  expect(await pagePointOf(page, 'sternalis.left')).toBeNull()
  // chosen from the list, it is drawn (and picked) while it is the selection
  await page.getByRole('searchbox', { name: 'Search structures' }).fill('sternalis')
  await page.getByRole('option', { name: /^Sternalis \(left\)/ }).click()
  await expect(page.getByRole('region', { name: 'Details' })).toContainText('Sternalis')
  expect(await pagePointOf(page, 'sternalis.left')).not.toBeNull()
})
