// A model file may only carry what is inside it, and a bad one never costs the user the body on screen:
// URLs and relative paths in buffers and images are refused before any request is made, NaN geometry is
// refused and the view still works, an oversized file is refused by its size without being read.
import { expect, test, type Page, type Request } from '@playwright/test'
import { canvasPixels, cameraPose, openApp } from './helpers/app'
import { boxGlb } from './helpers/modelSafetyFixtures'

const SHOTS = process.env.SHOT_DIR ?? '/tmp'

/** Every request the page and its context make from now on (the same request may be listed twice). */
function recordRequests(page: Page): Request[] {
  const seen: Request[] = []
  page.on('request', (r) => seen.push(r))
  page.context().on('request', (r) => seen.push(r))
  return seen
}

async function openFile(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  await page.getByLabel('Open model file (.glb)').setInputFiles({ name, mimeType: 'model/gltf-binary', buffer: Buffer.from(bytes) })
}

async function expectBuiltInBodyKept(page: Page, optionsBefore: number, fractionBefore: number): Promise<void> {
  await expect(page.getByText('Built-in body')).toBeVisible()
  expect(await page.getByRole('option').count()).toBe(optionsBefore)
  // The message lies over the view: dismiss it so the pixels compared are the body's alone.
  await page.getByRole('alert').getByRole('button', { name: 'Dismiss message' }).first().click()
  await expect(page.getByRole('alert')).toHaveCount(0)
  const { bodyFraction } = await canvasPixels(page)
  expect(Math.abs(bodyFraction - fractionBefore)).toBeLessThan(0.01)
}

const refusedUris = [
  { file: 'remote-buffer.glb', what: 'buffer 0', uri: 'http://example.invalid/x.bin', opts: { bufferUri: 'http://example.invalid/x.bin' } },
  { file: 'remote-image.glb', what: 'image 0', uri: 'http://example.invalid/x.png', opts: { imageUri: 'http://example.invalid/x.png' } },
  { file: 'relative-buffer.glb', what: 'buffer 0', uri: 'x.bin', opts: { bufferUri: 'x.bin' } },
  { file: 'relative-image.glb', what: 'image 0', uri: '../skin.png', opts: { imageUri: '../skin.png' } },
]

for (const c of refusedUris) {
  test(`${c.file}: ${c.what} at "${c.uri}" is refused before any request, and the body stays`, async ({ page, baseURL }) => {
    await openApp(page)
    const optionsBefore = await page.getByRole('option').count()
    const { bodyFraction } = await canvasPixels(page)
    const requests = recordRequests(page)
    await openFile(page, c.file, boxGlb(c.opts))
    // Whatever the outcome, a message about the file appears; then give a loader that slipped through time to
    // send its request before looking at what was requested.
    await expect(page.getByRole('alert').or(page.getByRole('status')).filter({ hasText: c.file })).toBeVisible()
    await page.waitForTimeout(1500)
    const origin = new URL(baseURL!).origin
    const urls = [...new Set(requests.map((r) => r.url()))]
    console.log(`${c.file}: requests after opening: ${urls.length ? urls.join(', ') : 'none'}`)
    expect(urls.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== origin)).toEqual([])
    const target = new URL(c.uri, `${origin}/`).href
    expect(urls.filter((u) => u === target || /\/(x\.bin|x\.png|skin\.png)$/.test(u))).toEqual([])
    const alert = page.getByRole('alert').filter({ hasText: c.file })
    await expect(alert).toContainText(`Could not open "${c.file}"`)
    await expect(alert).toContainText(`${c.what} → "${c.uri}"`)
    await expect(alert).toContainText('the atlas loads nothing from elsewhere')
    await expect(alert).toContainText('The body on screen is unchanged')
    await page.screenshot({ path: `${SHOTS}/model-safety-${c.file}.png` })
    await expectBuiltInBodyKept(page, optionsBefore, bodyFraction)
  })
}

