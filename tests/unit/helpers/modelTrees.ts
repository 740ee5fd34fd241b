// Bounds trees over the meshes of a read model, built once per node and kept, for the model tests that cast many
// rays (layer order, trigger points in their muscle, muscles inside the skin).
import { buildBvhMesh, raycastAll, type BvhMesh } from '../../../src/geometry/meshBvh'
import type { BodyModel } from '../../../src/model/readGlb'

/** The bounds tree of a node's mesh, built on first use; throws when the model has no such mesh. */
export function meshTrees(model: () => BodyModel): (nodeName: string) => BvhMesh {
  const trees = new Map<string, BvhMesh>()
  return (nodeName) => {
    let tree = trees.get(nodeName)
    if (!tree) {
      const mesh = model().byName.get(nodeName)?.mesh
      if (!mesh) throw new Error(`the model has no mesh "${nodeName}"`)
      tree = buildBvhMesh(nodeName, { positions: mesh.positions, indices: mesh.indices })
      trees.set(nodeName, tree)
    }
    return tree
  }
}

/** Inside a closed mesh by the three-ray vote of src/model/rayMesh.ts isInside, through its bounds tree (the
 * generator's own, src/model/skinCover.ts). */
export { insideByVote } from '../../../src/model/skinCover'

/** The z of a mesh's first crossing along the line through (x, y) parallel to z, seen from the front (a ray from
 * z = 0.6 m backward) or from behind (from z = -0.6 m forward); NaN where the line misses the mesh. */
export function firstCrossingZ(tree: BvhMesh, x: number, y: number, from: 'front' | 'back'): number {
  const dir = from === 'front' ? -1 : 1
  const hits = raycastAll(tree, { x, y, z: -0.6 * dir }, { x: 0, y: 0, z: dir })
  return hits.length ? -0.6 * dir + dir * Math.min(...hits.map((h) => h.distanceM)) : NaN
}

/** The x of a mesh's first crossing along the line through (y, z) parallel to x, seen from the patient's left (a ray
 * from x = 0.6 m toward -x) or right (from x = -0.6 m toward +x); NaN where the line misses the mesh. */
export function firstCrossingX(tree: BvhMesh, y: number, z: number, from: 'left' | 'right'): number {
  const dir = from === 'left' ? -1 : 1
  const hits = raycastAll(tree, { x: -0.6 * dir, y, z }, { x: dir, y: 0, z: 0 })
  return hits.length ? -0.6 * dir + dir * Math.min(...hits.map((h) => h.distanceM)) : NaN
}

/** The world-space vertex positions of a node's mesh; throws when the model has no such mesh. */
export function meshPositions(model: BodyModel, nodeName: string): Float32Array {
  const mesh = model.byName.get(nodeName)?.mesh
  if (!mesh) throw new Error(`the model has no mesh "${nodeName}"`)
  return mesh.positions
}

/** The mean x of a mesh's vertices in each band of height `bandM` (keyed by the band's index, round(y / bandM)). */
export function meanXByBand(positions: Float32Array, bandM: number): Map<number, number> {
  const sums = new Map<number, { sum: number; n: number }>()
  for (let i = 0; i < positions.length; i += 3) {
    const k = Math.round(positions[i + 1]! / bandM)
    const b = sums.get(k) ?? { sum: 0, n: 0 }
    sums.set(k, { sum: b.sum + positions[i]!, n: b.n + 1 })
  }
  return new Map([...sums].map(([k, b]) => [k, b.sum / b.n]))
}

type SlicedMesh = { positions: Float32Array; indices: Uint32Array }

/** A plane through `point`, square to the unit vector `normal`. */
export interface SectionPlane {
  point: readonly [number, number, number]
  normal: readonly [number, number, number]
}

const horizontal = (y: number): SectionPlane => ({ point: [0, y, 0], normal: [0, 1, 0] })

/** The pieces of a mesh's cross-section by a plane (positions as given: for the skin, its base shape), one per
 * triangle the plane cuts: its two ends and the two edges they lie on (as vertex pairs, lower index first, so the two
 * triangles that share an edge name it alike). */
