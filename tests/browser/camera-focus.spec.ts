// The camera service: choosing a trigger point moves the camera smoothly (several poses drawn on the way, each
// nearer the framing than the last, not one jump), the link then carries where it came to rest; a drag on the
// view during the move stops it where the user took over. A user who asks for reduced motion gets a cut instead.
import { expect, test, type Page } from '@playwright/test'
import { cameraPose, openApp, waitIdle } from './helpers/app'

// The moves themselves are what this file tests (the other specs run with reduced motion: playwright.config.ts).
test.use({ reducedMotion: 'no-preference' })

type Pose = { position: number[]; target: number[] }
const gap = (a: Pose, b: Pose): number =>
  Math.hypot(...a.position.map((v, i) => v - b.position[i]!)) + Math.hypot(...a.target.map((v, i) => v - b.target[i]!))

/** The app on the left infraspinatus, its trigger points listed, the camera at rest. */
async function openOnInfraspinatus(page: Page): Promise<void> {
  await openApp(page, '?sel=infraspinatus.left&view=posterior')
  await page.getByRole('tab', { name: 'Trigger points', exact: true }).click()
  await expect(page.getByRole('group', { name: 'Trigger points of this muscle' })).toBeVisible()
  await waitIdle(page)
}

function triggerPointButton(page: Page, name: RegExp) {
  return page.getByRole('group', { name: 'Trigger points of this muscle' }).getByRole('button', { name })
}

test('choosing a trigger point tweens the camera to frame it, and the link carries the pose it came to rest in', async ({ page }) => {
  await openOnInfraspinatus(page)
  const start = await cameraPose(page)
  await triggerPointButton(page, /TrP2, lateral to TrP1/).click()
  await page.waitForFunction(() => window.__tpa?.cameraMove?.end === 'arrived', null, { polling: 50, timeout: 30_000 })
  const move = await page.evaluate(() => window.__tpa!.cameraMove!)
  const end = await cameraPose(page)

  // it went somewhere: closer in on the trigger point and its zones
  expect(gap(start, move.to)).toBeGreaterThan(0.3)
  expect(gap(end, move.to)).toBeLessThan(1e-3)
  // and was drawn on the way: several poses, each strictly between the start and the end, nearer the end each time.
  // The move eases out, so the last poses may come within a millimetre of the end; at least two must be well on the
  // way (between 2% and 98% of the distance still to go), so a jump with a few poses drawn at the end would fail.
  expect(move.poses.length).toBeGreaterThanOrEqual(3)
  const total = gap(start, move.to)
  const remaining = move.poses.map((p) => gap(p, move.to))
  for (let i = 0; i < remaining.length; i++) {
    expect(remaining[i], `pose ${i}`).toBeGreaterThan(0)
    expect(remaining[i], `pose ${i}`).toBeLessThan(total)
    if (i > 0) expect(remaining[i], `pose ${i}`).toBeLessThan(remaining[i - 1]!)
  }
  expect(remaining.filter((r) => r > total * 0.02 && r < total * 0.98).length).toBeGreaterThanOrEqual(2)
  // the link holds the pose the camera came to rest in, to the millimetre
  await expect
    .poll(() => new URL(page.url()).searchParams.get('cam'))
    .toBe([...end.position, ...end.target].map((v) => String(Math.round(v * 1000) / 1000)).join(','))
  await page.screenshot({ path: '/tmp/camera-focus-trigger-point.png' })
})

test('a drag on the view during the move cancels it: the camera stays where the user took it', async ({ page }) => {
  await openOnInfraspinatus(page)
  await triggerPointButton(page, /TrP1, below the medial part/).click()
  // mid-move: started, at least one pose drawn, not arrived
  await page.waitForFunction(() => window.__tpa?.cameraMoving === true && (window.__tpa.cameraMove?.poses.length ?? 0) >= 1, null, {
    polling: 20,
    timeout: 30_000,
  })
  const box = (await page.locator('canvas').boundingBox())!
  const x = box.x + box.width * 0.3
  const y = box.y + box.height * 0.5
  await page.mouse.move(x, y)
  await page.mouse.down()
  await page.mouse.move(x + 120, y + 10, { steps: 6 })
  await page.mouse.up()

  const move = await page.evaluate(() => window.__tpa!.cameraMove!)
  expect(move.end).toBe('cancelled')
  const afterDrag = await cameraPose(page)
  // nowhere near where the move was going, and it does not resume
  expect(gap(afterDrag, move.to)).toBeGreaterThan(0.05)
  await page.waitForTimeout(1500)
  await waitIdle(page)
  const later = await cameraPose(page)
  expect(gap(later, afterDrag)).toBeLessThan(1e-6)
  expect(await page.evaluate(() => window.__tpa!.cameraMove!.end)).toBe('cancelled')
  // the link follows the camera the user left
  await expect
    .poll(() => new URL(page.url()).searchParams.get('cam'))
    .toBe([...later.position, ...later.target].map((v) => String(Math.round(v * 1000) / 1000)).join(','))
})

test('with reduced motion asked for, choosing a trigger point cuts to its framing: no pose drawn on the way', async ({ page }) => {
  await openOnInfraspinatus(page)
  const start = await cameraPose(page)
  // a tween records its move and the poses it draws (window.__tpa.cameraMove); a cut records none
  await page.evaluate(() => {
    window.__tpa!.cameraMove = null
  })
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await triggerPointButton(page, /TrP2, lateral to TrP1/).click()
  await expect.poll(async () => gap(await cameraPose(page), start)).toBeGreaterThan(0.3)
  expect(await page.evaluate(() => window.__tpa!.cameraMove)).toBeFalsy()
  const end = await cameraPose(page)
  await expect
    .poll(() => new URL(page.url()).searchParams.get('cam'))
    .toBe([...end.position, ...end.target].map((v) => String(Math.round(v * 1000) / 1000)).join(','))

  // the same choice with motion allowed is a tween again
  await page.emulateMedia({ reducedMotion: 'no-preference' })
  await triggerPointButton(page, /TrP1, below the medial part/).click()
  await page.waitForFunction(() => window.__tpa?.cameraMove?.end === 'arrived', null, { polling: 50, timeout: 30_000 })
  expect((await page.evaluate(() => window.__tpa!.cameraMove!)).poses.length).toBeGreaterThanOrEqual(3)
})
