// The skin's habitus shapes (morph targets) as moves that do not fold the skin over itself. Moving each vertex along
// its own normal by the habitus change turns the skin inside out wherever it curves more tightly than the move is
// long: a high-BMI move of 2-4 cm did so in every dimple between muscles, the groove of the back and round the eyes,
// so the `high` shape showed bubbles and 5% of its skin turned over. Here each vertex moves by the same distance but
// along a normal averaged over a few centimetres of skin (fat fills small dimples rather than following them), except
// on thin parts (fingers, ears, the nose), where that average loses its meaning and the vertex's own normal is kept.
// Where the skin moves out, the creases such a move leaves (beside the spine of the scapula, along muscle borders)
// are then partly filled, as fat fills them, and any triangle still turned over is eased back by averaging its
// neighbourhood's moved positions.
import type { IndexedMesh } from './surfaceNets'

/** Passes of neighbour averaging that smooth the move directions (each spreads them about one edge further). */
const DIRECTION_SMOOTHING_PASSES = 120
/** At most this many passes of easing turned-over triangles; the rest are reported by countTurnedOver. */
const REPAIR_PASSES = 200
/** Passes of filling concave creases in an outward move (fat fills them), each by half the neighbourhood's mean. */
const CREASE_FILL_PASSES = 30
/** A filled crease lies at most this much further out than the move itself (m). */
const CREASE_FILL_MAX_M = 0.006
/** Where the averaged normal turns further than this from the vertex's own (cosine), the own normal takes over. */
const COHERENT_COS = 0.5
const OWN_NORMAL_COS = 0

function neighbours(mesh: IndexedMesh): Uint32Array[] {
  const sets: Set<number>[] = Array.from({ length: mesh.positions.length / 3 }, () => new Set<number>())
  const I = mesh.indices
  for (let t = 0; t < I.length; t += 3) {
    for (let a = 0; a < 3; a++) for (let b = 1; b < 3; b++) sets[I[t + a]!]!.add(I[t + ((a + b) % 3)]!)
  }
  return sets.map((s) => Uint32Array.from(s))
}

function smoothedNormals(normals: Float32Array, adjacency: readonly Uint32Array[], passes: number): Float32Array {
  let cur = Float32Array.from(normals)
  let next = new Float32Array(cur.length)
  for (let pass = 0; pass < passes; pass++) {
    for (let i = 0; i < adjacency.length; i++) {
      let x = cur[i * 3]!,
        y = cur[i * 3 + 1]!,
        z = cur[i * 3 + 2]!
      for (const j of adjacency[i]!) {
        x += cur[j * 3]!
        y += cur[j * 3 + 1]!
        z += cur[j * 3 + 2]!
      }
      const l = Math.hypot(x, y, z) || 1
      next[i * 3] = x / l
      next[i * 3 + 1] = y / l
      next[i * 3 + 2] = z / l
    }
    ;[cur, next] = [next, cur]
  }
  return cur
}

/** The cross product of triangle t's edges (t its first index; twice its area along its normal), each corner moved by
 * `d` when given, written into `out`. Allocation-free: it runs for every triangle the easing tests. */
function triangleCross(p: Float32Array, d: Float32Array | null, I: ArrayLike<number>, t: number, out: Float64Array): void {
  const a = I[t]! * 3,
    b = I[t + 1]! * 3,
    c = I[t + 2]! * 3
  const at = (i: number): number => p[i]! + (d ? d[i]! : 0)
  const ux = at(b) - at(a),
    uy = at(b + 1) - at(a + 1),
    uz = at(b + 2) - at(a + 2)
  const wx = at(c) - at(a),
    wy = at(c + 1) - at(a + 1),
    wz = at(c + 2) - at(a + 2)
  out[0] = uy * wz - uz * wy
  out[1] = uz * wx - ux * wz
  out[2] = ux * wy - uy * wx
}

const unmovedCross = new Float64Array(3)
const movedCross = new Float64Array(3)