function* sliceSegments(mesh: SlicedMesh, plane: SectionPlane): Generator<{ ends: [number, number, number][]; edges: string[] }> {
  const { positions: p, indices } = mesh
  const { point: o, normal: n } = plane
  const side = (i: number): number => (p[3 * i]! - o[0]) * n[0] + (p[3 * i + 1]! - o[1]) * n[1] + (p[3 * i + 2]! - o[2]) * n[2]
  for (let t = 0; t < indices.length; t += 3) {
    const ends: [number, number, number][] = []
    const edges: string[] = []
    for (let e = 0; e < 3; e++) {
      const a = indices[t + e]!
      const b = indices[t + ((e + 1) % 3)]!
      const [da, db] = [side(a), side(b)]
      // a vertex on the plane counts as below it, so a triangle is cut on none or two of its edges
      if (da > 0 === db > 0) continue
      const s = da / (da - db)
      ends.push([0, 1, 2].map((k) => p[3 * a + k]! + s * (p[3 * b + k]! - p[3 * a + k]!)) as [number, number, number])
      edges.push(a < b ? `${a},${b}` : `${b},${a}`)
    }
    if (ends.length === 2) yield { ends, edges }
  }
}

const pieceLength = ([a, b]: [number, number, number][]): number => Math.hypot(a![0] - b![0], a![1] - b![1], a![2] - b![2])

/** The length (m) of a mesh's cross-section by the horizontal plane at height `y`: the sum of the pieces where the
 * plane cuts its triangles, counting only pieces whose both ends satisfy `keep(x, z)`. */
export function slicePerimeterM(mesh: SlicedMesh, y: number, keep: (x: number, z: number) => boolean): number {
  let length = 0
  for (const { ends } of sliceSegments(mesh, horizontal(y))) if (ends.every(([x, , z]) => keep(x, z))) length += pieceLength(ends)
  return length
}

/** The separate closed outlines of a mesh's cross-section by a plane, each as its pieces' ends: pieces that share an
 * end (an edge of the mesh) belong to the same outline. */
function sectionOutlines(mesh: SlicedMesh, plane: SectionPlane): [number, number, number][][][] {
  const parent = new Map<string, string>()
  const root = (k: string): string => {
    let r = k
    while (parent.get(r)! !== r) r = parent.get(r)!
    parent.set(k, r)
    return r
  }
  const segments = [...sliceSegments(mesh, plane)]
  for (const { edges } of segments) {
    for (const k of edges) if (!parent.has(k)) parent.set(k, k)
    parent.set(root(edges[0]!), root(edges[1]!))
  }
  const outlines = new Map<string, [number, number, number][][]>()
  for (const { ends, edges } of segments) {
    const r = root(edges[0]!)
    const pieces = outlines.get(r)
    if (pieces) pieces.push(ends)
    else outlines.set(r, [ends])
  }
  return [...outlines.values()]
}

/** One closed outline of a mesh's cross-section (a trunk, a limb): its extent in x (m). */
export interface SliceOutline {
  minX: number
  maxX: number
}

/** The separate outlines of a mesh's cross-section by the horizontal plane at height `y`. */
export function sliceOutlines(mesh: SlicedMesh, y: number): SliceOutline[] {
  return sectionOutlines(mesh, horizontal(y)).map((pieces) => {
    const outline = { minX: Infinity, maxX: -Infinity }
    for (const ends of pieces) {
      for (const [x] of ends) {
        outline.minX = Math.min(outline.minX, x)
        outline.maxX = Math.max(outline.maxX, x)
      }
    }
    return outline
  })
}

/** The length (m) of the outline of a mesh's cross-section by a plane whose pieces' mean point lies nearest the
 * plane's point (a limb's outline round its axis, not the trunk's or another limb's); 0 when the plane misses it. */
export function perimeterAroundM(mesh: SlicedMesh, plane: SectionPlane): number {
  let best = { distance: Infinity, length: 0 }
  for (const pieces of sectionOutlines(mesh, plane)) {
    const points = pieces.flat()
    const mean = [0, 1, 2].map((k) => points.reduce((sum, p) => sum + p[k]!, 0) / points.length)
    const distance = Math.hypot(mean[0]! - plane.point[0], mean[1]! - plane.point[1], mean[2]! - plane.point[2])
    if (distance < best.distance) best = { distance, length: pieces.reduce((sum, piece) => sum + pieceLength(piece), 0) }
  }
  return best.length
}

/** The skin's cross-section perimeters (mm) of the left leg every 5 mm from height `fromY` to `toY` (m), counting the
 * pieces whose both ends lie left of the midline (ANSUR II's calf and ankle circumferences are taken on one leg). */
export function leftLegPerimetersMm(skin: SlicedMesh, fromY: number, toY: number): number[] {
  const steps = Math.round((toY - fromY) / 0.005)
  return Array.from({ length: steps + 1 }, (_, i) => slicePerimeterM(skin, fromY + i * 0.005, (x) => x > 0.005) * 1000)
}
