// Keyboard reach and visible focus: every part of the app can be reached with Tab alone, and the focused
// control shows a focus ring.
import { expect, test } from '@playwright/test'
import { openApp } from './helpers/app'

test('Tab reaches the search, the list, the layers, the 3D view, the view buttons, the mode switch and the tabs', async ({ page }) => {
  await openApp(page)
  const reached = new Set<string>()
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab')
    const name = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null
      if (!el || el === document.body) return ''
      const label = el.getAttribute('aria-label') ?? (el as HTMLInputElement).labels?.[0]?.textContent ?? el.textContent ?? ''
      const outline = getComputedStyle(el).outlineStyle
      const role = el.getAttribute('role') ?? (el instanceof HTMLInputElement ? el.type : el.tagName.toLowerCase())
      return `${role}:${label.trim()}:${outline}`
    })
    if (name) reached.add(name)
  }
  const all = [...reached].join('\n')
  for (const expected of [
    /Search structures/,
    /option:/,
    /switch:Skin/,
    /Skin opacity/,
    /3D view of the body/,
    /button:Anterior/,
    /button:Reset view/,
    /radio:Study/,
    /button:Open model…/,
    /tab:Details/,
  ]) {
    expect(all, `Tab should reach ${expected}`).toMatch(expected)
  }
  // A focused control draws a visible ring (the outline is not "none").
  for (const line of reached) {
    if (/^(button|tab):/.test(line)) expect(line.endsWith(':none'), line).toBe(false)
  }
})
