// Counts the topological defects of a triangle mesh that should be one closed surface (the skin): edges used by one
// triangle (a hole's border), edges used by more than two (two sheets pinched together along an edge) and vertices
// whose triangles do not form one connected, closed fan (two sheets touching at a point, or the ends of a pinched
// edge). Edges are pairs of vertex indices, so vertices must be welded. Reads carry `!`: indices name vertices.

export interface MeshTopology {
  /** Edges used by exactly one triangle. */
  boundaryEdges: number
  /** Edges used by three or more triangles. */
  nonManifoldEdges: number
  /** Vertices whose triangle fan is not one connected ring. */
  nonManifoldVertices: number
  /** Indices of the non-manifold vertices, ascending (for reports). */
  nonManifoldVertexIds: number[]
}

const edgeKey = (a: number, b: number): number => (a < b ? a * 0x100000000 + b : b * 0x100000000 + a)

/** Union-find root with path halving. */
function root(parent: Int32Array, i: number): number {
  while (parent[i] !== i) {
    parent[i] = parent[parent[i]!]!
    i = parent[i]!
  }
  return i
}

/** Counts boundary edges, non-manifold edges and non-manifold vertices of an indexed triangle mesh. */
export function meshTopology(indices: ArrayLike<number>, vertexCount: number): MeshTopology {
  const edgeUse = new Map<number, number>()
  for (let t = 0; t < indices.length; t += 3) {
    for (let e = 0; e < 3; e++) {
      const key = edgeKey(indices[t + e]!, indices[t + ((e + 1) % 3)]!)
      edgeUse.set(key, (edgeUse.get(key) ?? 0) + 1)
    }
  }
  let boundaryEdges = 0
  let nonManifoldEdges = 0
  for (const n of edgeUse.values()) {
    if (n === 1) boundaryEdges++
    else if (n > 2) nonManifoldEdges++
  }

  // triangles around each vertex (compressed rows)
  const start = new Int32Array(vertexCount + 1)
  for (let i = 0; i < indices.length; i++) start[indices[i]! + 1]!++
  for (let v = 0; v < vertexCount; v++) start[v + 1]! += start[v]!
  const fill = start.slice(0, vertexCount)
  const fan = new Int32Array(indices.length)
  for (let i = 0; i < indices.length; i++) fan[fill[indices[i]!]!++] = (i / 3) | 0

  const nonManifoldVertexIds: number[] = []
  for (let v = 0; v < vertexCount; v++) {
    const s0 = start[v]!
    const s1 = start[v + 1]!
    if (s1 === s0) continue
    // link the fan's triangles across the edges they share at v; a ring is one component whose edges at v are
    // each used by exactly two of its triangles
    const parent = Int32Array.from({ length: s1 - s0 }, (_, i) => i)
    const byOther = new Map<number, number[]>()
    for (let s = s0; s < s1; s++) {
      const t = 3 * fan[s]!
      for (let e = 0; e < 3; e++) {
        const u = indices[t + e]!
        if (u === v) continue
        const list = byOther.get(u)
        if (list) list.push(s - s0)
        else byOther.set(u, [s - s0])
      }
    }
    let ring = true
    for (const list of byOther.values()) {
      if (list.length !== 2) ring = false
      for (let i = 1; i < list.length; i++) parent[root(parent, list[i]!)] = root(parent, list[0]!)
    }
    const first = root(parent, 0)
    for (let i = 1; i < parent.length && ring; i++) if (root(parent, i) !== first) ring = false
    if (!ring) nonManifoldVertexIds.push(v)
  }
  return { boundaryEdges, nonManifoldEdges, nonManifoldVertices: nonManifoldVertexIds.length, nonManifoldVertexIds }
}
