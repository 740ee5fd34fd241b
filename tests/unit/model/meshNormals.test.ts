// Vertex normals of the generated meshes are unit length everywhere: a vertex where the area-weighted sum cancels
// (a fold whose two sides face opposite ways) or that only degenerate triangles use still gets a unit normal, since
// a zero normal is invalid glTF (ACCESSOR_VECTOR3_NON_UNIT) and shades black.
import { describe, expect, it } from 'vitest'
import { vertexNormals } from '../../../src/model/meshOps'

const lengths = (n: Float32Array): number[] => {
  const out: number[] = []
  for (let i = 0; i < n.length; i += 3) out.push(Math.hypot(n[i]!, n[i + 1]!, n[i + 2]!))
  return out
}

describe('vertexNormals', () => {
  it('gives the face normal on a flat triangle', () => {
    const n = vertexNormals({ positions: new Float32Array([0, 0, 0, 1, 0, 0, 0, 1, 0]), indices: new Uint32Array([0, 1, 2]) })
    expect(Array.from(n.slice(0, 3))).toEqual([0, 0, 1])
  })

  it('gives a unit normal where two equal triangles fold back onto each other and their normals cancel', () => {
    // triangle 0-1-2 faces +z, triangle 0-2-3 lies in the same plane facing -z: the area-weighted sums at 0 and 2 cancel
    const positions = new Float32Array([0, 0, 0, 1, 0, 0, 0, 1, 0, 1, 1, 0])
    const plain = vertexNormals({ positions, indices: new Uint32Array([0, 1, 2, 0, 2, 3]) })
    for (const l of lengths(plain)) expect(l).toBeCloseTo(1, 6)
  })

  it('gives a unit normal to a vertex that only a degenerate triangle uses', () => {
    const positions = new Float32Array([0, 0, 0, 1, 0, 0, 0, 1, 0, 2, 2, 2])
    const n = vertexNormals({ positions, indices: new Uint32Array([0, 1, 2, 3, 3, 3]) })
    for (const l of lengths(n)) expect(l).toBeCloseTo(1, 6)
  })
})
