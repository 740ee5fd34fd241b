// "Open model…": a model from elsewhere is mapped by FMA id or anatomical name and its unknown parts are listed
// as unmapped; a broken file gives a clear message and leaves the current body in place.
import { expect, test } from '@playwright/test'
import { canvasPixels, openApp } from './helpers/app'
import { brokenGlb, foreignModelNodes, makeBoxGlb, zUpMillimetreNodes } from './helpers/glbFixtures'

test('a broken .glb gives a clear message and keeps the body on screen', async ({ page }) => {
  await openApp(page)
  const optionsBefore = await page.getByRole('option').count()
  const before = await canvasPixels(page)
  await page.getByLabel('Open model file (.glb)').setInputFiles({
    name: 'broken.glb',
    mimeType: 'model/gltf-binary',
    buffer: Buffer.from(brokenGlb()),
  })
  const alert = page.getByRole('alert').filter({ hasText: 'broken.glb' })
  await expect(alert).toContainText('Could not open "broken.glb"')
  await expect(alert).toContainText('unchanged')
  expect(await page.getByRole('option').count()).toBe(optionsBefore)
  const after = await canvasPixels(page)
  expect(Math.abs(after.bodyFraction - before.bodyFraction)).toBeLessThan(0.01)
  await expect(page.getByText('Built-in body')).toBeVisible()
})

test('a file that is not a .glb is refused with a message', async ({ page }) => {
  await openApp(page)
  await page.getByLabel('Open model file (.glb)').setInputFiles({
    name: 'notes.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('hello'),
  })
  await expect(page.getByRole('alert')).toContainText('only binary glTF files (.glb)')
})

test('a model named the usual anatomical way maps by name; unknown parts render and are listed as unmapped', async ({ page }) => {
  await openApp(page)
  const bytes = await makeBoxGlb(foreignModelNodes())
  await page.getByLabel('Open model file (.glb)').setInputFiles({
    name: 'other-atlas.glb',
    mimeType: 'model/gltf-binary',
    buffer: Buffer.from(bytes),
  })
  await expect(page.getByRole('status')).toContainText('Opened "other-atlas.glb"')
  await expect(page.getByRole('option', { name: /\(left\)/ }).first()).toBeVisible()
  const names = await page.getByRole('option').allInnerTexts()
  expect(names.some((n) => /trapezius.*\(left\)/i.test(n))).toBe(true)
  expect(names.some((n) => /trapezius.*\(right\)/i.test(n))).toBe(true)
  expect(names.some((n) => /Soleus \(right\)/.test(n))).toBe(true)
  await page.getByText(/Unmapped parts \(1\)/).click()
  await expect(page.getByRole('list', { name: 'Unmapped parts' })).toContainText('Mystery widget 42')
  // The unmapped part is still drawn.
  const { bodyFraction } = await canvasPixels(page)
  expect(bodyFraction).toBeGreaterThan(0.005)
})

test('dropping a .glb on the window opens it', async ({ page }) => {
  await openApp(page)
  const bytes = Array.from(await makeBoxGlb(foreignModelNodes()))
  const dt = await page.evaluateHandle((data) => {
    const t = new DataTransfer()
    t.items.add(new File([new Uint8Array(data)], 'dropped.glb', { type: 'model/gltf-binary' }))
    return t
  }, bytes)
  await page.dispatchEvent('main', 'dragover', { dataTransfer: dt })
  await page.dispatchEvent('main', 'drop', { dataTransfer: dt })
  await expect(page.getByRole('status')).toContainText('Opened "dropped.glb"')
})

test('a model in millimetres with Z up is scaled to metres, stood upright, and the user is told', async ({ page }) => {
  await openApp(page)
  await page.getByLabel('Open model file (.glb)').setInputFiles({
    name: 'z-up-mm.glb',
    mimeType: 'model/gltf-binary',
    buffer: Buffer.from(await makeBoxGlb(zUpMillimetreNodes())),
  })
  const status = page.getByRole('status')
  await expect(status).toContainText('Opened "z-up-mm.glb"')
  await expect(status).toContainText('mm with Z up')
  // Upright: from the front, the trapezius (shoulders) is drawn above the soleus (calf).
  await page.getByRole('button', { name: 'Anterior' }).click()
  const pose = await page.evaluate(() => window.__tpa!.cameraPose())
  expect(Math.abs(pose.target[1])).toBeLessThan(2) // metres, not millimetres
  const shoulder = await page.evaluate(
    () =>
      ['upper-trapezius.left', 'middle-trapezius.left', 'lower-trapezius.left']
        .map((n) => window.__tpa!.screenPointOf(n))
        .find((p) => p !== null) ?? null,
  )
  const calf = await page.evaluate(() => window.__tpa!.screenPointOf('soleus.right'))
  expect(shoulder).not.toBeNull()
  expect(calf).not.toBeNull()
  expect(shoulder!.y).toBeLessThan(calf!.y)
})
