// Camera: the named view buttons and Reset view move the camera around the body; the keyboard orbits, pans
// and zooms when the 3D view has focus; the layout works on a phone.
import { expect, test } from '@playwright/test'
import { cameraPose, openApp } from './helpers/app'

// The camera's swing between views is part of what is tested here (the other specs run with reduced motion).
test.use({ reducedMotion: 'no-preference' })

test('view buttons turn the camera to each side of the body, and Reset view returns', async ({ page }) => {
  await openApp(page)
  const start = await cameraPose(page)
  const dir = async (): Promise<number[]> => {
    const p = await cameraPose(page)
    const d = p.position.map((v, i) => v - p.target[i]!)
    const len = Math.hypot(...d)
    return d.map((v) => v / len)
  }
  await page.getByRole('button', { name: 'Posterior' }).click()
  expect((await dir())[2]).toBeLessThan(-0.95)
  await page.getByRole('button', { name: 'Left', exact: true }).click()
  expect((await dir())[0]).toBeGreaterThan(0.95) // the patient's left is +X
  await page.getByRole('button', { name: 'Right', exact: true }).click()
  expect((await dir())[0]).toBeLessThan(-0.95)
  await page.getByRole('button', { name: 'Superior' }).click()
  expect((await dir())[1]).toBeGreaterThan(0.95)
  await page.getByRole('button', { name: 'Anterior' }).click()
  expect((await dir())[2]).toBeGreaterThan(0.95)
  await page.getByRole('button', { name: 'Reset view' }).click()
  const reset = await cameraPose(page)
  reset.position.forEach((v, i) => expect(v).toBeCloseTo(start.position[i]!, 2))
})

test('the keyboard orbits, pans and zooms the focused 3D view', async ({ page }) => {
  await openApp(page)
  const view = page.getByRole('group', { name: '3D view of the body' })
  await view.focus()
  const a = await cameraPose(page)
  await page.keyboard.press('ArrowRight')
  const b = await cameraPose(page)
  expect(Math.hypot(...b.position.map((v, i) => v - a.position[i]!))).toBeGreaterThan(0.1)
  await page.keyboard.press('+')
  const c = await cameraPose(page)
  const dist = (p: { position: number[]; target: number[] }): number => Math.hypot(...p.position.map((v, i) => v - p.target[i]!))
  expect(dist(c)).toBeLessThan(dist(b))
  await page.keyboard.press('Shift+ArrowUp')
  const d = await cameraPose(page)
  expect(d.target[1]).toBeGreaterThan(c.target[1]!)
})

test('on a phone the panels are drawers that open from the header', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await openApp(page)
  const left = page.getByRole('complementary', { name: 'Structures and layers' })
  await expect(left).toBeHidden()
  await page.getByRole('button', { name: 'Structures' }).click()
  await expect(left).toBeVisible()
  await page.getByRole('searchbox', { name: 'Search structures' }).fill('soleus')
  await page.getByRole('option', { name: /^Soleus \(left\)/ }).click()
  await expect(left).toBeHidden() // the drawer closes to show the body
  await page.getByRole('button', { name: 'Details' }).click()
  await expect(page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 })).toHaveText('Soleus (left)')
})

test('Present mode clears the side panels for a projector, and Study brings them back', async ({ page }) => {
  await openApp(page)
  const left = page.getByRole('complementary', { name: 'Structures and layers' })
  const right = page.getByRole('complementary', { name: 'Selection' })
  await expect(left).toBeVisible()
  await page.getByRole('radio', { name: 'Present' }).check()
  await expect(left).toBeHidden()
  await expect(right).toBeHidden()
  expect(page.url()).toContain('mode=present')
  await page.getByRole('radio', { name: 'Study' }).check()
  await expect(left).toBeVisible()
  await expect(right).toBeVisible()
})
