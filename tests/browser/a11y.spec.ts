// Accessibility of every mode and every open panel: keyboard reach with a visible focus ring; no serious or
// critical axe finding in Study (each tab, the compare picker, "All trigger points"), the Quiz, Patient mode,
// Present mode, the Open atlas / Open model messages and dialog, and the phone layout with its drawers; and
// readable text on every kind of button while it is hovered or focused, which axe does not look at.
import { mkdirSync, readFileSync } from 'node:fs'
import { expect, test, type Locator, type Page } from '@playwright/test'
import { openApp } from './helpers/app'
import { makeBoxGlb, foreignModelNodes } from './helpers/glbFixtures'
import { paintedContrast, seriousAxeFindings, type PaintedContrast } from './helpers/contrast'

const SHOTS = process.env.A11Y_SHOTS ?? 'test-results/a11y'

/** Scans the page and collects findings under a heading, so one test reports every state it visited. */
async function scan(page: Page, state: string, found: string[]): Promise<void> {
  for (const line of await seriousAxeFindings(page)) found.push(`[${state}] ${line}`)
}

function tab(page: Page, name: string): Locator {
  return page.getByRole('tab', { name, exact: true })
}

async function enterPatientMode(page: Page): Promise<void> {
  await page.getByRole('radio', { name: 'Patient' }).check()
  await expect(page.getByTestId('patient-panel')).toBeVisible({ timeout: 30_000 })
}

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

test('axe finds nothing serious in Study mode: Details, Trigger points, compare, all trigger points, Needling, Quiz', async ({ page }) => {
  const found: string[] = []
  await openApp(page, '?sel=upper-trapezius.right')
  await expect(page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 })).toContainText('trapezius')
  await scan(page, 'study, Details', found)

  await tab(page, 'Trigger points').click()
  const trp = page.getByTestId('trigger-points-tab')
  await expect(trp.getByRole('group', { name: 'Trigger points of this muscle' })).toBeVisible({ timeout: 30_000 })
  await scan(page, 'study, Trigger points', found)
  await trp.getByLabel('Compare with…').selectOption({ index: 1 })
  await scan(page, 'study, Trigger points compared', found)
  await trp.getByText('All trigger points of a region', { exact: true }).first().click()
  await trp.getByRole('button', { name: 'Head and neck' }).click()
  await expect(trp.getByTestId('region-trigger-points').getByRole('listitem').first()).toBeVisible()
  await scan(page, 'study, All trigger points of a region', found)

  await tab(page, 'Needling').click()
  await expect(page.getByTestId('needle-warning')).toBeVisible({ timeout: 30_000 })
  await scan(page, 'study, Needling', found)

  await tab(page, 'Quiz').click()
  await page.getByRole('button', { name: 'Start quiz' }).click()
  await expect(page.getByRole('group', { name: 'Answers' }).getByRole('button')).toHaveCount(4)
  await scan(page, 'study, Quiz question', found)
  await page.getByRole('group', { name: 'Answers' }).getByRole('button').first().click()
  await expect(page.getByText(/Correct\.|Not quite\./)).toBeVisible()
  await scan(page, 'study, Quiz answered', found)
  expect(found, found.join('\n')).toEqual([])
})

test('axe finds nothing serious in Patient mode: painting controls, ranked muscles, import and export, an import error', async ({
  page,
}) => {
  const found: string[] = []
  await openApp(page)
  await enterPatientMode(page)
  const panel = page.getByTestId('patient-panel')
  await scan(page, 'patient, start', found)
  await panel.getByText('Or tap a named area').click()
  await panel.locator('button[data-region]').first().click()
  await expect(page.getByTestId('ranked-muscles').locator('li').first()).toBeVisible({ timeout: 15_000 })
  await page.getByRole('button', { name: 'Paint', exact: true }).click()
  await scan(page, 'patient, painting with ranked muscles', found)
  await panel.getByText('Clinical detail (for your therapist)').click()
  await scan(page, 'patient, clinical detail open', found)
  await panel
    .getByLabel('Pain map file to import')
    .setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"not":"maps"}') })
  await expect(panel.getByRole('alert')).toBeVisible()
  await scan(page, 'patient, import error', found)
  expect(found, found.join('\n')).toEqual([])
})

