// The home-made polygoniser and mesh tools: closed, outward-wound meshes of the right size.
import { describe, expect, it } from 'vitest'
import { ellipsoid, shapeDistance, taperedCapsule } from '../../../src/model/sdf'
import { emptyGrid, splat } from '../../../src/model/splat'
import { polygonise, sampleField, surfaceNets } from '../../../src/model/surfaceNets'
import { mirrorMesh, separateSheets, simplify, taubinSmooth } from '../../../src/model/meshOps'
import { meshTopology } from '../../../src/model/meshTopology'
import type { IndexedMesh } from '../../../src/model/surfaceNets'

function signedVolume(m: IndexedMesh): number {
  const p = m.positions
  let v = 0
  for (let t = 0; t < m.indices.length; t += 3) {
    const a = 3 * m.indices[t]!,
      b = 3 * m.indices[t + 1]!,
      c = 3 * m.indices[t + 2]!
    v +=
      (p[a]! * (p[b + 1]! * p[c + 2]! - p[b + 2]! * p[c + 1]!) -
        p[a + 1]! * (p[b]! * p[c + 2]! - p[b + 2]! * p[c]!) +
        p[a + 2]! * (p[b]! * p[c + 1]! - p[b + 1]! * p[c]!)) /
      6
  }
  return v
}

function openEdges(m: IndexedMesh): number {
  const edges = new Map<string, number>()
  for (let t = 0; t < m.indices.length; t += 3) {
    for (let e = 0; e < 3; e++) {
      const k = `${m.indices[t + e]},${m.indices[t + ((e + 1) % 3)]}`
      edges.set(k, (edges.get(k) ?? 0) + 1)
    }
  }
  let bad = 0
  for (const [k, n] of edges) {
    const [a, b] = k.split(',')
    if (n !== 1 || edges.get(`${b},${a}`) !== 1) bad++
  }
  return bad
}

