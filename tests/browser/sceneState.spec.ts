// One scene state, carried whole by the link: a scene built by hand (a structure hidden, an x-ray layer, a muscle
// selected, one of its trigger points chosen and compared with another muscle, the needle open with a build and a
// depth) is read from the address bar and opened in a fresh browser; the store's scene state and the picture are the
// same. A scene state applied through window.__tpa restores the view, and a broken one is refused by field.
import { expect, test, type Page } from '@playwright/test'
import { canvasPixels, changedFraction, openApp, waitIdle } from './helpers/app'

async function sceneState(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(() => window.__tpa!.sceneState!() as unknown as Record<string, unknown>)
}

async function choose(page: Page, search: string, option: RegExp): Promise<void> {
  await page.getByRole('searchbox', { name: 'Search structures' }).fill(search)
  await page.getByRole('option', { name: option }).click()
}

test('a link opened in a fresh browser shows the same scene: state and picture', async ({ page, browser }) => {
  await openApp(page)
  await choose(page, 'deltoid', /^Deltoid \(right\)/)
  await page.getByRole('button', { name: 'Hide', exact: true }).click()
  await page.getByRole('slider', { name: 'Skin opacity' }).fill('10')
  await page.getByRole('slider', { name: 'Bones opacity' }).fill('60')
  await choose(page, 'upper trapezius', /^Upper trapezius \(right\)/)
  await page.getByRole('tab', { name: 'Trigger points' }).click()
  const tps = page.getByRole('group', { name: 'Trigger points of this muscle' })
  await tps.locator('[data-trigger-point]').first().click()
  await page.getByLabel('Compare with…').selectOption('levator-scapulae')
  await page.getByRole('tab', { name: 'Needling' }).click()
  const needling = page.getByTestId('needling-tab')
  await needling.getByLabel('Needle length').selectOption('40')
  await needling.getByRole('radio', { name: /^High/ }).check()
  const depth = needling.getByRole('slider', { name: /Needle depth/ })
  await depth.focus()
  for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowRight')
  await waitIdle(page)

  const before = await sceneState(page)
  expect(before).toMatchObject({
    selection: 'upper-trapezius.right',
    hidden: ['deltoid.right'],
    focus: { muscleId: 'upper-trapezius', side: 'right', triggerPointId: 'upper-trapezius-trp1' },
    compareMuscleId: 'levator-scapulae',
    needle: { open: true, lengthMm: 40 },
    build: 'high',
  })
  expect((before.needle as { depthMm: number }).depthMm).toBeGreaterThan(0)
  // the trigger point framed the camera: the pose is the scene's, so the link carries it
  expect((before.camera as { pose: unknown }).pose).not.toBeNull()
  const link = new URL(page.url())
  for (const param of ['sel', 'hidden', 'opacity', 'tp', 'compare', 'needle', 'build', 'cam'])
    expect(link.searchParams.has(param), param).toBe(true)
  const first = await canvasPixels(page)
  await page.screenshot({ path: '/tmp/scene-state-built.png' })

  const fresh = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' })
  const second = await fresh.newPage()
  await openApp(second, link.search)
  await expect(second.getByRole('tab', { name: 'Needling' })).toHaveAttribute('aria-selected', 'true')
  const needling2 = second.getByTestId('needling-tab')
  await expect(needling2.getByRole('radio', { name: /^High/ })).toBeChecked()
  await expect(needling2.getByLabel('Needle length')).toHaveValue('40')
  await expect(needling2.getByLabel('Trigger point', { exact: true })).toHaveValue('upper-trapezius-trp1')
  await expect(needling2.getByTestId('needle-warning')).toBeVisible({ timeout: 30_000 })
  await waitIdle(second)
  expect(await sceneState(second)).toEqual(before)
  expect(second.url()).toBe(page.url())
  const again = await canvasPixels(second)
  await second.screenshot({ path: '/tmp/scene-state-opened.png' })
  expect(changedFraction(first.png, again.png)).toBeLessThan(0.01)
  await fresh.close()
})

test('a scene state applied through the store restores the view, and a broken one is refused by field', async ({ page }) => {
  await openApp(page, '?sel=soleus.right')
  // a version 1 state (saved before there was a choice of body) is read as showing the male body, and variant muscles
  // left out
  const applied = {
    version: 1,
    mode: 'study',
    camera: { view: null, pose: { position: [-0.6, 0.55, -1.1], target: [-0.09, 0.35, -0.03], fovDeg: 35 } },
    layers: {
      skin: { visible: false, opacity: 0.25 },
      superficial: { visible: true, opacity: 1 },
      deep: { visible: true, opacity: 1 },
      bones: { visible: true, opacity: 1 },
      organs: { visible: true, opacity: 1 },
      danger: { visible: true, opacity: 1 },
    },
    selection: 'gastrocnemius.right',
    hidden: [],
    isolated: 'gastrocnemius.right',
    focus: { muscleId: 'gastrocnemius', side: 'right', triggerPointId: null },
    compareMuscleId: null,
    areaView: null,
    needle: { open: false, lengthMm: 30, approach: 'straight', depthMm: 0 },
    build: 'average',
  }
  const current = { ...applied, version: 3, body: 'male', variantsShown: false }
  expect(await page.evaluate((s) => window.__tpa!.applySceneState!(s), applied)).toEqual([])
  await waitIdle(page)
  expect(await sceneState(page)).toEqual(current)
  const pose = await page.evaluate(() => window.__tpa!.cameraPose())
  ;[...pose.position, ...pose.target].forEach((v, i) =>
    expect(v, `coordinate ${i}`).toBeCloseTo([...applied.camera.pose.position, ...applied.camera.pose.target][i]!, 3),
  )
  await expect(page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 })).toHaveText('Gastrocnemius (right)')
  expect(new URL(page.url()).searchParams.get('isolate')).toBe('gastrocnemius.right')
  await page.screenshot({ path: '/tmp/scene-state-applied.png' })

  const problems = await page.evaluate((s) => window.__tpa!.applySceneState!({ ...s, needle: { ...s.needle, depthMm: 99 } }), applied)
  expect(problems.some((p: string) => p.startsWith('needle.depthMm:'))).toBe(true)
  expect(await sceneState(page)).toEqual(current) // nothing of the refused state applied
})

test('bad scene parameters in a link give the one link notice, and the address keeps only what applied', async ({ page }) => {
  await openApp(page, '?view=left&hidden=%3Cb%3Ex%3C/b%3E&needle=open,30,straight,99&compare=not-a-muscle&build=high')
  const notices = page.getByRole('status').locator('.notice')
  await expect(notices).toHaveCount(1)
  // three problems are listed openly in the one notice
  for (const name of ['"hidden"', '"needle"', '"compare"']) await expect(notices.first()).toContainText(name)
  expect(await page.locator('b:text("x")').count()).toBe(0)
  expect(new URL(page.url()).search).toBe('?view=left&build=high')
  expect(await sceneState(page)).toMatchObject({ hidden: [], needle: { open: false }, compareMuscleId: null, build: 'high' })
})
