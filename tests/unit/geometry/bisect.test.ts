// The one halving search of the generator and the viewer's geometry: it finds where a test stops holding along a line, keeps the middle of the last
// bracket after exactly the halvings asked for, and says when the change was never met from the low side.
import { describe, expect, it } from 'vitest'
import { bisect } from '../../../src/geometry/bisect'

describe('bisect', () => {
  it('finds where a rising value crosses a level', () => {
    const found = bisect((x) => x * x < 2, 0, 2, 40)
    expect(found.at).toBeCloseTo(Math.SQRT2, 10)
    expect(found.heldBelow).toBe(true)
  })

  it('finds the entry into a solid along a ray from outside (the test holds on the low side)', () => {
    // a sphere of radius 0.1 round the origin, entered from z = -0.25 toward +z: the back surface at z = -0.1
    const outside = (z: number): boolean => Math.abs(z) > 0.1
    expect(bisect(outside, -0.25, 0.05, 40).at).toBeCloseTo(-0.1, 9)
  })

  it('keeps the low end at lo when the test never holds, and says so', () => {
    const found = bisect(() => false, -0.1, 0.3, 32)
    expect(found.heldBelow).toBe(false)
    expect(found.at).toBeCloseTo(-0.1, 9)
  })

  it('tries exactly as many points as asked and returns the middle of the last bracket', () => {
    let tried = 0
    const found = bisect(
      (x) => {
        tried++
        return x < 0.3
      },
      0,
      1,
      8,
    )
    expect(tried).toBe(8)
    // the brackets: [0.25, 0.3125] after 4 halvings, then [0.28125, 0.3125], [0.296875, 0.3125],
    // [0.296875, 0.3046875] and [0.296875, 0.30078125], whose middle is returned
    expect(found.at).toBe(0.298828125)
  })
})
