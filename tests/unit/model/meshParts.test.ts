// A shape meshed in parts (sdf.ts Shape.partOf, used for the three parts of trapezius): the parts split their union
// between them, each a closed mesh cut out of the whole muscle's mesh, and meet flush where they are cut, sharing the
// whole mesh's vertices and normals along the cut.
import { describe, expect, it } from 'vitest'
import { capBorders, meshShape } from '../../../src/model/meshStructure'
import { type Shape, shapeDistance, taperedCapsule } from '../../../src/model/sdf'
import { meshTopology } from '../../../src/model/meshTopology'

// two flat straps side by side that overlap over x = -0.012..-0.008, like two neighbouring parts of a sheet
const left: Shape = {
  prims: [taperedCapsule([-0.02, 0, 0], [-0.02, 0.08, 0], 0.012, 0.012, { normal: [0, 0, 1], ratio: 0.3 })],
  blendM: 0.004,
}
const right: Shape = { prims: [taperedCapsule([0, 0, 0], [0, 0.08, 0], 0.012, 0.012, { normal: [0, 0, 1], ratio: 0.3 })], blendM: 0.004 }
const parts = (blendM: number): [Shape, Shape] => {
  const whole = { shape: { prims: [...left.prims, ...right.prims], blendM: 0.004 }, cellM: 0.002, maxTriangles: 4000 }
  return [
    { ...left, partOf: { others: [right], blendM, whole } },
    { ...right, partOf: { others: [left], blendM, whole } },
  ]
}

/** Signed volume of a closed mesh (positive when its faces wind outward). */
const volume = (m: { positions: Float32Array; indices: Uint32Array }): number => {
  let v = 0
  const p = m.positions
  for (let t = 0; t < m.indices.length; t += 3) {
    const [a, b, c] = [3 * m.indices[t]!, 3 * m.indices[t + 1]!, 3 * m.indices[t + 2]!]
    v +=
      (p[a]! * (p[b + 1]! * p[c + 2]! - p[b + 2]! * p[c + 1]!) -
        p[a + 1]! * (p[b]! * p[c + 2]! - p[b + 2]! * p[c]!) +
        p[a + 2]! * (p[b]! * p[c + 1]! - p[b + 1]! * p[c]!)) /
      6
  }
  return v
}

