// Picking time per ray: the app's pick hook at a grid of screen points, with its BVH (three-mesh-bvh) and with
// the plain three.js raycast, and the baseline page's plain raycast for reference. Timed inside the page.
import { baselineUrlWithPose, openPage, waitForCameraStill, waitForFirstFrame, type PageKind } from '../browser'
import { describeSamples, median } from '../stats'
import type { Measure } from './types'

/** 9 × 9 points across the middle 80% of the canvas, in normalised device coordinates. */
const GRID: [number, number][] = []
for (let i = 0; i < 9; i++) for (let j = 0; j < 9; j++) GRID.push([-0.8 + 0.2 * i, -0.8 + 0.2 * j])

/** Each ray is cast this many times in a row and timed together, so short picks are above the timer's step. */
const REPEATS = 10

async function pickInPage(args: {
  kind: PageKind
  naive: boolean
  grid: [number, number][]
  repeats: number
}): Promise<{ ms: number[]; hit: boolean[]; timerStepMs: number }> {
  const pick =
    args.kind === 'app'
      ? (x: number, y: number) => window.__tpa!.pick(x, y, { naive: args.naive })
      : (x: number, y: number) => window.__baseline!.pick(x, y)
  for (const [x, y] of args.grid) pick(x, y) // warm up: first calls compile and allocate
  const ms: number[] = []
  const hit: boolean[] = []
  for (const [x, y] of args.grid) {
    const t0 = performance.now()
    let name: string | null = null
    for (let k = 0; k < args.repeats; k++) name = pick(x, y)
    ms.push((performance.now() - t0) / args.repeats)
    hit.push(name !== null)
  }
  // The smallest non-zero step of performance.now() here (5 µs when cross-origin isolated, else 100 µs).
  let step = Infinity
  let last = performance.now()
  for (let k = 0; k < 10_000 && step === Infinity; k++) {
    const now = performance.now()
    if (now > last) step = now - last
    last = now
  }
  return { ms, hit, timerStepMs: step }
}

/** The values at the rays the app hit (picking cost matters where there is something to pick). */
function onHits(ms: number[], hits: boolean[]): number[] {
  return ms.filter((_, i) => hits[i])
}

export const picking: Measure = {
  id: 'picking',
  method: `time per pick call (each ray cast ${REPEATS}× in a row and averaged, after one warm-up pass) over the rays of a ${GRID.length}-point grid that hit the body in the app; the BVH run waits until every bounds tree is built.`,
  async run(ctx) {
    const app = await openPage(ctx.browser, 'app', ctx.appUrl)
    type Picks = Awaited<ReturnType<typeof pickInPage>>
    let bvh: Picks
    let naive: Picks
    try {
      await waitForFirstFrame(app)
      await waitForCameraStill(app)
      await app.page.waitForFunction(() => window.__tpa?.bvhReady === true, undefined, { timeout: 60_000, polling: 50 })
      bvh = await app.page.evaluate(pickInPage, { kind: 'app' as const, naive: false, grid: GRID, repeats: REPEATS })
      naive = await app.page.evaluate(pickInPage, { kind: 'app' as const, naive: true, grid: GRID, repeats: REPEATS })
    } finally {
      await app.close()
    }
    const base = await openPage(ctx.browser, 'baseline', baselineUrlWithPose(ctx.baselineUrl, ctx.appPose))
    let plain: Picks
    try {
      await waitForFirstFrame(base)
      plain = await base.page.evaluate(pickInPage, { kind: 'baseline' as const, naive: true, grid: GRID, repeats: REPEATS })
    } finally {
      await base.close()
    }
    const hits = bvh.hit
    const count = hits.filter(Boolean).length
    if (count === 0) throw new Error('no ray of the grid hit the body in the app')
    const appBvh = onHits(bvh.ms, hits)
    const appNaive = onHits(naive.ms, hits)
    const basePlain = onHits(plain.ms, hits)
    ctx.log(`  picking: BVH ${median(appBvh).toFixed(3)} ms, naive ${median(appNaive).toFixed(3)} ms, baseline ${median(basePlain).toFixed(3)} ms`)
    const timer = `timer step ${(bvh.timerStepMs * 1000).toFixed(0)} µs; each ray cast ${REPEATS}× and averaged`
    return [
      {
        id: 'pick-bvh',
        label: 'Picking per ray, app with BVH (baseline: plain raycast)',
        unit: 'ms',
        app: median(appBvh),
        baseline: median(basePlain),
        notes: [
          `median over the ${count} of ${GRID.length} grid rays that hit the body in the app; ${timer}`,
          `app BVH ${describeSamples(appBvh, 3)} ms; baseline plain raycast ${describeSamples(basePlain, 3)} ms`,
        ],
        samples: { app: appBvh, baseline: basePlain },
      },
      {
        id: 'pick-naive',
        label: 'Picking per ray, app without BVH (baseline: plain raycast)',
        unit: 'ms',
        app: median(appNaive),
        baseline: median(basePlain),
        notes: [`app naive ${describeSamples(appNaive, 3)} ms over the same rays`],
        samples: { app: appNaive, baseline: basePlain },
      },
    ]
  },
}
