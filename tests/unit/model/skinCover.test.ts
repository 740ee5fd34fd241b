// skinCover.ts: a structure's vertex left outside the skin's mesh pushes the skin out round it until it is covered;
// the skin moves only outward and only near that vertex, but for a point the moves cover only slowly, whose nearest
// triangle's corners move wherever they are.
import { describe, expect, it } from 'vitest'
import { buildBvhMesh, closestPoint } from '../../../src/geometry/meshBvh'
import { vertexNormals } from '../../../src/model/meshOps'
import { add, cross, dot, scale, sub, vec3At } from '../../../src/model/vec'
import { coverStructures, insideByVote } from '../../../src/model/skinCover'

/** A closed UV sphere (outward winding) of `radius` round the origin. */
function sphere(radius: number, rings = 24, segments = 32): { positions: Float32Array; indices: Uint32Array } {
  const positions: number[] = [0, radius, 0]
  for (let r = 1; r < rings; r++) {
    const theta = (Math.PI * r) / rings
    for (let s = 0; s < segments; s++) {
      const phi = (2 * Math.PI * s) / segments
      positions.push(radius * Math.sin(theta) * Math.cos(phi), radius * Math.cos(theta), radius * Math.sin(theta) * Math.sin(phi))
    }
  }
  positions.push(0, -radius, 0)
  const bottom = positions.length / 3 - 1
  const at = (r: number, s: number): number => 1 + (r - 1) * segments + (s % segments)
  const indices: number[] = []
  for (let s = 0; s < segments; s++) indices.push(0, at(1, s + 1), at(1, s))
  for (let r = 1; r < rings - 1; r++) {
    for (let s = 0; s < segments; s++) indices.push(at(r, s), at(r, s + 1), at(r + 1, s), at(r, s + 1), at(r + 1, s + 1), at(r + 1, s))
  }
  for (let s = 0; s < segments; s++) indices.push(bottom, at(rings - 1, s), at(rings - 1, s + 1))
  return { positions: Float32Array.from(positions), indices: Uint32Array.from(indices) }
}

/** The sphere moved by `dx` along x. */
function shifted(mesh: { positions: Float32Array; indices: Uint32Array }, dx: number): { positions: Float32Array; indices: Uint32Array } {
  return { positions: Float32Array.from(mesh.positions, (v, i) => (i % 3 === 0 ? v + dx : v)), indices: mesh.indices }
}

/** Two meshes as one (the second's indices after the first's vertices). */
function joined(a: { positions: Float32Array; indices: Uint32Array }, b: { positions: Float32Array; indices: Uint32Array }) {
  const positions = new Float32Array(a.positions.length + b.positions.length)
  positions.set(a.positions)
  positions.set(b.positions, a.positions.length)
  const offset = a.positions.length / 3
  const indices = Uint32Array.from([...a.indices, ...Array.from(b.indices, (i) => i + offset)])
  return { positions, indices }
}

const point = (p: Float32Array): { x: number; y: number; z: number } => ({ x: p[0]!, y: p[1]!, z: p[2]! })

