// Signed distance fields for the body generator: every bone, muscle and organ is a smooth union of a few simple
// volumes (tapered capsules, flattened straps, ellipsoids, rounded boxes) placed between landmarks. The
// polygoniser (surfaceNets.ts) turns a field into a mesh. Negative inside, positive outside, metres.
import type { FibreSegment } from './fibres'
import { itemAt, segmentsOf } from './lists'
import { AXES, type Vec3, cross, dot, normalize, sub } from './vec'

export interface Bounds {
  min: [number, number, number]
  max: [number, number, number]
}

/** One volume: a distance function plus the box outside which it is known to be positive. */
export interface Primitive {
  distance(x: number, y: number, z: number): number
  bounds: Bounds
  /** For a capsule of a muscle belly or fibre strap: its fibre axis (see fibres.ts). */
  fibre?: FibreSegment
}

/** A structure's field: the smooth union of its primitives, minus optional carved volumes. */
export interface Shape {
  prims: Primitive[]
  /** Blend radius of the smooth union (m): larger values give fuller, smoother joins. */
  blendM: number
  /** Volumes removed from the shape (smoothly), e.g. the intercostal gaps or the medullary side of a lung. */
  carve?: Primitive[]
  carveBlendM?: number
  /**
   * This shape is one part of a muscle meshed in parts (the three parts of trapezius): its field is the region of the
   * parts' smooth union that lies nearer its own primitives than any other part's, and its mesh is that side of the
   * whole muscle's mesh, so neighbouring parts share their border vertices instead of one lying over the other's edge.
   */
  partOf?: PartOf
}

/**
 * The other parts of a shape meshed in parts, the blend radius of the union of all of them, and the whole muscle: one
 * shape of every part's primitives, meshed once, whose faces the parts share out (meshStructure.ts).
 */
export interface PartOf {
  others: Shape[]
  blendM: number
  whole: { shape: Shape; cellM: number; maxTriangles: number }
}

/** Polynomial smooth minimum (Inigo Quilez): never larger than min(a, b), so unions only grow. */
export function smin(a: number, b: number, k: number): number {
  if (k <= 0) return Math.min(a, b)
  const h = Math.max(k - Math.abs(a - b), 0) / k
  return Math.min(a, b) - h * h * k * 0.25
}

/** Smooth maximum: never smaller than max(a, b). */
export function smax(a: number, b: number, k: number): number {
  return -smin(-a, -b, k)
}

function boundsOfSegment(a: Vec3, b: Vec3, r: number): Bounds {
  return {
    min: [Math.min(a[0], b[0]) - r, Math.min(a[1], b[1]) - r, Math.min(a[2], b[2]) - r],
    max: [Math.max(a[0], b[0]) + r, Math.max(a[1], b[1]) + r, Math.max(a[2], b[2]) + r],
  }
}

/**
 * A capsule whose radius tapers linearly from `radiusAM` at `a` to `radiusBM` at `b`. With `flatten`, the cross-section
 * is a strap (a stadium) whose thickness along `flatten.normal` is `flatten.ratio` (0..1) of its width.
 */
export function taperedCapsule(a: Vec3, b: Vec3, radiusAM: number, radiusBM: number, flatten?: { normal: Vec3; ratio: number }): Primitive {
  const ab = sub(b, a)
  const len2 = Math.max(dot(ab, ab), 1e-12)
  const n = flatten ? normalize(flatten.normal) : ([0, 0, 0] as Vec3)
  const ratio = flatten ? Math.max(flatten.ratio, 0.05) : 1
  const ax = a[0],
    ay = a[1],
    az = a[2]
  const bx = ab[0],
    by = ab[1],
    bz = ab[2]
  const nx = n[0],
    ny = n[1],
    nz = n[2]
  const rMax = Math.max(radiusAM, radiusBM)
  return {
    bounds: boundsOfSegment(a, b, rMax),
    distance(x, y, z) {
      const px = x - ax,
        py = y - ay,
        pz = z - az
      let t = (px * bx + py * by + pz * bz) / len2
      t = t < 0 ? 0 : t > 1 ? 1 : t
      const vx = px - bx * t,
        vy = py - by * t,
        vz = pz - bz * t
      const r = radiusAM + (radiusBM - radiusAM) * t
      if (flatten) {
        // strap cross-section: a stadium of half-width r and half-thickness r * ratio (along n), exact distance
        const a = vx * nx + vy * ny + vz * nz
        const wx = vx - nx * a,
          wy = vy - ny * a,
          wz = vz - nz * a
        const b = Math.sqrt(wx * wx + wy * wy + wz * wz)
        const rt = r * ratio
        const over = Math.max(b - (r - rt), 0)
        return Math.sqrt(a * a + over * over) - rt
      }
      return Math.sqrt(vx * vx + vy * vy + vz * vz) - r
    },
  }
}

