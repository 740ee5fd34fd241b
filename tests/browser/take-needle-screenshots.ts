// Photographs the needle simulator with its depth section for docs/ (docs/needle-*.png): the upper
// trapezius in amber, red and past the pleura, the scalenes, and the lateral chest wall (serratus
// anterior). Not a test. Re-runnable: it serves the built app itself on PW_PORT (default 4187).
//   npx vite build && PW_PORT=4187 npx tsx tests/browser/take-needle-screenshots.ts
// Each shot moves the needle by the slider until the panel shows the wanted state, so the pictures follow
// whatever depths and limits the atlas gives at the time they are taken.
import { spawn, type ChildProcess } from 'node:child_process'
import { chromium, type Page } from 'playwright-core'
import { settle } from './helpers/settle'
import { waitReady } from './helpers/app'

const PORT = Number(process.env.PW_PORT ?? 4187)
const BASE = `http://127.0.0.1:${PORT}/`
const ARGS = ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--use-gl=angle', '--disable-quic']

async function startServer(): Promise<ChildProcess> {
  const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], {
    stdio: 'ignore',
    detached: true,
  })
  for (let i = 0; i < 120; i++) {
    try {
      const res = await fetch(BASE)
      if (res.ok) return server
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`the preview server did not start on port ${PORT}`)
}

/** Opens the simulator on a muscle (`<id>.<side>`), from a view, with a needle length. */
async function openNeedling(page: Page, selection: string, view: string, lengthMm: number): Promise<void> {
  await page.goto(`${BASE}?sel=${selection}&view=${view}`)
  await waitReady(page)
  await page.getByRole('tab', { name: 'Needling', exact: true }).click()
  const tab = page.getByTestId('needling-tab')
  await tab.getByTestId('needle-warning').waitFor({ timeout: 60_000 })
  await tab.getByLabel('Needle length').selectOption(String(lengthMm))
}

/** Pushes the needle in 0.5 mm steps until the warning shows `level`; returns the depth reached. */
async function pushTo(page: Page, level: string): Promise<number> {
  const tab = page.getByTestId('needling-tab')
  const slider = tab.getByRole('slider', { name: /Needle depth/ })
  await slider.focus()
  for (let i = 0; i < 200; i++) {
    if ((await tab.getByTestId('needle-warning').getAttribute('data-level')) === level) {
      return Number(await slider.inputValue())
    }
    await page.keyboard.press('ArrowRight')
  }
  throw new Error(`the warning never showed "${level}"`)
}

async function shoot(page: Page, file: string): Promise<void> {
  await settle(page)
  // The panel scrolls: bring the warning and the depth section into view beside the 3D view.
  await page.getByTestId('needle-warning').scrollIntoViewIfNeeded()
  await page.evaluate(() => {
    const warning = document.querySelector('[data-testid="needle-warning"]')
    warning?.scrollIntoView({ block: 'start' })
  })
  await page.waitForTimeout(300)
  await page.screenshot({ path: file })
  console.log(`wrote ${file}`)
}

async function main(): Promise<void> {
  const server = await startServer()
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS })
  try {
    // No service worker: its "works offline" note would sit over the 3D view in the pictures.
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, serviceWorkers: 'block' })
    const page = await context.newPage()

    await openNeedling(page, 'upper-trapezius.right', 'posterior', 75)
    await pushTo(page, 'amber')
    await shoot(page, 'docs/needle-upper-trapezius-amber.png')
    await pushTo(page, 'red')
    await shoot(page, 'docs/needle-upper-trapezius-red.png')
    await pushTo(page, 'past-pleura')
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    await shoot(page, 'docs/needle-upper-trapezius-past-pleura.png')

    // The scalenes' referral zones reach the hand, so the trigger-point framing shows the whole body: frame
    // the muscle instead. The technique the panel teaches there (tangential) is chosen, as a student would.
    await openNeedling(page, 'scalenes.right', 'anterior', 40)
    await page
      .getByTestId('needling-tab')
      .getByRole('radio', { name: /Tangential/ })
      .check()
    await page.getByRole('button', { name: 'Frame selection', exact: true }).click()
    await settle(page)
    await pushTo(page, 'amber').catch(() => 0)
    await shoot(page, 'docs/needle-scalenes.png')

    await openNeedling(page, 'serratus-anterior.right', 'right', 50)
    await page.getByRole('button', { name: 'Frame selection', exact: true }).click()
    await settle(page)
    // The lateral chest wall has no recommended maximum: the warning counts down to one margin before the model's
    // pleura where the path meets it, so the needle is pushed to amber when it can get there.
    await pushTo(page, 'amber').catch(() => 0)
    await shoot(page, 'docs/needle-serratus-anterior.png')
  } finally {
    await browser.close()
    if (server.pid) process.kill(-server.pid)
  }
}

main().catch((err: unknown) => {
  console.error(err)
  process.exit(1)
})