test('axe finds nothing serious in Present mode, the Open atlas dialog and report, and the Open model messages', async ({ page }) => {
  const found: string[] = []
  await openApp(page, '?sel=soleus.right')
  await page.getByRole('radio', { name: 'Present' }).check()
  await expect(page.locator('.app.mode-present')).toBeVisible()
  await scan(page, 'present', found)
  await page.getByRole('radio', { name: 'Study' }).check()

  // The lesson dock (library, then a built-in lesson) and a lesson presented.
  await page.getByRole('button', { name: 'Lessons' }).click()
  const dock = page.getByRole('region', { name: 'Lesson' })
  await expect(dock.getByRole('list', { name: 'Built-in lessons' }).getByRole('button').first()).toBeVisible()
  await scan(page, 'lesson library', found)
  await dock.getByRole('button', { name: 'Calf and heel pain' }).click()
  await expect(dock.getByRole('list', { name: 'Steps' })).toBeVisible()
  await scan(page, 'lesson open', found)
  await dock.getByRole('button', { name: 'Present', exact: true }).click()
  await expect(page.getByTestId('lesson-presenter')).toBeVisible()
  await scan(page, 'lesson presented', found)
  await page.keyboard.press('Escape')
  await dock.getByRole('button', { name: 'Close lesson' }).click()
  await dock.getByRole('button', { name: 'Close', exact: true }).click()

  const soleus = JSON.parse(readFileSync('data/atlas/soleus.json', 'utf8'))
  soleus.triggerPoints.push({ ...soleus.triggerPoints[0], id: 'soleus-trp-broken', location: 'nowhere' })
  await page
    .getByLabel('Open atlas file (.json)')
    .setInputFiles({ name: 'my-atlas.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(soleus)) })
  await expect(page.getByRole('dialog', { name: /Open atlas/ })).toBeVisible()
  await scan(page, 'Open atlas choice', found)
  await page.getByRole('button', { name: 'Add to the built-in atlas' }).click()
  await expect(page.getByRole('list', { name: 'Atlas faults' })).toBeVisible()
  await scan(page, 'Open atlas report', found)

  await page
    .getByLabel('Open model file (.glb)')
    .setInputFiles({ name: 'other.glb', mimeType: 'model/gltf-binary', buffer: Buffer.from(await makeBoxGlb(foreignModelNodes())) })
  await expect(page.getByRole('status')).toContainText('Opened "other.glb"')
  await scan(page, 'Open model, mapped', found)
  await page
    .getByLabel('Open model file (.glb)')
    .setInputFiles({ name: 'broken.glb', mimeType: 'model/gltf-binary', buffer: Buffer.from('not a glb at all') })
  await expect(page.getByRole('alert').filter({ hasText: 'broken.glb' })).toBeVisible()
  await scan(page, 'Open model, refused', found)
  expect(found, found.join('\n')).toEqual([])
})

test('axe finds nothing serious on a phone: both drawers, the tabs and Patient mode', async ({ page }) => {
  const found: string[] = []
  await page.setViewportSize({ width: 390, height: 844 })
  await openApp(page, '?sel=upper-trapezius.right')
  await scan(page, 'phone, drawers closed', found)
  await page.getByRole('button', { name: 'Structures' }).click()
  await expect(page.getByRole('searchbox', { name: 'Search structures' })).toBeVisible()
  await scan(page, 'phone, Structures drawer', found)
  await page.getByRole('button', { name: 'Structures' }).click()
  await page.getByRole('button', { name: 'Details' }).click()
  await expect(tab(page, 'Trigger points')).toBeVisible()
  await scan(page, 'phone, Details drawer', found)
  await tab(page, 'Trigger points').click()
  await expect(page.getByTestId('trigger-points-tab')).toBeVisible({ timeout: 30_000 })
  await scan(page, 'phone, Trigger points drawer', found)
  await enterPatientMode(page)
  await scan(page, 'phone, Patient drawer', found)
  expect(found, found.join('\n')).toEqual([])
})

test('"Skip to search" unfolds the folded Structures panel and puts the cursor in the search', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await openApp(page)
  const search = page.getByRole('searchbox', { name: 'Search structures' })
  await expect(search).toBeHidden()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Skip to search' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(search).toBeVisible()
  await expect(search).toBeFocused()
})

/**
 * Hovers, then keyboard-focuses, every enabled visible button (and radio) inside `scope`, measures what is
 * painted, and saves a picture of the first of each kind. Returns one line per failure.
 */
async function checkControls(page: Page, scope: Locator, panel: string): Promise<string[]> {
  const failures: string[] = []
  const dir = `${SHOTS}/${panel}`
  mkdirSync(dir, { recursive: true })
  const controls = scope.locator('button:visible, input[type="radio"]')
  const count = await controls.count()
  expect(count, `${panel} has controls`).toBeGreaterThan(0)
  const kinds = new Set<string>()
  for (let i = 0; i < count; i++) {
    const c = controls.nth(i)
    // one round trip: disabled and unseen controls are skipped
    const kind = await c.evaluate((el) => {
      if (el.matches(':disabled') || el.closest('[aria-disabled="true"]')) return null
      const painted = el instanceof HTMLInputElement ? el.parentElement! : el
      if (!painted.checkVisibility()) return null
      return `${el.tagName}.${painted.className}[${el.getAttribute('aria-pressed') ?? el.getAttribute('aria-selected') ?? (el as HTMLInputElement).checked ?? ''}]`
    })
    if (kind === null) continue
    const first = !kinds.has(kind)
    kinds.add(kind)
    const describe = (state: string, m: PaintedContrast): string =>
      `${panel} ${state} "${m.name}" (${kind}): text ${m.text} on ${m.background} = ${m.textRatio.toFixed(2)}:1` +
      (m.outline ? `, ring ${m.outline} = ${m.outlineRatio!.toFixed(2)}:1` : '')

    // A passing note (such as "works offline" once the service worker has cached the app) can lie over a control
    // for a few seconds: wait for the pointer to reach the control, and name what covers it if it never does.
    let box = null
    let hovered: PaintedContrast | null = null
    for (let attempt = 0; attempt < 20; attempt++) {
      await c.scrollIntoViewIfNeeded()
      box = await c.boundingBox()
      if (!box) break
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
      hovered = await paintedContrast(c)
      if (hovered.hovered) break
      await page.mouse.move(0, 0)
      await page.waitForTimeout(500)
    }
    if (!box || !hovered) continue
    const cover = hovered.hovered
      ? ''
      : await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.outerHTML.slice(0, 160) ?? 'nothing', {
          x: box.x + box.width / 2,
          y: box.y + box.height / 2,
        })
    expect(hovered.hovered, `${panel} "${hovered.name}" is under the pointer (covered by ${cover})`).toBe(true)
    if (hovered.textRatio < 4.5) failures.push(describe('hovered', hovered))
    if (first) await shot(page, box, `${dir}/${kinds.size}-hover.png`)

    // Keyboard focus (so :focus-visible applies), with the pointer moved away.
    await page.mouse.move(0, 0)
    await page.keyboard.press('Shift')
    await c.focus()
    const focused = await paintedContrast(c)
    expect(focused.focusVisible, `${panel} "${focused.name}" shows keyboard focus`).toBe(true)
    if (focused.textRatio < 4.5) failures.push(describe('focused', focused))
    if (focused.outlineRatio === null || focused.outlineRatio < 3) failures.push(describe('focus ring', focused))
    if (first) await shot(page, box, `${dir}/${kinds.size}-focus.png`)
  }
  return failures
}