/** Orthonormal axes for an ellipsoid or box: `primary` is kept, `hint` fixes the roll. */
export function axesFrom(primary: Vec3, hint: Vec3): [Vec3, Vec3, Vec3] {
  const u = normalize(primary)
  let w = normalize(cross(u, hint))
  if (Math.hypot(w[0], w[1], w[2]) < 1e-6) w = normalize(cross(u, [0, 0, 1]))
  const v = cross(w, u)
  return [u, v, w]
}

/** An ellipsoid with semi-axes `radiiM` along `axes` (default x, y, z). Approximate distance, exact surface. */
export function ellipsoid(center: Vec3, radiiM: Vec3, axes?: [Vec3, Vec3, Vec3]): Primitive {
  const [u, v, w] = axes ?? [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ]
  const rMin = Math.min(radiiM[0], radiiM[1], radiiM[2])
  const rMax = Math.max(radiiM[0], radiiM[1], radiiM[2])
  const [cx, cy, cz] = center
  const [ra, rb, rc] = radiiM
  return {
    bounds: boundsOfSegment(center, center, rMax),
    distance(x, y, z) {
      const px = x - cx,
        py = y - cy,
        pz = z - cz
      const a = px * u[0] + py * u[1] + pz * u[2]
      const b = px * v[0] + py * v[1] + pz * v[2]
      const c = pz * w[2] + px * w[0] + py * w[1]
      const k0 = Math.hypot(a / ra, b / rb, c / rc)
      const k1 = Math.hypot(a / (ra * ra), b / (rb * rb), c / (rc * rc))
      return k1 > 0 ? (k0 * (k0 - 1)) / k1 : -rMin
    },
  }
}

/** A box with rounded edges: half extents `halfM` along `axes`, edge radius `roundM`. */
export function roundedBox(center: Vec3, halfM: Vec3, roundM: number, axes?: [Vec3, Vec3, Vec3]): Primitive {
  const [u, v, w] = axes ?? [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ]
  const reach = Math.hypot(halfM[0], halfM[1], halfM[2]) + roundM
  const [cx, cy, cz] = center
  const hx = Math.max(halfM[0] - roundM, 0)
  const hy = Math.max(halfM[1] - roundM, 0)
  const hz = Math.max(halfM[2] - roundM, 0)
  return {
    bounds: boundsOfSegment(center, center, reach),
    distance(x, y, z) {
      const px = x - cx,
        py = y - cy,
        pz = z - cz
      const qa = Math.abs(px * u[0] + py * u[1] + pz * u[2]) - hx
      const qb = Math.abs(px * v[0] + py * v[1] + pz * v[2]) - hy
      const qc = Math.abs(px * w[0] + py * w[1] + pz * w[2]) - hz
      const ox = Math.max(qa, 0),
        oy = Math.max(qb, 0),
        oz = Math.max(qc, 0)
      return Math.sqrt(ox * ox + oy * oy + oz * oz) + Math.min(Math.max(qa, qb, qc), 0) - roundM
    },
  }
}

/** A chain of tapered capsules through `points` with per-point radii: a smooth tube along a path. */
export function tube(points: readonly Vec3[], radiiM: readonly number[], flatten?: { normal: Vec3; ratio: number }): Primitive[] {
  const out: Primitive[] = []
  for (const [a, b, i] of segmentsOf(points)) {
    out.push(taperedCapsule(a, b, itemAt(radiiM, i, 'tube radii'), itemAt(radiiM, i + 1, 'tube radii'), flatten))
  }
  return out
}

/** A primitive's mirror image across the midsagittal plane (x -> -x). */
export function mirrorPrimitive(p: Primitive): Primitive {
  return {
    bounds: { min: [-p.bounds.max[0], p.bounds.min[1], p.bounds.min[2]], max: [-p.bounds.min[0], p.bounds.max[1], p.bounds.max[2]] },
    distance: (x, y, z) => p.distance(-x, y, z),
  }
}

/** Whether a point lies strictly inside a box. */
export function insideBounds(b: Bounds, x: number, y: number, z: number): boolean {
  return x > b.min[0] && y > b.min[1] && z > b.min[2] && x < b.max[0] && y < b.max[1] && z < b.max[2]
}

/** Step of the central differences that turn a superquadric's implicit value into a distance (m). */
const SUPERQUADRIC_GRADIENT_STEP_M = 1e-4

