// Mesh clean-up after polygonising: Taubin smoothing (shrink-free), vertex normals, simplification with
// meshoptimizer (and the fins it leaves dropped), and mirroring a left-side mesh onto the right. Works on plain typed
// arrays; their reads carry `!` because every index is in range by construction: t < indices.length, every index
// names a vertex of positions, and the neighbour lists are sized from the same triangles.
import { MeshoptSimplifier } from 'meshoptimizer'
import type { IndexedMesh } from './surfaceNets'

/** Vertex neighbour lists from triangle indices (compressed sparse rows). */
export function neighbours(vertexCount: number, indices: Uint32Array): { start: Uint32Array; list: Uint32Array } {
  const count = new Uint32Array(vertexCount + 1)
  for (let t = 0; t < indices.length; t += 3) {
    for (let e = 0; e < 3; e++) {
      count[indices[t + e]!]! += 2
    }
  }
  const start = new Uint32Array(vertexCount + 1)
  for (let v = 0; v < vertexCount; v++) start[v + 1] = start[v]! + count[v]!
  const fill = start.slice(0, vertexCount)
  const list = new Uint32Array(start[vertexCount]!)
  for (let t = 0; t < indices.length; t += 3) {
    const a = indices[t]!,
      b = indices[t + 1]!,
      c = indices[t + 2]!
    list[fill[a]!++] = b
    list[fill[a]!++] = c
    list[fill[b]!++] = c
    list[fill[b]!++] = a
    list[fill[c]!++] = a
    list[fill[c]!++] = b
  }
  return { start, list }
}

/** Taubin lambda/mu smoothing: removes the grid staircase without shrinking the shape. */
export function taubinSmooth(mesh: IndexedMesh, iterations: number, lambda = 0.5, mu = -0.53): IndexedMesh {
  const n = mesh.positions.length / 3
  const { start, list } = neighbours(n, mesh.indices)
  let p = Float32Array.from(mesh.positions)
  let q = new Float32Array(p.length)
  for (let it = 0; it < iterations * 2; it++) {
    const f = it % 2 === 0 ? lambda : mu
    for (let v = 0; v < n; v++) {
      const s0 = start[v]!,
        s1 = start[v + 1]!
      if (s1 === s0) {
        q[3 * v] = p[3 * v]!
        q[3 * v + 1] = p[3 * v + 1]!
        q[3 * v + 2] = p[3 * v + 2]!
        continue
      }
      let x = 0,
        y = 0,
        z = 0
      for (let s = s0; s < s1; s++) {
        const u = list[s]!
        x += p[3 * u]!
        y += p[3 * u + 1]!
        z += p[3 * u + 2]!
      }
      const m = 1 / (s1 - s0)
      q[3 * v] = p[3 * v]! + f * (x * m - p[3 * v]!)
      q[3 * v + 1] = p[3 * v + 1]! + f * (y * m - p[3 * v + 1]!)
      q[3 * v + 2] = p[3 * v + 2]! + f * (z * m - p[3 * v + 2]!)
    }
    const tmp = p
    p = q
    q = tmp
  }
  return { positions: p, indices: mesh.indices }
}

/** Writes into `out` the cross product of triangle `t`'s edges (its normal, twice its area long). */
function triangleCross(p: Float32Array, indices: Uint32Array, t: number, out: Float64Array): void {
  const a = 3 * indices[t]!,
    b = 3 * indices[t + 1]!,
    c = 3 * indices[t + 2]!
  const ux = p[b]! - p[a]!,
    uy = p[b + 1]! - p[a + 1]!,
    uz = p[b + 2]! - p[a + 2]!
  const vx = p[c]! - p[a]!,
    vy = p[c + 1]! - p[a + 1]!,
    vz = p[c + 2]! - p[a + 2]!
  out[0] = uy * vz - uz * vy
  out[1] = uz * vx - ux * vz
  out[2] = ux * vy - uy * vx
}

