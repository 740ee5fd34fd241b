// [5] Needling safety: pushing the needle at an upper trapezius trigger point past the margin turns the
// warning amber, then red, and red comes before the tip reaches the pleura on the model's path. The tests share one
// loaded page (helpers/sharedApp.ts) and choose each muscle in the structure list.
import { canvasPng, colourDistance, control, meanColour } from './features-helpers'
import { chooseInList, expect, showView, test } from './helpers/sharedApp'

test('warns red before the simulated needle reaches the pleura (upper trapezius)', async ({ app: page }) => {
  await showView(page, 'posterior')
  await chooseInList(page, 'upper trapezius', 'Upper trapezius (right)')
  await control(page, 'Needling').click()
  const tab = page.getByTestId('needling-tab')
  await expect(tab.getByTestId('needle-warning')).toBeVisible({ timeout: 30_000 })
  await tab.getByLabel('Needle length').selectOption('75')
  await expect(tab).not.toContainText(/\bsafe\b/i)

  const slider = tab.getByRole('slider', { name: /Needle depth/ })
  await slider.focus()
  let sawAmber = false
  let redAtMm: number | null = null
  for (let i = 0; i < 160 && redAtMm === null; i++) {
    await page.keyboard.press('ArrowRight')
    const level = await tab.getByTestId('needle-warning').getAttribute('data-level')
    if (level === 'amber') sawAmber = true
    if (level === 'red') redAtMm = Number(await slider.inputValue())
  }
  expect(sawAmber).toBe(true)
  expect(redAtMm).not.toBeNull()
  const pleuraText = await tab.getByTestId('model-pleura-mm').textContent()
  // The atlas's default path at this trigger point meets the model's pleura (data/atlas/upper-trapezius.json).
  const pleura = /([\d.]+) mm/.exec(pleuraText ?? '')
  expect(pleura, `model pleura depth shown: ${pleuraText}`).not.toBeNull()
  expect(redAtMm!).toBeLessThan(Number(pleura![1]))
  // The published figures are shown with the recommended maximum and margin; red comes at the maximum at the latest.
  await expect(tab.getByTestId('pleura-site')).toContainText('KEARNS-2022')
  await expect(tab.getByTestId('recommended-max')).toHaveText(/\d+ mm/)
  const recommendedMaxMm = Number(/(\d+)/.exec((await tab.getByTestId('recommended-max').textContent()) ?? '')![1])
  expect(redAtMm!).toBeLessThanOrEqual(recommendedMaxMm)
  await expect(tab.getByTestId('margin')).toHaveText(/\d+ mm/)
  await expect(tab.getByTestId('contraindications')).toBeVisible()
  await expect(tab).not.toContainText(/\bsafe\b/i)
})

/** WCAG contrast ratio of two CSS rgb() colours. */
function contrast(a: string, b: string): number {
  const lum = (css: string): number => {
    // a missing component reads as NaN, so the ratio is NaN and fails any comparison
    const [r = NaN, g = NaN, bl = NaN] = (css.match(/\d+(\.\d+)?/g) ?? [])
      .slice(0, 3)
      .map(Number)
      .map((v) => {
        const c = v / 255
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
      })
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl
  }
  const la = lum(a)
  const lb = lum(b)
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05)
}

interface NeedleHooks {
  needleTipScreenPoint?: () => { x: number; y: number } | null
  needleTipColour?: string
}

