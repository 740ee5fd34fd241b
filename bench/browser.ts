// One headless Debian Chromium for the whole benchmark, with software WebGL pinned (see
// /work/shared/browser-testing.md), and helpers that open the app or the baseline in a fresh context and wait
// for their first frame. Never downloads a browser.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import type { CameraPose } from './baseline/baselineHooks'

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const CHROMIUM_ARGS = ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--use-gl=angle', '--disable-quic']
export const VIEWPORT = { width: 1280, height: 720 }

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true })
}

/**
 * Installed before any page script: wraps requestAnimationFrame so the time spent in each frame's callbacks is
 * summed per frame (keyed by the frame timestamp). window.__rawRaf is the unwrapped function, for the harness's
 * own waits, which are not counted.
 */
const FRAME_CPU_SCRIPT = `(() => {
  // tsx keeps function names with a __name helper; functions passed to page.evaluate may call it.
  window.__name = window.__name || ((f) => f)
  const raw = window.requestAnimationFrame.bind(window)
  const frames = new Map()
  window.__rawRaf = raw
  window.__frameCpu = { frames, recording: false }
  window.requestAnimationFrame = (cb) => raw((ts) => {
    const t0 = performance.now()
    try { cb(ts) } finally {
      if (window.__frameCpu.recording) frames.set(ts, (frames.get(ts) ?? 0) + performance.now() - t0)
    }
  })
})()`

export type PageKind = 'app' | 'baseline'

export interface OpenedPage {
  kind: PageKind
  context: BrowserContext
  page: Page
  /** Uncaught page errors seen so far. */
  errors: string[]
  close(): Promise<void>
}

/**
 * A fresh context (empty cache) at 1280×720, device pixel ratio 1, with the frame-CPU recorder installed. Service
 * workers are blocked: the app's precache download would run beside the measurement (the baseline page has none).
 */
export async function openPage(browser: Browser, kind: PageKind, url: string): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, serviceWorkers: 'block' })
  await context.addInitScript(FRAME_CPU_SCRIPT)
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(String(e)))
  await page.goto(url, { waitUntil: 'load' })
  return { kind, context, page, errors, close: () => context.close() }
}

/** Waits until the page has drawn its first frame with the model; returns its firstFrameMs. */
export async function waitForFirstFrame(opened: OpenedPage, timeoutMs = 120_000): Promise<number> {
  const { page, kind } = opened
  if (kind === 'app') {
    await page.waitForFunction(() => window.__tpa?.ready === true, undefined, { timeout: timeoutMs, polling: 20 })
    return page.evaluate(() => window.__tpa?.firstFrameMs ?? Number.NaN)
  }
  await page.waitForFunction(() => window.__baseline?.ready === true || !!window.__baseline?.error, undefined, {
    timeout: timeoutMs,
    polling: 20,
  })
  const error = await page.evaluate(() => window.__baseline?.error)
  if (error) throw new Error(`baseline page could not load the model: ${error}`)
  return page.evaluate(() => window.__baseline?.firstFrameMs ?? Number.NaN)
}

/** Waits until the app's camera is still (the opening camera move has ended). No-op for the baseline. */
export async function waitForCameraStill(opened: OpenedPage): Promise<void> {
  if (opened.kind !== 'app') return
  await opened.page.waitForFunction(() => window.__tpa?.cameraMoving !== true, undefined, { timeout: 30_000, polling: 50 })
}

/**
 * Waits until the app has built every bounds tree (three-mesh-bvh), which it does in the background after the
 * first frame: frame times taken before that would measure the tree building. No-op for the baseline.
 */
export async function waitForBvh(opened: OpenedPage, timeoutMs = 120_000): Promise<void> {
  if (opened.kind !== 'app') return
  await opened.page.waitForFunction(() => window.__tpa?.bvhReady === true, undefined, { timeout: timeoutMs, polling: 50 })
}

export async function cameraPose(opened: OpenedPage): Promise<CameraPose> {
  return opened.page.evaluate((kind) => {
    const hooks = kind === 'app' ? window.__tpa : window.__baseline
    if (!hooks) throw new Error('no measurement hooks on the page')
    return hooks.cameraPose()
  }, opened.kind)
}

export interface CanvasSize {
  width: number
  height: number
}

/** The app's canvas size in CSS pixels (it shares the window with panels). */
export async function canvasSize(opened: OpenedPage): Promise<CanvasSize | null> {
  return opened.page.evaluate(() => {
    const c = document.querySelector('canvas')
    if (!c) return null
    const r = c.getBoundingClientRect()
    return { width: Math.round(r.width), height: Math.round(r.height) }
  })
}

/** The baseline URL with the app's camera pose and canvas size, so both draw the same view. */
export function baselineUrlWithPose(baseUrl: string, pose: CameraPose | null, canvas?: CanvasSize | null): string {
  const query: string[] = []
  if (pose) query.push(`pose=${[...pose.position, ...pose.target].map((v) => v.toFixed(5)).join(',')}`)
  if (canvas) query.push(`size=${canvas.width}x${canvas.height}`)
  return query.length ? `${baseUrl}?${query.join('&')}` : baseUrl
}

declare global {
  interface Window {
    __rawRaf?: (cb: FrameRequestCallback) => number
    __frameCpu?: { frames: Map<number, number>; recording: boolean }
  }
}
