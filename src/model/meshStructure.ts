// Turns a StructureSpec's field into a finished mesh: polygonise (surface nets), Taubin-smooth, simplify to the
// structure's triangle budget, compute normals. Left structures get a mirrored right copy unless they
// describe their own right side (the lungs, which the heart makes unequal).
import { type PartOf, type Shape, partCut, shapeDistance, unionBounds } from './sdf'
import { compact, mirrorMesh, simplify, taubinSmooth, vertexNormals } from './meshOps'
import type { StructureSpec } from './structure'
import { emptyGrid, splat } from './splat'
import { polygonise, surfaceNets, type IndexedMesh } from './surfaceNets'
import { type Vec3, add, cross, distance, dot, normalize, scale, sub, vec3At, vec3From } from './vec'

export interface FinishedMesh extends IndexedMesh {
  normals: Float32Array
}

export function fieldOf(shape: Shape): (x: number, y: number, z: number) => number {
  return (x, y, z) => shapeDistance(shape, x, y, z)
}

/**
 * Meshes a shape on a grid of `cellM` and simplifies it to about `maxTriangles`. A part of a muscle meshed in parts
 * (`shape.partOf`) is cut out of its whole muscle's mesh instead, at the whole's own cell size and triangle budget
 * (`partOf.whole`), so `cellM` and `maxTriangles` do not apply to it.
 */
export async function meshShape(shape: Shape, cellM: number, maxTriangles: number, smoothIterations = 3): Promise<FinishedMesh> {
  if (shape.partOf) return meshPart({ ...shape, partOf: shape.partOf }, smoothIterations)
  const bounds = unionBounds(shape.prims, shape.blendM + cellM)
  let raw: IndexedMesh
  if (shape.carve) raw = polygonise(fieldOf(shape), bounds, cellM)
  else {
    const grid = emptyGrid(bounds, cellM, 4 * cellM + shape.blendM)
    splat(grid, shape.prims, shape.blendM, shape.blendM + 2 * cellM)
    raw = surfaceNets(grid)
  }
  if (raw.indices.length === 0) throw new Error('empty mesh')
  const smooth = taubinSmooth(raw, smoothIterations)
  const simple = await simplify(smooth, maxTriangles, cellM * 0.35)
  const c = compact(simple)
  return { positions: c.positions, indices: c.indices, normals: vertexNormals(c) }
}

/** The whole muscle's mesh of a muscle meshed in parts, made once for all its parts (structures mesh one at a time). */
const wholeMeshes = new WeakMap<Shape, Promise<FinishedMesh>>()

/**
 * A part of a muscle meshed in parts: the faces of the whole muscle's mesh that lie nearer this part's primitives than
 * any other part's, closed by a cap across the cut. Both sides of a border are the same vertices with the same normals,
 * so neighbouring parts read as one surface (a part meshed on its own ends in a bevelled corner at the cut, and the
 * simplifier moves two such borders apart into a groove, a lip or a crack).
 */