test('a model whose positions hold NaN and Infinity (under finite min/max) is refused, and Reset view still works', async ({ page }) => {
  await openApp(page)
  const optionsBefore = await page.getByRole('option').count()
  await page.getByRole('button', { name: 'Reset view' }).click()
  const resetPose = await cameraPose(page)
  const { bodyFraction } = await canvasPixels(page)
  // Move away so that Reset view has something to do afterwards.
  await page.getByRole('button', { name: 'Posterior' }).click()
  await cameraPose(page)

  await openFile(page, 'nan-box.glb', boxGlb({ nonFinitePositions: true }))
  const alert = page.getByRole('alert').filter({ hasText: 'nan-box.glb' })
  await expect(alert).toContainText('not finite (NaN or Infinity) in mesh "Mystery part"')
  await expect(alert).toContainText('The body on screen is unchanged')
  await expect(page.getByRole('status')).not.toContainText('Opened "nan-box.glb"')
  await page.screenshot({ path: `${SHOTS}/model-safety-nan.png` })

  await page.getByRole('button', { name: 'Reset view' }).click()
  const pose = await cameraPose(page)
  for (const v of [...pose.position, ...pose.target]) expect(Number.isFinite(v)).toBe(true)
  pose.position.forEach((v, i) => expect(v).toBeCloseTo(resetPose.position[i]!, 3))
  pose.target.forEach((v, i) => expect(v).toBeCloseTo(resetPose.target[i]!, 3))
  await expectBuiltInBodyKept(page, optionsBefore, bodyFraction)
})

test('the same box with finite positions opens, so the refusals above are about the URI or the NaN alone', async ({ page }) => {
  await openApp(page)
  await openFile(page, 'plain-box.glb', boxGlb())
  await expect(page.getByRole('status')).toContainText('Opened "plain-box.glb"')
  const { bodyFraction } = await canvasPixels(page)
  expect(bodyFraction).toBeGreaterThan(0.005)
})

test('a model claiming more triangles than the cap is refused from its JSON, before decoding', async ({ page }) => {
  await openApp(page)
  await openFile(page, 'many-triangles.glb', boxGlb({ claimedIndexCount: 3_000_001 * 3 }))
  const alert = page.getByRole('alert').filter({ hasText: 'many-triangles.glb' })
  await expect(alert).toContainText('it has 3,000,001 triangles, and models can have at most 3,000,000')
  await expect(page.getByText('Built-in body')).toBeVisible()
})

test('a 1 GB file is refused by its size without being read', async ({ page }) => {
  await openApp(page)
  const { bodyFraction } = await canvasPixels(page)
  const optionsBefore = await page.getByRole('option').count()
  // A small File that reports 1 GiB and records any attempt to read it; dropped on the app like a real file.
  await page.evaluate(() => {
    const file = new File([new Uint8Array(16)], 'huge.glb', { type: 'model/gltf-binary' })
    Object.defineProperty(file, 'size', { get: () => 1024 ** 3 })
    const w = window as unknown as { __modelFileReads: string[] }
    w.__modelFileReads = []
    for (const method of ['arrayBuffer', 'bytes', 'text', 'stream', 'slice']) {
      Object.defineProperty(file, method, {
        value: () => {
          w.__modelFileReads.push(method)
          throw new Error(`huge.glb was read with ${method}()`)
        },
      })
    }
    const drop = new Event('drop', { bubbles: true, cancelable: true })
    Object.defineProperty(drop, 'dataTransfer', { value: { types: ['Files'], files: [file] } })
    document.querySelector('main')!.dispatchEvent(drop)
  })
  const alert = page.getByRole('alert').filter({ hasText: 'huge.glb' })
  await expect(alert).toContainText('Could not open "huge.glb": it is 1,024 MB, and model files can be at most 64 MB')
  await expect(alert).toContainText('The body on screen is unchanged')
  await page.screenshot({ path: `${SHOTS}/model-safety-huge.png` })
  expect(await page.evaluate(() => (window as unknown as { __modelFileReads: string[] }).__modelFileReads)).toEqual([])
  await expectBuiltInBodyKept(page, optionsBefore, bodyFraction)
})
