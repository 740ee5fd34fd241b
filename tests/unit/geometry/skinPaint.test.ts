import { describe, expect, it } from 'vitest'
import { buildSkinGrid, verticesWithin } from '../../../src/geometry/skinGrid'
import {
  clearChannel,
  paintPatches,
  paintSelections,
  patchWeightAt,
  snapPatchesToSkin,
  type ResolvedPatch,
} from '../../../src/geometry/skinPaint'

/** Unit sphere sampled on a Fibonacci lattice; normals equal positions. */
function sphere(count: number): { positions: Float32Array; normals: Float32Array } {
  const positions = new Float32Array(count * 3)
  const golden = Math.PI * (3 - Math.sqrt(5))
  for (let i = 0; i < count; i++) {
    const y = 1 - (2 * (i + 0.5)) / count
    const r = Math.sqrt(1 - y * y)
    positions[i * 3] = Math.cos(golden * i) * r
    positions[i * 3 + 1] = y
    positions[i * 3 + 2] = Math.sin(golden * i) * r
  }
  return { positions, normals: positions.slice() }
}

/** A flat sheet in the z = 0 plane, 1 cm spacing, normals +Z. */
function plane(halfM: number, stepM: number): { positions: Float32Array; normals: Float32Array } {
  const n = Math.round((2 * halfM) / stepM) + 1
  const positions = new Float32Array(n * n * 3)
  const normals = new Float32Array(n * n * 3)
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const v = i * n + j
      positions[v * 3] = -halfM + i * stepM
      positions[v * 3 + 1] = -halfM + j * stepM
      normals[v * 3 + 2] = 1
    }
  }
  return { positions, normals }
}

function vertexAt(positions: Float32Array, x: number, y: number, z: number): number {
  let best = -1
  let bestD = Infinity
  for (let v = 0; v < positions.length / 3; v++) {
    const d = (positions[v * 3]! - x) ** 2 + (positions[v * 3 + 1]! - y) ** 2 + (positions[v * 3 + 2]! - z) ** 2
    if (d < bestD) {
      bestD = d
      best = v
    }
  }
  return best
}

describe('patchWeightAt', () => {
  const capsule: ResolvedPatch = { aM: { x: -0.5, y: 0, z: 0 }, bM: { x: 0.5, y: 0, z: 0 }, radiusM: 0.1 }

  it('is 1 in the inner 70% of the radius, 0.5 halfway across the soft edge, 0 outside', () => {
    expect(patchWeightAt(capsule, 0, 0.05, 0, 0, 0, 1)).toBe(1)
    expect(patchWeightAt(capsule, 0.2, 0.07, 0, 0, 0, 1)).toBe(1)
    expect(patchWeightAt(capsule, 0, 0.085, 0, 0, 0, 1)).toBeCloseTo(0.5, 6)
    expect(patchWeightAt(capsule, 0, 0.1, 0, 0, 0, 1)).toBe(0)
    expect(patchWeightAt(capsule, 0, 0.3, 0, 0, 0, 1)).toBe(0)
  })

  it('measures distance to the segment, with round ends', () => {
    expect(patchWeightAt(capsule, 0.55, 0, 0, 0, 0, 1)).toBe(1)
    expect(patchWeightAt(capsule, 0.585, 0, 0, 0, 0, 1)).toBeCloseTo(0.5, 6)
    expect(patchWeightAt(capsule, 0.61, 0, 0, 0, 0, 1)).toBe(0)
  })

  it('keeps only normals that face the patch’s facing, softly', () => {
    const facing: ResolvedPatch = { ...capsule, facing: { x: 0, y: 0, z: 1 } }
    expect(patchWeightAt(facing, 0, 0, 0, 0, 0, 1)).toBe(1)
    expect(patchWeightAt(facing, 0, 0, 0, 0, 0, -1)).toBe(0)
    expect(patchWeightAt(facing, 0, 0, 0, 1, 0, 0)).toBe(0)
    const oblique = patchWeightAt(facing, 0, 0, 0, Math.sqrt(1 - 0.15 ** 2), 0, 0.15)
    expect(oblique).toBeGreaterThan(0)
    expect(oblique).toBeLessThan(1)
  })
})

