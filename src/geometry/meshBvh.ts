// BVH-accelerated ray and nearest-point queries against one triangle mesh (skin, pleura, a nerve), built
// from plain arrays with three-mesh-bvh. Uses three's math and BufferGeometry only: no scene, no renderer,
// so the same code runs in the app, the CLI and node tests.
import { BufferAttribute, BufferGeometry, DoubleSide, Ray, Vector3 } from 'three'
// The ES module entry: the package's "main" is a UMD build that loads three's deprecated CommonJS copy in node.
import { MeshBVH } from 'three-mesh-bvh/src/index.js'
import type { Vec3Like } from './vec'

/** Plain triangle-mesh arrays, as read from the model: world-space xyz triples and triangle indices. */
export interface TriangleMeshArrays {
  positions: Float32Array
  /** Triangle vertex indices; absent for a non-indexed triangle soup. */
  indices?: Uint32Array | Uint16Array | null
  /** Per-vertex normals, used to tell a mesh's outside from its inside; optional. */
  normals?: Float32Array | null
}

/** A mesh ready for queries, with a name for reports (e.g. "parietal-pleura.left"). */
export interface BvhMesh {
  readonly name: string
  readonly bvh: MeshBVH
  readonly geometry: BufferGeometry
  readonly normals: Float32Array | null
}

/** A ray hit: distance from the ray origin (metres), hit point and outward unit normal at it. */
export interface RayHit {
  distanceM: number
  pointM: Vec3Like
  /** Outward normal: from the vertex normals when the mesh has them, else from the triangle's winding. */
  normal: Vec3Like
  faceIndex: number
}

/** Builds a BVH over a copy of the mesh's index (three-mesh-bvh reorders the index it is given). */
export function buildBvhMesh(name: string, mesh: TriangleMeshArrays): BvhMesh {
  if (mesh.positions.length % 3 !== 0 || mesh.positions.length < 9) {
    throw new RangeError(`${name}: a mesh needs at least one triangle of xyz positions`)
  }
  const geometry = new BufferGeometry()
  geometry.setAttribute('position', new BufferAttribute(mesh.positions, 3))
  const vertexCount = mesh.positions.length / 3
  let index: Uint32Array
  if (mesh.indices && mesh.indices.length > 0) {
    index = Uint32Array.from(mesh.indices)
  } else {
    index = new Uint32Array(vertexCount - (vertexCount % 3))
    for (let i = 0; i < index.length; i++) {
      index[i] = i
    }
  }
  if (index.length % 3 !== 0) {
    throw new RangeError(`${name}: the index length ${index.length} is not a multiple of 3`)
  }
  geometry.setIndex(new BufferAttribute(index, 1))
  const bvh = new MeshBVH(geometry)
  const normals = mesh.normals && mesh.normals.length === mesh.positions.length ? mesh.normals : null
  return { name, bvh, geometry, normals }
}

const tmpA = new Vector3()
const tmpB = new Vector3()
const tmpC = new Vector3()

const areaNormals = new WeakMap<BvhMesh, Float32Array>()

/**
 * Per vertex, the sum of its faces' area-weighted normals (by winding), computed once per mesh when first needed (as
 * model/meshOps.ts vertexNormals does for the generator, which the app does not load).
 */
function faceAreaNormals(mesh: BvhMesh): Float32Array {
  let sums = areaNormals.get(mesh)
  if (sums) return sums
  const index = mesh.geometry.index!
  const position = mesh.geometry.getAttribute('position')
  sums = new Float32Array(position.count * 3)
  const corner = new Vector3()
  const u = new Vector3()
  const w = new Vector3()
  for (let f = 0; f < index.count; f += 3) {
    const a = index.getX(f),
      b = index.getX(f + 1),
      c = index.getX(f + 2)
    corner.fromBufferAttribute(position, a)
    u.fromBufferAttribute(position, b).sub(corner)
    w.fromBufferAttribute(position, c).sub(corner)
    u.cross(w)
    for (const i of [a, b, c]) {
      sums[i * 3]! += u.x
      sums[i * 3 + 1]! += u.y
      sums[i * 3 + 2]! += u.z
    }
  }
  areaNormals.set(mesh, sums)
  return sums
}

