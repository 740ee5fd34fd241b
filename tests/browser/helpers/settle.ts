// For the screenshot scripts (plain playwright-core, no test runner): wait until the camera has stopped and no
// frame has been drawn for 400 ms, so a picture shows what the app finished drawing.
import type { Page } from 'playwright-core'

export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__tpa?.cameraMoving === false, null, { polling: 50, timeout: 60_000 })
  let frames = -1
  for (;;) {
    await page.waitForTimeout(400)
    const now = await page.evaluate(() => window.__tpa!.frames)
    if (now === frames) return
    frames = now
  }
}
