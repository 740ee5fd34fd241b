// "Open atlas…" cannot weaken the built-in safety data: a file that replaces the lung-apex pleura site (a made-up
// 500 mm figure, 1 mm margin) and the contraindications is refused with a message naming the fields, and the needle
// simulator keeps the built-in maximum and margin. A file nested 100000 levels deep, or in an encoding that is
// not UTF-8/UTF-16, gets a message instead of nothing; a UTF-16 file with a byte-order mark opens.
import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { depthRule } from '../../src/atlas/depthRule'
import type { PleuraSite } from '../../src/atlas/schema'
import { deeplyNested, weakeningBundle } from '../fixtures/atlas/unsafeAtlas'
import { control, openFeatureApp } from './features-helpers'

const builtInApex = (JSON.parse(readFileSync('data/pleura-sites.json', 'utf8')) as PleuraSite[]).find(
  (s) => s.id === 'upper-trapezius-lung-apex',
)!
// The built-in maximum for the default (average) build, from the depth rule over the built-in figures.
const builtInMax = depthRule(builtInApex, 'average').maximumMm

async function openAtlasFile(page: Page, name: string, buffer: Buffer): Promise<void> {
  await page.getByLabel('Open atlas file (.json)').setInputFiles({ name, mimeType: 'application/json', buffer })
}

async function needlingFigures(page: Page): Promise<{ max: string; margin: string }> {
  await control(page, 'Needling').click()
  const tab = page.getByTestId('needling-tab')
  await expect(tab.getByTestId('recommended-max')).toBeVisible({ timeout: 30_000 })
  return { max: (await tab.getByTestId('recommended-max').textContent())!, margin: (await tab.getByTestId('margin').textContent())! }
}

test('a file replacing the lung-apex site and the contraindications is refused by field; the needle simulator keeps the built-in maximum', async ({
  page,
}) => {
  await openFeatureApp(page, '?sel=upper-trapezius.right&view=posterior')
  const before = await needlingFigures(page)
  expect(builtInMax).not.toBeNull()
  expect(before.max).toBe(`${builtInMax} mm`)
  expect(before.margin).toBe(`${builtInApex.marginMm} mm`)

  await openAtlasFile(page, 'deeper-needling.json', Buffer.from(JSON.stringify(weakeningBundle(), null, 2)))
  const choice = page.getByRole('dialog', { name: /Open atlas/ })
  await choice.getByRole('button', { name: 'Add to the built-in atlas' }).click()
  await expect(choice).toBeHidden()

  const alert = page.getByRole('alert').filter({ hasText: 'deeper-needling.json' })
  await expect(alert).toContainText(
    'Could not open "deeper-needling.json": it would replace or weaken the built-in safety data, so nothing of it was loaded.',
  )
  await expect(alert).toContainText('pleuraSites.0.id: "upper-trapezius-lung-apex" is a built-in pleura site and cannot be replaced')
  await expect(alert).toContainText('contraindications.0.id:')
  await expect(alert).toContainText('The atlas on screen is unchanged.')
  await expect(page.getByRole('button', { name: 'Back to the built-in atlas' })).toHaveCount(0)
  await page.screenshot({ path: '/tmp/atlas-safety-refused.png' })

  // Dismissing the message changes nothing: the simulator still uses the built-in figures, not 500 mm / 1 mm.
  await alert.getByRole('button', { name: 'Dismiss message' }).click()
  await expect(alert).toHaveCount(0)
  const after = await needlingFigures(page)
  expect(after).toEqual(before)
  expect(after.max).not.toBe('500 mm')
})

test('a file nested 100000 levels deep gets a message, the app keeps working, and a UTF-16 file opens', async ({ page }) => {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await openFeatureApp(page, '?sel=soleus.right')

  await openAtlasFile(page, 'deep.json', Buffer.from(deeplyNested(100_000)))
  const deep = page.getByRole('alert').filter({ hasText: 'deep.json' })
  await expect(deep).toContainText('Could not open "deep.json": nested deeper than 64 levels (line 1, column 65)')
  await expect(deep).toContainText('The atlas on screen is unchanged.')
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await page.screenshot({ path: '/tmp/atlas-safety-deep.png' })

  await openAtlasFile(page, 'latin1.json', Buffer.from('{"title": "M\xfcller"}', 'latin1'))
  await expect(page.getByRole('alert').filter({ hasText: 'latin1.json' })).toContainText(
    'Could not open "latin1.json": it is not UTF-8 text (nor UTF-16 with a byte-order mark); save it as UTF-8.',
  )

  // The same soleus file saved as UTF-16 BE with a byte-order mark opens like its UTF-8 original.
  const soleus = JSON.parse(readFileSync('data/atlas/soleus.json', 'utf8'))
  soleus.name = 'Soleus (UTF-16 notes)'
  const le = Buffer.from(`\ufeff${JSON.stringify(soleus, null, 2)}`, 'utf16le')
  const be = Buffer.from(le).swap16()
  await openAtlasFile(page, 'soleus-utf16.json', be)
  await page
    .getByRole('dialog', { name: /Open atlas/ })
    .getByRole('button', { name: 'Add to the built-in atlas' })
    .click()
  await expect(page.getByRole('status').filter({ hasText: 'soleus-utf16.json' })).toContainText(
    /Loaded soleus-utf16\.json: 1 muscle, \d+ trigger points; 1 fault/,
  )
  await expect(page.getByText('Named in this atlas: Soleus (UTF-16 notes)')).toBeVisible()
  expect(errors).toEqual([])
})
