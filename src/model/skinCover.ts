// The skin's field keeps a minimum cover over every structure (skin.ts), but the mesh made from it is smoothed and
// simplified, which shaves thin convex parts (fingertips, tendons on the backs of the fingers and of the foot), and a
// tendon running straight across a crease in the skin can pass out between its vertices. Once the skin is meshed, each
// vertex and each triangle's centre of a structure that lies outside it, or less than COVERED_M under it, pushes
// the skin's vertices round it out along their normals, move after move. Only the skin moves, only outward, only
// within the point's reach (COVER_RADIUS_M, more round a large triangle) and only the sheet of skin that faces it;
// a point that the moves cover only slowly moves the corners of its nearest triangle too, wherever they are.
import { buildBvhMesh, closestPoint, crossingCount, type BvhMesh } from '../geometry/meshBvh'
import type { Vec3Like } from '../geometry/vec'
import { vertexNormals } from './meshOps'
import { INSIDE_VOTE_RAYS } from './rayMesh'
import type { Vec3 } from './vec'

/** How far round a point to be covered the skin's vertices are moved (m). */
const COVER_RADIUS_M = 0.008
/** How much skin a point is moved to have over it, to the skin's nearest surface (m). */
export const COVER_MARGIN_M = 0.0005
/** The most moves; each moves the nearest vertices by the point's shortfall, those further away by less. */
const COVER_MOVES = 12
/** A skin vertex is moved only when its normal and the normal of the skin's surface nearest the point agree at least
 * this much (cosine): the other side of a finger, or a neighbouring sheet facing the point, stays where it is. */
const SAME_SHEET_COSINE = 0.3
/** For a point whose shortfall did not shrink in the last move (a fold of the lean shape at the front of the shoulder
 * left the surface nearest a point leaning away from the vertices round it, so it was never covered), the vertices
 * whose normals agree with that surface's more than this move too, by no more than the point's shortfall: still not
 * the far side of a finger (cosine below 0). */
const STALLED_SAME_SHEET_COSINE = 0
/** A point that kept more than SLOW_MOVE_FRACTION of its shortfall in this many moves in a row, and is short by no
 * more than CORNER_SHIFT_MAX_M, moves the corners of the skin's triangle nearest it along that triangle's
 * normal by its shortfall, however far away they are: in a fold of the lean shape at the back of the thigh a point
 * lay under a long sliver whose surface faced about 45 degrees from its corners' normals, with two of its corners
 * beyond the reach, and moving the vertices round it shrank its shortfall by 1.5-6% a move (0.79 to 0.54 mm in 12
 * moves). A point further out stays an error. */
const CORNER_SHIFT_AFTER_SLOW_MOVES = 2
/** A move that leaves a point more than this fraction of its shortfall is slow (the wedge of skinCover.test.ts,
 * covered by the vertices round it, keeps about three quarters every other move). */
const SLOW_MOVE_FRACTION = 0.9
/** The farthest short a point may be for its triangle's corners to move (m): a point further out is an error to
 * report, not a triangle to move. */
const CORNER_SHIFT_MAX_M = 2 * COVER_MARGIN_M

export interface SkinToCover {
  positions: Float32Array
  indices: Uint32Array
}

/** Inside a closed mesh by the three-ray vote of rayMesh.ts isInside (odd crossings on at least two of three skewed
 * rays), through its bounds tree. */
