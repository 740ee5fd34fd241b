// Instructors' lessons at 1920x1080, as an instructor would use them: build a 3-step lesson from views of the body
// (a muscle chosen in the list, another view, a pin placed by clicking), present it with the keyboard (each step's
// scene state and a screenshot checked), open the copied link in a fresh browser, export and import the file, and
// refuse a broken file and a hostile link with a message.
import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { openFeatureApp } from './features-helpers'
import { waitReady } from './helpers/app'

test.use({ viewport: { width: 1920, height: 1080 } })

interface SceneStateLike {
  mode: string
  selection: string | null
  hidden: string[]
  focus: { muscleId: string; side: string; triggerPointId: string | null } | null
  camera: { view: string | null; pose: { position: number[]; target: number[]; fovDeg: number } | null }
  layers: Record<string, { visible: boolean; opacity: number }>
  build: string
  body: string
  variantsShown: boolean
}

const sceneState = (page: Page): Promise<SceneStateLike> =>
  page.evaluate(() => (window.__tpa as unknown as { sceneState(): SceneStateLike }).sceneState())

/** The parts of a scene state a step must restore exactly (the camera is compared with a tolerance). */
function sameScene(shown: SceneStateLike, step: SceneStateLike): void {
  expect(shown.selection).toBe(step.selection)
  expect(shown.hidden).toEqual(step.hidden)
  expect(shown.focus).toEqual(step.focus)
  expect(shown.layers).toEqual(step.layers)
  expect(shown.build).toBe(step.build)
  expect(shown.body).toBe(step.body)
  expect(shown.variantsShown).toBe(step.variantsShown)
}

async function waitForCamera(page: Page, pose: SceneStateLike['camera']['pose']): Promise<void> {
  if (!pose) return
  await expect
    .poll(
      async () => {
        const now = (await sceneState(page)).camera.pose
        return now ? Math.hypot(...now.position.map((v, i) => v - pose.position[i]!)) : 1
      },
      { timeout: 15_000 },
    )
    .toBeLessThan(0.01)
}

async function pickFromList(page: Page, search: string, name: RegExp): Promise<void> {
  await page.getByRole('searchbox', { name: 'Search structures' }).fill(search)
  await page.getByRole('option', { name }).first().click()
}