/** Area-weighted vertex normals. */
export function vertexNormals(mesh: IndexedMesh): Float32Array {
  const { positions: p, indices } = mesh
  const nrm = new Float32Array(p.length)
  const n = new Float64Array(3)
  for (let t = 0; t < indices.length; t += 3) {
    triangleCross(p, indices, t, n)
    for (const i of [3 * indices[t]!, 3 * indices[t + 1]!, 3 * indices[t + 2]!]) {
      nrm[i]! += n[0]!
      nrm[i + 1]! += n[1]!
      nrm[i + 2]! += n[2]!
    }
  }
  // A vertex on a fold (triangles facing opposite ways) or used only by degenerate triangles sums to (almost) zero:
  // a normal of zero length is invalid glTF and shades black, so such vertices take the sum of their triangles' unit
  // normals instead, and failing that the normal of their largest triangle.
  const weak: number[] = []
  for (let i = 0; i < nrm.length; i += 3) {
    const l = Math.hypot(nrm[i]!, nrm[i + 1]!, nrm[i + 2]!)
    if (l < 1e-12) {
      weak.push(i / 3)
      continue
    }
    nrm[i]! /= l
    nrm[i + 1]! /= l
    nrm[i + 2]! /= l
  }
  if (weak.length > 0) fixWeakNormals(mesh, nrm, new Set(weak))
  return nrm
}

/** Unit normals for the vertices whose area-weighted normal vanished (see vertexNormals). */
function fixWeakNormals(mesh: IndexedMesh, nrm: Float32Array, weak: Set<number>): void {
  const { positions: p, indices } = mesh
  const sum = new Map<number, [number, number, number]>()
  const largest = new Map<number, { area: number; n: [number, number, number] }>()
  const cross = new Float64Array(3)
  for (let t = 0; t < indices.length; t += 3) {
    const tri = [indices[t]!, indices[t + 1]!, indices[t + 2]!]
    if (!tri.some((v) => weak.has(v))) continue
    triangleCross(p, indices, t, cross)
    const n: [number, number, number] = [cross[0]!, cross[1]!, cross[2]!]
    const area = Math.hypot(n[0], n[1], n[2])
    if (area === 0) continue
    const unit: [number, number, number] = [n[0] / area, n[1] / area, n[2] / area]
    for (const v of tri) {
      if (!weak.has(v)) continue
      const s = sum.get(v) ?? [0, 0, 0]
      sum.set(v, [s[0] + unit[0], s[1] + unit[1], s[2] + unit[2]])
      if ((largest.get(v)?.area ?? -1) < area) largest.set(v, { area, n: unit })
    }
  }
  for (const v of weak) {
    const s = sum.get(v)
    const l = s ? Math.hypot(s[0], s[1], s[2]) : 0
    const n: [number, number, number] = s && l > 1e-6 ? [s[0] / l, s[1] / l, s[2] / l] : (largest.get(v)?.n ?? [0, 1, 0])
    nrm[3 * v] = n[0]
    nrm[3 * v + 1] = n[1]
    nrm[3 * v + 2] = n[2]
  }
}

/** Drop vertices that no triangle uses and renumber (keeps first-use order, so output is deterministic). */
export function compact(mesh: IndexedMesh): IndexedMesh & { remap: Int32Array } {
  const n = mesh.positions.length / 3
  const remap = new Int32Array(n).fill(-1)
  let next = 0
  const indices = new Uint32Array(mesh.indices.length)
  for (let i = 0; i < mesh.indices.length; i++) {
    const v = mesh.indices[i]!
    if (remap[v]! < 0) remap[v] = next++
    indices[i] = remap[v]!
  }
  const positions = new Float32Array(next * 3)
  for (let v = 0; v < n; v++) {
    const r = remap[v]!
    if (r < 0) continue
    positions[3 * r] = mesh.positions[3 * v]!
    positions[3 * r + 1] = mesh.positions[3 * v + 1]!
    positions[3 * r + 2] = mesh.positions[3 * v + 2]!
  }
  return { positions, indices, remap }
}

/**
 * Drop fins: two triangles on the same three vertices, wound opposite ways, are a flap of no volume standing off the
 * surface (the simplifier leaves them where a sliver thinner than its error folded flat: a needle a few millimetres
 * long at the thin end of a muscle). Each such pair goes; a triangle repeated with the same winding is kept once.
 * Keeps the order of the triangles that stay.
 */