describe('paintPatches over a grid', () => {
  it('gives the same weights as testing every vertex (the grid culls nothing it should paint)', () => {
    const { positions, normals } = sphere(20_000)
    const grid = buildSkinGrid(positions, normals, 0.05)
    const patches: ResolvedPatch[] = [
      { aM: { x: 0, y: 0.2, z: 1 }, bM: { x: 0.3, y: 0.6, z: 0.8 }, radiusM: 0.25 },
      { aM: { x: -1, y: 0, z: 0 }, bM: { x: -1, y: 0, z: 0 }, radiusM: 0.4, facing: { x: -1, y: 0, z: 0 } },
    ]
    const weights = new Float32Array(grid.vertexCount * 2)
    paintPatches(grid, patches, weights, 0, 2)
    let mismatches = 0
    let paintedCount = 0
    for (let v = 0; v < grid.vertexCount; v++) {
      const [x, y, z] = [positions[v * 3]!, positions[v * 3 + 1]!, positions[v * 3 + 2]!]
      const expected = Math.max(...patches.map((p) => patchWeightAt(p, x, y, z, x, y, z)))
      if (Math.abs(expected - weights[v * 2]!) > 1e-6) {
        mismatches++
      }
      if (expected > 0) {
        paintedCount++
      }
      expect(weights[v * 2 + 1]).toBe(0)
    }
    expect(mismatches).toBe(0)
    expect(paintedCount).toBeGreaterThan(500)
  })

  it('paints the front of a sphere and not its back when facing anterior', () => {
    const { positions, normals } = sphere(5_000)
    const grid = buildSkinGrid(positions, normals)
    const weights = new Float32Array(grid.vertexCount)
    paintPatches(grid, [{ aM: { x: 0, y: 0, z: 0 }, bM: { x: 0, y: 0, z: 0 }, radiusM: 1.5, facing: { x: 0, y: 0, z: 1 } }], weights, 0, 1)
    expect(weights[vertexAt(positions, 0, 0, 1)]).toBe(1)
    expect(weights[vertexAt(positions, 0, 0, -1)]).toBe(0)
    expect(weights[vertexAt(positions, 1, 0, 0)]).toBe(0)
  })

  it('paints a plane with the known soft-edge profile', () => {
    const { positions, normals } = plane(0.5, 0.005)
    const grid = buildSkinGrid(positions, normals, 0.03)
    const weights = new Float32Array(grid.vertexCount)
    paintPatches(grid, [{ aM: { x: -0.2, y: 0, z: 0 }, bM: { x: 0.2, y: 0, z: 0 }, radiusM: 0.1 }], weights, 0, 1)
    expect(weights[vertexAt(positions, 0, 0.05, 0)]).toBe(1)
    expect(weights[vertexAt(positions, 0, 0.085, 0)]).toBeCloseTo(0.5, 5)
    expect(weights[vertexAt(positions, 0, -0.085, 0)]).toBeCloseTo(0.5, 5)
    expect(weights[vertexAt(positions, 0, 0.1, 0)]).toBe(0)
    expect(weights[vertexAt(positions, 0.4, 0, 0)]).toBe(0)
  })

  it('composes by maximum and clears one channel without touching the other', () => {
    const { positions, normals } = plane(0.3, 0.01)
    const grid = buildSkinGrid(positions, normals, 0.03)
    const weights = new Float32Array(grid.vertexCount * 2)
    const centre = vertexAt(positions, 0, 0, 0)
    paintPatches(grid, [{ aM: { x: 0, y: 0, z: 0 }, bM: { x: 0, y: 0, z: 0 }, radiusM: 0.1 }], weights, 1, 2)
    paintPatches(grid, [{ aM: { x: 0.085, y: 0, z: 0 }, bM: { x: 0.085, y: 0, z: 0 }, radiusM: 0.1 }], weights, 1, 2)
    expect(weights[centre * 2 + 1]).toBe(1)
    expect(weights[vertexAt(positions, 0.17, 0, 0) * 2 + 1]).toBeCloseTo(0.5, 5)
    weights[centre * 2] = 0.7
    clearChannel(weights, 1, 2)
    expect(weights[centre * 2 + 1]).toBe(0)
    expect(weights[centre * 2]).toBeCloseTo(0.7)
  })

  it('rejects a weight array of the wrong size', () => {
    const { positions, normals } = plane(0.1, 0.01)
    const grid = buildSkinGrid(positions, normals)
    expect(() => paintPatches(grid, [], new Float32Array(3), 0, 2)).toThrow(RangeError)
  })
})