/** Whether triangle t (its first index) faces against its unmoved copy once moved by `d`. */
function turnedOver(p: Float32Array, d: Float32Array, I: ArrayLike<number>, t: number): boolean {
  triangleCross(p, null, I, t, unmovedCross)
  triangleCross(p, d, I, t, movedCross)
  return unmovedCross[0]! * movedCross[0]! + unmovedCross[1]! * movedCross[1]! + unmovedCross[2]! * movedCross[2]! < 0
}

/** Area of triangle t (its first index), unmoved. */
function triangleArea(p: Float32Array, I: ArrayLike<number>, t: number): number {
  triangleCross(p, null, I, t, unmovedCross)
  return Math.hypot(unmovedCross[0]!, unmovedCross[1]!, unmovedCross[2]!) / 2
}

/** Triangles whose moved copy faces against the unmoved one, and their share of the skin's area. Pure. */
export function countTurnedOver(
  mesh: IndexedMesh,
  deltas: Float32Array,
): { triangles: number; areaFraction: number; vertices: Set<number> } {
  const I = mesh.indices
  let total = 0
  let turned = 0
  let triangles = 0
  const vertices = new Set<number>()
  for (let t = 0; t < I.length; t += 3) {
    const area = triangleArea(mesh.positions, I, t)
    total += area
    if (turnedOver(mesh.positions, deltas, I, t)) {
      turned += area
      triangles++
      vertices
        .add(I[t]!)
        .add(I[t + 1]!)
        .add(I[t + 2]!)
    }
  }
  return { triangles, areaFraction: total > 0 ? turned / total : 0, vertices }
}

/**
 * Per-vertex moves (xyz deltas) that carry the skin out (or in) by `distanceM[i]` at vertex i, along a direction
 * averaged over the neighbourhood where the skin is coherent, with turned-over triangles eased out afterwards.
 */
export function habitusDeltas(mesh: IndexedMesh, normals: Float32Array, distanceM: Float32Array): Float32Array {
  const n = distanceM.length
  const adjacency = neighbours(mesh)
  const smooth = smoothedNormals(normals, adjacency, DIRECTION_SMOOTHING_PASSES)
  const deltas = new Float32Array(n * 3)
  for (let i = 0; i < n; i++) {
    const own = [normals[i * 3]!, normals[i * 3 + 1]!, normals[i * 3 + 2]!]
    const avg = [smooth[i * 3]!, smooth[i * 3 + 1]!, smooth[i * 3 + 2]!]
    const cos = own[0]! * avg[0]! + own[1]! * avg[1]! + own[2]! * avg[2]!
    const w = Math.min(Math.max((cos - OWN_NORMAL_COS) / (COHERENT_COS - OWN_NORMAL_COS), 0), 1)
    const dir = [0, 1, 2].map((k) => w * avg[k]! + (1 - w) * own[k]!)
    const l = Math.hypot(dir[0]!, dir[1]!, dir[2]!) || 1
    for (let k = 0; k < 3; k++) deltas[i * 3 + k] = (dir[k]! / l) * distanceM[i]!
  }
  fillCreases(mesh, normals, adjacency, deltas, distanceM)
  easeTurnedOver(mesh, adjacency, deltas)
  return deltas
}

/** Eases triangles turned over by the moves: their vertices and three rings round them toward their neighbours' mean.
 * After the first pass only the triangles round the eased vertices are tested again (the others did not move). */