export function dropFins(indices: Uint32Array): Uint32Array {
  // per set of three vertices, the triangles on it in each winding (a winding is even when it is a rotation of the
  // vertices in ascending order)
  const byVertices = new Map<string, { even: number[]; odd: number[] }>()
  for (let t = 0; t < indices.length; t += 3) {
    const a = indices[t]!
    const b = indices[t + 1]!
    const c = indices[t + 2]!
    const sorted = [a, b, c].sort((x, y) => x - y)
    const key = sorted.join()
    const even = (a === sorted[0] && b === sorted[1]) || (b === sorted[0] && c === sorted[1]) || (c === sorted[0] && a === sorted[1])
    let entry = byVertices.get(key)
    if (!entry) byVertices.set(key, (entry = { even: [], odd: [] }))
    ;(even ? entry.even : entry.odd).push(t)
  }
  const dropped = new Set<number>()
  for (const { even, odd } of byVertices.values()) {
    if (even.length + odd.length === 1) continue
    const pairs = Math.min(even.length, odd.length)
    for (const t of [...even.slice(0, pairs), ...odd.slice(0, pairs), ...even.slice(pairs + 1), ...odd.slice(pairs + 1)]) dropped.add(t)
  }
  if (dropped.size === 0) return indices
  const out = new Uint32Array(indices.length - 3 * dropped.size)
  let n = 0
  for (let t = 0; t < indices.length; t += 3) {
    if (dropped.has(t)) continue
    out[n++] = indices[t]!
    out[n++] = indices[t + 1]!
    out[n++] = indices[t + 2]!
  }
  return out
}

/**
 * Simplify to about `targetTriangles` (never below the geometric error bound `maxErrorM`, in metres).
 * Returns the compacted mesh and, for each new vertex, the index of the source vertex it came from.
 */
export async function simplify(
  mesh: IndexedMesh,
  targetTriangles: number,
  maxErrorM: number,
  /** A region simplified to its own, smaller error (the face, which the body's error would facet); its triangles
   * come on top of `targetTriangles`, so that the rest of the mesh is simplified as without it. */
  fine?: { where: (x: number, y: number, z: number) => boolean; maxErrorM: number },
): Promise<IndexedMesh & { source: Uint32Array }> {
  await MeshoptSimplifier.ready
  const triangles = mesh.indices.length / 3
  if (triangles <= targetTriangles) {
    const c = compact(mesh)
    const source = new Uint32Array(c.positions.length / 3)
    c.remap.forEach((r, v) => {
      if (r >= 0) source[r] = v
    })
    return { positions: c.positions, indices: c.indices, source }
  }
  let idx: Uint32Array
  if (fine) {
    const p = mesh.positions
    const inFine = new Uint8Array(p.length / 3)
    for (let v = 0; v < inFine.length; v++) inFine[v] = fine.where(p[3 * v]!, p[3 * v + 1]!, p[3 * v + 2]!) ? 1 : 0
    const outside = inFine.map((f) => 1 - f)
    // the region first, as far as its own error allows, with everything else held; then the rest, with the region
    // held (the call that takes a lock weighs attributes: none are given any weight)
    const noAttributes = new Float32Array(inFine.length)
    const [regionDone] = MeshoptSimplifier.simplifyWithAttributes(mesh.indices, p, 3, noAttributes, 1, [0], outside, 0, fine.maxErrorM, [
      'ErrorAbsolute',
    ])
    let regionTriangles = 0
    for (let t = 0; t < regionDone.length; t += 3)
      if (inFine[regionDone[t]!] || inFine[regionDone[t + 1]!] || inFine[regionDone[t + 2]!]) regionTriangles++
    // the rest may already be within its share (the region covering most of the mesh): the simplifier must not be
    // asked for more indices than it has
    const target = (targetTriangles + regionTriangles) * 3
    idx =
      regionDone.length <= target
        ? regionDone
        : MeshoptSimplifier.simplifyWithAttributes(regionDone, p, 3, noAttributes, 1, [0], inFine, target, maxErrorM, ['ErrorAbsolute'])[0]
  } else [idx] = MeshoptSimplifier.simplify(mesh.indices, mesh.positions, 3, targetTriangles * 3, maxErrorM, ['ErrorAbsolute'])
  const c = compact({ positions: mesh.positions, indices: dropFins(idx) })
  const source = new Uint32Array(c.positions.length / 3)
  c.remap.forEach((r, v) => {
    if (r >= 0) source[r] = v
  })
  return { positions: c.positions, indices: c.indices, source }
}

