// The search box and the structure list: forgiving search in English and Latin, the list grouped by region,
// list selection driving the 3D selection and the Details panel, and keyboard use. The tests share one loaded page
// (helpers/sharedApp.ts).
import { readFileSync, existsSync } from 'node:fs'
import { cameraPose } from './helpers/app'
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

test('"IT band" finds the iliotibial tract, which the Details panel calls fascia, not a muscle', async ({ app: page }) => {
  await page.getByRole('searchbox', { name: 'Search structures' }).fill('IT band')
  const option = page.getByRole('option', { name: /^Iliotibial tract \(left\)/ })
  await option.click()
  const details = page.getByRole('region', { name: 'Details' })
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('Iliotibial tract (left)')
  await expect(details).toContainText('Tractus iliotibialis')
  await expect(details).toContainText('Fascia · Superficial muscles · left side')
  await expect(details).toContainText('tensor fasciae latae and gluteus maximus insert into')
  await expect(details).not.toContainText('trigger points for this muscle')
})

test('"lumbodorsal fascia" finds the thoracolumbar fascia, described as the sheet latissimus and gluteus maximus arise from', async ({
  app: page,
}) => {
  await page.getByRole('searchbox', { name: 'Search structures' }).fill('lumbodorsal fascia')
  await page.getByRole('option', { name: /^Thoracolumbar fascia \(right\)/ }).click()
  const details = page.getByRole('region', { name: 'Details' })
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('Thoracolumbar fascia (right)')
  await expect(details).toContainText('Fascia thoracolumbalis')
  await expect(details).toContainText('Fascia · Superficial muscles · right side')
  await expect(details).toContainText('from which latissimus dorsi and gluteus maximus arise')
  await expect(details).not.toContainText('trigger points for this muscle')
})
