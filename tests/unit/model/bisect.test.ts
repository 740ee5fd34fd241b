// The generator's one halving search: it finds where a test stops holding along a line, from either direction, and
// says when the change was never met from the low side.
import { describe, expect, it } from 'vitest'
import { bisect } from '../../../src/model/bisect'

describe('bisect', () => {
  it('finds where a rising value crosses a level, to the bracket left after the halvings', () => {
    const found = bisect((x) => x * x < 2, 0, 2, 40)
    expect(found.at).toBeCloseTo(Math.SQRT2, 10)
    expect(found.heldBelow).toBe(true)
  })

  it('finds the entry into a solid along a ray from outside (the test holds on the low side)', () => {
    // a sphere of radius 0.1 round the origin, entered from z = -0.25 toward +z: the back surface at z = -0.1
    const outside = (z: number): boolean => Math.abs(z) > 0.1
    const found = bisect(outside, -0.25, 0.05, 40)
    expect(found.at).toBeCloseTo(-0.1, 9)
  })

  it('keeps the low end at lo when the test never holds, and says so', () => {
    const found = bisect(() => false, -0.1, 0.3, 32)
    expect(found.heldBelow).toBe(false)
    expect(found.at).toBeCloseTo(-0.1, 9)
  })

  it('halves as often as asked: 8 halvings of a 1 m bracket leave it 1/256 m wide', () => {
    const found = bisect((x) => x < 0.3, 0, 1, 8)
    expect(Math.abs(found.at - 0.3)).toBeLessThanOrEqual(1 / 512)
    expect(Math.abs(found.at - 0.3)).toBeGreaterThan(0)
  })
})
