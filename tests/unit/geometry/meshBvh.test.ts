import { describe, expect, it } from 'vitest'
import { buildBvhMesh, faceNormal } from '../../../src/geometry/meshBvh'

describe('faceNormal', () => {
  // a unit square in the plane z = 0 (two triangles wound to face +z) and a third triangle squeezed flat onto its
  // diagonal, as a morphed skin can leave one
  const positions = new Float32Array([0, 0, 0, 1, 0, 0, 1, 1, 0, 0, 1, 0, 0.5, 0.5, 0])
  const indices = new Uint32Array([0, 1, 2, 0, 2, 3, 0, 4, 2])
  const mesh = buildBvhMesh('square', { positions, indices })
  const index = mesh.geometry.index!
  const faceOf = (a: number, b: number, c: number): number => {
    for (let f = 0; f < index.count / 3; f++) {
      if (index.getX(f * 3) === a && index.getX(f * 3 + 1) === b && index.getX(f * 3 + 2) === c) return f
    }
    throw new Error('no such face')
  }

  it('follows the winding of a whole triangle', () => {
    expect(faceNormal(mesh, faceOf(0, 1, 2))).toEqual({ x: 0, y: 0, z: 1 })
  })

  it('gives a triangle collapsed to a line the normal of the faces round its corners, not a zero vector', () => {
    const n = faceNormal(mesh, faceOf(0, 4, 2))
    expect(n.z).toBeCloseTo(1, 6)
    expect(Math.hypot(n.x, n.y, n.z)).toBeCloseTo(1, 6)
  })
})
