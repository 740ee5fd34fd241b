// Saved pain maps are the patient's data: opening the app never rewrites them, except once to convert a version 1
// map painted on this body to version 2 (its original record kept). A map painted on another body model survives
// reloads byte for byte and is shown read-only (its tapped areas and a note); a version 1 map saved before version 2
// is still there, on the same skin vertices, after the conversion; an over-size import is refused by its size.
import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { readGlb } from '../../src/model/readGlb'
import { control, openFeatureApp } from './features-helpers'
import { waitReady } from './helpers/app'

const DB = 'trigger-point-atlas'
const STORE = 'pain-maps'
const V1_ORIGINALS = 'pain-maps-v1'
/** A version 1 map as the app stored it before version 2, on the skin of models/body.glb. */
const V1_FIXTURE = JSON.parse(readFileSync(new URL('./fixtures/pain-map-v1.json', import.meta.url), 'utf8')) as {
  id: string
  skinVertexCount: number
  paintedRuns: [number, number][]
  tappedRegions: string[]
}
const MAX_IMPORT_BYTES = 2 * 1024 * 1024 // MAX_PAIN_MAP_FILE_BYTES in src/features/painMap/exportImport.ts

/** A record exactly as the app stores it (painMapFormat.ts). */
function storedMap(id: string, name: string, skinVertexCount: number, tappedRegions: string[]) {
  return {
    format: 'trigger-point-atlas/pain-map',
    version: 1,
    id,
    name,
    createdAt: '2025-11-03T09:15:00.000Z',
    updatedAt: '2025-11-04T18:40:12.345Z',
    skinVertexCount,
    paintedRuns: [
      [120, 40],
      [1_000, 3],
      [7_500, 260],
    ],
    tappedRegions,
  }
}

async function enterPatientMode(page: Page): Promise<void> {
  await control(page, 'Patient').click()
  await expect(page.getByTestId('patient-panel')).toBeVisible({ timeout: 30_000 })
  await page.waitForFunction(() => ((window.__tpa as unknown as { skinVertexCount?: number })?.skinVertexCount ?? 0) > 0, null, {
    polling: 100,
    timeout: 30_000,
  })
}

async function reloadIntoPatientMode(page: Page): Promise<void> {
  await page.reload()
  await waitReady(page)
  await enterPatientMode(page)
  // longer than the save delay (400 ms): a write on load, if there were one, has happened by now
  await page.waitForTimeout(1_500)
}

async function seed(page: Page, records: unknown[]): Promise<void> {
  await page.evaluate(
    ({ db, store, records }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(db)
        open.onupgradeneeded = () => {
          if (!open.result.objectStoreNames.contains(store)) open.result.createObjectStore(store)
        }
        open.onsuccess = () => {
          const tx = open.result.transaction(store, 'readwrite')
          for (const r of records as { id: string }[]) tx.objectStore(store).put(r, r.id)
          tx.oncomplete = () => {
            open.result.close()
            resolve()
          }
          tx.onerror = () => reject(tx.error)
        }
        open.onerror = () => reject(open.error)
      }),
    { db: DB, store: STORE, records },
  )
}

/** Every stored record of `store` (the maps by default), by key, read straight from IndexedDB. */
async function storedRecords(page: Page, store = STORE): Promise<Record<string, unknown>> {
  return page.evaluate(
    ({ db, store }) =>
      new Promise<Record<string, unknown>>((resolve, reject) => {
        const open = indexedDB.open(db)
        open.onsuccess = () => {
          if (!open.result.objectStoreNames.contains(store)) {
            open.result.close()
            resolve({})
            return
          }
          const tx = open.result.transaction(store, 'readonly')
          const keys = tx.objectStore(store).getAllKeys()
          const values = tx.objectStore(store).getAll()
          tx.oncomplete = () => {
            open.result.close()
            resolve(Object.fromEntries(keys.result.map((k, i) => [String(k), values.result[i]])))
          }
          tx.onerror = () => reject(tx.error)
        }
        open.onerror = () => reject(open.error)
      }),
    { db: DB, store },
  )
}

