// Frame CPU time while orbiting: the main-thread time spent in each rendered frame's requestAnimationFrame
// callbacks (all per-frame app code plus three.js submitting the draw), while both pages turn the camera along
// the same path from the same pose, one frame per step.
import { baselineUrlWithPose, openPage, waitForBvh, waitForCameraStill, waitForFirstFrame, type PageKind } from '../browser'
import { CAMERA_PATH, type OrbitStep } from '../cameraPath'
import { describeSamples, median } from '../stats'
import type { Measure } from './types'

/** Runs in the page: follows the path, one rendered frame per step, and returns each frame's callback time (ms). */
async function orbitInPage(args: {
  kind: PageKind
  path: OrbitStep[]
}): Promise<{ frameMs: number[]; frameTimestamps: number[]; triangles: number }> {
  const hooks = args.kind === 'app' ? window.__tpa : window.__baseline
  const recorder = window.__frameCpu
  const raf = window.__rawRaf
  if (!hooks || !recorder || !raf) throw new Error('measurement hooks missing on the page')
  const nextRenderedFrame = (before: number): Promise<void> =>
    new Promise((resolve) => {
      const t0 = performance.now()
      const check = (): void => {
        if (hooks.frames > before) raf(() => resolve())
        else if (performance.now() - t0 > 10_000) resolve()
        else raf(check)
      }
      raf(check)
    })
  // Settle: let any pending frame finish before recording.
  await nextRenderedFrame(hooks.frames - 1)
  recorder.frames.clear()
  recorder.recording = true
  for (const step of args.path) {
    const before = hooks.frames
    hooks.orbit(step.azimuthRad, step.polarRad)
    await nextRenderedFrame(before)
  }
  recorder.recording = false
  return {
    frameMs: [...recorder.frames.values()],
    frameTimestamps: [...recorder.frames.keys()],
    triangles: hooks.triangles ?? 0,
  }
}

export const frameTime: Measure = {
  id: 'frame-time',
  method: `main-thread time in requestAnimationFrame callbacks per rendered frame, over ${CAMERA_PATH.length} orbit steps (one full turn) from the app's resting pose, once the app's bounds trees are built (steady state); pooled over runs, the page that goes first alternating between runs.`,
  async run(ctx) {
    const runs = Math.max(1, ctx.runs)
    const samples: Record<PageKind, number[]> = { app: [], baseline: [] }
    const intervals: Record<PageKind, number[]> = { app: [], baseline: [] }
    const triangles: Record<PageKind, number> = { app: 0, baseline: 0 }
    for (let i = 0; i < runs; i++) {
      // each run swaps which page goes first, so a drift in the machine's load over the run weighs on both alike
      const order = i % 2 === 0 ? (['app', 'baseline'] as const) : (['baseline', 'app'] as const)
      for (const kind of order) {
        const url = kind === 'app' ? ctx.appUrl : baselineUrlWithPose(ctx.baselineUrl, ctx.appPose, ctx.appCanvas)
        const opened = await openPage(ctx.browser, kind, url)
        try {
          await waitForFirstFrame(opened)
          await waitForCameraStill(opened)
          await waitForBvh(opened)
          const r = await opened.page.evaluate(orbitInPage, { kind, path: [...CAMERA_PATH] })
          samples[kind].push(...r.frameMs)
          const ts = [...r.frameTimestamps].sort((a, b) => a - b)
          for (let k = 1; k < ts.length; k++) intervals[kind].push(ts[k]! - ts[k - 1]!) // 1 <= k < ts.length
          triangles[kind] = r.triangles
          ctx.log(`  frame time ${kind} run ${i + 1}: median ${median(r.frameMs).toFixed(1)} ms over ${r.frameMs.length} frames`)
        } finally {
          await opened.close()
        }
      }
    }
    return [
      {
        id: 'frame-time',
        label: 'Frame CPU time while orbiting (median)',
        unit: 'ms',
        app: median(samples.app),
        baseline: median(samples.baseline),
        aim: { kind: 'ratio', max: 1.2 },
        notes: [
          `app ${describeSamples(samples.app, 1)} ms, ${triangles.app} triangles drawn per frame`,
          `baseline ${describeSamples(samples.baseline, 1)} ms, ${triangles.baseline} triangles drawn per frame`,
        ],
        samples,
      },
      {
        id: 'frame-interval',
        label: 'Frame interval while orbiting (median, includes software GPU work)',
        unit: 'ms',
        app: median(intervals.app),
        baseline: median(intervals.baseline),
        notes: [
          'time between successive rendered frames while the harness orbits one step per frame (a step is sent the frame after the previous one rendered), so it includes SwiftShader drawing on the CPU',
          `app ${describeSamples(intervals.app)} ms; baseline ${describeSamples(intervals.baseline)} ms`,
        ],
        samples: intervals,
      },
    ]
  },
}
