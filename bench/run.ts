// `npm run bench`: builds the app and the bare three.js baseline, serves both (port 4183), measures them in one
// headless Chromium session (bench/measures/), and writes BENCHMARKS.md and bench/results.json.
// Options: --runs N (loads per page for load-time measures, default 5), --only id,id, --skip-build.
import { execSync, spawnSync } from 'node:child_process'
import { existsSync, statSync, writeFileSync } from 'node:fs'
import { cpus, release, totalmem, type } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'vite'
import { cameraPose, canvasSize, launchBrowser, openPage, waitForCameraStill, waitForFirstFrame, type CanvasSize } from './browser'
import { MEASURES } from './measures'
import type { BenchContext, MeasureRow } from './measures/types'
import { renderReport, type MachineInfo } from './report'
import { serveStatic, stopServer } from './server'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const PORT = Number(process.env.BENCH_PORT ?? 4183)
const APP_DIST = join(ROOT, 'bench', '.build', 'app')
const BASELINE_DIST = join(ROOT, 'bench', '.build', 'baseline')
const MODEL = join(ROOT, 'models', 'body.glb')

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? process.argv[i + 1] : undefined
}

function log(message: string): void {
  process.stdout.write(`${message}\n`)
}

async function buildAll(): Promise<void> {
  log('Building the app (vite build) into bench/.build/app …')
  // Same config as `npm run build`, into our own directory so a bench never overwrites someone's dist/.
  const r = spawnSync('npx', ['vite', 'build', '--outDir', APP_DIST, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
  })
  if (r.status !== 0) throw new Error('the app build failed (see above)')
  log('Building the baseline page into bench/.build/baseline …')
  await build({
    configFile: false,
    root: join(ROOT, 'bench', 'baseline'),
    base: './',
    logLevel: 'warn',
    build: { outDir: BASELINE_DIST, emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  })
}

function gitCommit(): string {
  try {
    const head = execSync('git rev-parse --short HEAD', { cwd: ROOT }).toString().trim()
    return head
  } catch {
    return 'unknown'
  }
}

async function main(): Promise<void> {
  const runs = Math.max(1, Number(option('runs') ?? 5) || 5)
  const only = option('only')?.split(',')
  if (!existsSync(MODEL)) throw new Error('models/body.glb is missing: run `npm run model` first')
  if (!process.argv.includes('--skip-build')) await buildAll()
  for (const dir of [APP_DIST, BASELINE_DIST]) {
    if (!existsSync(join(dir, 'index.html'))) throw new Error(`${dir}/index.html is missing: build first`)
  }

  const server = await serveStatic({ '/app/': APP_DIST, '/baseline/': BASELINE_DIST, '/models/': join(ROOT, 'models') }, PORT)
  const browser = await launchBrowser()
  const rows: MeasureRow[] = []
  const missing: { id: string; reason: string }[] = []
  const machine: MachineInfo = {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: totalmem() / 2 ** 30,
    os: `${type()} ${release()}`,
    node: process.versions.node,
    chromium: browser.version(),
    webglRenderer: 'unknown',
    commit: gitCommit(),
    modelBytes: statSync(MODEL).size,
    appTriangles: null,
    canvas: 'unknown',
  }
  try {
    const appUrl = `http://127.0.0.1:${PORT}/app/`
    const baselineUrl = `http://127.0.0.1:${PORT}/baseline/`
    log('Warm-up load of the app (reads its resting camera pose) …')
    const warm = await openPage(browser, 'app', appUrl)
    let appPose = null
    let appCanvas: CanvasSize | null = null
    try {
      await waitForFirstFrame(warm)
      await waitForCameraStill(warm)
      appPose = await cameraPose(warm)
      appCanvas = await canvasSize(warm)
      if (appCanvas) machine.canvas = `${appCanvas.width}×${appCanvas.height}`
      const info = await warm.page.evaluate(() => ({ renderer: window.__tpa?.renderer, triangles: window.__tpa?.triangles }))
      machine.webglRenderer = info.renderer ?? 'unknown'
      machine.appTriangles = info.triangles ?? null
      if (warm.errors.length) log(`  page errors: ${warm.errors.join('; ')}`)
    } finally {
      await warm.close()
    }
    const ctx: BenchContext = {
      browser,
      appUrl,
      baselineUrl,
      appPose,
      appCanvas,
      appDistDir: APP_DIST,
      baselineDistDir: BASELINE_DIST,
      runs,
      log,
    }
    for (const measure of MEASURES) {
      if (only && !only.includes(measure.id)) continue
      log(`Measuring ${measure.id} …`)
      try {
        rows.push(...(await measure.run(ctx)))
      } catch (error) {
        const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
        log(`  ${measure.id} failed: ${reason}`)
        missing.push({ id: measure.id, reason: `failed: ${reason}` })
      }
    }
  } finally {
    await browser.close()
    await stopServer(server)
  }

  const dateIso = new Date().toISOString()
  const report = renderReport({ dateIso, machine, measures: MEASURES, rows, missing, runs })
  writeFileSync(join(ROOT, 'BENCHMARKS.md'), report)
  writeFileSync(join(ROOT, 'bench', 'results.json'), `${JSON.stringify({ dateIso, machine, runs, rows, missing }, null, 2)}\n`)
  log(report)
  if (missing.length) process.exitCode = 1
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exitCode = 1
})