async function shot(page: Page, box: { x: number; y: number; width: number; height: number }, path: string): Promise<void> {
  const pad = 10
  await page.screenshot({
    path,
    clip: { x: Math.max(0, box.x - pad), y: Math.max(0, box.y - pad), width: box.width + 2 * pad, height: box.height + 2 * pad },
  })
}

test('every kind of button keeps 4.5:1 text and a 3:1 focus ring while hovered or focused', async ({ page }) => {
  const failures: string[] = []
  await openApp(page, '?sel=upper-trapezius.right')
  failures.push(...(await checkControls(page, page.locator('.app-header'), 'header')))
  failures.push(...(await checkControls(page, page.getByRole('toolbar', { name: 'Views' }), 'toolbar-views')))
  failures.push(...(await checkControls(page, page.getByRole('toolbar', { name: 'Selection' }), 'toolbar-selection')))
  failures.push(...(await checkControls(page, page.getByRole('tablist', { name: 'Panels' }), 'tabs')))

  await tab(page, 'Trigger points').click()
  const trp = page.getByTestId('trigger-points-tab')
  await expect(trp.getByRole('group', { name: 'Trigger points of this muscle' })).toBeVisible({ timeout: 30_000 })
  await trp.getByText('All trigger points of a region', { exact: true }).first().click()
  await trp.getByRole('button', { name: 'Head and neck' }).click()
  await expect(trp.getByTestId('region-trigger-points').getByRole('listitem').first()).toBeVisible()
  failures.push(...(await checkControls(page, trp, 'trigger-points')))

  await tab(page, 'Needling').click()
  await expect(page.getByTestId('needle-warning')).toBeVisible({ timeout: 30_000 })
  failures.push(...(await checkControls(page, page.getByTestId('needling-tab'), 'needling')))

  await tab(page, 'Quiz').click()
  await page.getByRole('button', { name: 'Start quiz' }).click()
  failures.push(...(await checkControls(page, page.getByRole('tabpanel', { name: 'Quiz' }), 'quiz')))

  await enterPatientMode(page)
  const panel = page.getByTestId('patient-panel')
  await panel.getByText('Or tap a named area').click()
  await panel.locator('button[data-region]').first().click()
  await expect(page.getByTestId('ranked-muscles').locator('li').first()).toBeVisible({ timeout: 15_000 })
  failures.push(...(await checkControls(page, panel, 'patient')))
  expect(failures, failures.join('\n')).toEqual([])
})