test('the depth section and the warning follow the needle: clear, amber, red, past the pleura (upper trapezius)', async ({ app: page }) => {
  await showView(page, 'posterior')
  await chooseInList(page, 'upper trapezius', 'Upper trapezius (right)')
  await control(page, 'Needling').click()
  const tab = page.getByTestId('needling-tab')
  const warning = tab.getByTestId('needle-warning')
  await expect(warning).toBeVisible({ timeout: 30_000 })
  await tab.getByLabel('Needle length').selectOption('75')
  const section = tab.getByRole('img', { name: /^Depth section along the needle/ })
  await expect(section).toBeVisible()
  await expect(warning).toHaveAttribute('data-level', 'clear')
  await expect(warning).toContainText('Clear: before the margin')
  await expect(section).toHaveAttribute(
    'aria-label',
    /tip at 0 mm on the skin; trigger point at [\d.]+ mm; pleura at [\d.]+ mm; recommended maximum \d+ mm; state clear/,
  )
  // The cut names the layers of this path on the model.
  const label = (await section.getAttribute('aria-label')) ?? ''
  expect(label).toMatch(/0 to \d+ mm/)
  await expect(tab.getByTestId('depth-section').locator('text', { hasText: 'Upper trapezius' })).toHaveCount(1)
  await expect(tab.getByTestId('depth-section').locator('text', { hasText: 'Pleura' }).first()).toBeVisible()

  const slider = tab.getByRole('slider', { name: /Needle depth/ })
  await slider.focus()
  const seen: Record<string, number> = {}
  for (let i = 0; i < 160 && seen['past-pleura'] === undefined; i++) {
    await page.keyboard.press('ArrowRight')
    const level = (await warning.getAttribute('data-level')) ?? ''
    if (seen[level] === undefined) {
      seen[level] = Number(await slider.inputValue())
      if (level === 'amber') {
        await expect(warning).toContainText('Amber: inside the margin')
        await expect(section).toHaveAttribute('aria-label', new RegExp(`tip at ${seen[level]} mm .*state amber`))
      }
      if (level === 'red') {
        await expect(warning).toContainText('Red: at or past the limit')
        await expect(section).toHaveAttribute('aria-label', /state red, at the limit/)
        // Red is red, and its text meets WCAG AA on it.
        const { color, background } = await warning.evaluate((el) => ({
          color: getComputedStyle(el).color,
          background: getComputedStyle(el).backgroundColor,
        }))
        const [r = NaN, g = NaN, b = NaN] = (background.match(/\d+/g) ?? []).map(Number)
        expect(r, background).toBeGreaterThan(150)
        expect(g + b, background).toBeLessThan(60)
        expect(contrast(color, background)).toBeGreaterThanOrEqual(4.5)
        // The needle tip is drawn on top in the 3D view, in the state's colour.
        // The camera may still be finishing its move to the trigger point (a frame can take half a second with
        // software WebGL): wait until no move is running, then read where the tip is drawn.
        await page.waitForFunction(() => window.__tpa?.cameraMoving === false, null, { polling: 100, timeout: 30_000 })
        await page.waitForTimeout(400)
        const tip = await page.evaluate(() => {
          const h = window.__tpa as unknown as NeedleHooks
          return { at: h.needleTipScreenPoint?.() ?? null, colour: h.needleTipColour ?? '' }
        })
        expect(tip.at).not.toBeNull()
        const shot = await canvasPng(page)
        const pixel = meanColour(shot, { x: shot.box.x + tip.at!.x, y: shot.box.y + tip.at!.y }, 1)
        const want = [1, 3, 5].map((i) => parseInt(tip.colour.slice(i, i + 2), 16))
        expect(colourDistance(pixel, want), `tip pixel ${pixel.join(',')} vs ${tip.colour}`).toBeLessThan(60)
      }
    }
  }
  expect(seen.amber).toBeDefined()
  expect(seen.red).toBeDefined()
  expect(seen.red).toBeGreaterThan(seen.amber!)
  expect(seen['past-pleura']).toBeGreaterThan(seen.red!)
  await expect(warning).toContainText('Past the pleura')
  await expect(tab.getByTestId('past-pleura')).toContainText('pneumothorax')
  await expect(tab.getByTestId('past-pleura')).toContainText('urgent medical assessment')
  await expect(section).toHaveAttribute('aria-label', /state past the pleura/)
  const pastColours = await warning.evaluate((el) => ({
    color: getComputedStyle(el).color,
    background: getComputedStyle(el).backgroundColor,
  }))
  expect(contrast(pastColours.color, pastColours.background)).toBeGreaterThanOrEqual(4.5)
  // Told apart from red by its own colour as well as its words.
  expect(pastColours.background).not.toBe('rgb(184, 0, 0)')
  await expect(tab).not.toContainText(/\bsafe\b/i)
})

