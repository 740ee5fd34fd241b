// Smooth radial hulls of the limb segments, measured on whatever structures the limb holds. Around a segment's axis
// (thigh, leg, forearm) the outer radius of the structures is recorded per height and direction, smoothed across
// both, and turned back into a field: a limb contour that follows the muscles' overall bulk but not each strap,
// groove or bony edge. The skin is laid over the union of this hull and the structures, so a muscle that stands
// clearly proud of its neighbours (the calf) still shows, only softened. Built from the grid, not from muscle
// shapes, so it follows other parts of the model as they change. Table and grid reads carry `!`: stations and angle
// bins are clamped or wrapped into the table, and grid boxes are clamped to the grid's dims.
import { forEachNodeIn } from './splat'
import type { GridSamples } from './surfaceNets'
import { type Vec3, cross, dot, normalize, sub, vec3From } from './vec'

export interface LimbAxis {
  /** Proximal and distal ends of the axis (joint centres). */
  a: Vec3
  b: Vec3
  /** The part of the axis (0 = a, 1 = b) whose cross-sections are measured and enclosed. */
  sFrom: number
  sTo: number
  /** Structures further than this from the axis belong to something else (the trunk, the other limb). */
  maxRadiusM: number
  /** Optional: structures more than this far medial of the axis (toward the midline) are not the limb's (the trunk). */
  medialReachM?: number
  /** Optional: the radius of curvature (m) with which the hull closes beyond `sTo` (default END_ROUND_M): a larger one
   * lets the hull taper out over a longer stretch instead of ending in a step. */
  distalEndRoundM?: number
}

/** A grid node within a limb's reach, in the limb's own terms. */
interface HullNode {
  /** Index into the grid's values. */
  idx: number
  /** Height along the measured part of the axis, in stations (STATION_M), clamped to it. */
  station: number
  /** Direction round the axis, in angle bins (0..ANGLE_BINS). */
  angle: number
  /** Distance from the axis (m). */
  rho: number
  /** How far beyond the measured part of the axis the node lies, along it (m; 0 within it). */
  axialOut: number
  /** How far medial of the axis (toward the midline) the node lies (m). */
  medialM: number
  /** Beyond the axis' distal end of the measured part. */
  distal: boolean
}

const ANGLE_BINS = 32
const STATION_M = 0.01
const DILATE_BINS = 2
const END_ROUND_M = 0.02

/** Circular (in angle) and clamped (along the axis) Gaussian smoothing of a stations x angles table, in place. */
function smoothTable(r: Float32Array, ns: number, sigmaBins: number): void {
  const rad = Math.ceil(2.5 * sigmaBins)
  // kernel weights for offsets -rad..rad (w[q + rad]); the tables are read at clamped or wrapped positions
  const w: number[] = []
  for (let i = -rad; i <= rad; i++) w.push(Math.exp(-(i * i) / (2 * sigmaBins * sigmaBins)))
  const tmp = new Float32Array(r.length)
  for (let s = 0; s < ns; s++) {
    for (let t = 0; t < ANGLE_BINS; t++) {
      let acc = 0
      let sw = 0
      for (let q = -rad; q <= rad; q++) {
        acc += w[q + rad]! * r[s * ANGLE_BINS + ((t + q + ANGLE_BINS * 4) % ANGLE_BINS)]!
        sw += w[q + rad]!
      }
      tmp[s * ANGLE_BINS + t] = acc / sw
    }
  }
  for (let s = 0; s < ns; s++) {
    for (let t = 0; t < ANGLE_BINS; t++) {
      let acc = 0
      let sw = 0
      for (let q = -rad; q <= rad; q++) {
        const ss = Math.min(Math.max(s + q, 0), ns - 1)
        acc += w[q + rad]! * tmp[ss * ANGLE_BINS + t]!
        sw += w[q + rad]!
      }
      r[s * ANGLE_BINS + t] = acc / sw
    }
  }
}

/**
 * Lower the grid's values (in place) to the union with each limb's smoothed radial hull. `inside` tells which grid
 * values count as inside the limb (negative: the structures). Returns nothing; deterministic.
 */