/** Outward unit normal of a triangle of the mesh, oriented by its vertex normals when it has them. */
export function faceNormal(mesh: BvhMesh, faceIndex: number): Vec3Like {
  const index = mesh.geometry.index!
  const position = mesh.geometry.getAttribute('position')
  const i0 = index.getX(faceIndex * 3),
    i1 = index.getX(faceIndex * 3 + 1),
    i2 = index.getX(faceIndex * 3 + 2)
  tmpA.fromBufferAttribute(position, i0)
  tmpB.fromBufferAttribute(position, i1).sub(tmpA)
  tmpC.fromBufferAttribute(position, i2).sub(tmpA)
  const n = tmpB.cross(tmpC)
  if (!mesh.normals && n.lengthSq() === 0) {
    // a triangle collapsed to a line or a point (a morphed skin can squeeze one flat): the faces round its corners
    const v = faceAreaNormals(mesh)
    n.set(0, 0, 0)
    for (const i of [i0, i1, i2]) n.set(n.x + v[i * 3]!, n.y + v[i * 3 + 1]!, n.z + v[i * 3 + 2]!)
  }
  if (mesh.normals) {
    const v = mesh.normals // xyz per vertex of the geometry, so i0, i1 and i2 (vertices of one of its faces) index it
    const sx = v[i0 * 3]! + v[i1 * 3]! + v[i2 * 3]!
    const sy = v[i0 * 3 + 1]! + v[i1 * 3 + 1]! + v[i2 * 3 + 1]!
    const sz = v[i0 * 3 + 2]! + v[i1 * 3 + 2]! + v[i2 * 3 + 2]!
    if (n.lengthSq() === 0) {
      n.set(sx, sy, sz)
    } else if (n.x * sx + n.y * sy + n.z * sz < 0) {
      n.negate()
    }
  }
  n.normalize()
  return { x: n.x, y: n.y, z: n.z }
}

const ray = new Ray()

/**
 * First intersection of the ray origin + t·direction (t in [nearM, farM], metres) with the mesh, from either
 * side of its triangles, or null when it misses. `direction` need not be unit length.
 */
export function raycastFirst(mesh: BvhMesh, origin: Vec3Like, direction: Vec3Like, nearM = 0, farM = Infinity): RayHit | null {
  ray.origin.set(origin.x, origin.y, origin.z)
  ray.direction.set(direction.x, direction.y, direction.z).normalize()
  const hit = mesh.bvh.raycastFirst(ray, DoubleSide, nearM, farM)
  if (!hit || hit.faceIndex == null) {
    return null
  }
  return {
    distanceM: hit.distance,
    pointM: { x: hit.point.x, y: hit.point.y, z: hit.point.z },
    normal: faceNormal(mesh, hit.faceIndex),
    faceIndex: hit.faceIndex,
  }
}

/** How many times the ray crosses the mesh within [nearM, farM]: raycastAll's length, without building its hits. */
export function crossingCount(mesh: BvhMesh, origin: Vec3Like, direction: Vec3Like, nearM = 0, farM = Infinity): number {
  ray.origin.set(origin.x, origin.y, origin.z)
  ray.direction.set(direction.x, direction.y, direction.z).normalize()
  let count = 0
  for (const hit of mesh.bvh.raycast(ray, DoubleSide, nearM, farM)) if (hit.faceIndex != null) count++
  return count
}