describe('coverStructures', () => {
  it('covers a point 2 mm outside the skin by at least half the margin, moving the skin only outward and only near it', () => {
    const skin = sphere(0.03)
    const before = Float32Array.from(skin.positions)
    // 2 mm outside the sphere, between the rings (not on a skin vertex)
    const d = [0.3, 0.5, 0.81]
    const len = Math.hypot(...d)
    const outside = Float32Array.from(d.map((v) => (v / len) * 0.032))
    const inside = Float32Array.from([0, 0.01, 0, 0.005, -0.02, 0.01])
    const tree = () => buildBvhMesh('skin', skin)
    expect(insideByVote(tree(), point(outside))).toBe(false)

    expect(coverStructures(skin, [outside, inside])).toEqual({ shortBefore: 1 })

    expect(insideByVote(tree(), point(outside))).toBe(true)
    expect(closestPoint(tree(), point(outside))!.distanceM).toBeGreaterThanOrEqual(0.00025)
    let moved = 0
    for (let v = 0; v < before.length / 3; v++) {
      const p = [before[3 * v]!, before[3 * v + 1]!, before[3 * v + 2]!]
      const q = [skin.positions[3 * v]!, skin.positions[3 * v + 1]!, skin.positions[3 * v + 2]!]
      if (Math.hypot(q[0]! - p[0]!, q[1]! - p[1]!, q[2]! - p[2]!) === 0) continue
      moved++
      // outward: further from the centre, and near the covered point (within 8 mm, or 1.5 times the distance to the
      // nearest triangle's farthest corner: this sphere's longest edges are 7.1 mm)
      expect(Math.hypot(...q)).toBeGreaterThan(Math.hypot(...p))
      expect(Math.hypot(p[0]! - outside[0]!, p[1]! - outside[1]!, p[2]! - outside[2]!)).toBeLessThan(0.011)
    }
    expect(moved).toBeGreaterThan(0)
  })

  it('moves only the sheet facing the point: a second sphere 3 mm away stays where it is', () => {
    const a = sphere(0.03)
    const b = shifted(sphere(0.03), 0.063)
    const skin = joined(a, b)
    const before = Float32Array.from(skin.positions)
    // 1 mm out of the first sphere towards the second, between their rings
    const outside = Float32Array.from([0.031, 0.0011, 0.0013])
    coverStructures(skin, [outside])
    expect(insideByVote(buildBvhMesh('skin', skin), point(outside))).toBe(true)
    expect(skin.positions.subarray(a.positions.length)).toEqual(before.subarray(a.positions.length))
  })

  it('covers a point under the middle of a large triangle, whose corners are all more than 8 mm away', () => {
    // 4 rings and 6 segments: the triangles below the first ring are about 21 by 24 mm
    const skin = sphere(0.03, 4, 6)
    const tree = () => buildBvhMesh('skin', skin)
    const at = (ring: number, segment: number): number => 3 * (1 + (ring - 1) * 6 + segment)
    const corners = [at(1, 0), at(1, 1), at(2, 0)].map((i) => [skin.positions[i]!, skin.positions[i + 1]!, skin.positions[i + 2]!])
    const centre = [0, 1, 2].map((k) => (corners[0]![k]! + corners[1]![k]! + corners[2]![k]!) / 3)
    const far = Math.min(...corners.map((c) => Math.hypot(c[0]! - centre[0]!, c[1]! - centre[1]!, c[2]! - centre[2]!)))
    expect(far).toBeGreaterThan(0.008)
    // 0.1 mm inside the triangle's centre: too near its surface
    const n = closestPoint(tree(), { x: centre[0]!, y: centre[1]!, z: centre[2]! })!.normal
    const inside = Float32Array.from([centre[0]! - n.x * 0.0001, centre[1]! - n.y * 0.0001, centre[2]! - n.z * 0.0001])
    expect(coverStructures(skin, [inside])).toEqual({ shortBefore: 1 })
    expect(closestPoint(tree(), point(inside))!.distanceM).toBeGreaterThanOrEqual(0.00025)
    expect(insideByVote(tree(), point(inside))).toBe(true)
  })

  it('covers a point beside a sharp edge, whose vertices lean more than 72.5 degrees (cosine 0.3) away from the face nearest it', () => {
    // a wedge 8 cm deep with a 32 degree edge along y, a vertex on the edge every 4 mm: the edge's vertex normals point
    // along the wedge's bisector (+z), 74 degrees from its side faces' normals, and the back is out of reach
    const [depth, half] = [0.08, (16 * Math.PI) / 180]
    const w = depth * Math.tan(half)
    const slices = 16
    const positions: number[] = []
    for (let i = 0; i < slices; i++) positions.push(0, -0.03 + i * 0.004, 0, w, -0.03 + i * 0.004, -depth, -w, -0.03 + i * 0.004, -depth)
    const indices: number[] = []
    const face = (a: number, b: number, c: number): void => {
      // wound outward: the face's normal points away from the wedge's middle
      const [pa, pb, pc] = [vec3At(positions, a), vec3At(positions, b), vec3At(positions, c)]
      const out = sub(scale(add(add(pa, pb), pc), 1 / 3), [0, 0, -depth / 2])
      if (dot(cross(sub(pb, pa), sub(pc, pa)), out) >= 0) indices.push(a, b, c)
      else indices.push(a, c, b)
    }
    for (let i = 0; i + 1 < slices; i++) {
      for (const [k, l] of [
        [0, 1],
        [1, 2],
        [2, 0],
      ] as const) {
        face(3 * i + k, 3 * i + l, 3 * (i + 1) + k)
        face(3 * i + l, 3 * (i + 1) + l, 3 * (i + 1) + k)
      }
    }
    face(0, 1, 2)
    face(3 * (slices - 1), 3 * (slices - 1) + 1, 3 * (slices - 1) + 2)
    const skin = { positions: Float32Array.from(positions), indices: Uint32Array.from(indices) }
    const tree = () => buildBvhMesh('skin', skin)
    // the premise: the edge's vertex normals lean further from the side face's normal than the pass first allows
    const edgeNormal = vertexNormals(skin).subarray(3 * 24, 3 * 24 + 3)
    expect(edgeNormal[0]! * Math.cos(half) + edgeNormal[2]! * Math.sin(half)).toBeLessThan(0.3)
    const before = Float32Array.from(skin.positions)
    // 0.3 mm outside the +x side face, 2 mm back from the edge, halfway between two of its vertices
    const along = [Math.sin(half), 0, -Math.cos(half)]
    const normal = [Math.cos(half), 0, Math.sin(half)]
    const outside = Float32Array.from([0, 1, 2].map((k) => 0.002 * along[k]! + 0.0003 * normal[k]!))
    expect(insideByVote(tree(), point(outside))).toBe(false)
    expect(coverStructures(skin, [outside])).toEqual({ shortBefore: 1 })
    expect(insideByVote(tree(), point(outside))).toBe(true)
    expect(closestPoint(tree(), point(outside))!.distanceM).toBeGreaterThanOrEqual(0.00025)
    // only the edge moved: every vertex at the back (8 cm away) stays where it was
    for (let v = 0; v < slices * 3; v++) {
      const moved = [0, 1, 2].some((k) => skin.positions[3 * v + k] !== before[3 * v + k])
      if (v % 3 !== 0) expect(moved).toBe(false)
    }
  })

  it('covers a point under a triangle whose corners are all beyond the farthest reach, moving that triangle out', () => {
    // 2 rings and 3 segments: a double pyramid 20 cm across, each face's corners more than 7 cm from its centre, beyond
    // the 24 mm the vertices round a point are moved within
    const skin = sphere(0.1, 2, 3)
    const tree = () => buildBvhMesh('skin', skin)
    const corners = [0, 1, 2].map((v) => vec3At(skin.positions, v))
    const centre = scale(add(add(corners[0]!, corners[1]!), corners[2]!), 1 / 3)
    expect(Math.min(...corners.map((c) => Math.hypot(...sub(c, centre))))).toBeGreaterThan(0.07)
    const n = closestPoint(tree(), { x: centre[0], y: centre[1], z: centre[2] })!.normal
    const inside = Float32Array.from([centre[0] - n.x * 0.0001, centre[1] - n.y * 0.0001, centre[2] - n.z * 0.0001])
    const before = Float32Array.from(skin.positions)
    expect(coverStructures(skin, [inside])).toEqual({ shortBefore: 1 })
    expect(closestPoint(tree(), point(inside))!.distanceM).toBeGreaterThanOrEqual(0.00025)
    expect(insideByVote(tree(), point(inside))).toBe(true)
    // the triangle's corners moved out along its normal by the point's shortfall (0.5 mm margin less the 0.1 mm it
    // lay inside); the other two vertices stayed
    for (const v of [0, 1, 2]) {
      const moved = sub(vec3At(skin.positions, v), vec3At(before, v))
      for (const [k, along] of [n.x, n.y, n.z].entries()) expect(moved[k]).toBeCloseTo(0.0004 * along, 6)
    }
    for (const v of [3, 4]) expect(vec3At(skin.positions, v)).toEqual(vec3At(before, v))
  })

  it('leaves the skin as it is when every point is well inside it', () => {
    const skin = sphere(0.03)
    const before = Float32Array.from(skin.positions)
    expect(coverStructures(skin, [Float32Array.from([0, 0, 0, 0.02, 0, 0])])).toEqual({ shortBefore: 0 })
    expect(skin.positions).toEqual(before)
  })

  // also holds the corner rule to points barely short: without its cap the far point's triangle would be moved 5 cm
  it('names what it cannot cover: a point 5 cm from the skin, with no skin vertex near it', () => {
    const skin = sphere(0.03)
    expect(() => coverStructures(skin, [Float32Array.from([0, 0.08, 0])])).toThrow(
      /1 points of muscles and bones are still not under the skin/,
    )
  })
})
