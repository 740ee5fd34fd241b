// Renders the app icons (PNG, for the web manifest and home screens) from public/favicon.svg with the
// machine's Chromium, so the icons always match the favicon. Run: npx tsx scripts/make-icons.ts
// "any" icons are the round logo on a transparent background; "maskable" ones put it inside the central
// safe zone (80 % circle) on the app's background colour, because launchers crop them to their own shape.
import { readFileSync, writeFileSync } from 'node:fs'
import { chromium } from 'playwright-core'

const svg = readFileSync('public/favicon.svg', 'utf8')
const BACKGROUND = '#10151c'
const icons = [
  { file: 'public/icons/icon-192.png', size: 192, maskable: false },
  { file: 'public/icons/icon-512.png', size: 512, maskable: false },
  { file: 'public/icons/maskable-192.png', size: 192, maskable: true },
  { file: 'public/icons/maskable-512.png', size: 512, maskable: true },
  { file: 'public/icons/apple-touch-icon-180.png', size: 180, maskable: true },
]

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' })
try {
  for (const icon of icons) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } })
    // the logo fills the icon, or 60 % of it (inside the maskable safe zone) on the background colour
    const logo = icon.maskable ? Math.round(icon.size * 0.6) : icon.size
    const background = icon.maskable ? BACKGROUND : 'transparent'
    await page.setContent(
      `<html><body style="margin:0;width:${icon.size}px;height:${icon.size}px;display:grid;place-items:center;background:${background}">` +
        `<img src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}" width="${logo}" height="${logo}"></body></html>`,
    )
    await page.waitForFunction(() => document.images[0]?.complete)
    writeFileSync(icon.file, await page.screenshot({ omitBackground: !icon.maskable, type: 'png' }))
    await page.close()
    console.log(`${icon.file} ${icon.size}x${icon.size}${icon.maskable ? ' maskable' : ''}`)
  }
} finally {
  await browser.close()
}
