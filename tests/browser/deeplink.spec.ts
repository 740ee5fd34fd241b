// Deep links: the URL carries view, selection and layers, and a link opened afresh shows the same state; a
// hostile link shows a friendly notice and the default view, never an error page or injected markup.
import { expect, test } from '@playwright/test'
import { cameraPose, openApp } from './helpers/app'

test('deep link round trip: view, selection and layers survive a reload of the link', async ({ page, context }) => {
  await openApp(page)
  await page.getByRole('button', { name: 'Posterior' }).click()
  await page.getByRole('searchbox', { name: 'Search structures' }).fill('upper trapezius')
  await page.getByRole('option', { name: /^Upper trapezius \(right\)/ }).click()
  await page.getByRole('switch', { name: 'Skin' }).uncheck()
  await page.getByRole('slider', { name: 'Bones opacity' }).fill('40')
  await page.getByRole('button', { name: 'Posterior' }).click()
  const link = page.url()
  expect(link).toContain('view=posterior')
  expect(link).toContain('sel=upper-trapezius.right')

  const second = await context.newPage()
  await openApp(second, link.slice(link.indexOf('?')))
  await expect(second.getByRole('switch', { name: 'Skin' })).not.toBeChecked()
  await expect(second.getByRole('slider', { name: 'Bones opacity' })).toHaveValue('40')
  await expect(second.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 })).toHaveText(
    'Upper trapezius (right)',
  )
  const pose = await cameraPose(second)
  expect(pose.position[2]).toBeLessThan(pose.target[2]) // looking from behind
  expect(second.url()).toBe(link)
})

test('a hostile link shows a friendly notice and the default view, with nothing injected', async ({ page }) => {
  let dialogs = 0
  page.on('dialog', (d) => {
    dialogs++
    void d.dismiss()
  })
  const hostile = '?sel=<script>alert(1)</script>&view=../../etc&opacity=skin:<img src=x onerror=alert(2)>&evil=<b>x</b>'
  await openApp(page, hostile)
  const notices = page.getByRole('status')
  await expect(notices).toContainText('sel')
  await expect(notices).toContainText('view')
  await expect(page.locator('script:not([src]):not([type])')).toHaveCount(0)
  expect(await page.locator('img[src="x"], b:text("x")').count()).toBe(0)
  expect(dialogs).toBe(0)
  await expect(page.getByRole('region', { name: 'Details' })).toContainText('Select a structure')
  const pose = await cameraPose(page)
  expect(pose.position[2]).toBeGreaterThan(pose.target[2]) // the default, anterior view
  // The raw hostile text is shown nowhere as markup, and the canvas still draws.
  expect(await page.content()).not.toContain('<script>alert(1)</script>')
})
