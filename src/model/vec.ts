// Small 3-vector helpers for the body generator. Plain tuples keep the generator free of three.js scene code
// and make the landmark table easy to read and to validate.

export type Vec3 = readonly [number, number, number]

/** The three axes (x, y, z) as indices into a Vec3: looping over these keeps every component read in range. */
export const AXES = [0, 1, 2] as const
export type Axis = (typeof AXES)[number]
/** A vector built axis by axis. */
export const vec3From = (f: (k: Axis) => number): [number, number, number] => [f(0), f(1), f(2)]

/** The i-th point of a flat array of x, y, z triples (mesh positions or normals). */
export const vec3At = (values: ArrayLike<number>, i: number): Vec3 => [values[3 * i]!, values[3 * i + 1]!, values[3 * i + 2]!]
export const add = (a: Vec3, b: Vec3): Vec3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]]
export const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]]
export const scale = (a: Vec3, s: number): Vec3 => [a[0] * s, a[1] * s, a[2] * s]
export const dot = (a: Vec3, b: Vec3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2]
export const cross = (a: Vec3, b: Vec3): Vec3 => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]]
export const length = (a: Vec3): number => Math.hypot(a[0], a[1], a[2])
export const distance = (a: Vec3, b: Vec3): number => length(sub(a, b))
export const normalize = (a: Vec3): Vec3 => {
  const l = length(a)
  return l > 0 ? scale(a, 1 / l) : [0, 0, 0]
}
/** Linear interpolation from a (t = 0) to b (t = 1). */
export const lerp = (a: Vec3, b: Vec3, t: number): Vec3 => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t]
/** Mirror a point of the left half (+X) onto the right half. */
export const mirrorX = (a: Vec3): Vec3 => [-a[0], a[1], a[2]]

/** Quadratic Bezier through a control point: a smooth bend for muscle and rib paths. */
export function bezier(a: Vec3, c: Vec3, b: Vec3, t: number): Vec3 {
  const u = 1 - t
  return [
    u * u * a[0] + 2 * u * t * c[0] + t * t * b[0],
    u * u * a[1] + 2 * u * t * c[1] + t * t * b[1],
    u * u * a[2] + 2 * u * t * c[2] + t * t * b[2],
  ]
}

/** Catmull-Rom point on a polyline through `pts` at parameter t in [0, 1]. */
export function spline(pts: readonly Vec3[], t: number): Vec3 {
  const n = pts.length - 1
  const f = Math.min(Math.max(t, 0), 1) * n
  const i = Math.min(Math.floor(f), n - 1)
  const u = f - i
  const p0 = pts[Math.max(i - 1, 0)]
  const p1 = pts[i]
  const p2 = pts[i + 1]
  const p3 = pts[Math.min(i + 2, n)]
  if (!p0 || !p1 || !p2 || !p3) throw new Error(`spline: needs at least two points, got ${pts.length}`)
  return vec3From(
    (k) =>
      0.5 *
      (2 * p1[k] +
        (-p0[k] + p2[k]) * u +
        (2 * p0[k] - 5 * p1[k] + 4 * p2[k] - p3[k]) * u * u +
        (-p0[k] + 3 * p1[k] - 3 * p2[k] + p3[k]) * u * u * u),
  )
}
