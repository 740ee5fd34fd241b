// Building blocks for muscle fields: fusiform bellies along a path (tendon-thin ends, full middle) and fans of
// flattened fibre bundles for flat muscles, whose fibres are laid over whatever lies beneath them (see Envelope).
// Every capsule carries its fibre axis, tendon weight and across-fibre frame (fibres.ts) for the shading.
import type { Envelope } from './envelope'
import { FIBRE_STRIPE_SPACING_M, type FibreChain, across, strapPerimeter, tendonOfRelativeSize } from './fibres'
import { type Primitive, taperedCapsule } from './sdf'
import { type Vec3, distance, lerp, normalize, spline, sub } from './vec'

/** Where a belly's seam of the across-fibre coordinate faces when it has no flattening normal: medially. */
const LATERAL: Vec3 = [1, 0, 0]

/** Radius profile of a belly: `endA` at t = 0, `max` around `peak`, `endB` at t = 1 (smooth). */
function profile(t: number, endA: number, max: number, endB: number, peak: number): number {
  if (t <= peak) {
    const u = t / peak
    return endA + (max - endA) * Math.sin((u * Math.PI) / 2) ** 1.2
  }
  const u = (t - peak) / (1 - peak)
  return endB + (max - endB) * Math.cos((u * Math.PI) / 2) ** 1.2
}

export interface BellyOptions {
  /** Points the belly passes through between its ends. */
  via?: Vec3[]
  rAM?: number
  rBM?: number
  /** Where along the path (0..1) the belly is fullest. */
  peak?: number
  flatten?: { normal: Vec3; ratio: number }
  samples?: number
  /** Tendon weight along the path (0..1), for a belly that is tendon or aponeurosis throughout; by default it
   * follows the radius (tendonOfRelativeSize in fibres.ts: the thin ends are tendon). */
  tendon?: (t: number) => number
}

export interface TendonCordOptions {
  via?: Vec3[]
  /** Half-width at `a` (default: `halfWidthM`). */
  startHalfWidthM?: number
  halfWidthM: number
  endHalfWidthM: number
  normal: Vec3
  ratio: number
  /** Where along the path (0..1) the cord reaches its full width. */
  peak: number
  samples?: number
}

/** A tendon or aponeurosis as its own flat cord from `a` to `b`: half-width `halfWidthM` at `peak`, easing from
 * `startHalfWidthM` at `a` and to `endHalfWidthM` at `b`, its thickness `ratio` of its width (across `normal`), pale
 * (tendon) throughout. */
export function tendonCord(a: Vec3, b: Vec3, o: TendonCordOptions): Primitive[] {
  return belly(a, b, o.halfWidthM, {
    ...(o.via ? { via: o.via } : {}),
    rAM: o.startHalfWidthM ?? o.halfWidthM,
    rBM: o.endHalfWidthM,
    peak: o.peak,
    samples: o.samples ?? 8,
    flatten: { normal: o.normal, ratio: o.ratio },
    tendon: () => 1,
  })
}

/** A spindle-shaped muscle from `a` to `b` with maximum radius `rMaxM`. */
export function belly(a: Vec3, b: Vec3, rMaxM: number, o: BellyOptions = {}): Primitive[] {
  const pts = [a, ...(o.via ?? []), b]
  const n = o.samples ?? 10
  const out: Primitive[] = []
  const rA = o.rAM ?? rMaxM * 0.25
  const rB = o.rBM ?? rMaxM * 0.25
  const peak = o.peak ?? 0.5
  const ratio = o.flatten ? Math.min(Math.max(o.flatten.ratio, 0.05), 1) : 1
  const chain: FibreChain = { periods: Math.max(4, Math.round(strapPerimeter(rMaxM, ratio) / FIBRE_STRIPE_SPACING_M)) }
  const tendon = o.tendon ?? ((t: number) => tendonOfRelativeSize(profile(t, rA, rMaxM, rB, peak) / rMaxM))
  let prev = spline(pts, 0)
  let prevR = profile(0, rA, rMaxM, rB, peak)
  // the superficial face (the flattening normal, else lateral), carried from segment to segment along the path
  let ref: Vec3 = o.flatten?.normal ?? LATERAL
  for (let i = 1; i <= n; i++) {
    const t = i / n
    const p = spline(pts, t)
    const r = profile(t, rA, rMaxM, rB, peak)
    const axis = normalize(sub(p, prev))
    const refA = across(axis, ref)
    ref = refA
    out.push({
      ...taperedCapsule(prev, p, prevR, r, o.flatten),
      fibre: {
        a: prev,
        b: p,
        tendonA: tendon((i - 1) / n),
        tendonB: tendon(t),
        chain,
        across: { kind: 'around', refA, refB: refA, ratio, radiusAM: prevR, radiusBM: r },
      },
    })
    prev = p
    prevR = r
  }
  return out
}