describe('surface nets polygoniser', () => {
  const sphere = { prims: [ellipsoid([0, 0, 0], [0.1, 0.1, 0.1])], blendM: 0 }
  const mesh = polygonise((x, y, z) => shapeDistance(sphere, x, y, z), { min: [-0.1, -0.1, -0.1], max: [0.1, 0.1, 0.1] }, 0.005)

  it('makes a closed, consistently wound surface', () => {
    expect(mesh.indices.length).toBeGreaterThan(1000)
    expect(openEdges(mesh)).toBe(0)
  })

  it('winds outward with the enclosed volume of the field (sphere of radius 0.1 m)', () => {
    const exact = (4 / 3) * Math.PI * 0.1 ** 3
    expect(signedVolume(mesh)).toBeGreaterThan(exact * 0.95)
    expect(signedVolume(mesh)).toBeLessThan(exact * 1.05)
  })

  it('puts vertices on the zero set', () => {
    for (let i = 0; i < mesh.positions.length; i += 3) {
      const r = Math.hypot(mesh.positions[i]!, mesh.positions[i + 1]!, mesh.positions[i + 2]!)
      expect(Math.abs(r - 0.1)).toBeLessThan(0.005)
    }
  })

  it('splatting primitives gives the same surface as evaluating the field everywhere', () => {
    const shape = {
      prims: [taperedCapsule([0, 0, 0], [0.2, 0, 0], 0.04, 0.02), ellipsoid([0.2, 0.02, 0], [0.03, 0.05, 0.03])],
      blendM: 0.01,
    }
    const bounds = { min: [-0.05, -0.06, -0.05] as [number, number, number], max: [0.24, 0.08, 0.05] as [number, number, number] }
    const a = polygonise((x, y, z) => shapeDistance(shape, x, y, z), bounds, 0.004)
    const grid = emptyGrid(bounds, 0.004, 0.03)
    splat(grid, shape.prims, shape.blendM, 0.02)
    const b = surfaceNets(grid)
    expect(openEdges(b)).toBe(0)
    expect(Math.abs(signedVolume(a) - signedVolume(b)) / signedVolume(a)).toBeLessThan(0.01)
  })

  it('keeps volume when smoothing and simplifying, and mirrors without turning inside out', async () => {
    const smooth = taubinSmooth(mesh, 4)
    const simple = await simplify(smooth, 400, 0.002)
    expect(simple.indices.length / 3).toBeLessThanOrEqual(400)
    expect(openEdges(simple)).toBe(0)
    expect(Math.abs(signedVolume(simple) / signedVolume(mesh) - 1)).toBeLessThan(0.05)
    expect(signedVolume(mirrorMesh(simple))).toBeCloseTo(signedVolume(simple), 8)
  })

  it('simplifies a fine region to its own error, and the rest is not made coarser to pay for it', async () => {
    const smooth = taubinSmooth(mesh, 4)
    const front = (_x: number, _y: number, z: number): boolean => z > 0.03
    const trianglesIn = (m: IndexedMesh, inside: boolean): number => {
      let n = 0
      for (let t = 0; t < m.indices.length; t += 3) {
        const z =
          (m.positions[3 * m.indices[t]! + 2]! + m.positions[3 * m.indices[t + 1]! + 2]! + m.positions[3 * m.indices[t + 2]! + 2]!) / 3
        if (z > 0.035 === inside && (inside || z < 0.025)) n++
      }
      return n
    }
    const coarse = await simplify(smooth, 400, 0.002)
    const fine = await simplify(smooth, 400, 0.002, { where: front, maxErrorM: 0.0001 })
    expect(openEdges(fine)).toBe(0)
    // the region keeps several times the triangles; away from it there are at least as many as without the region
    expect(trianglesIn(fine, true)).toBeGreaterThan(3 * trianglesIn(coarse, true))
    expect(trianglesIn(fine, false)).toBeGreaterThanOrEqual(trianglesIn(coarse, false))
    expect(Math.abs(signedVolume(fine) / signedVolume(mesh) - 1)).toBeLessThan(0.05)
    // a region covering the whole mesh leaves no rest: nothing more is asked of it
    const most = await simplify(smooth, 400, 0.002, { where: () => true, maxErrorM: 0.0001 })
    expect(openEdges(most)).toBe(0)
    expect(most.indices.length / 3).toBeGreaterThan(400)
  })

  it('separates two bodies that surface nets join where they pass less than a cell apart', () => {
    // two parallel rods 3 mm apart along a diagonal of the 5 mm grid: cell faces in the gap have their inside
    // corners on opposite rods, and the one vertex per cell joins the rods there
    const r = 0.02
    const d = (r + 0.0015) / Math.SQRT2
    const rods = {
      prims: [taperedCapsule([-d, -d, -0.05], [-d, -d, 0.05], r, r), taperedCapsule([d, d, -0.05], [d, d, 0.05], r, r)],
      blendM: 0,
    }
    const bounds = { min: [-0.05, -0.05, -0.08] as [number, number, number], max: [0.05, 0.05, 0.08] as [number, number, number] }
    for (const shift of [0, 0.0011, 0.0023]) {
      const raw = polygonise((x, y, z) => shapeDistance(rods, x + shift, y + shift / 3, z), bounds, 0.005)
      expect(meshTopology(raw.indices, raw.positions.length / 3).nonManifoldEdges).toBeGreaterThan(0)
      const m = separateSheets(raw)
      expect(meshTopology(m.indices, m.positions.length / 3)).toMatchObject({
        boundaryEdges: 0,
        nonManifoldEdges: 0,
        nonManifoldVertices: 0,
      })
      expect(Math.abs(signedVolume(m) - signedVolume(raw))).toBeLessThan(1e-12)
    }
  })

  it('separates the sheets of any sampled field: random grids come out closed and manifold', () => {
    let seed = 11
    const random = (): number => {
      seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0
      return seed / 2 ** 32
    }
    const n = 7
    let pinchedBefore = 0
    for (let trial = 0; trial < 300; trial++) {
      const values = new Float32Array(n * n * n)
      for (let k = 0; k < n; k++) {
        for (let j = 0; j < n; j++) {
          for (let i = 0; i < n; i++) {
            const border = Math.min(i, j, k) <= 1 || Math.max(i, j, k) >= n - 2
            values[i + n * (j + n * k)] = border ? 1 : random() - 0.5
          }
        }
      }
      const raw = surfaceNets({ values, dims: [n, n, n], origin: [0, 0, 0], cellM: 1 })
      pinchedBefore += meshTopology(raw.indices, raw.positions.length / 3).nonManifoldEdges
      const m = separateSheets(raw)
      expect(meshTopology(m.indices, m.positions.length / 3)).toMatchObject({
        boundaryEdges: 0,
        nonManifoldEdges: 0,
        nonManifoldVertices: 0,
      })
      expect(m.indices.length).toBe(raw.indices.length)
      expect(m.source.length).toBe(m.positions.length / 3)
    }
    // the random fields do contain joined sheets, which separateSheets undoes
    expect(pinchedBefore).toBeGreaterThan(0)
  })
})

describe('sampleField', () => {
  it('calls the field at most once per grid point, and holds its exact value wherever the surface is near', () => {
    const capsule = taperedCapsule([-0.03, 0, 0], [0.04, 0.01, 0.005], 0.012, 0.02)
    const calls = new Map<string, number>()
    const field = (x: number, y: number, z: number): number => {
      const key = `${x},${y},${z}`
      calls.set(key, (calls.get(key) ?? 0) + 1)
      return capsule.distance(x, y, z)
    }
    const cellM = 0.002
    const grid = sampleField(field, capsule.bounds, cellM)
    const [nx, ny, nz] = grid.dims
    expect(Math.max(...calls.values())).toBe(1)
    // far blocks are interpolated from their corners, so fewer points than the grid's are evaluated at all
    expect(calls.size).toBeLessThan(nx * ny * nz)
    let exactNear = 0
    for (let k = 0; k < nz; k++) {
      for (let j = 0; j < ny; j++) {
        for (let i = 0; i < nx; i++) {
          const [x, y, z] = [grid.origin[0] + i * cellM, grid.origin[1] + j * cellM, grid.origin[2] + k * cellM]
          const exact = capsule.distance(x, y, z)
          const stored = grid.values[i + nx * (j + ny * k)]!
          expect(Math.sign(stored)).toBe(Math.sign(exact))
          if (Math.abs(exact) < 2 * cellM) {
            expect(stored).toBe(Math.fround(exact))
            exactNear++
          }
        }
      }
    }
    expect(exactNear).toBeGreaterThan(1000)
  })
})