/**
 * A superquadric about `center`, axis-aligned: |x/rx| and |z/rz| combine with `acrossExponent` (above 2 is squarer
 * than an ellipse: broad in front, like a face), and that with |y/ry| with `verticalExponent`. Its width across (rx)
 * grows upward and shrinks downward by `taper` of itself at the top and bottom. The distance is the implicit value
 * over its gradient's length: close to metric near the surface, which is where blends and surfaces read it.
 */
export function superquadric(center: Vec3, radiiM: Vec3, acrossExponent: number, verticalExponent: number, taper = 0): Primitive {
  const [cx, cy, cz] = center
  const [rx, ry, rz] = radiiM
  const f = (x: number, y: number, z: number): number => {
    const width = rx * (1 + taper * Math.min(Math.max((y - cy) / ry, -1), 1))
    const across = Math.abs((x - cx) / width) ** acrossExponent + Math.abs((z - cz) / rz) ** acrossExponent
    return (across ** (verticalExponent / acrossExponent) + Math.abs((y - cy) / ry) ** verticalExponent) ** (1 / verticalExponent)
  }
  const e = SUPERQUADRIC_GRADIENT_STEP_M
  const rMax = Math.max(rx, ry, rz)
  const widest = rx * (1 + Math.abs(taper))
  return {
    bounds: { min: [cx - widest, cy - ry, cz - rz], max: [cx + widest, cy + ry, cz + rz] },
    distance(x, y, z) {
      const value = f(x, y, z) - 1
      const g = Math.hypot(f(x + e, y, z) - f(x - e, y, z), f(x, y + e, z) - f(x, y - e, z), f(x, y, z + e) - f(x, y, z - e)) / (2 * e)
      return g > 1e-9 ? value / g : value * rMax
    },
  }
}

/** The union box of primitives, grown by `marginM`. */
export function unionBounds(prims: readonly Primitive[], marginM: number): Bounds {
  const min: [number, number, number] = [Infinity, Infinity, Infinity]
  const max: [number, number, number] = [-Infinity, -Infinity, -Infinity]
  for (const p of prims) {
    for (const k of AXES) {
      min[k] = Math.min(min[k], p.bounds.min[k] - marginM)
      max[k] = Math.max(max[k], p.bounds.max[k] + marginM)
    }
  }
  return { min, max }
}

function othersDistance(partOf: PartOf, x: number, y: number, z: number): number {
  let other = Infinity
  for (const o of partOf.others) other = Math.min(other, shapeDistance(o, x, y, z))
  return other
}

/**
 * For a part (Shape.partOf): the signed distance from the cut between it and its neighbours, negative on its own side
 * (nearer its own primitives than any other part's). The neighbour's value at a point is the exact negative.
 */
export function partCut(shape: Shape & { partOf: PartOf }, x: number, y: number, z: number): number {
  return partTerms(shapeDistance({ prims: shape.prims, blendM: shape.blendM }, x, y, z), shape.partOf, x, y, z).cut
}

/** The union and cut fields of a part, from its own field's value (both change no faster than distance). */
function partTerms(own: number, partOf: PartOf, x: number, y: number, z: number): { union: number; cut: number } {
  const other = othersDistance(partOf, x, y, z)
  return { union: smin(own, other, partOf.blendM), cut: 0.5 * (own - other) }
}

/** Evaluate a shape's field at a point. */
export function shapeDistance(shape: Shape, x: number, y: number, z: number): number {
  let d = Infinity
  let plain = Infinity
  const k = shape.blendM
  for (const p of shape.prims) {
    // skip a primitive whose box is further away than the current value plus the blend radius: it cannot lower
    // the smooth minimum (its distance is at least the distance to its box)
    const b = p.bounds
    const ox = x < b.min[0] ? b.min[0] - x : x > b.max[0] ? x - b.max[0] : 0
    const oy = y < b.min[1] ? b.min[1] - y : y > b.max[1] ? y - b.max[1] : 0
    const oz = z < b.min[2] ? b.min[2] - z : z > b.max[2] ? z - b.max[2] : 0
    const boxM = Math.sqrt(ox * ox + oy * oy + oz * oz)
    if (d !== Infinity && boxM > d + k) continue
    const dp = p.distance(x, y, z)
    d = smin(d, dp, k)
    if (dp < plain) plain = dp
  }
  // hold the blend within what one pair of primitives gives (see splat.ts)
  if (d < plain - k / 4) d = plain - k / 4
  if (shape.partOf) {
    // inside the union of the parts, on this part's side of the cut
    const { union, cut } = partTerms(d, shape.partOf, x, y, z)
    d = Math.max(union, cut)
  }
  if (shape.carve) {
    const k = shape.carveBlendM ?? 0
    for (const c of shape.carve) d = smax(d, -c.distance(x, y, z), k)
  }
  return d
}
