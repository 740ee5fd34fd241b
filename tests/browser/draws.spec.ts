// The page draws the body on first load, with the built-in model, and says what is happening while it loads.
import { expect, test } from '@playwright/test'
import { canvasPixels, openApp, waitReady } from './helpers/app'

test('draws the body: the canvas shows the model over the background', async ({ page }) => {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  // three reports a shader that does not compile (the muscle material patches Lambert's) on the console
  page.on('console', (m) => {
    if (m.type() === 'error' && /WebGLProgram|Shader Error/.test(m.text())) errors.push(m.text().slice(0, 400))
  })
  await openApp(page)
  const hooks = await page.evaluate(() => ({
    triangles: window.__tpa!.triangles,
    renderer: window.__tpa!.renderer,
    antialias: window.__tpa!.antialias,
    firstFrameMs: window.__tpa!.firstFrameMs,
  }))
  expect(hooks.triangles).toBeGreaterThan(1000)
  expect(hooks.renderer).toBeTruthy()
  // Drawn in software here (SwiftShader), the view skips multisampling (src/viewer/graphicsProbe.ts).
  expect(hooks.renderer).toMatch(/SwiftShader/i)
  expect(hooks.antialias).toBe(false)
  expect(hooks.firstFrameMs).toBeGreaterThan(0)
  const { bodyFraction } = await canvasPixels(page)
  expect(bodyFraction).toBeGreaterThan(0.03)
  // The list mirrors the scene: every structure of the model is listed.
  await expect(page.getByRole('option').first()).toBeVisible()
  await expect(page.getByRole('progressbar')).toHaveCount(0)
  expect(errors).toEqual([])
})

test('shows a progress bar while the model downloads', async ({ page }) => {
  let release: () => void = () => undefined
  const gate = new Promise<void>((r) => (release = r))
  await page.route('**/*.glb', async (route) => {
    await gate
    await route.continue()
  })
  await page.goto('/')
  await expect(page.getByRole('progressbar')).toBeVisible()
  release()
  await waitReady(page)
  await expect(page.getByRole('progressbar')).toHaveCount(0)
})
