// Time to first frame: performance.now() (from navigation start) when the first frame showing the model has
// finished drawing (a readPixels forces the GPU to finish), each load in a fresh context with an empty cache.
import { baselineUrlWithPose, openPage, waitForFirstFrame, type PageKind } from '../browser'
import { describeSamples, median } from '../stats'
import type { Measure } from './types'

export const firstFrame: Measure = {
  id: 'first-frame',
  method:
    'performance.now() at the first frame with the model, after a 1-pixel readPixels (GPU finished); fresh context per load, app and baseline loads alternated.',
  async run(ctx) {
    const samples: Record<PageKind, number[]> = { app: [], baseline: [] }
    for (let i = 0; i < ctx.runs; i++) {
      const order: PageKind[] = i % 2 === 0 ? ['app', 'baseline'] : ['baseline', 'app']
      for (const kind of order) {
        const url = kind === 'app' ? ctx.appUrl : baselineUrlWithPose(ctx.baselineUrl, ctx.appPose, ctx.appCanvas)
        const opened = await openPage(ctx.browser, kind, url)
        try {
          samples[kind].push(await waitForFirstFrame(opened))
        } finally {
          await opened.close()
        }
        ctx.log(`  first frame ${kind} run ${i + 1}: ${samples[kind].at(-1)?.toFixed(0)} ms`)
      }
    }
    return [
      {
        id: 'first-frame',
        label: 'Time to first frame',
        unit: 'ms',
        app: median(samples.app),
        baseline: median(samples.baseline),
        aim: { kind: 'ratio', max: 1.3 },
        notes: [`app ${describeSamples(samples.app)} ms`, `baseline ${describeSamples(samples.baseline)} ms`],
        samples,
      },
    ]
  },
}