function easeTurnedOver(mesh: IndexedMesh, adjacency: readonly Uint32Array[], deltas: Float32Array): void {
  const p = mesh.positions
  const I = mesh.indices
  const triangleCount = I.length / 3
  const turnedTriangle = new Uint8Array(triangleCount)
  for (let t = 0; t < triangleCount; t++) turnedTriangle[t] = turnedOver(p, deltas, I, t * 3) ? 1 : 0
  const trianglesOf = vertexTriangles(I, adjacency.length)
  for (let pass = 0; pass < REPAIR_PASSES; pass++) {
    const turned = new Set<number>()
    for (let t = 0; t < triangleCount; t++)
      if (turnedTriangle[t])
        turned
          .add(I[t * 3]!)
          .add(I[t * 3 + 1]!)
          .add(I[t * 3 + 2]!)
    if (turned.size === 0) break
    let region = turned
    for (let ring = 0; ring < 3; ring++) {
      const grown = new Set(region)
      for (const v of region) for (const j of adjacency[v]!) grown.add(j)
      region = grown
    }
    const eased = Float32Array.from(deltas)
    for (const v of region) {
      const around = adjacency[v]!
      if (around.length === 0) continue
      for (let k = 0; k < 3; k++) {
        let sum = 0
        for (const j of around) sum += p[j * 3 + k]! + deltas[j * 3 + k]!
        eased[v * 3 + k] = sum / around.length - p[v * 3 + k]!
      }
    }
    deltas.set(eased)
    for (const v of region) {
      for (let e = trianglesOf.start[v]!; e < trianglesOf.start[v + 1]!; e++) {
        const t = trianglesOf.triangles[e]!
        turnedTriangle[t] = turnedOver(p, deltas, I, t * 3) ? 1 : 0
      }
    }
  }
}

/** The triangles round each vertex, packed: vertex v's are triangles[start[v]] to triangles[start[v + 1] - 1]. */
function vertexTriangles(I: ArrayLike<number>, vertexCount: number): { start: Uint32Array; triangles: Uint32Array } {
  const start = new Uint32Array(vertexCount + 1)
  for (let e = 0; e < I.length; e++) start[I[e]! + 1]!++
  for (let v = 0; v < vertexCount; v++) start[v + 1]! += start[v]!
  const fill = start.slice(0, vertexCount)
  const triangles = new Uint32Array(I.length)
  for (let e = 0; e < I.length; e++) triangles[fill[I[e]!]!++] = Math.floor(e / 3)
  return { start, triangles }
}

/**
 * Where a vertex moves out, lets it follow its neighbours' mean when that lies further out (a concave crease of the
 * moved skin: fat fills it) but never more than CREASE_FILL_MAX_M beyond its own move; convex parts keep their shape.
 */
function fillCreases(
  mesh: IndexedMesh,
  normals: Float32Array,
  adjacency: readonly Uint32Array[],
  deltas: Float32Array,
  distanceM: Float32Array,
): void {
  const p = mesh.positions
  const mean = [0, 0, 0]
  for (let pass = 0; pass < CREASE_FILL_PASSES; pass++) {
    const next = Float32Array.from(deltas)
    for (let v = 0; v < adjacency.length; v++) {
      const around = adjacency[v]!
      if (distanceM[v]! <= 0 || around.length === 0) continue
      for (let k = 0; k < 3; k++) {
        let sum = 0
        for (const j of around) sum += p[j * 3 + k]! + deltas[j * 3 + k]!
        mean[k] = sum / around.length - p[v * 3 + k]! - deltas[v * 3 + k]!
      }
      const outward = mean[0]! * normals[v * 3]! + mean[1]! * normals[v * 3 + 1]! + mean[2]! * normals[v * 3 + 2]!
      if (outward <= 0) continue
      const step = [0.5 * mean[0]!, 0.5 * mean[1]!, 0.5 * mean[2]!]
      const along =
        (deltas[v * 3]! + step[0]!) * normals[v * 3]! +
        (deltas[v * 3 + 1]! + step[1]!) * normals[v * 3 + 1]! +
        (deltas[v * 3 + 2]! + step[2]!) * normals[v * 3 + 2]!
      if (along > distanceM[v]! + CREASE_FILL_MAX_M) continue
      for (let k = 0; k < 3; k++) next[v * 3 + k] = deltas[v * 3 + k]! + step[k]!
    }
    deltas.set(next)
  }
}
