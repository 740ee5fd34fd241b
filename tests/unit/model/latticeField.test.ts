// The lattice a dear field is sampled on (latticeField.ts, used for the facial muscles' distances to the skin and to
// what lies beneath): a linear field comes back exact, between nodes and in runs of points through the same cell, each
// node is evaluated once however often its cells are looked up, a sphere's distance a few millimetres from it stays
// within the interpolation's error, and a point beyond the lattice's reach is refused rather than wrapped onto another
// node.
import { describe, expect, it } from 'vitest'
import { latticeField } from '../../../src/model/latticeField'

/** A fixed sequence of points in a box (a linear congruential generator: the test does not depend on Math.random). */
function points(n: number, min: readonly number[], max: readonly number[]): [number, number, number][] {
  let seed = 12345
  const next = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed / 2147483648
  }
  return Array.from({ length: n }, () => [0, 1, 2].map((a) => min[a]! + (max[a]! - min[a]!) * next()) as [number, number, number])
}

describe('a field on a lattice', () => {
  it('gives a linear field back exactly, between nodes as at them', () => {
    const linear = (x: number, y: number, z: number): number => 0.3 * x - 1.2 * y + 0.7 * z + 0.05
    const f = latticeField(linear, 0.001)
    for (const [x, y, z] of points(500, [-0.02, 1.5, 0.05], [0.03, 1.56, 0.1])) expect(f(x, y, z)).toBeCloseTo(linear(x, y, z), 12)
  })

  it("gives the right values when points come in runs through the same cell, as a grid's do", () => {
    const linear = (x: number, y: number, z: number): number => 2 * x + 3 * y - 5 * z
    const f = latticeField(linear, 0.001)
    for (let k = 0; k < 6; k++)
      for (let j = 0; j < 6; j++)
        for (let i = 0; i < 12; i++) {
          const [x, y, z] = [0.01 + i * 0.00025, 1.6 + j * 0.0005, 0.08 + k * 0.0005]
          expect(f(x, y, z)).toBeCloseTo(linear(x, y, z), 12)
        }
  })

  it('evaluates each node once', () => {
    const seen = new Map<string, number>()
    const f = latticeField((x, y, z) => {
      const key = [x, y, z].map((v) => v.toFixed(6)).join()
      seen.set(key, (seen.get(key) ?? 0) + 1)
      return x + y + z
    }, 0.001)
    // points every 0.5 mm from 0 to 3.5 mm a side, twice over, in two orders: the cells from 0 to 4 mm, 5 nodes a side
    const grid = Array.from({ length: 8 }, (_, i) => i * 0.0005)
    for (let pass = 0; pass < 2; pass++) for (const a of grid) for (const b of grid) for (const c of grid) f(pass ? a : c, b, pass ? c : a)
    expect(seen.size).toBe(5 * 5 * 5)
    expect(Math.max(...seen.values())).toBe(1)
  })

  it("keeps a sphere's distance within a hundredth of a millimetre, three millimetres either side of its surface", () => {
    const centre = [0.01, 1.6, 0.02]
    const radiusM = 0.05
    const sphere = (x: number, y: number, z: number): number => Math.hypot(x - centre[0]!, y - centre[1]!, z - centre[2]!) - radiusM
    const f = latticeField(sphere, 0.001)
    let worst = 0
    let checked = 0
    for (const [x, y, z] of points(4000, [0.01, 1.6, 0.02], [0.07, 1.66, 0.08])) {
      if (Math.abs(sphere(x, y, z)) > 0.003) continue
      worst = Math.max(worst, Math.abs(f(x, y, z) - sphere(x, y, z)))
      checked++
    }
    expect(checked).toBeGreaterThan(100)
    expect(worst * 1000).toBeLessThan(0.01)
  })

  it('reaches 511 nodes above and 512 below the first node looked up, exactly, and refuses a point beyond', () => {
    const f = latticeField((x, y, z) => x - 2 * y + z, 0.001)
    f(0.0005, 0.0005, 0.0005)
    // the cells whose far corners are the last nodes reached
    expect(f(0.5105, -0.5115, 0.0005)).toBeCloseTo(0.5105 + 2 * 0.5115 + 0.0005, 12)
    expect(() => f(0.5115, 0, 0)).toThrow(/beyond the lattice's reach/)
    expect(() => f(0, -0.5125, 0)).toThrow(/beyond the lattice's reach/)
  })
})