test('choosing another trigger point resets the approach, and the section follows the build', async ({ app: page }) => {
  await showView(page, 'posterior')
  await chooseInList(page, 'upper trapezius', 'Upper trapezius (right)')
  await control(page, 'Needling').click()
  const tab = page.getByTestId('needling-tab')
  await expect(tab.getByTestId('needle-warning')).toBeVisible({ timeout: 30_000 })
  const section = tab.getByRole('img', { name: /^Depth section along the needle/ })
  const before = await section.getAttribute('aria-label')
  await tab.getByRole('radio', { name: /Tangential/ }).check()
  await expect(tab.getByRole('radio', { name: /Tangential/ })).toBeChecked()
  await expect(section).not.toHaveAttribute('aria-label', before ?? '')
  // The tangential path enters beside the trigger point: a skin-to-trigger-point figure of a few centimetres at most.
  const skinToTrp = tab.getByRole('row', { name: /Skin to trigger point/ }).getByRole('cell')
  await expect(skinToTrp).toHaveText(/^\d+(\.\d)? mm$/)
  expect(Number(/([\d.]+)/.exec((await skinToTrp.textContent()) ?? '')![1])).toBeLessThan(76)

  const tpSelect = tab.getByLabel('Trigger point', { exact: true })
  const options = await tpSelect.locator('option').allTextContents()
  expect(options.length).toBeGreaterThan(1)
  await tpSelect.selectOption({ index: 1 })
  await expect(tab.getByRole('radio', { name: /Straight in/ })).toBeChecked()

  const average = await section.getAttribute('aria-label')
  await tab.getByRole('radio', { name: 'High BMI' }).check()
  await expect(section).not.toHaveAttribute('aria-label', average ?? '')
})

test("shows the builds with their BMI ranges, the rule's maximum at the upper trapezius, and no maximum with the technique at the scalenes", async ({
  app: page,
}) => {
  await showView(page, 'posterior')
  await chooseInList(page, 'upper trapezius', 'Upper trapezius (right)')
  await control(page, 'Needling').click()
  const tab = page.getByTestId('needling-tab')
  await expect(tab.getByTestId('needle-warning')).toBeVisible({ timeout: 30_000 })
  for (const name of ['Underweight (BMI < 18.5)', 'Lean (BMI 18.5–22.9)', 'Average (BMI 23–24.9)', 'High BMI (BMI ≥ 25)']) {
    await expect(tab.getByRole('radio', { name })).toBeVisible()
  }
  await expect(tab.getByRole('radio', { name: 'Average (BMI 23–24.9)' })).toBeChecked()
  // SA-G: a 31 mm needle reached lung tissue; the rule keeps 10 mm shallower.
  await expect(tab.getByTestId('recommended-max')).toHaveText('21 mm')
  await expect(tab.getByTestId('pleura-site')).toContainText(
    'SA-G (whole sample, not split by build): a 31 mm needle reached the pleura or lung',
  )
  await tab.getByTestId('pleura-site').getByText('The rule and its inputs').click()
  await expect(tab.getByTestId('rule-inputs')).toContainText('mean without SD (context)')
  await page.screenshot({ path: '/tmp/needling-upper-trapezius-average.png' })
  await tab.getByTestId('pleura-site').screenshot({ path: '/tmp/needling-upper-trapezius-average-site.png' })

  // Underweight: GYER's 13 mm in a thin person leaves 3 mm, so no maximum.
  await tab.getByRole('radio', { name: 'Underweight (BMI < 18.5)' }).check()
  await expect(tab.getByTestId('recommended-max')).toHaveText('none')
  await expect(tab.getByTestId('no-maximum')).toContainText('GYER')

  await showView(page, 'anterior')
  await chooseInList(page, 'scalenes', 'Scalenes (right)')
  await control(page, 'Needling').click()
  const scalenes = page.getByTestId('needling-tab')
  await expect(scalenes.getByTestId('needle-warning')).toBeVisible({ timeout: 30_000 })
  await expect(scalenes.getByTestId('pleura-site')).toContainText('Supraclavicular fossa')
  await expect(scalenes.getByTestId('recommended-max')).toHaveText('none')
  await expect(scalenes.getByTestId('no-maximum')).toContainText('Perpendicular needling toward the pleura is not taught at this site.')
  await expect(scalenes.getByTestId('no-maximum')).toContainText('Technique instead:')
  await expect(scalenes.getByTestId('no-maximum-technique')).toContainText('Use the tangential or pincer technique')
  await expect(scalenes.getByTestId('needle-warning')).toContainText('not taught at this site')
  await expect(scalenes).not.toContainText(/\bsafe\b/i)
  await page.screenshot({ path: '/tmp/needling-scalenes.png' })
  await scalenes.getByTestId('pleura-site').screenshot({ path: '/tmp/needling-scalenes-site.png' })
})

