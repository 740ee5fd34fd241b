// The registry of benchmark measurements, in report order. To add one (e.g. "time to repaint the skin for a new
// selection", "one ranking update over the whole atlas"): write bench/measures/<name>.ts exporting a Measure
// (see types.ts), expose any page hook it needs on window.__tpa, and list it here.
import { firstFrame } from './firstFrame'
import { frameTime } from './frameTime'
import { initialJsSize } from './initialJs'
import { paint } from './paint'
import { picking } from './picking'
import { rank } from './rank'
import type { Measure } from './types'

export const MEASURES: readonly Measure[] = [firstFrame, frameTime, picking, initialJsSize, paint, rank]
