// Shared steps of the browser tests: open the app and wait for its first frame, read the canvas pixels,
// and find where a structure is on screen.
import { expect, type Page } from '@playwright/test'
import { PNG } from 'pngjs'

/** The stage background (styles.css .stage), which the canvas shows wherever there is no body. */
export const BACKGROUND_RGB: readonly [number, number, number] = [0x16, 0x1c, 0x24]

export async function openApp(page: Page, query = ''): Promise<void> {
  await page.goto(`/${query}`)
  await waitReady(page)
}

/** The body is drawn, and the structure list and side panel, which load after it, are there. */
export async function waitReady(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__tpa?.ready === true && !document.querySelector('[data-loading-part]'), null, {
    polling: 50,
    timeout: 60_000,
  })
}

/** Waits until the app has drawn everything it was asked to (camera moves done, no frame pending). */
export async function waitIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__tpa?.cameraMoving === false, null, { polling: 50, timeout: 30_000 })
  let frames = -1
  for (let i = 0; i < 40; i++) {
    await page.waitForTimeout(150)
    const now = await page.evaluate(() => window.__tpa?.frames ?? 0)
    if (now === frames) return
    frames = now
  }
}

export interface PixelStats {
  /** Fraction of canvas pixels that differ clearly from the background. */
  bodyFraction: number
  png: PNG
}

export async function canvasPixels(page: Page): Promise<PixelStats> {
  await waitIdle(page)
  const png = PNG.sync.read(await page.locator('canvas').screenshot())
  let body = 0
  const n = png.width * png.height
  for (let i = 0; i < n * 4; i += 4) {
    const d =
      Math.abs(png.data[i]! - BACKGROUND_RGB[0]) +
      Math.abs(png.data[i + 1]! - BACKGROUND_RGB[1]) +
      Math.abs(png.data[i + 2]! - BACKGROUND_RGB[2])
    if (d > 40) body++
  }
  return { bodyFraction: body / n, png }
}

/** Fraction of pixels that changed clearly between two screenshots of the same size. */
export function changedFraction(a: PNG, b: PNG): number {
  expect(a.width).toBe(b.width)
  expect(a.height).toBe(b.height)
  let changed = 0
  for (let i = 0; i < a.data.length; i += 4) {
    const d = Math.abs(a.data[i]! - b.data[i]!) + Math.abs(a.data[i + 1]! - b.data[i + 1]!) + Math.abs(a.data[i + 2]! - b.data[i + 2]!)
    if (d > 40) changed++
  }
  return changed / (a.width * a.height)
}

/** Page coordinates of a point on screen where `nodeName` is the first structure hit, or null. */
export async function pagePointOf(page: Page, nodeName: string): Promise<{ x: number; y: number } | null> {
  await waitIdle(page)
  const local = await page.evaluate((n) => window.__tpa!.screenPointOf(n), nodeName)
  if (!local) return null
  const box = await page.locator('canvas').boundingBox()
  expect(box).not.toBeNull()
  return { x: box!.x + local.x, y: box!.y + local.y }
}

export async function cameraPose(page: Page): Promise<{ position: number[]; target: number[] }> {
  await waitIdle(page)
  return page.evaluate(() => window.__tpa!.cameraPose())
}
