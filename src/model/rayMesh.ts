// Ray casts against triangle meshes (plain arrays, no scene): where a straight needle path first meets a surface,
// and whether a point is inside a closed mesh. Brute force over triangles, which is fast enough for tests and
// for snapping a few landmarks to the skin. Array reads carry `!`: t < indices.length and every index names a vertex.
import type { Vec3 } from './vec'

export interface Hit {
  distanceM: number
  triangle: number
}

/**
 * Distance along the ray origin + t*dir to triangle t (the index of its first corner in `indices`), or null when the
 * ray misses it or meets it behind the origin. Möller–Trumbore.
 */
function intersectTriangle(positions: ArrayLike<number>, indices: ArrayLike<number>, t: number, origin: Vec3, dir: Vec3): number | null {
  const [ox, oy, oz] = origin
  const [dx, dy, dz] = dir
  const a = 3 * indices[t]!,
    b = 3 * indices[t + 1]!,
    c = 3 * indices[t + 2]!
  const e1x = positions[b]! - positions[a]!,
    e1y = positions[b + 1]! - positions[a + 1]!,
    e1z = positions[b + 2]! - positions[a + 2]!
  const e2x = positions[c]! - positions[a]!,
    e2y = positions[c + 1]! - positions[a + 1]!,
    e2z = positions[c + 2]! - positions[a + 2]!
  const px = dy * e2z - dz * e2y,
    py = dz * e2x - dx * e2z,
    pz = dx * e2y - dy * e2x
  const det = e1x * px + e1y * py + e1z * pz
  if (Math.abs(det) < 1e-14) return null
  const inv = 1 / det
  const tx = ox - positions[a]!,
    ty = oy - positions[a + 1]!,
    tz = oz - positions[a + 2]!
  const u = (tx * px + ty * py + tz * pz) * inv
  if (u < 0 || u > 1) return null
  const qx = ty * e1z - tz * e1y,
    qy = tz * e1x - tx * e1z,
    qz = tx * e1y - ty * e1x
  const v = (dx * qx + dy * qy + dz * qz) * inv
  if (v < 0 || u + v > 1) return null
  const dist = (e2x * qx + e2y * qy + e2z * qz) * inv
  return dist >= 0 ? dist : null
}

/** First intersection of the ray origin + t*dir (t >= 0, dir unit) with the mesh, or null. */
export function raycast(positions: ArrayLike<number>, indices: ArrayLike<number>, origin: Vec3, dir: Vec3): Hit | null {
  let best: Hit | null = null
  for (let t = 0; t < indices.length; t += 3) {
    const dist = intersectTriangle(positions, indices, t, origin, dir)
    if (dist !== null && (!best || dist < best.distanceM)) best = { distanceM: dist, triangle: t / 3 }
  }
  return best
}

/** Every intersection distance along the ray (sorted). */
export function raycastAll(positions: ArrayLike<number>, indices: ArrayLike<number>, origin: Vec3, dir: Vec3): number[] {
  const out: number[] = []
  for (let t = 0; t < indices.length; t += 3) {
    const dist = intersectTriangle(positions, indices, t, origin, dir)
    if (dist !== null) out.push(dist)
  }
  return out.sort((p, q) => p - q)
}

/** Three skewed rays that vote on inside or outside, so a ray grazing an edge or a vertex cannot flip the answer. */
export const INSIDE_VOTE_RAYS: readonly [Vec3, Vec3, Vec3] = [
  [0.5773, 0.5774, 0.5774],
  [-0.6, 0.48, 0.64],
  [0.36, -0.8, 0.48],
]

/** Whether a point is inside a closed mesh: odd number of crossings along skewed rays (majority of three). */
export function isInside(positions: ArrayLike<number>, indices: ArrayLike<number>, p: Vec3): boolean {
  let votes = 0
  for (const d of INSIDE_VOTE_RAYS) if (raycastAll(positions, indices, p, d).length % 2 === 1) votes++
  return votes >= 2
}
