// Steps of the accessibility specs: an axe scan that keeps only serious and critical findings (described so a
// failure says what and where), and the contrast of a control's text and focus ring as the browser paints it
// while hovered or focused (axe checks neither state).
import AxeBuilder from '@axe-core/playwright'
import type { Locator, Page } from '@playwright/test'

/** Serious and critical axe findings on the page as it is now, one line per element. */
export async function seriousAxeFindings(page: Page): Promise<string[]> {
  // The app has no frames, so axe runs in the page itself (legacy mode) instead of finishing each scan in a new
  // page, which took about 8 s a scan here against 1 s; and only violations are read, so axe is asked for nothing else.
  const result = await new AxeBuilder({ page })
    .setLegacyMode(true)
    .options({ resultTypes: ['violations'] })
    .analyze()
  const lines: string[] = []
  for (const v of result.violations) {
    if (v.impact !== 'serious' && v.impact !== 'critical') continue
    for (const node of v.nodes) {
      lines.push(`${v.impact} ${v.id}: ${node.target.join(' ')} — ${node.failureSummary?.replace(/\s+/g, ' ') ?? v.help}`)
    }
  }
  return lines
}

export interface PaintedContrast {
  /** Accessible-ish label of the control, for messages. */
  name: string
  text: string
  background: string
  /** Contrast of the text colour over the control's background (alpha blended over its ancestors). */
  textRatio: number
  /** Outline colour and its contrast against the colour just outside the control, when an outline is drawn. */
  outline: string | null
  outlineRatio: number | null
  focusVisible: boolean
  hovered: boolean
}

/**
 * Reads the colours the browser computes for `control` right now (after a hover or focus) and returns the
 * WCAG contrast ratios. Backgrounds are composited from the page root down to the control, so translucent
 * panels and buttons are judged over what is really behind them. The outline is judged against the
 * background of the control's parent (what the ring sits on, given its offset).
 */
export function paintedContrast(control: Locator): Promise<PaintedContrast> {
  return control.evaluate((el: Element) => {
    type Rgba = [number, number, number, number]
    const parse = (css: string): Rgba => {
      const m = css.match(/rgba?\(([^)]+)\)/)
      if (!m) throw new Error(`unreadable colour ${css}`)
      const [r, g, b, alpha = 1] = (m[1] ?? '')
        .split(/[\s,/]+/)
        .filter(Boolean)
        .map(Number)
      if (r === undefined || g === undefined || b === undefined) throw new Error(`unreadable colour ${css}`)
      return [r, g, b, alpha]
    }
    const over = (top: Rgba, below: Rgba): Rgba => {
      const a = top[3]
      return [top[0] * a + below[0] * (1 - a), top[1] * a + below[1] * (1 - a), top[2] * a + below[2] * (1 - a), 1]
    }
    /** What is painted behind `node`'s content: every ancestor's background, from the root down. */
    const backdrop = (node: Element | null): Rgba => {
      const chain: Element[] = []
      for (let n = node; n; n = n.parentElement) chain.push(n)
      let colour: Rgba = [255, 255, 255, 1]
      for (const n of chain.reverse()) colour = over(parse(getComputedStyle(n).backgroundColor), colour)
      return colour
    }
    const luminance = ([r, g, b]: Rgba): number => {
      const lin = (c: number): number => {
        const s = c / 255
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
      }
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
    }
    const ratio = (a: Rgba, b: Rgba): number => {
      const la = luminance(a)
      const lb = luminance(b)
      return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05)
    }
    // A radio or checkbox hidden inside its label: the label is what is painted.
    const painted = el instanceof HTMLInputElement && getComputedStyle(el).opacity === '0' && el.parentElement ? el.parentElement : el
    const style = getComputedStyle(painted)
    const bg = backdrop(painted)
    const text = over(parse(style.color), bg)
    const outlineDrawn = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0
    const outline = outlineDrawn ? over(parse(style.outlineColor), backdrop(painted.parentElement)) : null
    const fmt = (c: Rgba): string => `rgb(${c.slice(0, 3).map(Math.round).join(' ')})`
    return {
      name: (el.getAttribute('aria-label') ?? el.textContent ?? el.tagName).trim().slice(0, 40),
      text: fmt(text),
      background: fmt(bg),
      textRatio: ratio(text, bg),
      outline: outline ? fmt(outline) : null,
      outlineRatio: outline ? ratio(outline, backdrop(painted.parentElement)) : null,
      focusVisible: el.matches(':focus-visible'),
      hovered: painted.matches(':hover'),
    }
  })
}
