// Offline and installable: after one visit the service worker has precached the app, the body model and
// the atlas, so a reload with the network off draws the body and every mode opens. Also checks the web
// manifest and that the built app runs under its Content-Security-Policy without a single violation,
// including an atlas file validated by zod (jitless: no eval).
import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { waitReady } from './helpers/app'
import { tourModes } from './helpers/modeTour'
import { watchOfflineNote, waitOfflineReady } from './helpers/offlineNote'
import { guardPage } from './helpers/pageGuards'

test.use({ serviceWorkers: 'allow' })

test('the manifest makes the app installable: name, icons (192, 512, maskable), standalone, relative start', async ({ page, request }) => {
  await page.goto('/')
  const href = await page.locator('link[rel="manifest"]').getAttribute('href')
  expect(href).toBe('./manifest.webmanifest')
  const manifest = await (await request.get(`/${href!.replace('./', '')}`)).json()
  expect(manifest).toMatchObject({
    name: 'Trigger Point Atlas',
    short_name: 'TP Atlas',
    display: 'standalone',
    start_url: './',
    scope: './',
  })
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i)
  const sizes = (manifest.icons as { sizes: string; purpose: string; src: string }[]).map((i) => `${i.sizes} ${i.purpose}`)
  expect(sizes).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']))
  for (const icon of manifest.icons as { src: string; sizes: string }[]) {
    const res = await request.get(`/${icon.src}`)
    expect(res.headers()['content-type']).toBe('image/png')
    const png = await res.body()
    // PNG signature, then the IHDR width, which must match the declared size
    expect(png.subarray(1, 4).toString()).toBe('PNG')
    expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`).toBe(icon.sizes)
  }
})

test('after one visit the app reloads offline, draws the body and opens every mode', async ({ page, context }) => {
  const guards = await guardPage(page)
  await watchOfflineNote(page)
  const bodyRequests: string[] = []
  page.on('request', (r) => {
    if (/\/body-[\w-]+\.glb$/.test(r.url())) bodyRequests.push(r.url())
  })
  await page.goto('/?sel=upper-trapezius.right&view=posterior')
  await waitReady(page)
  await waitOfflineReady(page)
  const precached = await page.evaluate(async () => {
    const names = await caches.keys()
    const urls: string[] = []
    for (const n of names) for (const r of await (await caches.open(n)).keys()) urls.push(new URL(r.url).pathname)
    return urls
  })
  const bodies = precached.filter((u) => /\/assets\/body-[\w-]+\.glb$/.test(u))
  expect(
    bodies.filter((u) => !u.includes('/body-female-')),
    'the body on screen (male) is cached',
  ).toHaveLength(1)
  expect(
    bodies.filter((u) => u.includes('/body-female-')),
    'the female body, never shown, is not cached',
  ).toEqual([])
  expect(
    bodyRequests.filter((u) => u.includes('/body-female-')),
    'the female body is never downloaded',
  ).toEqual([])
  expect(
    precached.some((u) => /\/assets\/builtin-[\w-]+\.js$/.test(u)),
    'the atlas is precached',
  ).toBe(true)
  expect(
    precached.some((u) => /\/assets\/NeedlingTabContent-[\w-]+\.js$/.test(u)),
    'the needling panel is precached',
  ).toBe(true)

  await context.setOffline(true)
  const failedRequests: string[] = []
  page.on('requestfailed', (r) => failedRequests.push(r.url()))
  await page.reload()
  await waitReady(page)
  const triangles = await page.evaluate(() => window.__tpa?.triangles ?? 0)
  expect(triangles).toBeGreaterThan(1000)
  await expect(page.getByRole('heading', { name: 'Trigger Point Atlas' })).toBeVisible()
  await tourModes(page)
  await page.screenshot({ path: '/tmp/pwa-offline-app.png' })
  expect(failedRequests).toEqual([])
  await guards.expectClean()
  await context.setOffline(false)
})

test('a first visit on the female body downloads and keeps only that body, and it draws offline', async ({ page, context }) => {
  await watchOfflineNote(page)
  const bodyRequests: string[] = []
  page.on('request', (r) => {
    if (/\/body-[\w-]+\.glb$/.test(r.url())) bodyRequests.push(new URL(r.url()).pathname)
  })
  await page.goto('/?body=female')
  await waitReady(page)
  await waitOfflineReady(page)
  const cachedBodies = await page.evaluate(async () => {
    const urls: string[] = []
    for (const n of await caches.keys())
      for (const r of await (await caches.open(n)).keys()) if (/\/body-[\w-]+\.glb$/.test(r.url)) urls.push(new URL(r.url).pathname)
    return urls
  })
  expect(cachedBodies, 'only the female body is cached').toEqual([expect.stringMatching(/\/assets\/body-female-[\w-]+\.glb$/)])
  expect(
    bodyRequests.filter((u) => !u.includes('/body-female-')),
    'the male body is never downloaded',
  ).toEqual([])

  await context.setOffline(true)
  await page.reload()
  await waitReady(page)
  expect(await page.evaluate(() => window.__tpa?.triangles ?? 0)).toBeGreaterThan(1000)
  await expect(page.getByText('Built-in body (female)')).toBeVisible()
  await context.setOffline(false)
})

test('the built app runs under its Content-Security-Policy: every mode and an opened atlas, no violation', async ({ page }) => {
  const guards = await guardPage(page)
  await page.goto('/?sel=soleus.right')
  await waitReady(page)
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
  expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'")
  expect(csp).not.toContain("'unsafe-eval'")
  expect(csp).toContain("object-src 'none'")
  expect(csp).toContain("base-uri 'none'")
  // the listener works: an image from another origin is refused and reported (eval tried by zod would be too)
  await page.evaluate(() => {
    const img = document.createElement('img')
    img.src = 'https://example.invalid/probe.png'
    document.body.append(img)
  })
  await expect.poll(async () => (await guards.violations()).join('\n')).toContain('example.invalid')
  const isProbe = (v: string): boolean => v.includes('example.invalid')

  await tourModes(page)

  // an instructor's atlas file is validated by zod in the page, under the policy
  const soleus = JSON.parse(readFileSync('data/atlas/soleus.json', 'utf8'))
  soleus.name = 'Soleus (instructor notes)'
  soleus.triggerPoints.push({ ...soleus.triggerPoints[0], id: 'soleus-trp-broken', name: 'Broken TrP', location: 'nowhere' })
  await page
    .getByLabel('Open atlas file (.json)')
    .setInputFiles({ name: 'csp-atlas.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(soleus)) })
  await page
    .getByRole('dialog', { name: /Open atlas/ })
    .getByRole('button', { name: 'Add to the built-in atlas' })
    .click()
  const report = page.getByRole('status').filter({ hasText: 'csp-atlas.json' })
  await expect(report).toContainText(/Loaded csp-atlas\.json: 1 muscle/)
  await expect(page.getByRole('list', { name: 'Atlas faults' })).toContainText('location')
  expect((await guards.violations()).filter((v) => !isProbe(v))).toEqual([])
})
