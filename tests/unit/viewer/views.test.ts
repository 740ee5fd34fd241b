// The named camera views: each looks at the body from the side its name says (patient's left = +X), and the
// whole body fits in the field of view; the side of the body a camera faces is named only when it is clear.
import { describe, expect, it } from 'vitest'
import { bodyFacing, namedViewPose, VIEWS, viewPose, type BodyFrame } from '../../../src/viewer/views'

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

describe('bodyFacing', () => {
  const at = (position: [number, number, number]) => bodyFacing({ position, target: [0, 1, 0] })

  it('names the front and back for the named views, and neither from the sides or above', () => {
    expect(bodyFacing(viewPose('anterior', body, FOV, 1.5))).toBe('front')
    expect(bodyFacing(viewPose('posterior', body, FOV, 1.5))).toBe('back')
    expect(bodyFacing(viewPose('left', body, FOV, 1.5))).toBeNull()
    expect(bodyFacing(viewPose('right', body, FOV, 1.5))).toBeNull()
    expect(bodyFacing(viewPose('superior', body, FOV, 1.5))).toBeNull()
    expect(bodyFacing(namedViewPose('posterior'))).toBe('back')
    expect(bodyFacing(namedViewPose('left'))).toBeNull()
    expect(bodyFacing(namedViewPose(null))).toBe('front')
  })

  it('turns from front to neither at 60° round the body, and from back likewise', () => {
    const round = (deg: number): [number, number, number] => [2 * Math.sin((deg * Math.PI) / 180), 1, 2 * Math.cos((deg * Math.PI) / 180)]
    expect(at(round(59))).toBe('front')
    expect(at(round(-59))).toBe('front')
    expect(at(round(61))).toBeNull()
    expect(at(round(119))).toBeNull()
    expect(at(round(121))).toBe('back')
    expect(at(round(180))).toBe('back')
  })

  it('names neither when the camera looks down (or up) steeper than 60°, nor when it stands on the target', () => {
    expect(at([0, 1 + 2 * Math.tan((55 * Math.PI) / 180), -2])).toBe('back')
    expect(at([0, 1 + 2 * Math.tan((65 * Math.PI) / 180), -2])).toBeNull()
    expect(at([0, 1 - 2 * Math.tan((65 * Math.PI) / 180), 2])).toBeNull()
    expect(at([0, 1, 0])).toBeNull()
  })
})
