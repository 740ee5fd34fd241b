// The skin's field keeps a minimum cover over every structure (skin.ts), but the mesh made from it is smoothed and
// simplified, which shaves thin convex parts: the fingertips' bones and the tendons on the backs of the fingers and of
// the foot came through the skin by up to about 3 mm, and a tendon running straight across a crease in the skin (the
// front of the ankle) came through between its vertices. After the skin is meshed, each vertex and each triangle's
// centre of a structure left outside it pushes the skin's vertices round it out along their normals, pass after pass,
// until it lies under the skin. Only the skin moves, only outward, and only within COVER_RADIUS_M of such a point.
import { buildBvhMesh, closestPoint, raycastAll, type BvhMesh } from '../geometry/meshBvh'
import { vertexNormals } from './meshOps'
import { INSIDE_VOTE_RAYS } from './rayMesh'

/** How far round a structure's vertex left outside the skin the skin's vertices are moved (m). */
const COVER_RADIUS_M = 0.008
/** How far under the skin, along the skin's normal, such a vertex is put (m). */
const COVER_MARGIN_M = 0.0005
/** The most passes: each moves the skin by the shortfall it sees, and a shaved corner is covered in two or three. */
const COVER_PASSES = 6

export interface SkinToCover {
  positions: Float32Array
  normals: Float32Array
  indices: Uint32Array
}

function insideSkin(tree: BvhMesh, x: number, y: number, z: number): boolean {
  let votes = 0
  for (const [dx, dy, dz] of INSIDE_VOTE_RAYS) if (raycastAll(tree, { x, y, z }, { x: dx, y: dy, z: dz }).length % 2 === 1) votes++
  return votes >= 2
}

/** Bins of the skin's vertices on a grid of COVER_RADIUS_M cells, for the vertices round a point. */
function vertexBins(positions: Float32Array): (x: number, y: number, z: number, visit: (v: number) => void) => void {
  const key = (i: number, j: number, k: number): string => `${i},${j},${k}`
  const cell = (v: number): number => Math.floor(v / COVER_RADIUS_M)
  const bins = new Map<string, number[]>()
  for (let v = 0; v < positions.length / 3; v++) {
    const k = key(cell(positions[3 * v]!), cell(positions[3 * v + 1]!), cell(positions[3 * v + 2]!))
    const bin = bins.get(k)
    if (bin) bin.push(v)
    else bins.set(k, [v])
  }
  return (x, y, z, visit) => {
    const [ci, cj, ck] = [cell(x), cell(y), cell(z)]
    for (let i = ci - 1; i <= ci + 1; i++)
      for (let j = cj - 1; j <= cj + 1; j++) for (let k = ck - 1; k <= ck + 1; k++) for (const v of bins.get(key(i, j, k)) ?? []) visit(v)
  }
}

/** The points of a structure's mesh the skin must cover: its vertices and the centres of its triangles (xyz). */
export function coverPoints(mesh: { positions: Float32Array; indices: Uint32Array }): Float32Array {
  const { positions: p, indices } = mesh
  const out = new Float32Array(p.length + indices.length)
  out.set(p)
  for (let t = 0; t < indices.length; t += 3) {
    for (let k = 0; k < 3; k++) {
      out[p.length + t + k] = (p[3 * indices[t]! + k]! + p[3 * indices[t + 1]! + k]! + p[3 * indices[t + 2]! + k]!) / 3
    }
  }
  return out
}

/**
 * Move the skin out over every point of `structures` (xyz, coverPoints) that lies outside it: each skin vertex
 * within COVER_RADIUS_M of such a point moves along its normal by the point's height over its tangent plane, or its
 * distance from the skin's surface where that is larger, plus COVER_MARGIN_M, tapering to nothing at the radius (the largest such move where several ask). The skin's positions
 * and normals are changed in place. Returns how many structure points were outside at first and at the end.
 */
export function coverStructures(skin: SkinToCover, structures: readonly Float32Array[]): { outsideBefore: number; outsideAfter: number } {
  const { positions } = skin
  let outsideBefore = -1
  let outside: number[] = []
  for (let pass = 0; pass <= COVER_PASSES; pass++) {
    const tree = buildBvhMesh('skin', { positions, indices: skin.indices })
    outside = []
    for (const p of structures) {
      for (let i = 0; i < p.length; i += 3) if (!insideSkin(tree, p[i]!, p[i + 1]!, p[i + 2]!)) outside.push(p[i]!, p[i + 1]!, p[i + 2]!)
    }
    if (outsideBefore < 0) outsideBefore = outside.length / 3
    if (outside.length === 0 || pass === COVER_PASSES) break
    const normals = vertexNormals({ positions, indices: skin.indices })
    const near = vertexBins(positions)
    const move = new Float64Array(positions.length / 3)
    for (let o = 0; o < outside.length; o += 3) {
      const [qx, qy, qz] = [outside[o]!, outside[o + 1]!, outside[o + 2]!]
      // how far out of the skin the point lies: to the nearest point of the skin's surface (in a crease the surface
      // lies inside its vertices' tangent planes, so a point under those planes can still be outside)
      const nearest = closestPoint(tree, { x: qx, y: qy, z: qz })
      const outBy = nearest ? nearest.distanceM : 0
      near(qx, qy, qz, (v) => {
        const [dx, dy, dz] = [qx - positions[3 * v]!, qy - positions[3 * v + 1]!, qz - positions[3 * v + 2]!]
        const r = Math.hypot(dx, dy, dz)
        if (r >= COVER_RADIUS_M) return
        const height = Math.max(dx * normals[3 * v]! + dy * normals[3 * v + 1]! + dz * normals[3 * v + 2]!, outBy) + COVER_MARGIN_M
        const taper = (1 - (r / COVER_RADIUS_M) ** 2) ** 2
        if (height > 0) move[v] = Math.max(move[v]!, height * taper)
      })
    }
    for (let v = 0; v < move.length; v++) {
      const m = move[v]!
      if (m === 0) continue
      for (let k = 0; k < 3; k++) positions[3 * v + k]! += normals[3 * v + k]! * m
    }
  }
  skin.normals.set(vertexNormals({ positions, indices: skin.indices }))
  return { outsideBefore, outsideAfter: outside.length / 3 }
}