/** Every intersection of the ray with the mesh within [nearM, farM], nearest first. */
export function raycastAll(mesh: BvhMesh, origin: Vec3Like, direction: Vec3Like, nearM = 0, farM = Infinity): RayHit[] {
  ray.origin.set(origin.x, origin.y, origin.z)
  ray.direction.set(direction.x, direction.y, direction.z).normalize()
  return mesh.bvh
    .raycast(ray, DoubleSide, nearM, farM)
    .filter((hit) => hit.faceIndex != null)
    .sort((a, b) => a.distance - b.distance)
    .map((hit) => ({
      distanceM: hit.distance,
      pointM: { x: hit.point.x, y: hit.point.y, z: hit.point.z },
      normal: faceNormal(mesh, hit.faceIndex!),
      faceIndex: hit.faceIndex!,
    }))
}

/** Nearest point of the mesh surface to a point, with its distance (metres) and outward normal; null when none lies
 * within `maxDistanceM` (a bound that lets the search stop early). */
export function closestPoint(mesh: BvhMesh, point: Vec3Like, maxDistanceM = Infinity): RayHit | null {
  const hit = mesh.bvh.closestPointToPoint(new Vector3(point.x, point.y, point.z), undefined, 0, maxDistanceM)
  if (!hit) {
    return null
  }
  return {
    distanceM: hit.distance,
    pointM: { x: hit.point.x, y: hit.point.y, z: hit.point.z },
    normal: faceNormal(mesh, hit.faceIndex),
    faceIndex: hit.faceIndex,
  }
}

/**
 * Signed distance from a point to a closed mesh (negative inside), or `maxDistanceM` where no surface lies within it
 * (inside or out). The side is judged against the mesh's vertex normals interpolated at the nearest point, which stay
 * meaningful where that point falls on an edge or corner of a crease (a single face's normal there may face either
 * way); without vertex normals, against the nearest triangle's own.
 */
export function signedDistance(mesh: BvhMesh, point: Vec3Like, maxDistanceM: number): number {
  const hit = closestPoint(mesh, point, maxDistanceM)
  // (the bounds tree may return a nearest point beyond the bound it was given)
  if (!hit || hit.distanceM > maxDistanceM) return maxDistanceM
  let n = hit.normal
  if (mesh.normals) {
    const index = mesh.geometry.index!
    const position = mesh.geometry.getAttribute('position')
    const corners = [0, 1, 2].map((k) => index.getX(hit.faceIndex * 3 + k))
    tmpA.fromBufferAttribute(position, corners[0]!)
    tmpB.fromBufferAttribute(position, corners[1]!)
    tmpC.fromBufferAttribute(position, corners[2]!)
    const weights = barycentric(tmpA, tmpB, tmpC, new Vector3(hit.pointM.x, hit.pointM.y, hit.pointM.z))
    const v = mesh.normals
    const s = [0, 1, 2].map((axis) => corners.reduce((sum, c, k) => sum + weights[k]! * v[c * 3 + axis]!, 0))
    if (Math.hypot(s[0]!, s[1]!, s[2]!) > 1e-9) n = { x: s[0]!, y: s[1]!, z: s[2]! }
  }
  const outside = (point.x - hit.pointM.x) * n.x + (point.y - hit.pointM.y) * n.y + (point.z - hit.pointM.z) * n.z >= 0
  return outside ? hit.distanceM : -hit.distanceM
}

/** Barycentric weights of p in the triangle abc (p on its plane); equal thirds for a triangle of no area. */
function barycentric(a: Vector3, b: Vector3, c: Vector3, p: Vector3): [number, number, number] {
  const v0 = new Vector3().subVectors(b, a)
  const v1 = new Vector3().subVectors(c, a)
  const v2 = new Vector3().subVectors(p, a)
  const d00 = v0.dot(v0)
  const d01 = v0.dot(v1)
  const d11 = v1.dot(v1)
  const d20 = v2.dot(v0)
  const d21 = v2.dot(v1)
  const denom = d00 * d11 - d01 * d01
  if (Math.abs(denom) < 1e-30) return [1 / 3, 1 / 3, 1 / 3]
  const v = (d11 * d20 - d01 * d21) / denom
  const w = (d00 * d21 - d01 * d20) / denom
  return [1 - v - w, v, w]
}