test('a map from another body survives two reloads unchanged and is shown read-only with its tapped areas', async ({ page }) => {
  await openFeatureApp(page)
  const record = storedMap('map-otherbody', 'Shoulder from the old body', 20_000, ['temple.right', 'forehead.midline'])
  await seed(page, [record])
  const before = await storedRecords(page)
  expect(before).toEqual({ 'map-otherbody': record })

  await reloadIntoPatientMode(page)
  const panel = page.getByTestId('patient-panel')
  const note = panel.getByRole('note', { name: 'Read-only pain map' })
  await expect(note).toContainText('different body model')
  await expect(note).toContainText('20,000 skin points')
  await expect(note).toContainText('kept unchanged')
  await expect(page.getByLabel('Open pain map')).toHaveValue('map-otherbody')
  // its tapped areas are shown; nothing can be painted or tapped on it here
  await panel.getByText('Or tap a named area').click()
  await expect(panel.locator('button[data-region="forehead"]')).toHaveAttribute('aria-pressed', 'true')
  await expect(panel.locator('button[data-region="temple"]')).toHaveAttribute('aria-pressed', 'true')
  await expect(panel.locator('button[data-region="temple"]')).toBeDisabled()
  await expect(panel.getByRole('button', { name: 'Paint', exact: true })).toBeDisabled()
  await expect(panel.getByRole('button', { name: 'Clear all' })).toBeDisabled()
  await expect(page.getByTestId('ranked-muscles').locator('li').first()).toBeVisible()
  await note.scrollIntoViewIfNeeded()
  await page.screenshot({ path: '/tmp/painmap-read-only.png' })

  await reloadIntoPatientMode(page)
  await expect(page.getByTestId('patient-panel').getByRole('note', { name: 'Read-only pain map' })).toBeVisible()
  expect(await storedRecords(page)).toEqual(before)

  // Copying its tapped areas starts a new, editable map on this body; the original record is untouched.
  await page.getByRole('button', { name: 'Copy its tapped areas into a new map' }).click()
  await expect(page.getByLabel('Open pain map')).not.toHaveValue('map-otherbody')
  await expect(page.getByTestId('patient-panel').getByRole('note', { name: 'Read-only pain map' })).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Paint', exact: true })).toBeEnabled()
  const after = await storedRecords(page)
  expect(after['map-otherbody']).toEqual(record)
  const copies = Object.values(after).filter((r) => (r as { id: string }).id !== 'map-otherbody')
  expect(copies).toHaveLength(1)
  expect(copies[0]).toMatchObject({
    version: 2,
    name: 'Shoulder from the old body (this body)',
    paintedPoints: [],
    tappedRegions: record.tappedRegions,
  })
  // the other body's map was not converted: nothing kept aside for it
  expect(await storedRecords(page, V1_ORIGINALS)).toEqual({})
})

/** Where the fixture's painted vertices lie on the skin it was painted on (its kept table), mm, and how many there are. */
function fixturePaint(): { centroidMm: [number, number, number]; count: number; indexSum: number } {
  const table = readFileSync(new URL(`../../public/legacy-skins/skin-${V1_FIXTURE.skinVertexCount}.bin`, import.meta.url))
  const sum = [0, 0, 0]
  let count = 0
  let indexSum = 0
  for (const [start, length] of V1_FIXTURE.paintedRuns) {
    for (let v = start; v < start + length; v++) {
      for (let k = 0; k < 3; k++) sum[k]! += table.readInt16LE((v * 3 + k) * 2) / 10
      count++
      indexSum += v
    }
  }
  return { centroidMm: [sum[0]! / count, sum[1]! / count, sum[2]! / count], count, indexSum }
}

/**
 * The offset (mm) from where a map was painted to where it is drawn now, split at the skin of the built model into
 * its part along the surface and its part along the outward normal there.
 */
async function splitOffsetOnSkin(shownMm: number[], paintedMm: number[]): Promise<{ alongSurfaceMm: number; alongNormalMm: number }> {
  const skin = (await readGlb('models/body.glb')).byName.get('skin.midline')?.mesh
  expect(skin?.normals, 'the model has a skin with normals').toBeTruthy()
  const positions = skin!.positions
  const normals = skin!.normals!
  const at = shownMm.map((v) => v / 1000)
  let nearest = -1
  let nearestD2 = Infinity
  for (let i = 0; i < positions.length / 3; i++) {
    const d2 = (positions[i * 3]! - at[0]!) ** 2 + (positions[i * 3 + 1]! - at[1]!) ** 2 + (positions[i * 3 + 2]! - at[2]!) ** 2
    if (d2 < nearestD2) {
      nearestD2 = d2
      nearest = i
    }
  }
  const offset = shownMm.map((v, k) => v - paintedMm[k]!)
  const alongNormalMm = offset.reduce((sum, v, k) => sum + v * normals[nearest * 3 + k]!, 0)
  const alongSurfaceMm = Math.sqrt(Math.max(0, offset.reduce((sum, v) => sum + v * v, 0) - alongNormalMm ** 2))
  return { alongSurfaceMm, alongNormalMm }
}

