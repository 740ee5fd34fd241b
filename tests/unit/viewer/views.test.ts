// The named camera views: each looks at the body from the side its name says (patient's left = +X), and the
// whole body fits in the field of view.
import { describe, expect, it } from 'vitest'
import { VIEWS, viewPose, type BodyFrame } from '../../../src/viewer/views'

const body: BodyFrame = { center: [0, 0.9, 0], halfSizeM: [0.35, 0.9, 0.15] }
const FOV = 35

function dir(view: (typeof VIEWS)[number]['id']): number[] {
  const p = viewPose(view, body, FOV, 1.5)
  const d = p.position.map((v, i) => v - p.target[i]!)
  const len = Math.hypot(...d)
  return d.map((v) => v / len)
}

describe('viewPose', () => {
  it('looks from the front, back, patient left (+X), patient right and above', () => {
    expect(dir('anterior')[2]).toBeCloseTo(1, 5)
    expect(dir('posterior')[2]).toBeCloseTo(-1, 5)
    expect(dir('left')[0]).toBeCloseTo(1, 5)
    expect(dir('right')[0]).toBeCloseTo(-1, 5)
    expect(dir('superior')[1]).toBeGreaterThan(0.99)
  })

  it('fits the whole height of the body in the vertical field of view', () => {
    const p = viewPose('anterior', body, FOV, 1.5)
    const distToFront = p.position[2] - body.halfSizeM[2]
    const visibleHalfHeight = distToFront * Math.tan((FOV * Math.PI) / 360)
    expect(visibleHalfHeight).toBeGreaterThanOrEqual(body.halfSizeM[1])
    expect(visibleHalfHeight).toBeLessThan(body.halfSizeM[1] * 1.2)
  })

  it('backs off further on a narrow (phone) screen so the width still fits', () => {
    const wide = viewPose('anterior', body, FOV, 1.6)
    const narrow = viewPose('anterior', { ...body, halfSizeM: [0.9, 0.9, 0.15] }, FOV, 0.45)
    expect(narrow.position[2]).toBeGreaterThan(wide.position[2])
    const distToFront = narrow.position[2] - 0.15
    const visibleHalfWidth = distToFront * Math.tan((FOV * Math.PI) / 360) * 0.45
    expect(visibleHalfWidth).toBeGreaterThanOrEqual(0.9)
  })
})