test('build a 3-step lesson, present it with the keyboard, share it by link and file', async ({ page, browser }) => {
  await openFeatureApp(page, '?view=posterior')
  await page.getByRole('button', { name: 'Lessons' }).click()
  const dock = page.getByRole('region', { name: 'Lesson' })

  // Step 1: the upper trapezius from behind.
  await pickFromList(page, 'upper trap', /^Upper trapezius \(right\)/)
  await dock.getByRole('button', { name: 'New lesson from this view' }).click()
  await dock.getByRole('textbox', { name: 'Lesson title' }).fill('Neck pain in three steps')
  await dock.getByRole('textbox', { name: 'Author' }).fill('A. Lecturer')
  await dock.getByRole('textbox', { name: 'Caption' }).fill('The **upper trapezius** may refer pain to the side of the head.')

  // Step 2: levator scapulae, seen from the right, with the skin hidden.
  await pickFromList(page, 'levator', /^Levator scapulae \(right\)/)
  await page.getByRole('button', { name: 'Right', exact: true }).click()
  await page
    .getByRole('switch', { name: 'Skin' })
    .or(page.getByRole('checkbox', { name: 'Skin' }))
    .first()
    .uncheck()
  await dock.getByRole('button', { name: 'Add step from this view' }).click()
  await dock.getByRole('textbox', { name: 'Caption' }).fill('- Levator scapulae\n- Seen from the right')

  // Step 3: a pin placed by clicking on the body.
  await dock.getByRole('button', { name: 'Add step from this view' }).click()
  await dock.getByRole('textbox', { name: 'Step title' }).fill('Where it hurts')
  await dock.getByRole('button', { name: 'Add pin' }).click()
  await expect(dock.getByRole('status').filter({ hasText: 'Click on the body to place the pin.' })).toBeVisible()
  const canvas = page.locator('canvas')
  const box = (await canvas.boundingBox())!
  await page.mouse.click(box.x + box.width / 2, box.y + box.height * 0.3)
  const pinLabel = dock.getByRole('textbox', { name: 'Pin 1 label' })
  await expect(pinLabel).toHaveValue('Point 1')
  await pinLabel.fill('Neck')
  await expect(dock.getByRole('list', { name: 'Steps' }).getByRole('button')).toHaveCount(3)

  // Undo takes back the last edit, redo restores it.
  await dock.getByRole('button', { name: 'Undo' }).click()
  await expect(pinLabel).toHaveValue('Point 1')
  await dock.getByRole('button', { name: 'Redo' }).click()
  await expect(pinLabel).toHaveValue('Neck')

  // Each step's scene state, as shown when its step is chosen.
  const steps: SceneStateLike[] = []
  for (let i = 0; i < 3; i++) {
    await dock.getByRole('list', { name: 'Steps' }).getByRole('button').nth(i).click()
    await page.waitForTimeout(1500)
    steps.push(await sceneState(page))
  }
  expect(steps.map((s) => s.selection)).toEqual(['upper-trapezius.right', 'levator-scapulae.right', 'levator-scapulae.right'])
  expect(steps[0]!.layers.skin!.visible).toBe(true)
  expect(steps[1]!.layers.skin!.visible).toBe(false)
  await page.screenshot({ path: '/tmp/lesson-authoring.png' })

  // Present from step 1 with the keyboard.
  await dock.getByRole('list', { name: 'Steps' }).getByRole('button').first().click()
  await dock.getByRole('button', { name: 'Present', exact: true }).click()
  const presenter = page.getByTestId('lesson-presenter')
  await expect(presenter).toBeVisible()
  const counter = presenter.getByLabel(/^Step \d+ of 3$/)
  const caption = page.getByTestId('lesson-caption')
  for (let i = 0; i < 3; i++) {
    if (i > 0) await page.keyboard.press(i === 1 ? 'ArrowRight' : 'PageDown')
    await expect(counter).toHaveText(`${i + 1} / 3`)
    await waitForCamera(page, steps[i]!.camera.pose)
    const shown = await sceneState(page)
    expect(shown.mode).toBe('present')
    sameScene(shown, steps[i]!)
    await page.screenshot({ path: `/tmp/lesson-present-${i + 1}.png` })
  }
  // Readable from the back of the room: captions >= 32 px, labels >= 24 px; only the body, caption and counter.
  const captionPx = await caption.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
  expect(captionPx).toBeGreaterThanOrEqual(32)
  const pin = page.getByTestId('lesson-pin-label').first()
  await expect(pin).toHaveText('Neck')
  expect(await pin.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(24)
  await expect(page.getByRole('button', { name: 'Frame selection' })).toBeHidden()
  await expect(page.getByRole('searchbox', { name: 'Search structures' })).toBeHidden()
  await page.screenshot({ path: '/tmp/lesson-present-pin.png' })

  // Back with Space+Shift and PageUp, B blanks, a typed number jumps.
  await page.keyboard.press('PageUp')
  await expect(counter).toHaveText('2 / 3')
  await page.keyboard.press('b')
  await expect(page.getByRole('img', { name: /Screen blanked/ })).toBeVisible()
  await page.keyboard.press('b')
  await expect(page.getByRole('img', { name: /Screen blanked/ })).toBeHidden()
  await page.keyboard.press('3')
  await page.keyboard.press('Enter')
  await expect(counter).toHaveText('3 / 3')
  await page.keyboard.press('1')
  // a single digit jumps by itself after a short pause (900 ms; the bound allows for a loaded machine)
  await expect(counter).toHaveText('1 / 3', { timeout: 15_000 })
  await page.keyboard.press('Escape')
  await expect(presenter).toBeHidden()
  await expect(page.getByRole('radio', { name: 'Study' })).toBeChecked()

  // The link carries the whole lesson: a fresh browser opens the same steps.
  await dock.getByRole('button', { name: 'Copy link' }).click()
  const link = await dock.getByRole('textbox', { name: 'Lesson link' }).inputValue()
  expect(link).toMatch(/#lesson=[A-Za-z0-9_-]+$/)
  const fresh = await browser.newContext({ viewport: { width: 1920, height: 1080 }, serviceWorkers: 'block' })
  const other = await fresh.newPage()
  await other.goto(link)
  await waitReady(other)
  const otherDock = other.getByRole('region', { name: 'Lesson' })
  await expect(otherDock.getByRole('textbox', { name: 'Lesson title' })).toHaveValue('Neck pain in three steps')
  await expect(otherDock.getByRole('list', { name: 'Steps' }).getByRole('button')).toHaveCount(3)
  for (let i = 0; i < 3; i++) {
    await otherDock.getByRole('list', { name: 'Steps' }).getByRole('button').nth(i).click()
    await waitForCamera(other, steps[i]!.camera.pose)
    sameScene(await sceneState(other), steps[i]!)
  }
  await expect(otherDock.getByRole('textbox', { name: 'Pin 1 label' })).toHaveValue('Neck')
  await other.screenshot({ path: '/tmp/lesson-from-link.png' })
  await fresh.close()

  // Export, then import the file: the same lesson.
  const [download] = await Promise.all([page.waitForEvent('download'), dock.getByRole('button', { name: 'Export file' }).click()])
  expect(download.suggestedFilename()).toBe('neck-pain-in-three-steps.lesson.json')
  const exported = readFileSync((await download.path())!, 'utf8')
  const exportedJson = JSON.parse(exported) as { format: string; version: number; steps: unknown[] }
  expect(exportedJson.format).toBe('trigger-point-atlas/lesson')
  expect(exportedJson.steps).toHaveLength(3)
  await dock.getByRole('button', { name: 'Close lesson' }).click()
  await dock
    .getByLabel('Lesson file')
    .setInputFiles({ name: 'neck.lesson.json', mimeType: 'application/json', buffer: Buffer.from(exported) })
  await expect(dock.getByRole('textbox', { name: 'Lesson title' })).toHaveValue('Neck pain in three steps')
  const reexported = await Promise.all([page.waitForEvent('download'), dock.getByRole('button', { name: 'Export file' }).click()])
  const again = JSON.parse(readFileSync((await reexported[0].path())!, 'utf8')) as Record<string, unknown>
  expect({ ...again, updatedAt: '' }).toEqual({ ...exportedJson, updatedAt: '' })

  // A broken file is refused with a message naming the field; what was open stays.
  await dock.getByRole('button', { name: 'Close lesson' }).click()
  const broken = JSON.stringify({ format: 'trigger-point-atlas/lesson', version: 1, id: 'x', title: 7, steps: [] })
  await dock
    .getByLabel('Lesson file')
    .setInputFiles({ name: 'broken.lesson.json', mimeType: 'application/json', buffer: Buffer.from(broken) })
  await expect(dock.getByRole('alert')).toContainText('"broken.lesson.json" is not a lesson this app can open')
  await expect(dock.getByRole('alert')).toContainText('title')
  await expect(dock.getByRole('textbox', { name: 'Lesson title' })).toHaveCount(0)
})

test('a hostile or damaged lesson link is refused with a message and loads nothing', async ({ page }) => {
  await openFeatureApp(page, '#lesson=<script>alert(1)</script>')
  await expect(page.getByText(/The lesson in this link could not be opened: the lesson link is damaged/)).toBeVisible()
  await expect(page.getByRole('region', { name: 'Lesson' })).toHaveCount(0)
  // A well-formed link to something that is not a lesson.
  const notALesson = await page.evaluate(async () => {
    const stream = new Blob([
      JSON.stringify({
        format: 'trigger-point-atlas/lesson',
        version: 1,
        id: 'x',
        title: 'X',
        steps: [{ id: 's', scene: { version: 1 } }],
      }),
    ])
      .stream()
      .pipeThrough(new CompressionStream('deflate-raw'))
    const bytes = new Uint8Array(await new Response(stream).arrayBuffer())
    return btoa(String.fromCharCode(...bytes))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '')
  })
  await openFeatureApp(page, `?x=1#lesson=${notALesson}`)
  await expect(page.getByText(/The lesson in this link could not be opened: steps\.0\.scene/)).toBeVisible()
  await expect(page.getByRole('region', { name: 'Lesson' })).toHaveCount(0)
})

test('the built-in neck lesson presents at 1920x1080 with its caption and pins, and prints a handout', async ({ page }) => {
  await openFeatureApp(page)
  await page.getByRole('button', { name: 'Lessons' }).click()
  const dock = page.getByRole('region', { name: 'Lesson' })
  await dock.getByRole('button', { name: 'Neck pain and the upper trapezius' }).click()
  await expect(dock.getByText('A built-in lesson (read-only).')).toBeVisible()
  await dock.getByRole('button', { name: 'Present', exact: true }).click()
  await expect(page.getByTestId('lesson-presenter')).toBeVisible()
  await page.keyboard.press('4')
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('lesson-presenter').getByLabel('Step 4 of 10')).toBeVisible()
  await expect(page.getByTestId('lesson-pin-label').first()).toBeVisible()
  await page.waitForTimeout(1500)
  await page.screenshot({ path: '/tmp/lesson-builtin-present.png' })
  await page.keyboard.press('Escape')

  await dock.getByRole('button', { name: 'Handout' }).click()
  const handout = page.getByRole('dialog', { name: /Handout: Neck pain/ })
  await expect(handout.getByRole('status')).toHaveText('Ready to print.', { timeout: 90_000 })
  await expect(handout.getByRole('img', { name: /^Step \d+: the 3D view$/ })).toHaveCount(10)
  await expect(handout.getByRole('button', { name: 'Print or save as PDF' })).toBeEnabled()
  // The pictures carry the step's pins (drawn in pin yellow): step 4 has two, step 1 none.
  const yellowPixels = (i: number) =>
    handout.getByRole('img', { name: `Step ${i}: the 3D view` }).evaluate(async (img: HTMLImageElement) => {
      await img.decode()
      const c = document.createElement('canvas')
      c.width = img.naturalWidth
      c.height = img.naturalHeight
      const ctx = c.getContext('2d')!
      ctx.drawImage(img, 0, 0)
      const d = ctx.getImageData(0, 0, c.width, c.height).data
      let n = 0
      for (let p = 0; p < d.length; p += 4) if (d[p]! > 230 && d[p + 1]! > 190 && d[p + 1]! < 225 && d[p + 2]! < 90) n++
      return n
    })
  expect(await yellowPixels(4)).toBeGreaterThan(50)
  expect(await yellowPixels(1)).toBeLessThan(5)
  await page.screenshot({ path: '/tmp/lesson-handout.png' })
  await page.emulateMedia({ media: 'print' })
  await page.screenshot({ path: '/tmp/lesson-handout-print.png', fullPage: true })
  await page.emulateMedia({ media: 'screen' })
  await handout.getByRole('button', { name: 'Close handout' }).click()
  await expect(handout).toBeHidden()
})