test('a flank trigger point is measured from the trunk, with a note to move the arm away (quadratus lumborum)', async ({ app: page }) => {
  await showView(page, 'posterior')
  await chooseInList(page, 'quadratus lumborum', 'Quadratus lumborum (right)')
  await control(page, 'Needling').click()
  const tab = page.getByTestId('needling-tab')
  await expect(tab.getByTestId('needle-warning')).toBeVisible({ timeout: 30_000 })
  // The hands hang beside the hips: on the high build the straight path out from the lower superficial point leaves
  // the flank and runs on into the wrist (about 94 mm through it).
  const tpSelect = tab.getByLabel('Trigger point', { exact: true })
  const caudal = (await tpSelect.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).find((v) =>
    /superficial-caudal/.test(v),
  )
  expect(caudal).toBeTruthy()
  await tpSelect.selectOption(caudal!)
  await tab.getByRole('radio', { name: 'High BMI (BMI ≥ 25)' }).check()
  await expect(tab.getByRole('radio', { name: /Straight in/ })).toBeChecked()
  const cell = tab.getByRole('row', { name: /Skin to trigger point/ }).getByRole('cell')
  await expect(tab.getByTestId('needle-path-note').filter({ hasText: /move the arm away/ })).toBeVisible({ timeout: 30_000 })
  await expect(cell).toHaveText(/mm/)
  const mm = Number((await cell.textContent())!.match(/-?[\d.]+/)![0])
  // from the trunk: the depth of the flank, short of the wrist
  expect(mm).toBeGreaterThan(40)
  expect(mm).toBeLessThan(90)
  await page.screenshot({ path: '/tmp/needle-quadratus-lumborum-flank.png' })
  await tab.getByTestId('needle-path-note').first().scrollIntoViewIfNeeded()
  await page.screenshot({ path: '/tmp/needle-quadratus-lumborum-flank-note.png' })
})

test('a trigger point the atlas traces no path to shows why, with no needle controls or model depths (subscapularis)', async ({
  app: page,
}) => {
  await showView(page, 'anterior')
  await chooseInList(page, 'subscapularis', 'Subscapularis (right)')
  await control(page, 'Needling').click()
  const tab = page.getByTestId('needling-tab')
  const note = tab.getByRole('note', { name: 'No simulated needle path' })
  await expect(note).toBeVisible({ timeout: 30_000 })
  await expect(note).toContainText(/arm abducted to about 90°/)
  await expect(note).toContainText(/arms hanging at its sides/)
  await expect(tab.getByRole('slider', { name: /Needle depth/ })).toHaveCount(0)
  await expect(tab.getByLabel('Needle length')).toHaveCount(0)
  await expect(tab.getByTestId('needle-warning')).toHaveCount(0)
  await expect(tab.getByRole('row', { name: /Skin to trigger point/ })).toHaveCount(0)
  // The site's published figures and the technique taught instead still show, and the build can still be chosen.
  await expect(tab.getByTestId('pleura-site')).toBeVisible()
  await expect(tab.getByRole('radio', { name: /Lean/ })).toBeVisible()
  await page.screenshot({ path: '/tmp/needle-subscapularis-not-traced.png' })

  // Another trigger point of another muscle is traced again: the controls come back.
  await showView(page, 'anterior')
  await chooseInList(page, 'serratus anterior', 'Serratus anterior (right)')
  await control(page, 'Needling').click()
  await expect(page.getByTestId('needling-tab').getByTestId('needle-warning')).toBeVisible({ timeout: 30_000 })
  await expect(page.getByTestId('needling-tab').getByRole('note', { name: 'No simulated needle path' })).toHaveCount(0)
})
