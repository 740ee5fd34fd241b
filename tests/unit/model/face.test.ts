// The face's mesh tools: conforming refinement near features keeps the skin closed, and projection puts vertices on
// the exact surface.
import { describe, expect, it } from 'vitest'
import { projectOntoField, refineNear } from '../../../src/model/face'
import { ellipsoid } from '../../../src/model/sdf'
import { polygonise } from '../../../src/model/surfaceNets'
import type { IndexedMesh } from '../../../src/model/surfaceNets'

function openEdges(m: IndexedMesh): number {
  const edges = new Map<string, number>()
  for (let t = 0; t < m.indices.length; t += 3) {
    for (let e = 0; e < 3; e++) {
      const a = m.indices[t + e],
        b = m.indices[t + ((e + 1) % 3)]
      edges.set(`${a},${b}`, (edges.get(`${a},${b}`) ?? 0) + 1)
    }
  }
  let open = 0
  for (const [k] of edges) {
    const [a, b] = k.split(',')
    if (!edges.has(`${b},${a}`)) open++
  }
  return open
}

describe('face mesh refinement', () => {
  const sphere = ellipsoid([0, 0, 0], [0.05, 0.05, 0.05])
  const mesh = polygonise((x, y, z) => sphere.distance(x, y, z), { min: [-0.06, -0.06, -0.06], max: [0.06, 0.06, 0.06] }, 0.008)
  const front = (_x: number, _y: number, z: number): boolean => z > 0.02

  it('splits only near the features and leaves the mesh closed', () => {
    const once = refineNear(mesh, front)
    const twice = refineNear(once, front)
    expect(openEdges(mesh)).toBe(0)
    expect(openEdges(once)).toBe(0)
    expect(openEdges(twice)).toBe(0)
    expect(once.indices.length).toBeGreaterThan(mesh.indices.length)
    expect(twice.indices.length).toBeGreaterThan(once.indices.length)
    // the back half is unchanged
    let backTris = 0,
      backTrisBefore = 0
    const count = (m: IndexedMesh): number => {
      let n = 0
      for (let t = 0; t < m.indices.length; t += 3)
        if (
          m.positions[3 * m.indices[t]! + 2]! < -0.03 &&
          m.positions[3 * m.indices[t + 1]! + 2]! < -0.03 &&
          m.positions[3 * m.indices[t + 2]! + 2]! < -0.03
        )
          n++
      return n
    }
    backTris = count(twice)
    backTrisBefore = count(mesh)
    expect(backTris).toBe(backTrisBefore)
  })

  it('projects the refined vertices onto a different surface', () => {
    const target = ellipsoid([0, 0, 0.004], [0.05, 0.05, 0.05])
    const m = refineNear(mesh, front)
    projectOntoField(m, (x, y, z) => target.distance(x, y, z), front, 0.01)
    let worst = 0
    for (let i = 0; i < m.positions.length; i += 3) {
      const [x, y, z] = [m.positions[i]!, m.positions[i + 1]!, m.positions[i + 2]!]
      if (z > 0.03) worst = Math.max(worst, Math.abs(target.distance(x, y, z)))
    }
    expect(worst).toBeLessThan(0.0002)
  })
})
