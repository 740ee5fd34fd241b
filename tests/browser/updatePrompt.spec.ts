// A new version is announced, never swapped in under the user: after a redeploy the open page keeps
// running the version it started with and shows "Reload to update"; choosing it loads the new version.
// The built app (dist/) is served as version 1; version 2 is the same build with a changed index.html
// (and its precache revision in sw.js), published on the same origin while the page is open.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { waitReady } from './helpers/app'
import { watchOfflineNote, waitOfflineReady } from './helpers/offlineNote'
import { serveVersions, type VersionServer } from './helpers/versionServer'

test.use({ serviceWorkers: 'allow' })

let work: string
let server: VersionServer

test.beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'tpa-versions-'))
  const v1 = join(work, 'v1')
  const v2 = join(work, 'v2')
  cpSync('dist', v1, { recursive: true })
  cpSync('dist', v2, { recursive: true })
  const html = readFileSync(join(v2, 'index.html'), 'utf8')
  expect(html).toContain('<title>Trigger Point Atlas</title>')
  writeFileSync(
    join(v2, 'index.html'),
    html.replace('<title>Trigger Point Atlas</title>', '<title>Trigger Point Atlas (version 2)</title>'),
  )
  const sw = readFileSync(join(v2, 'sw.js'), 'utf8')
  const entry = /\{url:"index\.html",revision:"([0-9a-f]+)"\}/.exec(sw)
  expect(entry, 'sw.js precaches index.html with a revision').not.toBeNull()
  writeFileSync(join(v2, 'sw.js'), sw.replace(entry![0], '{url:"index.html",revision:"version-2"}'))
  server = await serveVersions(v1)
})

test.afterAll(async () => {
  await server?.close()
  if (work) rmSync(work, { recursive: true, force: true })
})

for (const visit of ['during the first visit', 'on a later visit'] as const)
  test(`a new version published ${visit} is announced with "Reload to update" and loads only when chosen`, async ({ page }) => {
    server.publish(join(work, 'v1'))
    await watchOfflineNote(page)
    await page.goto(`${server.url}/?sel=upper-trapezius.right`)
    await waitReady(page)
    await waitOfflineReady(page)
    if (visit === 'on a later visit') {
      await page.reload()
      await waitReady(page)
    }
    await expect(page).toHaveTitle('Trigger Point Atlas')
    await page.evaluate(() => {
      ;(window as unknown as { startedHere: boolean }).startedHere = true
    })

    server.publish(join(work, 'v2'))
    // what the app does hourly and when the connection comes back: ask the server for a new service worker
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())!.update()
    })
    const prompt = page.getByRole('status').filter({ hasText: 'A new version of the atlas is ready' })
    await expect(prompt).toBeVisible({ timeout: 60_000 })
    await page.screenshot({ path: `/tmp/pwa-update-prompt-${visit.replace(/ /g, '-')}.png` })
    // nothing was swapped under the user: same page, same version, still working
    await page.waitForTimeout(1500)
    expect(await page.evaluate(() => (window as unknown as { startedHere?: boolean }).startedHere)).toBe(true)
    await expect(page).toHaveTitle('Trigger Point Atlas')
    await page.getByRole('tab', { name: 'Trigger points', exact: true }).click()
    await expect(page.getByRole('group', { name: 'Trigger points of this muscle' }).getByRole('button').first()).toBeVisible()

    await prompt.getByRole('button', { name: 'Reload to update' }).click()
    await expect(page).toHaveTitle('Trigger Point Atlas (version 2)', { timeout: 60_000 })
    await waitReady(page)
    expect(await page.evaluate(() => (window as unknown as { startedHere?: boolean }).startedHere)).toBeUndefined()
    await expect(page.getByRole('status').filter({ hasText: 'A new version of the atlas is ready' })).toHaveCount(0)
    // the selection survived the reload (it lives in the address)
    await expect(page).toHaveURL(/sel=upper-trapezius\.right/)
  })
