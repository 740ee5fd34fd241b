// The `_FIBRE` attribute's encoding (src/model/fibreAttributes.ts): fibre direction, tendon weight and across-fibre
// coordinate survive the round trip through normalised unsigned shorts within the quantisation's bound, an
// across-fibre coordinate the file cannot hold is refused, and the constants the viewer's shader decodes with
// give the stored bytes back exactly.
import { describe, expect, it } from 'vitest'
import {
  ACROSS_MAX_PERIODS,
  HIGH_BYTE_SCALE,
  decodeFibreAttribute,
  encodeFibreAttribute,
  octDecode,
  octEncode,
} from '../../../src/model/fibreAttributes'

/** A fixed spread of unit vectors over the whole sphere (a Fibonacci lattice) plus the six axis directions. */
function unitVectors(n: number): [number, number, number][] {
  const out: [number, number, number][] = [
    [1, 0, 0],
    [-1, 0, 0],
    [0, 1, 0],
    [0, -1, 0],
    [0, 0, 1],
    [0, 0, -1],
  ]
  const golden = Math.PI * (3 - Math.sqrt(5))
  for (let i = 0; i < n; i++) {
    const y = 1 - (2 * (i + 0.5)) / n
    const r = Math.sqrt(1 - y * y)
    out.push([Math.cos(golden * i) * r, y, Math.sin(golden * i) * r])
  }
  return out
}

const angleDeg = (a: readonly number[], b: readonly number[]): number =>
  (Math.acos(Math.min(1, Math.abs(a[0]! * b[0]! + a[1]! * b[1]! + a[2]! * b[2]!))) * 180) / Math.PI

describe('_FIBRE attribute encoding', () => {
  const dirs = unitVectors(4000)

  it('octahedral encoding round-trips a unit vector exactly (before quantisation)', () => {
    for (const d of dirs) {
      const back = octDecode(...octEncode(...d))
      for (let k = 0; k < 3; k++) expect(back[k]).toBeCloseTo(d[k]!, 12)
    }
  })

  it('round-trips direction within 1 degree, tendon weight within half a step of 8 bits and across within half a step of 16 bits', () => {
    const n = dirs.length
    const fibres = Float32Array.from(dirs.flat())
    const tendon = Float32Array.from({ length: n }, (_, i) => (i * 0.6180339) % 1)
    const across = Float32Array.from({ length: n }, (_, i) => ((i * 37.77) % ACROSS_MAX_PERIODS) * 0.999)
    const stored = encodeFibreAttribute({ fibres, tendon, across })
    expect(stored.length).toBe(4 * n)
    const back = decodeFibreAttribute(Array.from(stored, (q) => q / 65535))
    let worstAngle = 0
    for (let i = 0; i < n; i++) {
      const d = [back.directions[3 * i]!, back.directions[3 * i + 1]!, back.directions[3 * i + 2]!]
      expect(Math.hypot(d[0]!, d[1]!, d[2]!)).toBeCloseTo(1, 5)
      worstAngle = Math.max(worstAngle, angleDeg(d, dirs[i]!))
      expect(Math.abs(back.tendon[i]! - tendon[i]!)).toBeLessThanOrEqual(0.5 / 255 + 1e-6)
      expect(Math.abs(back.across[i]! - across[i]!)).toBeLessThanOrEqual((0.5 * ACROSS_MAX_PERIODS) / 65535 + 1e-4)
    }
    expect(worstAngle).toBeGreaterThan(0)
    expect(worstAngle).toBeLessThan(1)
  })

  it('refuses an across-fibre coordinate the file cannot hold', () => {
    const one = (a: number): Parameters<typeof encodeFibreAttribute>[0] => ({
      fibres: Float32Array.from([0, 1, 0]),
      tendon: Float32Array.from([0]),
      across: Float32Array.from([a]),
    })
    expect(() => encodeFibreAttribute(one(ACROSS_MAX_PERIODS))).not.toThrow()
    expect(() => encodeFibreAttribute(one(-0.5))).toThrow(/across-fibre coordinate -0.5 outside/)
    expect(() => encodeFibreAttribute(one(ACROSS_MAX_PERIODS + 1))).toThrow(/outside/)
    expect(() => encodeFibreAttribute(one(Number.NaN))).toThrow(/outside/)
  })

  it("gives the viewer's shader (normalised value x scale) every stored byte back exactly", () => {
    for (let b = 0; b < 256; b++) {
      const normalised = (b * 256) / 65535
      expect(Math.abs(normalised * HIGH_BYTE_SCALE * 255 - b)).toBeLessThan(1e-9)
    }
  })
})
