// The search box and the structure list: forgiving search in English and Latin, the list grouped by region,
// list selection driving the 3D selection and the Details panel, and keyboard use. The tests share one loaded page
// (helpers/sharedApp.ts).
import { readFileSync, existsSync } from 'node:fs'
import { cameraPose } from './helpers/app'
import type { Page } from '@playwright/test'
import { expect, test } from './helpers/sharedApp'

test('"trap" finds the trapezius parts, and Latin names work too', async ({ app: page }) => {
  const search = page.getByRole('searchbox', { name: 'Search structures' })
  await search.fill('trap')
  const options = page.getByRole('listbox', { name: 'Structures by region' }).getByRole('option')
  await expect(options.first()).toBeVisible()
  const names = await options.allInnerTexts()
  expect(names.length).toBeGreaterThanOrEqual(2)
  for (const n of names) expect(n.toLowerCase()).toContain('trapez')

  await search.fill('musculus soleus')
  await expect(options.first()).toContainText('Soleus')
})

test('choosing in the list selects in 3D, frames it and fills the Details panel from the atlas', async ({ app: page }) => {
  const before = await cameraPose(page)
  await page.getByRole('searchbox', { name: 'Search structures' }).fill('triceps')
  const option = page.getByRole('option', { name: /^Triceps brachii \(left\)/ })
  await option.click()
  await expect(option).toHaveAttribute('aria-selected', 'true')
  const details = page.getByRole('region', { name: 'Details' })
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('Triceps brachii (left)')
  // The atlas entry, when the atlas has one, supplies origin, insertion, innervation with roots and action.
  const file = 'data/atlas/triceps-brachii.json'
  if (existsSync(file)) {
    const entry = JSON.parse(readFileSync(file, 'utf8')) as {
      origin: string
      innervation: { nerve: string; roots: string }
    }
    await expect(details).toContainText(entry.origin)
    await expect(details).toContainText(entry.innervation.roots)
    await expect(details).toContainText('Insertion')
    await expect(details).toContainText('Action')
  }
  // The camera moved to frame the selection: closer to the body than the whole-body view.
  const after = await cameraPose(page)
  const dist = (p: { position: number[]; target: number[] }): number => Math.hypot(...p.position.map((v, i) => v - p.target[i]!))
  expect(dist(after)).toBeLessThan(dist(before) * 0.8)
  // And the scene shows it selected: the hooks agree with the list.
  expect(await page.evaluate(() => new URL(location.href).searchParams.get('sel'))).toBe('triceps-brachii.left')
})

test('the list is usable from the keyboard alone', async ({ app: page }) => {
  const search = page.getByRole('searchbox', { name: 'Search structures' })
  await search.focus()
  await search.fill('soleus')
  await page.keyboard.press('ArrowDown')
  const focused = page.locator('[role="option"]:focus')
  await expect(focused).toContainText('Soleus')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 })).toHaveText(/^Soleus \((left|right)\)$/)
})

/** Finds a band of fascia by one of its other names and checks the Details panel calls it fascia, not a muscle. */
async function expectFasciaFound(
  page: Page,
  query: string,
  option: RegExp,
  heading: string,
  texts: { latin: string; kind: string; description: string },
): Promise<void> {
  await page.getByRole('searchbox', { name: 'Search structures' }).fill(query)
  await page.getByRole('option', { name: option }).click()
  const details = page.getByRole('region', { name: 'Details' })
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(heading)
  for (const text of [texts.latin, texts.kind, texts.description]) await expect(details).toContainText(text)
  await expect(details).not.toContainText('trigger points for this muscle')
}

test('"IT band" finds the iliotibial tract, which the Details panel calls fascia, not a muscle', async ({ app: page }) => {
  await expectFasciaFound(page, 'IT band', /^Iliotibial tract \(left\)/, 'Iliotibial tract (left)', {
    latin: 'Tractus iliotibialis',
    kind: 'Fascia · Superficial muscles · left side',
    description: 'tensor fasciae latae and gluteus maximus insert into',
  })
})

test('"lumbodorsal fascia" finds the thoracolumbar fascia, described as the sheet latissimus and gluteus maximus arise from', async ({
  app: page,
}) => {
  await expectFasciaFound(page, 'lumbodorsal fascia', /^Thoracolumbar fascia \(right\)/, 'Thoracolumbar fascia (right)', {
    latin: 'Fascia thoracolumbalis',
    kind: 'Fascia · Superficial muscles · right side',
    description: 'from which latissimus dorsi and gluteus maximus arise',
  })
})
