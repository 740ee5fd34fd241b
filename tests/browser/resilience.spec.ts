// When things go wrong: the model cannot load, WebGL is unavailable, or the WebGL context is lost. Each gives
// a clear screen saying what to do, and a lost context recovers.
import { expect, test } from '@playwright/test'
import { canvasPixels, openApp } from './helpers/app'

test('a model that cannot load gives a clear screen saying what to do', async ({ page }) => {
  await page.route('**/*.glb', (route) => route.fulfill({ status: 404, body: 'not found' }))
  await page.goto('/')
  const alert = page.getByRole('alert')
  await expect(alert).toContainText('The body model could not be loaded')
  await expect(alert).toContainText('404')
  await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible()
})

test('without WebGL the app explains what to do', async ({ page }) => {
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
      if (/webgl/i.test(type)) return null
      return (original as (...a: unknown[]) => unknown).call(this, type, ...rest)
    } as typeof HTMLCanvasElement.prototype.getContext
  })
  await page.goto('/')
  await expect(page.getByRole('alert')).toContainText('This browser cannot show the 3D body')
  await expect(page.getByRole('alert')).toContainText('hardware acceleration')
})

test('the view recovers after the WebGL context is lost', async ({ page }) => {
  await openApp(page)
  const before = await canvasPixels(page)
  await page.evaluate(() => {
    const gl = document.querySelector('canvas')!.getContext('webgl2')!
    ;(window as unknown as { __lose: WEBGL_lose_context }).__lose = gl.getExtension('WEBGL_lose_context')!
    ;(window as unknown as { __lose: WEBGL_lose_context }).__lose.loseContext()
  })
  await expect(page.getByRole('alert')).toContainText('graphics context was lost')
  await page.evaluate(() => (window as unknown as { __lose: WEBGL_lose_context }).__lose.restoreContext())
  await expect(page.getByRole('alert')).toHaveCount(0)
  const after = await canvasPixels(page)
  expect(after.bodyFraction).toBeGreaterThan(before.bodyFraction * 0.9)
})
