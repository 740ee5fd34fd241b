// Picking time per ray: the app's pick hook at a grid of screen points, with its BVH (three-mesh-bvh) and with
// the plain three.js raycast, and the baseline page's plain raycast for reference. Timed inside the page.
import { baselineUrlWithPose, openPage, waitForCameraStill, waitForFirstFrame, type PageKind } from '../browser'
import { describeSamples, median } from '../stats'
import type { Measure } from './types'

/** 9 × 9 points across the middle 80% of the canvas, in normalised device coordinates. */
const GRID: [number, number][] = []
for (let i = 0; i < 9; i++) for (let j = 0; j < 9; j++) GRID.push([-0.8 + 0.2 * i, -0.8 + 0.2 * j])

async function pickInPage(args: {
  kind: PageKind
  naive: boolean
  grid: [number, number][]
}): Promise<{ ms: number[]; hits: number }> {
  const pick =
    args.kind === 'app'
      ? (x: number, y: number) => window.__tpa!.pick(x, y, { naive: args.naive })
      : (x: number, y: number) => window.__baseline!.pick(x, y)
  for (const [x, y] of args.grid) pick(x, y) // warm up: first calls compile and allocate
  const ms: number[] = []
  let hits = 0
  for (const [x, y] of args.grid) {
    const t0 = performance.now()
    const hit = pick(x, y)
    ms.push(performance.now() - t0)
    if (hit) hits++
  }
  return { ms, hits }
}

export const picking: Measure = {
  id: 'picking',
  method: `time of one pick call per ray, ${GRID.length} rays on a grid over the canvas after one warm-up pass; app BVH waits for every bounds tree.`,
  async run(ctx) {
    const app = await openPage(ctx.browser, 'app', ctx.appUrl)
    let bvh: { ms: number[]; hits: number }
    let naive: { ms: number[]; hits: number }
    try {
      await waitForFirstFrame(app)
      await waitForCameraStill(app)
      await app.page.waitForFunction(() => window.__tpa?.bvhReady === true, undefined, { timeout: 60_000, polling: 50 })
      bvh = await app.page.evaluate(pickInPage, { kind: 'app' as const, naive: false, grid: GRID })
      naive = await app.page.evaluate(pickInPage, { kind: 'app' as const, naive: true, grid: GRID })
    } finally {
      await app.close()
    }
    const base = await openPage(ctx.browser, 'baseline', baselineUrlWithPose(ctx.baselineUrl, ctx.appPose))
    let plain: { ms: number[]; hits: number }
    try {
      await waitForFirstFrame(base)
      plain = await base.page.evaluate(pickInPage, { kind: 'baseline' as const, naive: true, grid: GRID })
    } finally {
      await base.close()
    }
    ctx.log(`  picking: BVH ${median(bvh.ms).toFixed(3)} ms, naive ${median(naive.ms).toFixed(3)} ms, baseline ${median(plain.ms).toFixed(3)} ms`)
    return [
      {
        id: 'pick-bvh',
        label: 'Picking per ray, app with BVH (baseline: plain raycast)',
        unit: 'ms',
        app: median(bvh.ms),
        baseline: median(plain.ms),
        notes: [`app BVH ${describeSamples(bvh.ms, 3)} ms, ${bvh.hits}/${GRID.length} rays hit`,
          `baseline plain raycast ${describeSamples(plain.ms, 3)} ms, ${plain.hits}/${GRID.length} rays hit`],
        samples: { app: bvh.ms, baseline: plain.ms },
      },
      {
        id: 'pick-naive',
        label: 'Picking per ray, app without BVH (baseline: plain raycast)',
        unit: 'ms',
        app: median(naive.ms),
        baseline: median(plain.ms),
        notes: [`app naive ${describeSamples(naive.ms, 3)} ms, ${naive.hits}/${GRID.length} rays hit`],
        samples: { app: naive.ms, baseline: plain.ms },
      },
    ]
  },
}
