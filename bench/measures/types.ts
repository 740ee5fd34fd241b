// The contract between the benchmark runner and each measurement (one file per measurement in bench/measures/,
// listed in bench/measures/index.ts). A measurement gets the shared browser and URLs and returns table rows.
import type { Browser } from 'playwright-core'
import type { CameraPose } from '../baseline/baselineHooks'

export interface BenchContext {
  browser: Browser
  /** URL of the built app's page. */
  appUrl: string
  /** URL of the bare three.js baseline page (without the camera pose; see baselineUrlWithPose). */
  baselineUrl: string
  /** The app's resting camera pose, read once before the measurements, so the baseline draws the same view. */
  appPose: CameraPose | null
  /** The app's canvas size (CSS pixels), which the baseline copies. */
  appCanvas: { width: number; height: number } | null
  /** Built app directory (dist/) and baseline build directory. */
  appDistDir: string
  baselineDistDir: string
  /** How many independent page loads a load-time measurement should take per page. */
  runs: number
  log(message: string): void
}

/** Aim: the app's value divided by the baseline's at most `max`, or the app's value itself at most `max`. */
export type Aim = { kind: 'ratio'; max: number } | { kind: 'absolute'; max: number; unit: string }

export interface MeasureRow {
  id: string
  label: string
  unit: string
  /** Median of the app's samples; null when not measured. */
  app: number | null
  baseline: number | null
  aim?: Aim
  /** Sample summaries and anything a reader needs to judge the number. */
  notes: string[]
  samples?: { app: number[]; baseline: number[] }
}

export interface Measure {
  id: string
  /** One line for the report: what is measured and how. */
  method: string
  run(ctx: BenchContext): Promise<MeasureRow[]>
}
