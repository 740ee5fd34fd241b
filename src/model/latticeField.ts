// A field that is dear to evaluate (the distance to a mesh, found in its bounds tree) sampled lazily at the nodes of a
// lattice and interpolated trilinearly between them, each node evaluated once: a point then costs a lookup where it
// cost a search. For fields that are smooth at the lattice's scale, as the distance to a surface is a few millimetres
// from it where the surface's radius of curvature is well over the spacing.

type Field = (x: number, y: number, z: number) => number

/** Nodes per axis the lattice may reach from the first node looked up: HALF_SPAN below it and HALF_SPAN - 1 above.
 * A node's key is then below 2^30, a small integer, which a Map looks up fastest (a larger span loses that). */
const HALF_SPAN = 512
const SPAN = 2 * HALF_SPAN

/** A value per node of an integer lattice, computed on first look-up and kept (`what` names the lattice in errors;
 * `compute` never returns undefined). */
export function latticeCache<T>(compute: (i: number, j: number, k: number) => T, what: string): (i: number, j: number, k: number) => T {
  const values = new Map<number, T>()
  let origin: [number, number, number] | null = null
  return (i, j, k) => {
    origin ??= [i, j, k]
    const a = i - origin[0] + HALF_SPAN
    const b = j - origin[1] + HALF_SPAN
    const c = k - origin[2] + HALF_SPAN
    if (Math.min(a, b, c) < 0 || Math.max(a, b, c) >= SPAN)
      throw new Error(`${what}: node ${i}, ${j}, ${k} lies beyond the lattice's reach of ${HALF_SPAN} nodes`)
    const key = (a * SPAN + b) * SPAN + c
    let v = values.get(key)
    if (v === undefined) {
      v = compute(i, j, k)
      values.set(key, v)
    }
    return v
  }
}

export function latticeField(field: Field, spacingM: number): Field {
  const node = latticeCache((i, j, k) => field(i * spacingM, j * spacingM, k * spacingM), 'latticeField')
  // the corners of the cell looked up last: the points of a grid come in runs through the same cell
  let cell: [number, number, number] | null = null
  const corners = new Float64Array(8)
  return (x, y, z) => {
    const fx = x / spacingM
    const fy = y / spacingM
    const fz = z / spacingM
    const i = Math.floor(fx)
    const j = Math.floor(fy)
    const k = Math.floor(fz)
    if (!cell || cell[0] !== i || cell[1] !== j || cell[2] !== k) {
      cell = null
      for (let n = 0; n < 8; n++) corners[n] = node(i + (n & 1), j + ((n >> 1) & 1), k + (n >> 2))
      cell = [i, j, k]
    }
    const u = fx - i
    const v = fy - j
    const w = fz - k
    const c00 = corners[0]! * (1 - u) + corners[1]! * u
    const c10 = corners[2]! * (1 - u) + corners[3]! * u
    const c01 = corners[4]! * (1 - u) + corners[5]! * u
    const c11 = corners[6]! * (1 - u) + corners[7]! * u
    return (c00 * (1 - v) + c10 * v) * (1 - w) + (c01 * (1 - v) + c11 * v) * w
  }
}