export function insideByVote(tree: BvhMesh, p: Vec3Like): boolean {
  const odd = (d: Vec3): boolean => crossingCount(tree, p, { x: d[0], y: d[1], z: d[2] }) % 2 === 1
  const first = odd(INSIDE_VOTE_RAYS[0])
  // when the first two rays agree, the third cannot change the majority
  return first === odd(INSIDE_VOTE_RAYS[1]) ? first : odd(INSIDE_VOTE_RAYS[2])
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

/** Bins of the skin's vertices on a grid of COVER_RADIUS_M cells, for the vertices within a radius of a point. */
function vertexBins(positions: Float32Array): (p: Vec3Like, radiusM: number, visit: (v: number) => void) => void {
  const key = (i: number, j: number, k: number): string => `${i},${j},${k}`
  const cell = (v: number): number => Math.floor(v / COVER_RADIUS_M)
  const bins = new Map<string, number[]>()
  for (let v = 0; v < positions.length / 3; v++) {
    const k = key(cell(positions[3 * v]!), cell(positions[3 * v + 1]!), cell(positions[3 * v + 2]!))
    const bin = bins.get(k)
    if (bin) bin.push(v)
    else bins.set(k, [v])
  }
  return (p, radiusM, visit) => {
    const [ci, cj, ck] = [cell(p.x), cell(p.y), cell(p.z)]
    const rings = Math.ceil(radiusM / COVER_RADIUS_M)
    for (let i = ci - rings; i <= ci + rings; i++)
      for (let j = cj - rings; j <= cj + rings; j++)
        for (let k = ck - rings; k <= ck + rings; k++) for (const v of bins.get(key(i, j, k)) ?? []) visit(v)
  }
}

/** A point counts as covered with at least half the margin of skin over it; one that is not is moved for the whole
 * margin, so that the passes converge. */
const COVERED_M = COVER_MARGIN_M / 2

/** How far a point must still come under the skin (m), with the nearest surface's outward normal; null when it has
 * COVERED_M of skin over it. From outside, its distance to the skin plus the margin; from inside, what it lacks of the
 * margin. */
function shortfall(tree: BvhMesh, p: Vec3Like): Short | null {
  const inside = insideByVote(tree, p)
  // inside, only a surface nearer than COVERED_M matters: the search stops early for the many points deep inside
  const nearest = closestPoint(tree, p, inside ? COVERED_M : Infinity)
  if (!nearest || (inside && nearest.distanceM >= COVERED_M)) return null
  const corners = cornersOf(tree, nearest.faceIndex)
  return {
    p,
    shortM: inside ? COVER_MARGIN_M - nearest.distanceM : nearest.distanceM + COVER_MARGIN_M,
    normal: nearest.normal,
    corners,
    radiusM: Math.min(Math.max(COVER_RADIUS_M, COARSE_FACE_REACH * farthestCorner(tree, corners, nearest.pointM)), MAX_REACH_M),
  }
}

interface Short {
  p: Vec3Like
  shortM: number
  /** The outward normal of the skin's surface nearest the point. */
  normal: Vec3Like
  /** How far round the point the skin's vertices move (m). */
  radiusM: number
  /** The vertices of the skin's triangle nearest the point. */
  corners: number[]
}

/** The vertices of a face of the tree's mesh (the tree orders its own index; the vertices are the mesh's). */
function cornersOf(tree: BvhMesh, faceIndex: number): number[] {
  const index = tree.geometry.index!
  return [0, 1, 2].map((k) => index.getX(3 * faceIndex + k))
}

/** Where the skin is simplified to large flat triangles (the front of the chest), a point's nearest triangle can have
 * no vertex within COVER_RADIUS_M: the reach is then this many times the distance from the nearest point on that
 * triangle to its farthest corner, so that its corners move by about a third of the point's shortfall each pass. */
const COARSE_FACE_REACH = 1.5
/** The reach is at most this (m): every vertex within it moves by at least a share of the point's shortfall. */
const MAX_REACH_M = 3 * COVER_RADIUS_M

/** The distance from p to the farthest of a triangle's corners (vertices of the tree's mesh). */
function farthestCorner(tree: BvhMesh, corners: readonly number[], p: Vec3Like): number {
  const position = tree.geometry.getAttribute('position')
  let farthest = 0
  for (const v of corners) farthest = Math.max(farthest, Math.hypot(position.getX(v) - p.x, position.getY(v) - p.y, position.getZ(v) - p.z))
  return farthest
}

/** The points of `structures` that are short of cover under the skin of `tree`. */
function shortPoints(tree: BvhMesh, structures: readonly Float32Array[]): Short[] {
  const short: Short[] = []
  for (const points of structures) {
    for (let i = 0; i < points.length; i += 3) {
      const s = shortfall(tree, { x: points[i]!, y: points[i + 1]!, z: points[i + 2]! })
      if (s) short.push(s)
    }
  }
  return short
}

/**
 * Move the skin out over every point of `structures` (xyz, coverPoints) that lies outside it or less than COVERED_M
 * under it. Each skin vertex within the point's reach (COVER_RADIUS_M, more round a large triangle), on the sheet
 * facing it, moves along its own normal by the larger of the point's height over its tangent plane plus the margin
 * and the point's shortfall to the nearest surface, tapering to nothing at the reach (the largest move where several
 * points ask); for a point whose shortfall did not shrink, the vertices leaning further away move too, by its
 * shortfall (STALLED_SAME_SHEET_COSINE). A point that the moves cover only slowly (CORNER_SHIFT_AFTER_SLOW_MOVES),
 * and is short by no more than CORNER_SHIFT_MAX_M, also moves the three corners of the skin's triangle nearest it,
 * however far away, along that triangle's normal by its shortfall, less what the corner's own move already gives
 * along it (a corner facing away from the triangle's normal stays). After a move only the points that were short are
 * looked at again until they are covered, then all of them, until a check of every point finds none short (the skin
 * moves only outward, so a covered point rarely loses its cover). Changes the skin's positions in place; its normals
 * are the caller's to recompute. Throws when points are still short after COVER_MOVES moves. Returns how many points
 * were short at first.
 */
export function coverStructures(skin: SkinToCover, structures: readonly Float32Array[]): { shortBefore: number } {
  const { positions, indices } = skin
  let shortBefore = -1
  let checking = structures
  let tree = buildBvhMesh('skin', { positions, indices })
  // each point's shortfall at the last move made for it and how many moves in a row shrank it slowly, by coordinates
  const last = new Map<string, { shortM: number; slowMoves: number }>()
  for (let moves = 0; ;) {
    const short = shortPoints(tree, checking)
    if (shortBefore < 0) shortBefore = short.length
    if (short.length === 0 || moves === COVER_MOVES) {
      // the points last moved for are covered (or the moves are spent): every point is looked at again
      if (checking !== structures) {
        checking = structures
        continue
      }
      if (short.length === 0) return { shortBefore }
      const worst = short.reduce((a, b) => (b.shortM > a.shortM ? b : a))
      throw new Error(
        `coverStructures: ${short.length} points of muscles and bones are still not under the skin after ${COVER_MOVES} moves ` +
          `(the worst ${(worst.shortM * 1000).toFixed(1)} mm short at ${[worst.p.x, worst.p.y, worst.p.z].map((v) => v.toFixed(3)).join(', ')} m)`,
      )
    }
    const normals = vertexNormals({ positions, indices })
    const near = vertexBins(positions)
    const move = new Float64Array(positions.length / 3)
    // the corners of a slowly covered point's nearest triangle, moved along its normal (by vertex: how far, which way)
    const shiftM = new Float64Array(positions.length / 3)
    const shiftTo = new Float64Array(positions.length)
    // a point listed twice (two structures' vertices at one place) is judged once a move
    const judged = new Map<string, { stalled: boolean; slowMoves: number }>()
    for (const { p, shortM, normal, radiusM, corners } of short) {
      const key = `${p.x},${p.y},${p.z}`
      let judgement = judged.get(key)
      if (!judgement) {
        const before = last.get(key)
        judgement = {
          stalled: before !== undefined && before.shortM <= shortM,
          slowMoves: before !== undefined && shortM > SLOW_MOVE_FRACTION * before.shortM ? before.slowMoves + 1 : 0,
        }
        judged.set(key, judgement)
        last.set(key, { shortM, slowMoves: judgement.slowMoves })
      }
      const { stalled, slowMoves } = judgement
      if (slowMoves >= CORNER_SHIFT_AFTER_SLOW_MOVES && shortM <= CORNER_SHIFT_MAX_M) {
        for (const v of corners) {
          if (shortM <= shiftM[v]!) continue
          shiftM[v] = shortM
          shiftTo.set([normal.x, normal.y, normal.z], 3 * v)
        }
      }
      near(p, radiusM, (v) => {
        const [nx, ny, nz] = [normals[3 * v]!, normals[3 * v + 1]!, normals[3 * v + 2]!]
        const cosine = nx * normal.x + ny * normal.y + nz * normal.z
        const sameSheet = cosine >= SAME_SHEET_COSINE
        if (!sameSheet && !(stalled && cosine > STALLED_SAME_SHEET_COSINE)) return
        const [dx, dy, dz] = [p.x - positions[3 * v]!, p.y - positions[3 * v + 1]!, p.z - positions[3 * v + 2]!]
        const r = Math.hypot(dx, dy, dz)
        if (r >= radiusM) return
        // in a crease the surface lies inside its vertices' tangent planes, so the shortfall to the surface counts too
        const height = sameSheet ? Math.max(dx * nx + dy * ny + dz * nz + COVER_MARGIN_M, shortM) : shortM
        move[v] = Math.max(move[v]!, height * (1 - (r / radiusM) ** 2) ** 2)
      })
    }
    for (let v = 0; v < move.length; v++) {
      let shift = 0
      if (shiftM[v]! > 0) {
        const along =
          normals[3 * v]! * shiftTo[3 * v]! + normals[3 * v + 1]! * shiftTo[3 * v + 1]! + normals[3 * v + 2]! * shiftTo[3 * v + 2]!
        if (along > 0) shift = Math.max(shiftM[v]! - move[v]! * along, 0)
      }
      for (let k = 0; k < 3; k++) positions[3 * v + k]! += normals[3 * v + k]! * move[v]! + shiftTo[3 * v + k]! * shift
    }
    moves++
    checking = [Float32Array.from(short.flatMap(({ p }) => [p.x, p.y, p.z]))]
    tree = buildBvhMesh('skin', { positions, indices })
  }
}
