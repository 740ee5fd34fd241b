// Picking time per ray: the app's pick hook at a grid of screen points, with its BVH (three-mesh-bvh) and with
// the plain three.js raycast, and the baseline page's plain raycast for reference. Timed inside the page.
import { baselineUrlWithPose, openPage, waitForBvh, waitForCameraStill, waitForFirstFrame, type PageKind } from '../browser'
import { describeSamples, median } from '../stats'
import type { Measure } from './types'

/** Candidate rays: a 33 × 33 grid over the middle 90% of the canvas, in normalised device coordinates. */
const CANDIDATES: [number, number][] = []
for (let i = 0; i < 33; i++) for (let j = 0; j < 33; j++) CANDIDATES.push([-0.9 + (1.8 * i) / 32, -0.9 + (1.8 * j) / 32])
/** At most this many of the candidate rays that hit the body are timed, spread evenly over them. */
const MAX_TIMED_RAYS = 100

/** Runs in the page: the candidate rays that the app's own pick (with BVH) says hit a structure. */
function appHitRays(candidates: [number, number][]): [number, number][] {
  return candidates.filter(([x, y]) => window.__tpa!.pick(x, y) !== null)
}

function spreadEvenly<T>(items: T[], max: number): T[] {
  if (items.length <= max) return items
  return Array.from({ length: max }, (_, k) => items[Math.floor((k * items.length) / max)]!) // k < max, so the index < items.length
}

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

export const picking: Measure = {
  id: 'picking',
  method: `time per pick call (each ray cast ${REPEATS}× in a row and averaged, after one warm-up pass) over up to ${MAX_TIMED_RAYS} rays, spread over those of a ${CANDIDATES.length}-ray grid that hit the body in the app; the BVH run waits until every bounds tree is built.`,
  async run(ctx) {
    const app = await openPage(ctx.browser, 'app', ctx.appUrl)
    type Picks = Awaited<ReturnType<typeof pickInPage>>
    let rays: [number, number][] = []
    let bvh: Picks
    let naive: Picks
    try {
      await waitForFirstFrame(app)
      await waitForCameraStill(app)
      await waitForBvh(app)
      rays = spreadEvenly(await app.page.evaluate(appHitRays, CANDIDATES), MAX_TIMED_RAYS)
      if (rays.length === 0) throw new Error('no ray of the grid hit the body in the app')
      bvh = await app.page.evaluate(pickInPage, { kind: 'app' as const, naive: false, grid: rays, repeats: REPEATS })
      naive = await app.page.evaluate(pickInPage, { kind: 'app' as const, naive: true, grid: rays, repeats: REPEATS })
    } finally {
      await app.close()
    }
    const base = await openPage(ctx.browser, 'baseline', baselineUrlWithPose(ctx.baselineUrl, ctx.appPose, ctx.appCanvas))
    let plain: Picks
    try {
      await waitForFirstFrame(base)
      plain = await base.page.evaluate(pickInPage, { kind: 'baseline' as const, naive: true, grid: rays, repeats: REPEATS })
    } finally {
      await base.close()
    }
    const appBvh = bvh.ms
    const appNaive = naive.ms
    const basePlain = plain.ms
    const count = rays.length
    ctx.log(
      `  picking: BVH ${median(appBvh).toFixed(3)} ms, naive ${median(appNaive).toFixed(3)} ms, baseline ${median(basePlain).toFixed(3)} ms`,
    )
    const timer = `timer step ${(bvh.timerStepMs * 1000).toFixed(0)} µs; each ray cast ${REPEATS}× and averaged`
    return [
      {
        id: 'pick-bvh',
        label: 'Picking per ray, app with BVH (baseline: plain raycast)',
        unit: 'ms',
        app: median(appBvh),
        baseline: median(basePlain),
        notes: [
          `median over ${count} rays that hit the body in the app (from a ${CANDIDATES.length}-ray grid); app BVH hit ${bvh.hit.filter(Boolean).length}, naive ${naive.hit.filter(Boolean).length}, baseline ${plain.hit.filter(Boolean).length} of them; ${timer}`,
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
