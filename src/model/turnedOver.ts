// Turned-over triangles of a closed surface: a triangle that faces against the triangles round it, left where the
// face's projection onto its exact field or the simplification pulled one corner across its neighbours (round the
// ears, where the helix meets the head). Drawn, it shows as a dark- or light-edged sliver in the skin.
// `untangleTurnedOver` moves each corner of such a triangle to the middle of its neighbouring vertices, for a limited
// number of passes. Pure.
import { neighbours } from './meshOps'
import type { IndexedMesh } from './surfaceNets'

/** The three triangles that share an edge with each triangle (-1 on an open edge), three entries per triangle. */
function edgeNeighbours(indices: ArrayLike<number>, vertexCount: number): Int32Array {
  const triangles = indices.length / 3
  const out = new Int32Array(indices.length).fill(-1)
  const firstOnEdge = new Map<number, number>()
  for (let t = 0; t < triangles; t++) {
    for (let e = 0; e < 3; e++) {
      const p = indices[3 * t + e]!
      const q = indices[3 * t + ((e + 1) % 3)]!
      const key = Math.min(p, q) * vertexCount + Math.max(p, q)
      const other = firstOnEdge.get(key)
      if (other === undefined) {
        firstOnEdge.set(key, 3 * t + e)
        continue
      }
      out[3 * t + e] = Math.floor(other / 3)
      out[other] = t
    }
  }
  return out
}

/** Each triangle's area-weighted normal (its edge cross product, halved), three numbers per triangle. */
function triangleNormals(positions: ArrayLike<number>, indices: ArrayLike<number>): Float64Array {
  const n = new Float64Array(indices.length)
  for (let t = 0; t < indices.length; t += 3) {
    const a = indices[t]! * 3
    const b = indices[t + 1]! * 3
    const c = indices[t + 2]! * 3
    const ux = positions[b]! - positions[a]!
    const uy = positions[b + 1]! - positions[a + 1]!
    const uz = positions[b + 2]! - positions[a + 2]!
    const vx = positions[c]! - positions[a]!
    const vy = positions[c + 1]! - positions[a + 1]!
    const vz = positions[c + 2]! - positions[a + 2]!
    n[t] = 0.5 * (uy * vz - uz * vy)
    n[t + 1] = 0.5 * (uz * vx - ux * vz)
    n[t + 2] = 0.5 * (ux * vy - uy * vx)
  }
  return n
}

/**
 * The triangles that face against their neighbours: whose normal makes an obtuse angle with the sum of the
 * area-weighted normals of the (up to three) triangles sharing an edge with it; with `cosBelow` below 0, only those
 * turned further, past the angle of that cosine (-0.5: 120 degrees), which leaves out a triangle on a sharp crease
 * whose neighbours' sum lies near its own plane.
 */
export function turnedOverTriangles(
  mesh: Pick<IndexedMesh, 'positions' | 'indices'>,
  options: { neighbours?: Int32Array; cosBelow?: number } = {},
): number[] {
  const { positions, indices } = mesh
  const nb = options.neighbours ?? edgeNeighbours(indices, positions.length / 3)
  const cosBelow = options.cosBelow ?? 0
  const n = triangleNormals(positions, indices)
  const out: number[] = []
  for (let t = 0; t < indices.length / 3; t++) {
    let sx = 0,
      sy = 0,
      sz = 0
    for (let e = 0; e < 3; e++) {
      const o = nb[3 * t + e]!
      if (o < 0) continue
      sx += n[3 * o]!
      sy += n[3 * o + 1]!
      sz += n[3 * o + 2]!
    }
    const along = n[3 * t]! * sx + n[3 * t + 1]! * sy + n[3 * t + 2]! * sz
    const lengths = Math.hypot(n[3 * t]!, n[3 * t + 1]!, n[3 * t + 2]!) * Math.hypot(sx, sy, sz)
    if (along < 0 && along < cosBelow * lengths) out.push(t)
  }
  return out
}

/**
 * Moves every corner of each turned-over triangle to the mean of the vertices it shares an edge with, pass after
 * pass, until no triangle is turned over or `maxPasses` have run. Changes `mesh.positions` in place; returns how many
 * triangles were turned over before the first pass and after the last.
 */
export function untangleTurnedOver(mesh: IndexedMesh, maxPasses = 20): { before: number; after: number } {
  const { positions, indices } = mesh
  const vertexCount = positions.length / 3
  const nb = edgeNeighbours(indices, vertexCount)
  // each vertex's neighbouring vertices (an edge on two triangles is listed twice, which weighs every neighbour alike
  // on a closed surface)
  const { start, list: ring } = neighbours(vertexCount, indices)
  let turned = turnedOverTriangles(mesh, { neighbours: nb })
  const before = turned.length
  for (let pass = 0; pass < maxPasses && turned.length > 0; pass++) {
    const corners = new Set<number>()
    for (const t of turned) for (let e = 0; e < 3; e++) corners.add(indices[3 * t + e]!)
    // every corner from the positions before this pass, so the order of the corners does not matter
    const moved = new Map<number, [number, number, number]>()
    for (const v of corners) {
      let x = 0,
        y = 0,
        z = 0
      for (let i = start[v]!; i < start[v + 1]!; i++) {
        const w = ring[i]! * 3
        x += positions[w]!
        y += positions[w + 1]!
        z += positions[w + 2]!
      }
      const count = start[v + 1]! - start[v]!
      if (count > 0) moved.set(v, [x / count, y / count, z / count])
    }
    for (const [v, [x, y, z]] of moved) {
      positions[3 * v] = x
      positions[3 * v + 1] = y
      positions[3 * v + 2] = z
    }
    turned = turnedOverTriangles(mesh, { neighbours: nb })
  }
  return { before, after: turned.length }
}