describe('a shape meshed in parts', () => {
  it('gives each point of the union to exactly one part, and nothing outside the union to any', () => {
    const [a, b] = parts(0.002)
    for (let x = -0.04; x <= 0.02; x += 0.0025) {
      for (let z = -0.006; z <= 0.006; z += 0.001) {
        const inA = shapeDistance(a, x, 0.04, z) < 0
        const inB = shapeDistance(b, x, 0.04, z) < 0
        const inUnion = shapeDistance(left, x, 0.04, z) < 0 || shapeDistance(right, x, 0.04, z) < 0
        expect(inA && inB, `(${x.toFixed(4)}, ${z.toFixed(4)}) in both parts`).toBe(false)
        if (!inUnion) expect(inA || inB, `(${x.toFixed(4)}, ${z.toFixed(4)}) outside the union`).toBe(false)
      }
    }
    // the straps overlap over -0.012..-0.008: the cut falls midway between their axes (x = -0.01)
    expect(shapeDistance(a, -0.011, 0.04, 0)).toBeLessThan(0)
    expect(shapeDistance(b, -0.011, 0.04, 0)).toBeGreaterThan(0)
    expect(shapeDistance(a, -0.009, 0.04, 0)).toBeGreaterThan(0)
    expect(shapeDistance(b, -0.009, 0.04, 0)).toBeLessThan(0)
  })

  it('meshes each part closed, the two faces meeting flush at the cut and shaded with one normal', async () => {
    const [a, b] = parts(0.004)
    const meshA = await meshShape(a, 0.002, 4000)
    const meshB = await meshShape(b, 0.002, 4000)
    const whole = await meshShape(a.partOf!.whole.shape, 0.002, 4000)
    for (const m of [meshA, meshB]) {
      const topo = meshTopology(m.indices, m.positions.length / 3)
      expect(topo.boundaryEdges).toBe(0)
      expect(topo.nonManifoldEdges).toBe(0)
      // closed outward: each part holds about half the whole muscle
      expect(volume(m)).toBeGreaterThan(0.3 * volume(whole))
      // every vertex shaded with a unit normal, the cap's midpoints too (their ends' normals nearly cancel)
      for (let i = 0; i < m.normals.length; i += 3)
        expect(Math.hypot(m.normals[i]!, m.normals[i + 1]!, m.normals[i + 2]!)).toBeCloseTo(1, 5)
    }
    expect(volume(meshA) + volume(meshB)).toBeCloseTo(volume(whole), 7)
    // the vertices both parts share (their border) lie on the cut, midway between the straps' axes (x = -0.01), not
    // zigzagging with the faces they were shared out by
    const key = (m: typeof meshA, i: number): string => `${m.positions[i]},${m.positions[i + 1]},${m.positions[i + 2]}`
    const inA = new Set<string>()
    for (let i = 0; i < meshA.positions.length; i += 3) inA.add(key(meshA, i))
    const shared: number[] = []
    for (let i = 0; i < meshB.positions.length; i += 3) if (inA.has(key(meshB, i))) shared.push(meshB.positions[i]!)
    expect(shared.length).toBeGreaterThan(20)
    for (const x of shared) expect(Math.abs(x + 0.01)).toBeLessThan(0.0008)
    // each part's top (+z) vertex within 1.5 mm of the cut (x = -0.01): on either side at one height, facing out
    const atCut = (m: typeof meshA): { z: number; nz: number } => {
      let z = -Infinity,
        nz = NaN
      for (let i = 0; i < m.positions.length; i += 3) {
        const x = m.positions[i]!,
          y = m.positions[i + 1]!
        if (Math.abs(y - 0.04) > 0.01 || Math.abs(x + 0.01) > 0.0015 || m.positions[i + 2]! <= z) continue
        z = m.positions[i + 2]!
        nz = m.normals[i + 2]!
      }
      return { z, nz }
    }
    const edgeA = atCut(meshA)
    const edgeB = atCut(meshB)
    expect(Math.abs(edgeA.z - edgeB.z)).toBeLessThan(0.0005)
    expect(edgeA.nz).toBeGreaterThan(0.9)
    expect(edgeB.nz).toBeGreaterThan(0.9)
  })

  it('closes a part where it was cut: an open box gets its missing side, winding outward', () => {
    // a unit cube's corners, x + 2y + 4z, and its faces wound outward, without the top (z = 1)
    const positions = new Float32Array([0, 0, 0, 1, 0, 0, 0, 1, 0, 1, 1, 0, 0, 0, 1, 1, 0, 1, 0, 1, 1, 1, 1, 1])
    const box = [0, 2, 3, 0, 3, 1, 0, 1, 5, 0, 5, 4, 1, 3, 7, 1, 7, 5, 3, 2, 6, 3, 6, 7, 2, 0, 4, 2, 4, 6]
    const cap = capBorders(positions, box)
    const all = new Float32Array([
      ...positions,
      ...cap.midpoints.flatMap(([a, b]) => [0, 1, 2].map((k) => (positions[3 * a + k]! + positions[3 * b + k]!) / 2)),
    ])
    const indices = Uint32Array.from([...box, ...cap.faces])
    expect(meshTopology(indices, all.length / 3)).toMatchObject({ boundaryEdges: 0, nonManifoldEdges: 0 })
    expect(volume({ positions: all, indices })).toBeCloseTo(1, 9)
    // a closed mesh needs no cap
    expect(capBorders(positions, [...box, 4, 5, 7, 4, 7, 6]).faces).toEqual([])
  })
})
