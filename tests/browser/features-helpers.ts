// Steps shared by the features' browser specs: open the app on a muscle, open a feature tab, switch mode,
// find a landmark on screen and read the colour of the canvas around it.
import { expect, type Locator, type Page } from '@playwright/test'
import { PNG } from 'pngjs'
import { waitReady } from './helpers/app'

interface FeatureHooks {
  triggerPointMarks?: number
  needleWarning?: string
  needleTipMm?: number
  painPaintedVertices?: number
  landmarkScreenPoint?: (name: string) => { x: number; y: number } | null
}

export async function openFeatureApp(page: Page, query = ''): Promise<void> {
  await page.goto(`/${query}`)
  await waitReady(page)
}

/** A tab, button or radio with this exact name (the viewer decides which role its tabs and mode switch use). */
export function control(page: Page, name: string): Locator {
  return page
    .getByRole('tab', { name, exact: true })
    .or(page.getByRole('radio', { name, exact: true }))
    .or(page.getByRole('button', { name, exact: true }))
    .first()
}

/** Page coordinates of a landmark node (`temple.right`), from the features' debug hook. */
export async function landmarkOnPage(page: Page, name: string): Promise<{ x: number; y: number }> {
  await page.waitForFunction(
    (n) => {
      const h = window.__tpa as unknown as FeatureHooks | undefined
      return !!h?.landmarkScreenPoint?.(n)
    },
    name,
    { polling: 100, timeout: 30_000 },
  )
  // the layout may still be settling (a panel folding, the camera refitting): wait until two reads agree
  let last: { x: number; y: number } | null = null
  for (let i = 0; i < 40; i++) {
    const local = await page.evaluate((n) => (window.__tpa as unknown as FeatureHooks).landmarkScreenPoint!(n)!, name)
    const box = await page.locator('canvas').boundingBox()
    expect(box).not.toBeNull()
    const at = { x: box!.x + local.x, y: box!.y + local.y }
    if (last && Math.abs(last.x - at.x) < 0.5 && Math.abs(last.y - at.y) < 0.5) return at
    last = at
    await page.waitForTimeout(250)
  }
  throw new Error(`landmark ${name} kept moving on the page`)
}

/** Canvas screenshot decoded. */
export async function canvasPng(page: Page): Promise<{ png: PNG; box: { x: number; y: number } }> {
  await page.waitForTimeout(600)
  const box = await page.locator('canvas').boundingBox()
  return { png: PNG.sync.read(await page.locator('canvas').screenshot()), box: { x: box!.x, y: box!.y } }
}

/** Mean RGB in a square of `half` pixels around a page point. */
export function meanColour(
  shot: { png: PNG; box: { x: number; y: number } },
  at: { x: number; y: number },
  half = 6,
): [number, number, number] {
  const cx = Math.round(at.x - shot.box.x)
  const cy = Math.round(at.y - shot.box.y)
  let r = 0,
    g = 0,
    b = 0,
    n = 0
  for (let y = cy - half; y <= cy + half; y++) {
    for (let x = cx - half; x <= cx + half; x++) {
      if (x < 0 || y < 0 || x >= shot.png.width || y >= shot.png.height) continue
      const i = (y * shot.png.width + x) * 4
      r += shot.png.data[i]!
      g += shot.png.data[i + 1]!
      b += shot.png.data[i + 2]!
      n++
    }
  }
  return [r / n, g / n, b / n]
}

export function colourDistance(a: readonly number[], b: readonly number[]): number {
  return Math.abs(a[0]! - b[0]!) + Math.abs(a[1]! - b[1]!) + Math.abs(a[2]! - b[2]!)
}

/**
 * One small closed brush stroke (a square `halfPx` each side of a page point), with Paint switched on before
 * and off after, as a patient would mark a spot.
 */
export async function paintStrokeAround(page: Page, p: { x: number; y: number }, halfPx: number): Promise<void> {
  await page.getByRole('button', { name: 'Paint', exact: true }).click()
  await page.mouse.move(p.x - halfPx, p.y - halfPx)
  await page.mouse.down()
  for (const [dx, dy] of [
    [halfPx, -halfPx],
    [halfPx, halfPx],
    [-halfPx, halfPx],
    [0, 0],
  ] as const) {
    await page.mouse.move(p.x + dx, p.y + dy, { steps: 3 })
  }
  await page.mouse.up()
  await page.getByRole('button', { name: 'Paint', exact: true }).click()
}