export interface SheetOptions {
  fibres: number
  /** Thickness of the sheet in its middle (m). */
  thicknessM: number
  /** Points per fibre (including both ends). */
  steps?: number
  /** Outward direction at a point of fibre u (0..1 across the sheet), for flattening and for laying the sheet over
   * deeper structures. */
  outward: (p: Vec3, u: number) => Vec3
  /** Lay interior fibre points over this envelope (superficial muscles over deep ones). */
  over?: Envelope
  /** Clearance between the sheet's inner face and what lies beneath (m). */
  clearanceM?: number | ((p: Vec3) => number)
  /** Nominal point of fibre f (0..1 across the sheet) at t (0..1 along it), before laying it over; default: lerp. */
  path?: (o: Vec3, i: Vec3, t: number, f: number) => Vec3
  /** Relative thickness along a fibre (t 0..1); default thins toward both ends. */
  thicknessAlong?: (t: number, f: number) => number
  /** Relative thickness across the sheet (f 0..1). */
  thicknessAcross?: (f: number) => number
  /** Fibre width relative to the spacing between fibres (overlap). */
  overlap?: number
  /** How far outside its nominal path a fibre point may be laid (m): small, so a fibre is not laid over a limb. */
  reachOutM?: number | ((p: Vec3) => number)
  /** Keep the ends fixed on their attachments (default true); set false for an end that should be laid over too. */
  anchorEnds?: [boolean, boolean]
  /**
   * Extra smoothing after laying the fibres over (default none): `passes` rounds of averaging each interior point with
   * its neighbours along (`along`, 0..1) and across (`across`, 0..1) the fibres, then lifting any point that sank into
   * what lies beneath back out along the outward direction (unless `lift` is false: for a sheet laid over by `wrap`
   * whose caller trims the deeper muscles where they poke through it). Irons out the bumps of the structures
   * underneath.
   */
  smooth?: { passes: number; along: number; across: number; lift?: boolean }
  /** Tendon weight at t along fibre f (both 0..1), for an aponeurosis; by default it follows the fibre's thickness
   * relative to its thickest (tendonOfRelativeSize in fibres.ts), so the thinned ends are paler. */
  tendon?: (t: number, f: number) => number
  /** With `over`: 'wrap' (default) lays each point on what lies beneath; 'lift' only pushes points that sank into it
   * back out, so the nominal `path` (e.g. a dome) keeps its shape where it is clear. */
  layOver?: 'wrap' | 'lift'
}

/** A sheet's origin or insertion line: a polyline (a spline through it, evenly by point) or the point at u (0..1). */
export type SheetLine = readonly Vec3[] | ((u: number) => Vec3)

/**
 * A flat muscle as a fan of fibre bundles: fibre f runs from the origin line (`origins`) to the insertion line
 * (`insertions`). Bundles are flattened capsules that overlap so the union is a continuous sheet. The primitives come
 * fibre by fibre, `steps - 1` for each, so a run of fibres can be taken out as one part of the sheet.
 */
