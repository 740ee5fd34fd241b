// skinCover.ts: a structure's vertex left outside the skin's mesh pushes the skin out round it until it is covered;
// the skin moves only outward and only near that vertex.
import { describe, expect, it } from 'vitest'
import { buildBvhMesh } from '../../../src/geometry/meshBvh'
import { vertexNormals } from '../../../src/model/meshOps'
import { coverStructures } from '../../../src/model/skinCover'
import { insideByVote } from '../helpers/modelTrees'

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

describe('coverStructures', () => {
  it('covers a structure vertex 2 mm outside the skin, moving the skin only outward and only near it', () => {
    const mesh = sphere(0.03)
    const skin = { ...mesh, normals: vertexNormals(mesh) }
    const before = Float32Array.from(skin.positions)
    // a vertex 2 mm outside the sphere, between the rings (not on a skin vertex)
    const d = [0.3, 0.5, 0.81]
    const len = Math.hypot(...d)
    const outside = Float32Array.from(d.map((v) => (v / len) * 0.032))
    const inside = Float32Array.from([0, 0.01, 0, 0.005, -0.02, 0.01])
    const tree = () => buildBvhMesh('skin', { positions: skin.positions, indices: skin.indices })
    expect(insideByVote(tree(), { x: outside[0]!, y: outside[1]!, z: outside[2]! })).toBe(false)

    const result = coverStructures(skin, [outside, inside])

    expect(result).toEqual({ outsideBefore: 1, outsideAfter: 0 })
    expect(insideByVote(tree(), { x: outside[0]!, y: outside[1]!, z: outside[2]! })).toBe(true)
    let moved = 0
    for (let v = 0; v < before.length / 3; v++) {
      const p = [before[3 * v]!, before[3 * v + 1]!, before[3 * v + 2]!]
      const q = [skin.positions[3 * v]!, skin.positions[3 * v + 1]!, skin.positions[3 * v + 2]!]
      const shift = Math.hypot(q[0]! - p[0]!, q[1]! - p[1]!, q[2]! - p[2]!)
      if (shift === 0) continue
      moved++
      // outward: further from the centre, and near the covered vertex
      expect(Math.hypot(...q)).toBeGreaterThan(Math.hypot(...p))
      expect(Math.hypot(p[0]! - outside[0]!, p[1]! - outside[1]!, p[2]! - outside[2]!)).toBeLessThan(0.008)
    }
    expect(moved).toBeGreaterThan(0)
  })

  it('leaves the skin as it is when every structure vertex is inside it', () => {
    const mesh = sphere(0.03)
    const skin = { ...mesh, normals: vertexNormals(mesh) }
    const before = Float32Array.from(skin.positions)
    expect(coverStructures(skin, [Float32Array.from([0, 0, 0, 0.02, 0, 0])])).toEqual({ outsideBefore: 0, outsideAfter: 0 })
    expect(skin.positions).toEqual(before)
  })
})
