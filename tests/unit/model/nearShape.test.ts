// A shape's field near it, looked up by blocks (nearShape.ts, used for the outline of the facial muscles' sheets):
// within reach it is the shape's own field, beyond reach it stays over the reach (all a mesher needs there: the sign),
// and a carved shape, whose carving it would drop, is refused.
import { describe, expect, it } from 'vitest'
import { nearShapeDistance } from '../../../src/model/nearShape'
import { type Shape, shapeDistance, taperedCapsule } from '../../../src/model/sdf'
import type { Vec3 } from '../../../src/model/vec'

/** A ring of capsules, like the orbital part of orbicularis oculi: many primitives, each near only a few others. */
function ring(): Shape {
  const prims = Array.from({ length: 48 }, (_, i) => {
    const at = (t: number): Vec3 => [0.03 * Math.cos(t), 1.6 + 0.02 * Math.sin(t), 0.09]
    return taperedCapsule(at((2 * Math.PI * i) / 48), at((2 * Math.PI * (i + 1)) / 48), 0.002, 0.002)
  })
  return { prims, blendM: 0.002 }
}

function grid(step: number): Vec3[] {
  const out: Vec3[] = []
  for (let x = -0.04; x <= 0.04; x += step)
    for (let y = 1.57; y <= 1.63; y += step) for (let z = 0.075; z <= 0.105; z += step) out.push([x, y, z])
  return out
}

describe("a shape's field near it", () => {
  const shape = ring()
  const reachM = 0.003
  const near = nearShapeDistance(shape, reachM, 0.002)

  it('is the shape’s own field within reach, and over the reach beyond it', () => {
    let within = 0
    let beyond = 0
    for (const p of grid(0.0013)) {
      const exact = shapeDistance(shape, ...p)
      const value = near(...p)
      if (exact <= reachM) {
        within++
        expect(value).toBeCloseTo(exact, 12)
      } else {
        beyond++
        expect(value).toBeGreaterThan(reachM)
      }
    }
    expect(within).toBeGreaterThan(1000)
    expect(beyond).toBeGreaterThan(1000)
  })

  it('refuses a carved shape', () => {
    expect(() => nearShapeDistance({ ...shape, carve: [shape.prims[0]!] }, reachM, 0.002)).toThrow(/plain union/)
  })
})