export function sheet(origins: SheetLine, insertions: SheetLine, o: SheetOptions): Primitive[] {
  if (o.layOver === 'lift' && o.smooth && (o.smooth.lift === false || o.smooth.passes < 1))
    throw new Error(
      "muscle sheet: layOver 'lift' with smooth.lift false or no smoothing passes would never lay the sheet over what lies beneath",
    )
  const steps = o.steps ?? 8
  const fibres: Vec3[][] = []
  const thick: number[][] = []
  const at = (line: SheetLine, u: number): Vec3 => (typeof line === 'function' ? line(u) : spline(line, u))
  const fibreU = (f: number): number => fibreAcross(f, o.fibres)
  for (let f = 0; f < o.fibres; f++) {
    const u = fibreU(f)
    const a = at(origins, u)
    const b = at(insertions, u)
    const pts: Vec3[] = []
    const th: number[] = []
    for (let s = 0; s < steps; s++) {
      const t = s / (steps - 1)
      let p = o.path ? o.path(a, b, t, u) : lerp(a, b, t)
      const rel =
        (o.thicknessAlong ? o.thicknessAlong(t, u) : 0.45 + 0.55 * Math.sin(Math.PI * t)) * (o.thicknessAcross ? o.thicknessAcross(u) : 1)
      const half = (o.thicknessM * rel) / 2
      const anchored = (s === 0 && (o.anchorEnds?.[0] ?? true)) || (s === steps - 1 && (o.anchorEnds?.[1] ?? true))
      if (o.over && !anchored && o.layOver !== 'lift')
        p = o.over.wrap(
          p,
          o.outward(p, u),
          clearanceAt(o, p) + half,
          typeof o.reachOutM === 'function' ? o.reachOutM(p) : (o.reachOutM ?? 0.035),
        )
      pts.push(p)
      th.push(half)
    }
    // one pass of neighbour averaging removes kinks where the fibre steps from one structure onto another
    for (let s = 1; s < steps - 1; s++) {
      const q = lerp(lerp(pts[s - 1]!, pts[s + 1]!, 0.5), pts[s]!, 0.5) // 0 < s < steps - 1 = pts.length - 1
      pts[s] = q
    }
    fibres.push(pts)
    thick.push(th)
  }
  if (o.smooth) smoothSheet(fibres, thick, o, steps)
  else if (o.over && o.layOver === 'lift') liftClear(fibres, thick, o, (s) => s > 0 && s < steps - 1)
  const prims: Primitive[] = []
  // across-fibre frame: each fibre strap is `perFibre` stripe periods wide, counted from one strap before the first
  // fibre (so the coordinate stays positive over the sheet's free edge)
  const spacing = (f: number, s: number): number => {
    const left = f > 0 ? distance(sheetAt(fibres, f - 1, s), sheetAt(fibres, f, s)) : null
    const right = f + 1 < fibres.length ? distance(sheetAt(fibres, f + 1, s), sheetAt(fibres, f, s)) : null
    return left !== null && right !== null ? (left + right) / 2 : (left ?? right ?? 0.02)
  }
  const towardNext = (f: number, s: number): Vec3 =>
    fibres.length < 2
      ? o.outward(sheetAt(fibres, f, s), fibreU(f))
      : normalize(sub(sheetAt(fibres, Math.min(f + 1, fibres.length - 1), s), sheetAt(fibres, Math.max(f - 1, 0), s)))
  let spacingSum = 0
  for (let f = 0; f < fibres.length; f++) for (let s = 0; s < steps; s++) spacingSum += spacing(f, s)
  const perFibre = Math.max(1, Math.round(spacingSum / (fibres.length * steps) / FIBRE_STRIPE_SPACING_M))
  const chain: FibreChain = { periods: perFibre * (fibres.length + 2) }
  const tendonOf = (f: number, s: number): number => {
    const u = fibreU(f)
    return o.tendon ? o.tendon(s / (steps - 1), u) : tendonOfRelativeSize(sheetAt(thick, f, s) / Math.max(...thick[f]!))
  }
  for (let f = 0; f < fibres.length; f++) {
    for (let s = 0; s + 1 < steps; s++) {
      const a = sheetAt(fibres, f, s)
      const b = sheetAt(fibres, f, s + 1)
      // half the gap to the neighbouring fibres, so that neighbours overlap into one sheet
      const gap = (i: number): number => {
        const left = f > 0 ? distance(sheetAt(fibres, f - 1, i), sheetAt(fibres, f, i)) : Infinity
        const right = f + 1 < fibres.length ? distance(sheetAt(fibres, f + 1, i), sheetAt(fibres, f, i)) : Infinity
        const g = Math.min(left, right)
        return Number.isFinite(g) ? g : 0.02
      }
      const wa = Math.max(gap(s) * (o.overlap ?? 0.6), sheetAt(thick, f, s) * 1.05)
      const wb = Math.max(gap(s + 1) * (o.overlap ?? 0.6), sheetAt(thick, f, s + 1) * 1.05)
      const mid = lerp(a, b, 0.5)
      const n = o.outward(mid, fibreU(f))
      const w = Math.max(wa, wb)
      const ratio = Math.min(1, (sheetAt(thick, f, s) + sheetAt(thick, f, s + 1)) / 2 / w)
      prims.push({
        ...taperedCapsule(a, b, wa, wb, { normal: n, ratio }),
        fibre: {
          a,
          b,
          tendonA: tendonOf(f, s),
          tendonB: tendonOf(f, s + 1),
          chain,
          across: {
            kind: 'flat',
            dirA: towardNext(f, s),
            dirB: towardNext(f, s + 1),
            base: (f + 1) * perFibre,
            perMA: perFibre / spacing(f, s),
            perMB: perFibre / spacing(f, s + 1),
          },
        },
      })
    }
  }
  return prims
}

