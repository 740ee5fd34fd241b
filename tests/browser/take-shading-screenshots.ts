// Photographs the muscle shading in the built app (the app's own materials, not the bare three.js page of
// scripts/render-model-shots.ts): the back muscles close up and the back of the leg down to the ankle, skin
// hidden, side by side in one PNG. `npx vite build`, then `npx vite preview --port 4185 --strictPort --host
// 127.0.0.1 &` and `APP_URL=http://127.0.0.1:4185/ npx tsx tests/browser/take-shading-screenshots.ts <out.png>`
// (further arguments: link queries of other views to shoot instead).
// Not a test: it only takes the pictures docs/MODEL.md shows.
import { writeFileSync } from 'node:fs'
import { PNG } from 'pngjs'
import { chromium, type Page } from 'playwright-core'
import { settle } from './helpers/settle'
import { waitReady } from './helpers/app'

const BASE = process.env.APP_URL ?? 'http://127.0.0.1:4185/'
const ARGS = ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--use-gl=angle', '--disable-quic']

/** Camera poses (`cam=` link parameter: camera x,y,z then target x,y,z, metres) of the two close-ups. */
const SHOTS = [
  // the back between the scapulae and the iliac crests, from behind and a little to the left
  { name: 'back', query: '?hide=skin&cam=0.14,1.3,-1.0,0.02,1.22,-0.08&fov=30' },
  // the left calf, the tendo calcaneus and the ankle, from behind and laterally
  { name: 'leg', query: '?hide=skin&cam=0.36,0.24,-0.6,0.09,0.2,-0.03&fov=34' },
]

async function shot(page: Page, query: string): Promise<PNG> {
  await page.goto(BASE + query)
  await waitReady(page)
  // only the 3D view: the panels and toolbars over it are hidden (their space stays laid out)
  await page.addStyleTag({ content: '* { visibility: hidden !important } canvas { visibility: visible !important }' })
  await settle(page)
  return PNG.sync.read(await page.locator('canvas').screenshot())
}

/** The pictures side by side, top-aligned, on a white ground. */
function sideBySide(images: readonly PNG[]): PNG {
  const width = images.reduce((w, p) => w + p.width, 0)
  const height = Math.max(...images.map((p) => p.height))
  const out = new PNG({ width, height })
  out.data.fill(255)
  let x = 0
  for (const p of images) {
    PNG.bitblt(p, out, 0, 0, p.width, p.height, x, 0)
    x += p.width
  }
  return out
}

async function main(): Promise<void> {
  const [outPath, ...queries] = process.argv.slice(2)
  if (!outPath) throw new Error('usage: take-shading-screenshots.ts <out.png> [link query ...]')
  // other views on request (each a link query such as '?view=posterior&hide=skin'), else the two close-ups
  const shots = queries.length ? queries.map((q, i) => ({ name: `view ${i + 1}`, query: q })) : SHOTS
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS })
  // no service worker: its "works offline" note would cover the view
  const context = await browser.newContext({ viewport: { width: 1500, height: 900 }, serviceWorkers: 'block', bypassCSP: true })
  const page = await context.newPage()
  const images: PNG[] = []
  for (const s of shots) images.push(await shot(page, s.query))
  await browser.close()
  writeFileSync(outPath, PNG.sync.write(sideBySide(images)))
  console.log(`${outPath}: ${shots.map((s) => s.name).join(' | ')}`)
}

main().catch((err: unknown) => {
  console.error(err)
  process.exit(1)
})
