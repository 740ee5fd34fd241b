// Takes the README screenshots (docs/app-*.png) from the built app: `npx vite build`, then
// `npx vite preview --port 4182 --strictPort --host 127.0.0.1 &` and `npx tsx tests/browser/take-screenshots.ts`.
// Not a test: it only photographs the app in a few typical states. Service workers are blocked, so the "works
// offline" note does not cover the view.
import { chromium, type Page } from 'playwright-core'
import { settle } from './helpers/settle'

const BASE = process.env.APP_URL ?? 'http://127.0.0.1:4182/'
const ARGS = ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--use-gl=angle', '--disable-quic']

async function ready(page: Page, query = ''): Promise<void> {
  await page.goto(BASE + query)
  await page.waitForFunction(() => window.__tpa?.ready === true, null, { polling: 50, timeout: 90_000 })
  await settle(page)
}

async function main(): Promise<void> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS })
  const desk = await browser.newPage({ viewport: { width: 1440, height: 900 }, serviceWorkers: 'block' })

  await ready(desk)
  await desk.screenshot({ path: 'docs/app-anterior.png' })

  await desk.getByRole('searchbox', { name: 'Search structures' }).fill('upper trap')
  await desk.getByRole('option', { name: /^Upper trapezius \(left\)/ }).click()
  await settle(desk)
  const p = await desk.evaluate(() => window.__tpa!.screenPointOf('levator-scapulae.left'))
  const box = await desk.locator('canvas').boundingBox()
  if (p && box) await desk.mouse.move(box.x + p.x, box.y + p.y)
  await settle(desk)
  await desk.screenshot({ path: 'docs/app-selected.png' })

  await ready(desk, '?view=posterior&hide=skin,superficial')
  await desk.screenshot({ path: 'docs/app-deep-layers.png' })

  await ready(desk)
  await desk.getByRole('tab', { name: 'Quiz' }).click()
  await desk.getByRole('button', { name: 'Start quiz' }).click()
  await desk.waitForFunction(() => typeof window.__tpa?.quizAnswer === 'string', null, { polling: 50 })
  const answer = await desk.evaluate(() => window.__tpa!.quizAnswer!)
  await settle(desk)
  await desk.getByRole('group', { name: 'Answers' }).getByRole('button', { name: answer, exact: true }).click()
  await settle(desk)
  await desk.screenshot({ path: 'docs/app-quiz.png' })

  const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, serviceWorkers: 'block' })
  await ready(phone)
  await phone.screenshot({ path: 'docs/app-phone.png' })
  await browser.close()
}

main().catch((err: unknown) => {
  console.error(err)
  process.exit(1)
})
