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
  await expect(second.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 })).toHaveText('Upper trapezius (right)')
  const pose = await cameraPose(second)
  expect(pose.position[2]).toBeLessThan(pose.target[2]!) // looking from behind
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
  expect(pose.position[2]).toBeGreaterThan(pose.target[2]!) // the default, anterior view
  // The raw hostile text is shown nowhere as markup, and the canvas still draws.
  expect(await page.content()).not.toContain('<script>alert(1)</script>')
})

test('a link with 300 unknown parameters, tracking tags and one bad value shows one notice and a cleaned address', async ({ page }) => {
  const unknown = Array.from({ length: 300 }, (_, i) => `p${i}=${i}`).join('&')
  await openApp(page, `?${unknown}&utm_source=newsletter&fbclid=IwAR0abc&view=posterior&mode=admin&hide=organs`)
  const notices = page.getByRole('status').locator('.notice')
  await expect(notices).toHaveCount(1)
  await expect(notices.first()).toContainText('"mode"')
  await expect(notices.first()).not.toContainText('utm_source')
  await expect(notices.first()).not.toContainText('p299')
  // what could be applied was applied, and the address bar holds exactly that
  await expect(page.getByRole('switch', { name: 'Organs' })).not.toBeChecked()
  const pose = await cameraPose(page)
  expect(pose.position[2]).toBeLessThan(pose.target[2]!) // looking from behind
  expect(new URL(page.url()).search).toBe('?view=posterior&hide=organs')
  await page.screenshot({ path: '/tmp/link-single-notice.png' })
})

test('a link decorated only with tracking tags applies with no notice at all and loses the tags', async ({ page }) => {
  await openApp(page, '?view=left&utm_source=x&utm_medium=email&utm_campaign=spring&gclid=1&msclkid=2&mc_cid=3&mc_eid=4&_ga=5&ref=6')
  await page.waitForTimeout(500)
  await expect(page.getByRole('status').locator('.notice')).toHaveCount(0)
  expect(new URL(page.url()).search).toBe('?view=left')
})

test('many problems in one link are one notice with a folded list', async ({ page }) => {
  await openApp(page, '?view=sideways&mode=admin&hide=plasma&opacity=skin:9&sel=%3Cb%3E&zoom=3')
  const notices = page.getByRole('status').locator('.notice')
  await expect(notices).toHaveCount(1)
  await expect(notices.first()).toContainText('parts of this link could not be used')
  const details = notices.first().locator('details')
  await expect(details.locator('li').first()).toBeHidden()
  await details.locator('summary').click()
  await expect(details.locator('li')).toHaveCount(5)
  await expect(details).toContainText('"opacity"')
  expect(new URL(page.url()).search).toBe('')
  await page.screenshot({ path: '/tmp/link-folded-notice.png' })
})

test('a link restores the camera exactly, with its selection, and a moved camera is carried by the link', async ({ page, context }) => {
  // a close look at the left infraspinatus from behind and above
  const cam = '0.45,1.62,-0.95,0.12,1.3,-0.05'
  await openApp(page, `?sel=infraspinatus.left&cam=${cam}`)
  await expect(page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 })).toHaveText('Infraspinatus (left)')
  const pose = await cameraPose(page)
  const wanted = cam.split(',').map(Number)
  ;[...pose.position, ...pose.target].forEach((v, i) => expect(v, `coordinate ${i}`).toBeCloseTo(wanted[i]!, 3))
  expect(new URL(page.url()).searchParams.get('cam')).toBe(cam)
  await page.screenshot({ path: '/tmp/link-camera.png' })

  // orbit with the keyboard: the link follows, and opened afresh it shows the same pose
  await page.getByRole('group', { name: '3D view of the body' }).focus()
  await page.keyboard.press('ArrowLeft')
  await expect.poll(() => new URL(page.url()).searchParams.get('cam')).not.toBe(cam)
  const moved = await cameraPose(page)
  const link = page.url()
  const second = await context.newPage()
  await openApp(second, link.slice(link.indexOf('?')))
  const again = await cameraPose(second)
  ;[...again.position, ...again.target].forEach((v, i) =>
    expect(v, `coordinate ${i}`).toBeCloseTo([...moved.position, ...moved.target][i]!, 2),
  )
  await expect(second.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 })).toHaveText('Infraspinatus (left)')

  // a named view drops the pose from the link again
  await second.getByRole('button', { name: 'Anterior' }).click()
  await expect.poll(() => new URL(second.url()).searchParams.get('cam')).toBeNull()
})
