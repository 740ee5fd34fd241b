// Painted skin <-> points on the body's surface. A saved map keeps the painted skin as points in body terms
// (millimetres in the body frame), not as vertex indices, so it can be put back on any skin: the one it was
// painted on (every point lands on its own vertex) or a regenerated one (each point paints the skin around it).
// Pure: skin positions (or the skin's grid, geometry/skinGrid.ts) in, mask or points out.
import { nearestEntryWithin, verticesWithin, type SkinGrid } from '../../geometry/skinGrid'

/** Points are stored in 0.1 mm steps: finer than the closest pair of vertices on a generated skin. */
const POINT_STEP_MM = 0.1

/** A point farther than this from every skin vertex is not on this body's surface (a point of another body shape). */
export const POINT_SNAP_LIMIT_M = 0.02

/**
 * A point counts as the same vertex when it lies within this distance of it (the 0.1 mm rounding moves a point by
 * at most 0.087 mm).
 */
const SAME_VERTEX_M = 0.0002

/** Around a point on another skin, vertices within this distance are painted too, so a finer skin shows no holes. */
const OTHER_SKIN_FILL_M = 0.004

function roundStep(metres: number): number {
  return Math.round((metres * 1000) / POINT_STEP_MM) / (1 / POINT_STEP_MM)
}

/** The painted vertices of `mask` as points [x, y, z, ...] in millimetres, in vertex order. */
export function maskToPoints(mask: Uint8Array, positions: Float32Array): number[] {
  const points: number[] = []
  for (let i = 0; i < mask.length; i++) {
    if (mask[i]) {
      points.push(roundStep(positions[i * 3]!), roundStep(positions[i * 3 + 1]!), roundStep(positions[i * 3 + 2]!))
    }
  }
  return points
}

export interface PointsOnSkin {
  mask: Uint8Array
  /** Whether every point lay on a vertex of this skin (the skin the map was painted on). */
  sameSkin: boolean
  /** Points farther than POINT_SNAP_LIMIT_M from this skin: not drawn. */
  offSkin: number
}

/**
 * Puts painted points back on a skin (its grid). On the skin they were painted on each point paints exactly its own
 * vertex; on another skin each point paints its nearest vertex and the vertices close around it.
 */
export function pointsToMask(points: readonly number[], grid: SkinGrid): PointsOnSkin {
  const mask = new Uint8Array(grid.vertexCount)
  const nearest: number[] = []
  let sameSkin = true
  let offSkin = 0
  for (let p = 0; p + 2 < points.length; p += 3) {
    const at = { x: points[p]! / 1000, y: points[p + 1]! / 1000, z: points[p + 2]! / 1000 }
    const best = nearestEntryWithin(grid, at, POINT_SNAP_LIMIT_M)
    if (!best) {
      offSkin++
      sameSkin = false
      continue
    }
    if (best.distanceM > SAME_VERTEX_M) {
      sameSkin = false
    }
    mask[grid.vertexOfEntry[best.entry]!] = 1
    nearest.push(p)
  }
  // On the same skin, vertices that coincide with a point's vertex (a seam) were painted together; on another
  // skin the vertices close around each point are painted too.
  const fillM = sameSkin ? SAME_VERTEX_M : OTHER_SKIN_FILL_M
  for (const p of nearest) {
    verticesWithin(grid, { x: points[p]! / 1000, y: points[p + 1]! / 1000, z: points[p + 2]! / 1000 }, fillM, (v) => {
      mask[v] = 1
    })
  }
  return { mask, sameSkin, offSkin }
}

/** Whether two point lists are the same (a map whose points did not change needs no write). */
export function samePoints(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i])
}