async function meshPart(shape: Shape & { partOf: PartOf }, smoothIterations: number): Promise<FinishedMesh> {
  const { whole } = shape.partOf
  let pending = wholeMeshes.get(whole.shape)
  if (!pending) {
    pending = meshShape(whole.shape, whole.cellM, whole.maxTriangles, smoothIterations)
    wholeMeshes.set(whole.shape, pending)
  }
  const mesh = await pending
  const cut = (q: Vec3): number => partCut(shape, ...q)
  // a copy: the whole mesh is shared by the parts
  const p = Float32Array.from(mesh.positions)
  const partFaces: number[] = []
  for (let t = 0; t < mesh.indices.length; t += 3) {
    const face = [mesh.indices[t]!, mesh.indices[t + 1]!, mesh.indices[t + 2]!]
    const [a, b, c] = face.map((v) => vec3At(p, v)) as [Vec3, Vec3, Vec3]
    const centroid = vec3From((k) => (a[k] + b[k] + c[k]) / 3)
    // an exact tie (on the cut itself) goes to both parts, so that no face is lost
    if (cut(centroid) <= 0) partFaces.push(...face)
  }
  if (partFaces.length === 0) throw new Error('no face of the whole muscle lies on this part')
  straightenBorder(p, mesh.normals, mesh.indices, partFaces, cut, whole.cellM * 0.25)
  const cap = capBorders(p, partFaces)
  // the whole mesh's vertices and normals, then the cap's midpoints
  const n = p.length / 3
  const positions = new Float32Array(3 * (n + cap.midpoints.length))
  const normalsWithMidpoints = new Float32Array(positions.length)
  positions.set(p)
  normalsWithMidpoints.set(mesh.normals)
  for (const [i, [a, b]] of cap.midpoints.entries())
    for (let k = 0; k < 3; k++) positions[3 * (n + i) + k] = (p[3 * a + k]! + p[3 * b + k]!) / 2
  // a midpoint is shaded with the cap's own normal (its two ends lie on opposite faces of the sheet, whose normals
  // nearly cancel): the area-weighted normal of the cap faces round it
  const at = (v: number): Vec3 => vec3At(positions, v)
  for (let t = 0; t < cap.faces.length; t += 3) {
    const [a, b, c] = [cap.faces[t]!, cap.faces[t + 1]!, cap.faces[t + 2]!]
    const faceNormal = cross(sub(at(b), at(a)), sub(at(c), at(a)))
    for (const v of [a, b, c])
      if (v >= n) for (let k = 0; k < 3; k++) normalsWithMidpoints[3 * v + k] = normalsWithMidpoints[3 * v + k]! + faceNormal[k]!
  }
  for (const [i, [a, b]] of cap.midpoints.entries()) {
    const v = n + i
    const fromFaces = normalize(vec3At(normalsWithMidpoints, v))
    // (faces of no area round it: the mean of its ends' normals, or up)
    const fromEnds = normalize(add(vec3At(mesh.normals, a), vec3At(mesh.normals, b)))
    const unit = dot(fromFaces, fromFaces) > 0 ? fromFaces : dot(fromEnds, fromEnds) > 0 ? fromEnds : ([0, 1, 0] as Vec3)
    for (let k = 0; k < 3; k++) normalsWithMidpoints[3 * v + k] = unit[k]!
  }
  const c = compact({ positions, indices: Uint32Array.from([...partFaces, ...cap.faces]) })
  const normals = new Float32Array(c.positions.length)
  for (let v = 0; v < c.remap.length; v++) {
    const r = c.remap[v]!
    if (r >= 0) for (let k = 0; k < 3; k++) normals[3 * r + k] = normalsWithMidpoints[3 * v + k]!
  }
  return { positions: c.positions, indices: c.indices, normals }
}

/**
 * The border of a set of faces as directed edges: how many faces hold a -> b, less how many hold b -> a (counted, not
 * just present: the whole mesh may have an edge in three faces where two blended sheets join), in a fixed order.
 */
function borderEdges(indices: readonly number[]): { edges: [number, number][]; net: (a: number, b: number) => number } {
  const edgeCount = new Map<string, number>()
  for (let t = 0; t < indices.length; t += 3)
    for (let k = 0; k < 3; k++) {
      const key = `${indices[t + k]!},${indices[t + ((k + 1) % 3)]!}`
      edgeCount.set(key, (edgeCount.get(key) ?? 0) + 1)
    }
  const net = (a: number, b: number): number => (edgeCount.get(`${a},${b}`) ?? 0) - (edgeCount.get(`${b},${a}`) ?? 0)
  const edges: [number, number][] = []
  for (const key of [...edgeCount.keys()].sort()) {
    const [a, b] = key.split(',').map(Number) as [number, number]
    for (let i = 0; i < net(a, b); i++) edges.push([a, b])
  }
  return { edges, net }
}

/**
 * Moves the vertices on a part's border along the surface toward the cut (where `cut` is zero), by at most half the
 * shortest edge of the whole mesh at each, so that the border runs along the cut instead of zigzagging with the faces
 * it was shared out by. The neighbour's cut is the negative of this part's, so both move the vertices they share alike.
 */