test('a version 1 map saved before version 2 is still there, in the same place on the body, after the conversion; reloads do not rewrite it', async ({
  page,
}) => {
  await openFeatureApp(page)
  await enterPatientMode(page)
  await seed(page, [V1_FIXTURE])
  const expected = fixturePaint()
  const sameSkin =
    (await page.evaluate(() => (window.__tpa as unknown as { skinVertexCount: number }).skinVertexCount)) === V1_FIXTURE.skinVertexCount

  await reloadIntoPatientMode(page)
  await expect(page.getByLabel('Open pain map')).toHaveValue(V1_FIXTURE.id)
  // converted to version 2 in place, the original kept
  await expect.poll(async () => ((await storedRecords(page))[V1_FIXTURE.id] as { version?: number })?.version, { timeout: 15_000 }).toBe(2)
  await expect(page.getByTestId('patient-panel').getByRole('note', { name: 'Read-only pain map' })).toHaveCount(0)
  expect(await storedRecords(page, V1_ORIGINALS)).toEqual({ [V1_FIXTURE.id]: V1_FIXTURE })
  const converted = (await storedRecords(page))[V1_FIXTURE.id] as Record<string, unknown>
  expect(converted).toMatchObject({
    id: V1_FIXTURE.id,
    createdAt: '2025-11-03T09:15:00.000Z',
    updatedAt: '2025-11-04T18:40:12.345Z',
    tappedRegions: V1_FIXTURE.tappedRegions,
  })
  expect((converted.paintedPoints as number[]).length).toBe(expected.count * 3)

  // after a reload the version 2 map is drawn from its points where the version 1 map was: on the same vertices
  // when the skin is the one it was painted on, else around the same place on the regenerated skin (whose surface
  // at the temple moved in by up to 10 mm since the fixture was painted, the last 3-4 mm when temporalis came to lie
  // in a temporal fossa): centroid within 5 mm of a 35 mm dab's along the skin
  await reloadIntoPatientMode(page)
  const shown = await page.waitForFunction(
    () => {
      const t = window.__tpa as unknown as {
        painPaintedVertices?: number
        painPaintedIndexSum?: number
        painPaintedCentroidMm?: number[] | null
      }
      return t.painPaintedCentroidMm
        ? { count: t.painPaintedVertices!, indexSum: t.painPaintedIndexSum!, centroidMm: t.painPaintedCentroidMm }
        : null
    },
    null,
    { polling: 100, timeout: 15_000 },
  )
  const paint = (await shown.jsonValue())!
  // The offset splits into a part along the skin (the dab slid over the body) and a part along the skin's normal (the
  // surface itself moved in or out when the model was regenerated, as at the temple where temporalis changed shape).
  const { alongSurfaceMm, alongNormalMm } = await splitOffsetOnSkin(paint.centroidMm, expected.centroidMm)
  expect(alongSurfaceMm, 'painted area slid along the skin').toBeLessThan(5)
  expect(Math.abs(alongNormalMm), 'skin surface moved under the painted area').toBeLessThan(10)
  if (sameSkin) {
    expect(paint).toMatchObject({ count: expected.count, indexSum: expected.indexSum })
  } else {
    expect(paint.count).toBeGreaterThan(expected.count * 0.6)
    expect(paint.count).toBeLessThan(expected.count * 1.6)
  }
  const panel = page.getByTestId('patient-panel')
  await panel.getByText('Or tap a named area').click()
  await panel.getByRole('button', { name: 'My left side' }).click()
  await expect(panel.locator('button[data-region="temple"]')).toHaveAttribute('aria-pressed', 'true')
  const afterFirst = await storedRecords(page)
  await reloadIntoPatientMode(page)
  expect(JSON.stringify(await storedRecords(page))).toBe(JSON.stringify(afterFirst))
  await page.getByRole('button', { name: 'Left', exact: true }).click()
  await page.waitForTimeout(1_500)
  await page.screenshot({ path: '/tmp/painmap-v1-converted.png' })
})

test('an over-size pain-map import is refused by its size with a message, and nothing is added', async ({ page }) => {
  await openFeatureApp(page)
  await enterPatientMode(page)
  const tooBig = Buffer.alloc(MAX_IMPORT_BYTES + 1, 0x20)
  await page.getByLabel('Pain map file to import').setInputFiles({ name: 'huge-maps.json', mimeType: 'application/json', buffer: tooBig })
  const alert = page.getByTestId('patient-panel').getByRole('alert')
  await expect(alert).toContainText('The file was not imported')
  await expect(alert).toContainText('This file is 2.0 MB (2,097,153 bytes)')
  await expect(alert).toContainText('at most 2.0 MB (2,097,152 bytes), so it was not opened')
  await alert.screenshot({ path: '/tmp/painmap-import-refused.png' })
  await expect(page.getByLabel('Open pain map').locator('option')).toHaveText(['(none yet)'])
  expect(await storedRecords(page)).toEqual({})
})