describe('paintSelections', () => {
  it('lays out essential and spillover per selection, two selections side by side for the compare view', () => {
    const { positions, normals } = plane(0.5, 0.01)
    const grid = buildSkinGrid(positions, normals)
    const at = (x: number, y: number): ResolvedPatch => ({ aM: { x, y, z: 0 }, bM: { x, y, z: 0 }, radiusM: 0.05 })
    const weights = paintSelections(grid, [
      { essential: [at(-0.3, 0)], spillover: [at(-0.3, 0.2)] },
      { essential: [at(0.3, 0)], spillover: [at(0.3, 0.2)] },
    ])
    expect(weights.length).toBe(grid.vertexCount * 4)
    const a = vertexAt(positions, -0.3, 0, 0)
    const aSpill = vertexAt(positions, -0.3, 0.2, 0)
    const b = vertexAt(positions, 0.3, 0, 0)
    const bSpill = vertexAt(positions, 0.3, 0.2, 0)
    expect(Array.from(weights.subarray(a * 4, a * 4 + 4))).toEqual([1, 0, 0, 0])
    expect(Array.from(weights.subarray(aSpill * 4, aSpill * 4 + 4))).toEqual([0, 1, 0, 0])
    expect(Array.from(weights.subarray(b * 4, b * 4 + 4))).toEqual([0, 0, 1, 0])
    expect(Array.from(weights.subarray(bSpill * 4, bSpill * 4 + 4))).toEqual([0, 0, 0, 1])
    // Reusing the array for a one-selection repaint needs a 2-channel array: a new one is made.
    const single = paintSelections(grid, [{ essential: [at(0, 0)], spillover: [] }], weights)
    expect(single.length).toBe(grid.vertexCount * 2)
    expect(single[vertexAt(positions, 0, 0, 0) * 2]).toBe(1)
  })
})

describe('verticesWithin', () => {
  it('finds exactly the vertices inside a brush radius', () => {
    const { positions, normals } = plane(0.2, 0.01)
    const grid = buildSkinGrid(positions, normals, 0.03)
    const found = new Set<number>()
    verticesWithin(grid, { x: 0, y: 0, z: 0 }, 0.0205, (v) => found.add(v))
    // Lattice points with i² + j² ≤ 4 (in 1 cm units): 13 of them.
    expect(found.size).toBe(13)
  })
})

describe('snapPatchesToSkin', () => {
  const { positions, normals } = sphere(20_000)
  const grid = buildSkinGrid(positions, normals, 0.05)

  it('moves a patch centred under the skin (a bony landmark) out to the nearest skin', () => {
    const result = snapPatchesToSkin(grid, [{ aM: { x: 0, y: 0, z: 0.95 }, bM: { x: 0, y: 0, z: 0.95 }, radiusM: 0.1 }])
    expect(result).toHaveLength(1)
    const snapped = result[0]!
    expect(Math.hypot(snapped.aM.x, snapped.aM.y, snapped.aM.z)).toBeCloseTo(1, 5)
    expect(snapped.aM.z).toBeGreaterThan(0.99)
    expect(snapped.bM).toEqual(snapped.aM)
  })

  it('snaps only to skin facing the patch’s way, and leaves ends with no skin near them', () => {
    const [facing] = snapPatchesToSkin(grid, [
      { aM: { x: 0, y: 0, z: 0.95 }, bM: { x: 0, y: 0, z: 0.95 }, radiusM: 0.1, facing: { x: 0, y: 0, z: -1 } },
    ])
    expect(facing?.aM).toEqual({ x: 0, y: 0, z: 0.95 })
    const [far] = snapPatchesToSkin(grid, [{ aM: { x: 0, y: 0, z: 0.5 }, bM: { x: 0, y: 0, z: 0.5 }, radiusM: 0.1 }], 0.08)
    expect(far?.aM).toEqual({ x: 0, y: 0, z: 0.5 })
  })

  it('makes a patch under the skin paint the skin above it with full weight', () => {
    const deep: ResolvedPatch = { aM: { x: 0, y: 0, z: 0.95 }, bM: { x: 0, y: 0, z: 0.95 }, radiusM: 0.06 }
    const unsnapped = paintSelections(grid, [{ essential: [deep], spillover: [] }], undefined, { snapToSkin: false })
    const snapped = paintSelections(grid, [{ essential: [deep], spillover: [] }])
    const top = vertexAt(positions, 0, 0, 1)
    expect(unsnapped[top * 2]).toBeLessThan(0.5)
    expect(snapped[top * 2]).toBe(1)
  })
})