function straightenBorder(
  positions: Float32Array,
  normals: Float32Array,
  wholeIndices: Uint32Array,
  partFaces: readonly number[],
  cut: (p: Vec3) => number,
  derivativeStepM: number,
): void {
  const border = new Set<number>()
  for (const [a, b] of borderEdges(partFaces).edges) border.add(a).add(b)
  const at = (v: number): Vec3 => vec3At(positions, v)
  const shortest = new Map<number, number>()
  for (let t = 0; t < wholeIndices.length; t += 3)
    for (let k = 0; k < 3; k++) {
      const [a, b] = [wholeIndices[t + k]!, wholeIndices[t + ((k + 1) % 3)]!]
      const len = distance(at(a), at(b))
      for (const v of [a, b]) if (border.has(v)) shortest.set(v, Math.min(shortest.get(v) ?? Infinity, len))
    }
  const moves: [number, Vec3][] = []
  for (const v of [...border].sort((a, b) => a - b)) {
    const q = at(v)
    const h = derivativeStepM
    const slope = (axis: Vec3): number => (cut(add(q, scale(axis, h))) - cut(add(q, scale(axis, -h)))) / (2 * h)
    const gradient: Vec3 = [slope([1, 0, 0]), slope([0, 1, 0]), slope([0, 0, 1])]
    // the gradient along the surface: less its part along the normal
    const n = vec3At(normals, v)
    const tangent = sub(gradient, scale(n, dot(gradient, n)))
    const tangent2 = dot(tangent, tangent)
    if (tangent2 < 1e-8) continue
    const step = scale(tangent, -cut(q) / tangent2)
    const len = Math.hypot(...step)
    const most = 0.5 * (shortest.get(v) ?? 0)
    moves.push([v, add(q, len > most ? scale(step, most / len) : step)])
  }
  for (const [v, q] of moves) for (let k = 0; k < 3; k++) positions[3 * v + k] = q[k]!
}

/**
 * Faces that close a part where it was cut from its neighbours: each border loop (the part's open edges, round the cut
 * across the sheet) is split at its two ends, furthest apart, and the two sides are zipped together by their length.
 * The neighbour closes the same loop the other way, so with both shown the caps lie inside; with one hidden, its
 * neighbour ends in a closed face.
 */
export function capBorders(positions: Float32Array, indices: readonly number[]): { faces: number[]; midpoints: [number, number][] } {
  const { edges, net } = borderEdges(indices)
  // border edges leaving each vertex; every vertex has as many leaving as arriving, so each walk closes where it began
  const out = new Map<number, number[]>()
  for (const [a, b] of edges) out.set(a, [...(out.get(a) ?? []), b])
  const at = (v: number): Vec3 => vec3At(positions, v)
  const cap: number[] = []
  for (const start of [...out.keys()].sort((a, b) => a - b)) {
    while ((out.get(start)?.length ?? 0) > 0) {
      const loop: number[] = []
      let v = start
      do {
        loop.push(v)
        const w = out.get(v)?.shift()
        if (w === undefined) throw new Error(`a part's border from vertex ${start} stops at vertex ${v}`)
        v = w
      } while (v !== start)
      if (loop.length < 3) continue
      const faces = zipLoop(loop, at)
      // a loop that touches itself can give a face with a vertex twice: it has no area and is left out
      for (let t = 0; t < faces.length; t += 3) {
        const [a, b, c] = [faces[t]!, faces[t + 1]!, faces[t + 2]!]
        if (a !== b && b !== c && a !== c) cap.push(a, b, c)
      }
    }
  }
  return splitDiagonals(cap, (a, b) => net(b, a) > 0, positions.length / 3)
}