/** Where fibre f of a sheet of `fibres` lies across it, 0..1 (the middle for a single fibre). */
function fibreAcross(f: number, fibres: number): number {
  return fibres === 1 ? 0.5 : f / (fibres - 1)
}

/** Clearance beneath a sheet at a point (SheetOptions.clearanceM, default 1 mm). */
function clearanceAt(o: SheetOptions, p: Vec3): number {
  return typeof o.clearanceM === 'function' ? o.clearanceM(p) : (o.clearanceM ?? 0.001)
}

/** Entry s of fibre f in a sheet's per-fibre lists (points or half thicknesses), which all have `steps` entries. */
function sheetAt<T>(rows: readonly (readonly T[])[], f: number, s: number): T {
  const v = rows[f]?.[s]
  if (v === undefined) throw new Error(`muscle sheet: no entry ${s} on fibre ${f}`)
  return v
}

/** Laplacian smoothing of a laid-over sheet along and across its fibres, then lifting sunk points clear again (unless
 * `smooth.lift` is false). */
function smoothSheet(fibres: Vec3[][], thick: number[][], o: SheetOptions, steps: number): void {
  const sm = o.smooth!
  const free = (s: number): boolean => !((s === 0 && (o.anchorEnds?.[0] ?? true)) || (s === steps - 1 && (o.anchorEnds?.[1] ?? true)))
  for (let pass = 0; pass < sm.passes; pass++) {
    const next = fibres.map((f) => f.slice())
    for (let f = 0; f < fibres.length; f++) {
      for (let s = 0; s < steps; s++) {
        if (!free(s)) continue
        let p = sheetAt(fibres, f, s)
        if (s > 0 && s < steps - 1) p = lerp(p, lerp(sheetAt(fibres, f, s - 1), sheetAt(fibres, f, s + 1), 0.5), sm.along)
        if (f > 0 && f < fibres.length - 1) p = lerp(p, lerp(sheetAt(fibres, f - 1, s), sheetAt(fibres, f + 1, s), 0.5), sm.across)
        next[f]![s] = p // next is a copy of fibres: same size
      }
    }
    fibres.splice(0, fibres.length, ...next)
    // lift after every pass (unless the sheet asks not to): bumps are pulled in and pushed back, hollows fill in (a
    // membrane over what lies beneath)
    if (o.over && sm.lift !== false) liftClear(fibres, thick, o, free)
  }
}

/** Push every free point of the sheet out along its outward direction until it is clear of what lies beneath. */
function liftClear(fibres: Vec3[][], thick: number[][], o: SheetOptions, free: (s: number) => boolean): void {
  const over = o.over!
  for (const [f, fibre] of fibres.entries()) {
    for (let s = 0; s < fibre.length; s++) {
      if (!free(s)) continue
      const p = sheetAt(fibres, f, s)
      const margin = clearanceAt(o, p) + sheetAt(thick, f, s)
      const n = o.outward(p, fibreAcross(f, o.fibres))
      // 1 mm at a time, at most 3 cm (or reachOutM): a point that cannot be cleared within that stays where it is
      const reach = typeof o.reachOutM === 'function' ? o.reachOutM(p) : (o.reachOutM ?? 0.03)
      const steps = Math.min(30, Math.round(reach * 1000))
      for (let k = 0; k <= steps; k++) {
        const q: Vec3 = [p[0] + n[0] * k * 0.001, p[1] + n[1] * k * 0.001, p[2] + n[2] * k * 0.001]
        if (over.value(q[0], q[1], q[2]) >= margin) {
          fibre[s] = q
          break
        }
      }
    }
  }
}

/** Unit vector from `from` to `to`. */
export function toward(from: Vec3, to: Vec3): Vec3 {
  return normalize(sub(to, from))
}
