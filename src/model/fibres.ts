// What a muscle's primitives know about its fibres, so the generator can store it per vertex for the viewer's
// shading: every capsule of a belly or of a sheet's fibre strap runs along the local fibre direction, carries a
// tendon weight at each end (0 fleshy belly .. 1 tendon or aponeurosis) and a way to measure where a point lies
// ACROSS the fibres (in stripe periods), so that lines drawn at whole periods run along the fibres. A belly
// measures it round its cross-section (arc length, with one seam on its deep face); a sheet measures it from
// fibre to fibre across the fan (no seam). Pure: plain tuples, no three.js.
import { type Vec3, cross, dot, lerp, normalize, sub } from './vec'

/** Spacing of the striation lines across the fibres at a belly's or a sheet's widest (m): a model choice. */
export const FIBRE_STRIPE_SPACING_M = 0.0035

/** The across-fibre coordinate system that the capsules of one belly or one sheet share. */
export interface FibreChain {
  /** For a belly, the coordinate wraps round the cross-section after this many periods (a whole number). */
  periods: number
}

/** Round a belly's cross-section: `refA`/`refB` point to the superficial face at each end (unit, across the axis). */
export interface AcrossAround {
  kind: 'around'
  refA: Vec3
  refB: Vec3
  /** Thickness over width of the cross-section (1 round, below 1 a strap). */
  ratio: number
  radiusAM: number
  radiusBM: number
}

/** Across a sheet: `base` periods on the axis, growing along `dir` by `perM` periods per metre. */
export interface AcrossFlat {
  kind: 'flat'
  dirA: Vec3
  dirB: Vec3
  base: number
  perMA: number
  perMB: number
}

/** The fibre axis of one capsule of a muscle, from `a` toward `b` (origin toward insertion). */
export interface FibreSegment {
  a: Vec3
  b: Vec3
  tendonA: number
  tendonB: number
  chain: FibreChain
  across: AcrossAround | AcrossFlat
}

/** Smooth step from 0 at `from` to 1 at `to` (either order): tendon weights along and across a muscle, and the edges
 * of the skin's relief (glutealRelief.ts). */
export function ramp(x: number, from: number, to: number): number {
  const u = Math.min(Math.max((x - from) / (to - from), 0), 1)
  return u * u * (3 - 2 * u)
}

/** 0 outside [lo, hi], rising over `fadeLo` from lo and falling over `fadeHi` to hi (smooth steps, as ramp), 1
 * between: a region's weight along one axis. */
export function rampedRange(v: number, lo: number, hi: number, fadeLo: number, fadeHi: number = fadeLo): number {
  return Math.min(ramp(v, lo, lo + fadeLo), ramp(v, hi, hi - fadeHi))
}

/** Tendon weight from a capsule's size relative to the fullest part of its belly or fibre: 1 at 30% or less, 0
 * from 60% on. */
export function tendonOfRelativeSize(rel: number): number {
  return ramp(rel, 0.6, 0.3)
}

/** Perimeter of a strap cross-section of half-width r and thickness ratio `ratio` (a circle when ratio is 1). */
export function strapPerimeter(r: number, ratio: number): number {
  const rt = r * Math.min(Math.max(ratio, 0.05), 1)
  return 4 * (r - rt) + 2 * Math.PI * rt
}

/**
 * Where a point lies round a strap cross-section, as a fraction (0..1) of the perimeter, 0 and 1 at the middle of
 * the deep face. `x` runs along the width, `y` along the thickness toward the superficial face; `h` is the flat
 * half-length and `rt` the radius of the rounded edges.
 */
export function perimeterFraction(x: number, y: number, h: number, rt: number): number {
  const p = 4 * h + 2 * Math.PI * rt
  let s: number
  if (Math.abs(x) <= h) s = y < 0 ? (x >= 0 ? x : p + x) : h + Math.PI * rt + (h - x)
  else if (x > h) s = h + rt * (Math.atan2(y, x - h) + Math.PI / 2)
  else {
    let phi = Math.atan2(y, x + h) // the left edge: from pi/2 (superficial) round to 3 pi/2 (deep)
    if (phi < 0) phi += 2 * Math.PI
    s = 3 * h + Math.PI * rt + rt * (phi - Math.PI / 2)
  }
  return (((s / p) % 1) + 1) % 1
}

/** Position along a segment (0..1, clamped) of the point nearest p. */
export function alongSegment(seg: Pick<FibreSegment, 'a' | 'b'>, p: Vec3): number {
  const ab = sub(seg.b, seg.a)
  const t = dot(sub(p, seg.a), ab) / Math.max(dot(ab, ab), 1e-12)
  return Math.min(Math.max(t, 0), 1)
}

/** Unit fibre direction of a segment. */
export function axisOf(seg: Pick<FibreSegment, 'a' | 'b'>): Vec3 {
  return normalize(sub(seg.b, seg.a))
}

/** Tendon weight of a segment at t (0..1 along it). */
export function tendonAt(seg: FibreSegment, t: number): number {
  return seg.tendonA + (seg.tendonB - seg.tendonA) * t
}

/** A unit vector across `axis`, as near `hint` as possible (`fallback` when hint runs along the axis). */
export function across(axis: Vec3, hint: Vec3, fallback: Vec3 = [0, 0, 1]): Vec3 {
  const v = sub(hint, scaleBy(axis, dot(hint, axis)))
  if (Math.hypot(v[0], v[1], v[2]) > 1e-6) return normalize(v)
  const w = sub(fallback, scaleBy(axis, dot(fallback, axis)))
  return Math.hypot(w[0], w[1], w[2]) > 1e-6 ? normalize(w) : normalize(cross(axis, [1, 0, 0]))
}

const scaleBy = (a: Vec3, s: number): Vec3 => [a[0] * s, a[1] * s, a[2] * s]

/** The across-fibre coordinate (stripe periods) of point p next to segment `seg`, at t along it. */
export function acrossAt(seg: FibreSegment, p: Vec3, t: number): number {
  const axis = axisOf(seg)
  const c = lerp(seg.a, seg.b, t)
  const v = sub(p, c)
  const f = seg.across
  if (f.kind === 'flat') {
    const dir = across(axis, lerp(f.dirA, f.dirB, t))
    return f.base + dot(v, dir) * (f.perMA + (f.perMB - f.perMA) * t)
  }
  const up = across(axis, lerp(f.refA, f.refB, t))
  const side = cross(axis, up)
  const r = f.radiusAM + (f.radiusBM - f.radiusAM) * t
  const rt = r * Math.min(Math.max(f.ratio, 0.05), 1)
  return perimeterFraction(dot(v, side), dot(v, up), r - rt, rt) * seg.chain.periods
}
