// Fins left by the simplifier (meshOps.ts, dropFins): two triangles on the same three vertices wound opposite ways
// are a flap of no volume standing off the surface; both go, the rest of the mesh keeps its triangles in order, and a
// triangle merely repeated with the same winding is kept once rather than leaving a hole.
import { describe, expect, it } from 'vitest'
import { dropFins } from '../../../src/model/meshOps'

const triangles = (indices: Uint32Array): number[][] =>
  Array.from({ length: indices.length / 3 }, (_, t) => [...indices.slice(3 * t, 3 * t + 3)])

describe('fins', () => {
  it('drops a pair of triangles on the same vertices wound opposite ways, in any rotation', () => {
    // a tetrahedron (0-3) with a fin (vertex 4) on its edge 0-1: each of the three rotations of the fin's first face
    // against each of the three of its second
    const tetrahedron = [0, 2, 1, 0, 1, 3, 1, 2, 3, 0, 3, 2]
    const rotations = (t: number[]): number[][] => [t, [t[1]!, t[2]!, t[0]!], [t[2]!, t[0]!, t[1]!]]
    for (const a of rotations([0, 1, 4]))
      for (const b of rotations([1, 0, 4])) {
        const out = dropFins(Uint32Array.from([...tetrahedron.slice(0, 6), ...a, ...b, ...tetrahedron.slice(6)]))
        expect(triangles(out), `${a} and ${b}`).toEqual(triangles(Uint32Array.from(tetrahedron)))
      }
  })

  it('keeps the one left over when a face comes twice one way and once the other', () => {
    const out = dropFins(Uint32Array.from([0, 1, 2, 1, 2, 0, 2, 1, 0, 2, 3, 0]))
    expect(triangles(out)).toEqual([
      [1, 2, 0],
      [2, 3, 0],
    ])
  })

  it('keeps a triangle repeated with the same winding once', () => {
    const out = dropFins(Uint32Array.from([0, 1, 2, 1, 2, 0, 2, 3, 0]))
    expect(triangles(out)).toEqual([
      [0, 1, 2],
      [2, 3, 0],
    ])
  })

  it('leaves a mesh without fins as it was', () => {
    const indices = Uint32Array.from([0, 2, 1, 0, 1, 3, 1, 2, 3, 0, 3, 2])
    expect(dropFins(indices)).toBe(indices)
  })
})
