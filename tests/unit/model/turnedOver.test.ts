// The turned-over triangle finder and its untangling (src/model/turnedOver.ts), on a small fan whose centre has been
// pulled across one of its triangles; the skins themselves are checked in skinTopology.test.ts.
import { describe, expect, it } from 'vitest'
import { turnedOverTriangles, untangleTurnedOver } from '../../../src/model/turnedOver'

/** A unit square (z = 0) as a fan of four triangles round a centre vertex 4, all facing +z, the centre at (cx, cy). */
function fan(cx: number, cy: number): { positions: Float32Array; indices: Uint32Array } {
  return {
    positions: new Float32Array([0, 0, 0, 1, 0, 0, 1, 1, 0, 0, 1, 0, cx, cy, 0.1]),
    indices: new Uint32Array([0, 1, 4, 1, 2, 4, 2, 3, 4, 3, 0, 4]),
  }
}

describe('turned-over triangles', () => {
  it('finds none in a fan with its centre inside it', () => {
    expect(turnedOverTriangles(fan(0.5, 0.5))).toEqual([])
    expect(turnedOverTriangles(fan(0.2, 0.7))).toEqual([])
  })

  it('finds the one triangle the centre was pulled across, and only it', () => {
    expect(turnedOverTriangles(fan(0.5, -0.4))).toEqual([0])
    expect(turnedOverTriangles(fan(1.3, 0.5))).toEqual([1])
  })

  it('leaves out, when asked, a triangle turned by less than the given angle', () => {
    // the centre pulled just past the edge: the triangle has turned over, but by nowhere near 120 degrees
    expect(turnedOverTriangles(fan(0.5, -0.02))).toEqual([0])
    expect(turnedOverTriangles(fan(0.5, -0.02), { cosBelow: -0.5 })).toEqual([])
    expect(turnedOverTriangles(fan(0.5, -0.4), { cosBelow: -0.5 })).toEqual([0])
  })

  it('untangles it by moving its corners among their neighbours, and leaves a sound mesh alone', () => {
    const pulled = fan(0.5, -0.4)
    expect(untangleTurnedOver(pulled)).toEqual({ before: 1, after: 0 })
    expect(turnedOverTriangles(pulled)).toEqual([])
    const sound = fan(0.5, 0.5)
    const before = sound.positions.slice()
    expect(untangleTurnedOver(sound)).toEqual({ before: 0, after: 0 })
    expect(sound.positions).toEqual(before)
  })
})