/** Mirror a mesh across the midsagittal plane (x -> -x), flipping the winding so it stays outward. */
export function mirrorMesh(mesh: IndexedMesh): IndexedMesh {
  const positions = Float32Array.from(mesh.positions)
  for (let i = 0; i < positions.length; i += 3) positions[i] = -positions[i]!
  const indices = Uint32Array.from(mesh.indices)
  for (let t = 0; t < indices.length; t += 3) {
    const b = indices[t + 1]!
    indices[t + 1] = indices[t + 2]!
    indices[t + 2] = b
  }
  return { positions, indices }
}

/** Concatenate meshes into one. */
export function mergeMeshes(meshes: readonly IndexedMesh[]): IndexedMesh {
  let nv = 0,
    ni = 0
  for (const m of meshes) {
    nv += m.positions.length
    ni += m.indices.length
  }
  const positions = new Float32Array(nv)
  const indices = new Uint32Array(ni)
  let ov = 0,
    oi = 0
  for (const m of meshes) {
    positions.set(m.positions, ov)
    for (let i = 0; i < m.indices.length; i++) indices[oi + i] = m.indices[i]! + ov / 3
    ov += m.positions.length
    oi += m.indices.length
  }
  return { positions, indices }
}

/**
 * Separates sheets that a mesh joins only at an edge or a vertex, so every edge has two triangles and every vertex
 * one closed fan. Around an edge with four (or more) triangles, the triangles are paired with an angular neighbour
 * of opposite winding, in one of the two ways possible; then each vertex gets one copy per connected part of its
 * fan (linked through those pairs), placed where the vertex was. When a pairing leaves its edge shared by more than
 * two triangles (one sheet passing the same edge twice), the other pairing is taken.
 */
export function separateSheets(mesh: IndexedMesh): IndexedMesh & { source: Uint32Array } {
  const flipped = new Set<number>()
  let result = splitFans(mesh, flipped)
  for (let pass = 0; pass < 4; pass++) {
    const bad = overusedEdges(result.indices, result.source)
    if (bad.length === 0) break
    for (const key of bad) {
      if (flipped.has(key)) flipped.delete(key)
      else flipped.add(key)
    }
    result = splitFans(mesh, flipped)
  }
  return result
}

const pairKey = (a: number, b: number): number => (a < b ? a * 0x100000000 + b : b * 0x100000000 + a)

/** Keys (in source vertices) of the edges used by more than two triangles. */
function overusedEdges(indices: Uint32Array, source: Uint32Array): number[] {
  const use = new Map<number, number>()
  for (let t = 0; t < indices.length; t += 3) {
    for (let e = 0; e < 3; e++) {
      const key = pairKey(indices[t + e]!, indices[t + ((e + 1) % 3)]!)
      use.set(key, (use.get(key) ?? 0) + 1)
    }
  }
  const bad: number[] = []
  for (const [key, n] of use) {
    if (n <= 2) continue
    const a = Math.floor(key / 0x100000000)
    const b = key % 0x100000000
    bad.push(pairKey(source[a]!, source[b]!))
  }
  return bad
}

