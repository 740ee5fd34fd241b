import { describe, expect, it } from 'vitest'
import { buildBvhMesh, faceNormal, signedDistance } from '../../../src/geometry/meshBvh'

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

describe('signedDistance', () => {
  // a sharp ridge along x: two walls 17 degrees either side of the vertical, meeting at y = 0, with the vertex normals
  // a smooth mesh would have (up at the ridge, square to each wall at its foot). Beside the ridge, above its line, the
  // nearest point is the ridge itself, and the nearest face may be either wall: judged against the far wall's own
  // normal, such a point would read as inside
  const positions = new Float32Array([-1, 0, 0, 1, 0, 0, -1, -1, -0.3, 1, -1, -0.3, -1, -1, 0.3, 1, -1, 0.3])
  const indices = new Uint32Array([0, 2, 3, 0, 3, 1, 0, 1, 5, 0, 5, 4])
  const wall = Math.hypot(1, 0.3)
  const normals = new Float32Array([
    0,
    1,
    0,
    0,
    1,
    0,
    0,
    0.3 / wall,
    -1 / wall,
    0,
    0.3 / wall,
    -1 / wall,
    0,
    0.3 / wall,
    1 / wall,
    0,
    0.3 / wall,
    1 / wall,
  ])
  const ridge = buildBvhMesh('ridge', { positions, indices, normals })

  it('reads points beside and above a sharp ridge as outside, on both sides', () => {
    for (const z of [-0.02, 0.02]) {
      const d = signedDistance(ridge, { x: 0, y: 0.01, z }, 1)
      expect(d).toBeGreaterThan(0)
      expect(d).toBeCloseTo(Math.hypot(0.01, 0.02), 6)
    }
  })

  it('reads points under the ridge, between its walls, as inside', () => {
    expect(signedDistance(ridge, { x: 0, y: -0.05, z: 0 }, 1)).toBeLessThan(0)
    expect(signedDistance(ridge, { x: 0.5, y: -0.5, z: 0.1 }, 1)).toBeLessThan(0)
  })

  it('gives the search distance where no surface lies within it', () => {
    expect(signedDistance(ridge, { x: 0, y: 0.5, z: 0 }, 0.1)).toBe(0.1)
  })
})
