// Minimal plain-object vector helpers for the pure geometry modules: the atlas and the CLI work with
// `{ x, y, z }` records (from JSON, from the GLB reader), and these keep them free of three's classes.

/** A point or direction in the model frame: metres, +Y up, body faces +Z, the patient's left on +X. */
export interface Vec3Like {
  x: number
  y: number
  z: number
}

export function vec3(x: number, y: number, z: number): Vec3Like {
  return { x, y, z }
}

export function add(a: Vec3Like, b: Vec3Like): Vec3Like {
  return { x: a.x + b.x, y: a.y + b.y, z: a.z + b.z }
}

export function sub(a: Vec3Like, b: Vec3Like): Vec3Like {
  return { x: a.x - b.x, y: a.y - b.y, z: a.z - b.z }
}

export function scale(a: Vec3Like, s: number): Vec3Like {
  return { x: a.x * s, y: a.y * s, z: a.z * s }
}

export function dot(a: Vec3Like, b: Vec3Like): number {
  return a.x * b.x + a.y * b.y + a.z * b.z
}

export function cross(a: Vec3Like, b: Vec3Like): Vec3Like {
  return { x: a.y * b.z - a.z * b.y, y: a.z * b.x - a.x * b.z, z: a.x * b.y - a.y * b.x }
}

export function length(a: Vec3Like): number {
  return Math.sqrt(dot(a, a))
}

/** Unit vector along `a`; throws on a zero vector, since a direction of no length is a data error. */
export function normalize(a: Vec3Like): Vec3Like {
  const len = length(a)
  if (!(len > 1e-12)) {
    throw new RangeError('cannot normalise a zero-length direction')
  }
  return scale(a, 1 / len)
}

export function distance(a: Vec3Like, b: Vec3Like): number {
  return length(sub(a, b))
}

export function toArray(a: Vec3Like): [number, number, number] {
  return [a.x, a.y, a.z]
}