/** Pairs the triangles around every edge, then gives each vertex one copy per linked part of its fan. */
function splitFans(mesh: IndexedMesh, flipped: ReadonlySet<number>): IndexedMesh & { source: Uint32Array } {
  const { positions: p, indices } = mesh
  const around = new Map<number, number[]>() // edge -> triangle corners (3 * triangle + edge slot)
  for (let t = 0; t < indices.length; t += 3) {
    for (let e = 0; e < 3; e++) {
      const key = pairKey(indices[t + e]!, indices[t + ((e + 1) % 3)]!)
      const list = around.get(key)
      if (list) list.push(t + e)
      else around.set(key, [t + e])
    }
  }
  // partner[3t + e]: the corner slot of the triangle across edge e of triangle t, or -1
  const partner = new Int32Array(indices.length).fill(-1)
  for (const [key, slots] of around) {
    if (slots.length === 2) {
      partner[slots[0]!] = slots[1]!
      partner[slots[1]!] = slots[0]!
    } else if (slots.length > 2 && slots.length % 2 === 0) {
      const order = byAngleAroundEdge(p, indices, slots)
      const shift = flipped.has(key) ? 1 : 0
      for (let n = 0; n < order.length; n += 2) {
        const s = order[(n + shift) % order.length]!
        const q = order[(n + shift + 1) % order.length]!
        partner[s] = q
        partner[q] = s
      }
    }
  }
  // union the corners of each vertex's fan through the partner links of the two edges that meet there
  const parent = Int32Array.from({ length: indices.length }, (_, i) => i)
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!
      i = parent[i]!
    }
    return i
  }
  const cornerOf = (t: number, v: number): number => (indices[t] === v ? t : indices[t + 1] === v ? t + 1 : t + 2)
  for (let c = 0; c < indices.length; c++) {
    const q = partner[c]!
    if (q < 0) continue
    const t = c - (c % 3)
    const u = q - (q % 3)
    // edge c runs from corner c to the next corner; both ends are shared with the partner triangle
    for (const v of [indices[c]!, indices[t + ((c - t + 1) % 3)]!]) {
      parent[find(cornerOf(t, v))] = find(cornerOf(u, v))
    }
  }
  const vertexCount = p.length / 3
  const copyOf = new Map<number, number>() // fan part (root corner) -> output vertex
  const taken = new Uint8Array(vertexCount)
  const added: number[] = [] // the source vertex of each added copy
  const out = new Uint32Array(indices.length)
  for (let c = 0; c < indices.length; c++) {
    const r = find(c)
    let v = copyOf.get(r)
    if (v === undefined) {
      // the first part of a fan keeps the vertex's own index; later parts get new vertices after the old ones
      const original = indices[c]!
      if (taken[original]) {
        v = vertexCount + added.length
        added.push(original)
      } else {
        taken[original] = 1
        v = original
      }
      copyOf.set(r, v)
    }
    out[c] = v
  }
  const positions = new Float32Array(p.length + 3 * added.length)
  positions.set(p)
  added.forEach((o, n) => positions.set(p.subarray(3 * o, 3 * o + 3), p.length + 3 * n))
  const source = new Uint32Array(vertexCount + added.length)
  for (let v = 0; v < vertexCount; v++) source[v] = v
  added.forEach((o, n) => (source[vertexCount + n] = o))
  return { positions, indices: out, source }
}

/** The corner slots around one edge, sorted by the angle of their triangle's third vertex about the edge. */
function byAngleAroundEdge(p: Float32Array, indices: Uint32Array, slots: readonly number[]): number[] {
  const first = slots[0]!
  const t0 = first - (first % 3)
  const a = Math.min(indices[first]!, indices[t0 + ((first - t0 + 1) % 3)]!)
  const b = Math.max(indices[first]!, indices[t0 + ((first - t0 + 1) % 3)]!)
  const axis = [p[3 * b]! - p[3 * a]!, p[3 * b + 1]! - p[3 * a + 1]!, p[3 * b + 2]! - p[3 * a + 2]!] as const
  const axisLength = Math.hypot(axis[0], axis[1], axis[2]) || 1
  const k = [axis[0] / axisLength, axis[1] / axisLength, axis[2] / axisLength] as const
  /** The third vertex of a slot's triangle, relative to a, with its component along the edge removed. */
  const across = (slot: number): [number, number, number] => {
    const t = slot - (slot % 3)
    const w = [indices[t]!, indices[t + 1]!, indices[t + 2]!].find((v) => v !== a && v !== b) ?? a
    const d: [number, number, number] = [p[3 * w]! - p[3 * a]!, p[3 * w + 1]! - p[3 * a + 1]!, p[3 * w + 2]! - p[3 * a + 2]!]
    const along = d[0] * k[0] + d[1] * k[1] + d[2] * k[2]
    return [d[0] - along * k[0], d[1] - along * k[1], d[2] - along * k[2]]
  }
  const u = across(first)
  const uLength = Math.hypot(u[0], u[1], u[2]) || 1
  const ux = [u[0] / uLength, u[1] / uLength, u[2] / uLength] as const
  const uy = [k[1] * ux[2] - k[2] * ux[1], k[2] * ux[0] - k[0] * ux[2], k[0] * ux[1] - k[1] * ux[0]] as const
  const angle = new Map<number, number>()
  for (const s of slots) {
    const d = across(s)
    angle.set(s, Math.atan2(d[0] * uy[0] + d[1] * uy[1] + d[2] * uy[2], d[0] * ux[0] + d[1] * ux[1] + d[2] * ux[2]))
  }
  return [...slots].sort((x, y) => angle.get(x)! - angle.get(y)! || x - y)
}
