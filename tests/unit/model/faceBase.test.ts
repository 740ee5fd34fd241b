// The face's smooth base: it lies over the front of the face and is the skin only there (not on the scalp, behind
// the ears or on the neck), it is the same on both sides with no crease down the midline, and it is a smooth surface
// a few millimetres to about a centimetre over the facial skeleton's landmarks.
import { describe, expect, it } from 'vitest'
import { faceBase } from '../../../src/model/faceBase'
import { Landmarks, REFERENCE_TABLES } from '../../../src/model/landmarkTable'

const lm = new Landmarks(REFERENCE_TABLES)
const base = faceBase(lm)
const at = (id: string, side?: 'left') => lm.at(id, side)

/** Where the base's surface crosses the line from far in front back to `insideZ` at (x, y) (m), by bisection. */
function frontSurfaceZ(x: number, y: number, insideZ: number): number {
  let outside = 0.3,
    inside = insideZ
  expect(base.distance(x, y, outside)).toBeGreaterThan(0)
  expect(base.distance(x, y, inside)).toBeLessThan(0)
  for (let i = 0; i < 40; i++) {
    const mid = (outside + inside) / 2
    if (base.distance(x, y, mid) > 0) outside = mid
    else inside = mid
  }
  return (outside + inside) / 2
}

describe('the face base', () => {
  it('is the skin over the face and nowhere else', () => {
    const nasion = at('nasion')
    const chin = at('mental-protuberance')
    const zyg = at('zygomatic-arch', 'left')
    // over the cheek, the upper lip and the chin it replaces the skin fully
    expect(base.weight(zyg[0] - 0.02, zyg[1], zyg[2] + 0.03)).toBe(1)
    expect(base.weight(0, (nasion[1] + chin[1]) / 2, 0.1)).toBe(1)
    expect(base.weight(0, chin[1] + 0.005, chin[2] + 0.01)).toBe(1)
    // the forehead and scalp, behind the ear and the neck below the jaw keep the body's skin
    expect(base.weight(0, at('vertex')[1] - 0.02, 0.05)).toBe(0)
    expect(base.weight(0, nasion[1] + 0.04, 0.1)).toBe(0)
    expect(base.weight(at('mastoid-process', 'left')[0], at('mastoid-process', 'left')[1], at('mastoid-process', 'left')[2])).toBe(0)
    expect(base.weight(0, at('thyroid-cartilage')[1], at('thyroid-cartilage')[2] + 0.01)).toBe(0)
    // and nothing outside the bounds the skin visits: just beyond each face of the box, the weight is 0
    const { min, max } = base.bounds
    const mid = [(min[0] + max[0]) / 2, (min[1] + max[1]) / 2, (min[2] + max[2]) / 2] as const
    for (let k = 0; k < 3; k++) {
      for (const edge of [min[k]! - 1e-4, max[k]! + 1e-4]) {
        const p = [...mid] as [number, number, number]
        p[k] = edge
        expect(base.weight(...p), `just outside the bounds along axis ${k}`).toBe(0)
      }
    }
    // and the box holds the whole face: the weight is still 1 just inside its front
    expect(base.weight(0, (at('nasion')[1] + at('mental-protuberance')[1]) / 2, max[2] - 1e-3)).toBe(1)
  })

  it('is the same on both sides and has no crease down the midline', () => {
    const chin = at('mental-protuberance')
    for (const y of [chin[1] - 0.01, chin[1], chin[1] + 0.02, at('nasion')[1] - 0.05]) {
      for (const z of [0.02, 0.06, 0.09]) {
        // under the chin both jaws are within the blend of a point near the midline
        for (const x of [0.005, 0.03]) expect(base.distance(-x, y, z)).toBeCloseTo(base.distance(x, y, z), 9)
        // the slope across the midline is continuous: one-sided differences agree
        const h = 1e-4
        const right = (base.distance(h, y, z) - base.distance(0, y, z)) / h
        const left = (base.distance(0, y, z) - base.distance(-h, y, z)) / h
        expect(Math.abs(right - left)).toBeLessThan(0.02)
      }
    }
  })

  it('lies a few millimetres to a centimetre in front of the brow and the chin, and in front of the cheekbone', () => {
    const over = (p: readonly number[], minM: number, maxM: number) => {
      const gap = frontSurfaceZ(p[0]!, p[1]!, p[2]!) - p[2]!
      expect(gap).toBeGreaterThan(minM)
      expect(gap).toBeLessThan(maxM)
    }
    over(at('glabella'), 0.004, 0.015)
    over(at('mental-protuberance'), 0.004, 0.015)
    // the zygomatic arch's landmark lies on the side of the face, so straight in front of it is the side of the cheek,
    // half a centimetre to 4 cm ahead
    over(at('zygomatic-arch', 'left'), 0.005, 0.04)
  })

  it('is smooth: its front surface has no step along a line down the cheek', () => {
    const x = 0.04
    const zs: number[] = []
    for (let y = at('mental-protuberance')[1] + 0.025; y < at('nasion')[1] - 0.01; y += 0.002) zs.push(frontSurfaceZ(x, y, 0.05))
    // second differences (curvature times step squared) stay small: no ledge or pad
    let sharpest = 0
    for (let i = 1; i < zs.length - 1; i++) sharpest = Math.max(sharpest, Math.abs(zs[i - 1]! - 2 * zs[i]! + zs[i + 1]!))
    expect(sharpest).toBeLessThan(0.0006)
  })
})