/** Faces closing one border loop: split at its two ends, furthest apart, and the two sides zipped by their length. */
function zipLoop(loop: readonly number[], at: (v: number) => Vec3): number[] {
  const dist = (a: number, b: number): number => distance(at(a), at(b))
  const centre = scale(
    loop.reduce<Vec3>((c, v) => add(c, at(v)), [0, 0, 0]),
    1 / loop.length,
  )
  // places in the loop (a vertex may come round twice where the border touches itself)
  const farthest = (from: (v: number) => number): number => {
    let best = 0
    for (let i = 1; i < loop.length; i++) if (from(loop[i]!) > from(loop[best]!)) best = i
    return best
  }
  const a = farthest((v) => distance(at(v), centre))
  const b = farthest((v) => dist(v, loop[a]!))
  // both sides from end a to end b: `along` in the loop's direction, `back` against it
  const loopAt = (i: number): number => loop[(((a + i) % loop.length) + loop.length) % loop.length]!
  const span = (b - a + loop.length) % loop.length
  const along = Array.from({ length: span + 1 }, (_, i) => loopAt(i))
  const back = Array.from({ length: loop.length - span + 1 }, (_, i) => loopAt(-i))
  const lengths = (chain: number[]): number[] => {
    const out = [0]
    for (let i = 1; i < chain.length; i++) out.push(out[i - 1]! + dist(chain[i - 1]!, chain[i]!))
    return out.map((l) => l / Math.max(out[out.length - 1]!, 1e-9))
  }
  const la = lengths(along)
  const lb = lengths(back)
  const [n, m] = [along.length, back.length]
  // border edges run along[i] -> along[i+1] and back[j+1] -> back[j]: the cap holds them reversed; both sides start at
  // end a and finish at end b, so the first face spans both sides' second vertices and the last ones fan into end b
  const cap = [along[1]!, along[0]!, back[1]!]
  let i = 1
  let j = 1
  while (i < n - 1 && j < m - 1) {
    if (la[i + 1]! <= lb[j + 1]!) {
      cap.push(along[i + 1]!, along[i]!, back[j]!)
      i++
    } else {
      cap.push(back[j]!, back[j + 1]!, along[i]!)
      j++
    }
  }
  for (; i === n - 1 && j < m - 2; j++) cap.push(back[j]!, back[j + 1]!, along[i]!)
  for (; j === m - 1 && i < n - 2; i++) cap.push(along[i + 1]!, along[i]!, back[j]!)
  return cap
}

/**
 * The cap's faces with each edge across it (between the two sides, not along a border) split at its midpoint: a thin
 * sheet's sides are joined by mesh edges round its free ends, and a cap edge between the same two vertices would give
 * that edge four faces. Midpoints are new vertices, numbered from `first`, between the two vertices listed for each.
 */
function splitDiagonals(
  cap: readonly number[],
  isReversedBorder: (a: number, b: number) => boolean,
  first: number,
): { faces: number[]; midpoints: [number, number][] } {
  const midpoints: [number, number][] = []
  const midOf = new Map<string, number>()
  const mid = (a: number, b: number): number => {
    const key = a < b ? `${a},${b}` : `${b},${a}`
    let v = midOf.get(key)
    if (v === undefined) {
      v = first + midpoints.length
      midpoints.push([a, b])
      midOf.set(key, v)
    }
    return v
  }
  const faces: number[] = []
  for (let t = 0; t < cap.length; t += 3) {
    const tri = [cap[t]!, cap[t + 1]!, cap[t + 2]!]
    // the face's outline with a midpoint on each edge that is not a (reversed) border edge
    const outline: number[] = []
    for (let k = 0; k < 3; k++) {
      const [a, b] = [tri[k]!, tri[(k + 1) % 3]!]
      outline.push(a)
      if (!isReversedBorder(a, b)) outline.push(mid(a, b))
    }
    const from = outline.findIndex((v) => v >= first)
    // a border of three edges is closed by one face
    if (from < 0) {
      faces.push(...tri)
      continue
    }
    const fan = [...outline.slice(from), ...outline.slice(0, from)]
    for (let k = 1; k + 1 < fan.length; k++) faces.push(fan[0]!, fan[k]!, fan[k + 1]!)
  }
  return { faces, midpoints }
}

export async function meshStructure(spec: StructureSpec): Promise<{ left: FinishedMesh; right?: FinishedMesh }> {
  let left: FinishedMesh
  try {
    left = await meshShape(spec.shape, spec.cellM, spec.maxTriangles)
  } catch (e) {
    throw new Error(`structure "${spec.id}": ${(e as Error).message}`)
  }
  if (spec.side === 'midline') return { left }
  if (spec.rightShape) {
    try {
      return { left, right: await meshShape(spec.rightShape, spec.cellM, spec.maxTriangles) }
    } catch (e) {
      throw new Error(`structure "${spec.id}" (right): ${(e as Error).message}`)
    }
  }
  const m = mirrorMesh(left)
  // the left copy's normals mirrored (a part's border normals come from its field, not from its faces)
  const normals = Float32Array.from(left.normals)
  for (let i = 0; i < normals.length; i += 3) normals[i] = -normals[i]!
  return { left, right: { ...m, normals } }
}