test('steps are reordered with the keyboard and by dragging, duplicated and deleted; speaker notes follow the presentation; the laser shows while L is held', async ({
  page,
}) => {
  await openFeatureApp(page, '?sel=soleus.right&view=posterior')
  await page.getByRole('button', { name: 'Lessons' }).click()
  const dock = page.getByRole('region', { name: 'Lesson' })
  await dock.getByRole('button', { name: 'New lesson from this view' }).click()
  const steps = dock.getByRole('list', { name: 'Steps' }).getByRole('button')
  await dock.getByRole('textbox', { name: 'Step title' }).fill('Alpha')
  await dock.getByRole('textbox', { name: 'Speaker notes' }).fill('Say **alpha** first.')
  await dock.getByRole('button', { name: 'Add step from this view' }).click()
  await dock.getByRole('textbox', { name: 'Step title' }).fill('Beta')
  await dock.getByRole('button', { name: 'Duplicate step' }).click()
  await expect(steps).toHaveCount(3)
  await expect(steps).toHaveText([/Alpha/, /Beta/, /Beta/])
  await dock.getByRole('button', { name: 'Delete step' }).click()
  await expect(steps).toHaveCount(2)

  // Alt+← moves the focused step earlier; dragging moves it back.
  await steps.nth(1).focus()
  await page.keyboard.press('Alt+ArrowLeft')
  await expect(steps).toHaveText([/Beta/, /Alpha/])
  // Dragged as a hand does: press on the step, move over the other in several steps (the drag starts on a move, and
  // the drop must land after it has), pause, release. A drag lost on a loaded machine is released (so no half-started
  // drag swallows the next try) and dragged again, only while the order is still the old one.
  const dragStep = async (from: number, to: number) => {
    await steps.nth(from).hover()
    await page.mouse.down()
    const target = await steps.nth(to).boundingBox()
    if (!target) throw new Error('the target step has no box')
    await page.mouse.move(target.x + target.width / 2, target.y + target.height / 3, { steps: 4 })
    await page.waitForTimeout(150)
    await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 4 })
    await page.waitForTimeout(150)
    await page.mouse.up()
  }
  await expect(async () => {
    if (/Beta/.test(await steps.first().innerText())) await dragStep(0, 1)
    await expect(steps).toHaveText([/Alpha/, /Beta/], { timeout: 2_000 })
  }).toPass({ timeout: 30_000 })

  await steps.nth(0).click()
  await dock.getByRole('button', { name: 'Present', exact: true }).click()
  const presenter = page.getByTestId('lesson-presenter')
  await expect(presenter).toBeVisible()
  const [notes] = await Promise.all([page.waitForEvent('popup'), presenter.getByRole('button', { name: 'Speaker notes' }).click()])
  await expect(notes.getByRole('heading', { level: 1 })).toHaveText('Alpha')
  await expect(notes.getByRole('main')).toContainText('Say alpha first.')
  await expect(notes.getByRole('main')).toContainText('Next: Beta')
  await page.keyboard.press('ArrowRight')
  await expect(notes.getByRole('heading', { level: 1 })).toHaveText('Beta')
  await notes.getByRole('button', { name: 'Previous step' }).click()
  await expect(presenter.getByLabel('Step 1 of 2')).toBeVisible()
  await notes.close()

  await page.mouse.move(900, 500)
  await page.keyboard.down('l')
  await page.mouse.move(960, 520)
  await expect(page.locator('.tpa-present-laser')).toBeVisible()
  await page.screenshot({ path: '/tmp/lesson-laser.png' })
  await page.keyboard.up('l')
  await expect(page.locator('.tpa-present-laser')).toHaveCount(0)
})