export function addLimbHulls(grid: GridSamples, axes: readonly LimbAxis[], smoothingBins = 2): void {
  const { values } = grid
  for (const ax of axes) {
    const ab = sub(ax.b, ax.a)
    const len = Math.hypot(ab[0], ab[1], ab[2])
    const u = normalize(ab)
    const e1 = normalize(cross(u, [0, 0, 1]))
    const e2 = cross(e1, u)
    const ns = Math.max(2, Math.ceil(((ax.sTo - ax.sFrom) * len) / STATION_M) + 1)
    const radius = new Float32Array(ns * ANGLE_BINS)
    const box = {
      min: vec3From((k) => Math.min(ax.a[k], ax.b[k]) - ax.maxRadiusM),
      max: vec3From((k) => Math.max(ax.a[k], ax.b[k]) + ax.maxRadiusM),
    }
    const visit = (f: (node: HullNode) => void): void =>
      forEachNodeIn(grid, box, (idx, x, y, z) => {
        // a limb's hull never reaches across the midline (to the other limb)
        if (x * ax.a[0] <= 0) return
        const p: Vec3 = [x - ax.a[0], y - ax.a[1], z - ax.a[2]]
        const along = dot(p, u)
        const s = along / len
        const c1 = dot(p, e1)
        const c2 = dot(p, e2)
        const rho = Math.hypot(c1, c2)
        if (rho > ax.maxRadiusM) return
        const sc = Math.min(Math.max(s, ax.sFrom), ax.sTo)
        const axialOut = Math.abs(s - sc) * len
        const station = ((sc - ax.sFrom) * len) / STATION_M
        const angle = ((Math.atan2(c2, c1) / (2 * Math.PI) + 1) % 1) * ANGLE_BINS
        const axisX = ax.a[0] + u[0] * sc * len
        f({ idx, station, angle, rho, axialOut, medialM: side * (axisX - x), distal: s > ax.sTo })
      })
    // 1. outer radius of the structures per station and angle
    const side = Math.sign(ax.a[0])
    visit(({ idx, station, angle, rho, axialOut, medialM }) => {
      if (axialOut > 0 || values[idx]! >= 0) return
      if (ax.medialReachM !== undefined && medialM > ax.medialReachM) return
      const b = Math.min(Math.round(station), ns - 1) * ANGLE_BINS + (Math.floor(angle) % ANGLE_BINS)
      if (rho > radius[b]!) radius[b] = rho
    })
    // 2. empty bins take their station's smallest radius; each bin takes the largest radius of its neighbours (so a narrow
    // gap between two muscles does not pull the hull in), then the table is smoothed across angle and height
    for (let s = 0; s < ns; s++) {
      let least = Infinity
      for (let t = 0; t < ANGLE_BINS; t++) if (radius[s * ANGLE_BINS + t]! > 0) least = Math.min(least, radius[s * ANGLE_BINS + t]!)
      for (let t = 0; t < ANGLE_BINS; t++) if (radius[s * ANGLE_BINS + t] === 0) radius[s * ANGLE_BINS + t] = least === Infinity ? 0 : least
    }
    const dilated = new Float32Array(radius.length)
    for (let s = 0; s < ns; s++) {
      for (let t = 0; t < ANGLE_BINS; t++) {
        let m = 0
        for (let ds = -1; ds <= 1; ds++) {
          const ss = Math.min(Math.max(s + ds, 0), ns - 1)
          for (let dt = -DILATE_BINS; dt <= DILATE_BINS; dt++)
            m = Math.max(m, radius[ss * ANGLE_BINS + ((t + dt + ANGLE_BINS) % ANGLE_BINS)]!)
        }
        dilated[s * ANGLE_BINS + t] = m
      }
    }
    radius.set(dilated)
    smoothTable(radius, ns, smoothingBins)
    // 3. the hull's field: radial distance to the smoothed radius; beyond the measured part the hull closes with a
    // rounded end (radius of curvature END_ROUND_M along the axis, or the axis' distalEndRoundM beyond its distal
    // end), so it meets the next segment without a step
    const distalRound = ax.distalEndRoundM ?? END_ROUND_M
    visit(({ idx, station, angle, rho, axialOut, distal }) => {
      const s0 = Math.min(Math.floor(station), ns - 2)
      const fs = Math.min(Math.max(station - s0, 0), 1)
      // bin t holds the angles [t, t + 1): its value stands at t + 0.5
      const ac = angle - 0.5 + ANGLE_BINS
      const a0 = Math.floor(ac) % ANGLE_BINS
      const a1 = (a0 + 1) % ANGLE_BINS
      const fa = ac - Math.floor(ac)
      const at = (s: number, a: number): number => radius[s * ANGLE_BINS + a]!
      const r = (1 - fs) * ((1 - fa) * at(s0, a0) + fa * at(s0, a1)) + fs * ((1 - fa) * at(s0 + 1, a0) + fa * at(s0 + 1, a1))
      const d = rho - r + (axialOut * axialOut) / (2 * (distal ? distalRound : END_ROUND_M))
      if (d < values[idx]!) values[idx] = d
    })
  }
}
