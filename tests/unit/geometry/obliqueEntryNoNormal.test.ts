// The oblique approaches orient the needle by the normal of the skin nearest the trigger point. A morphed skin can
// squeeze a crease into a fin whose faces cancel, so that the nearest skin has no normal at all (the high build's
// natal cleft did): the approach must still be oriented, outward from the trigger point, not fail.
import { SphereGeometry } from 'three'
import { describe, expect, it, vi } from 'vitest'
import { buildBvhMesh } from '../../../src/geometry/meshBvh'
import { APPROACH_SURFACE_ANGLE_DEG } from '../../../src/geometry/needleApproach'
import { obliqueEntry } from '../../../src/geometry/needleDepth'

vi.mock('../../../src/geometry/meshBvh', async (original) => {
  const actual = await original<typeof import('../../../src/geometry/meshBvh')>()
  return {
    ...actual,
    closestPoint: (...args: Parameters<typeof actual.closestPoint>) => {
      const found = actual.closestPoint(...args)
      return found && { ...found, normal: { x: 0, y: 0, z: 0 } }
    },
  }
})

const RADIUS_M = 0.1
function sphereSkin(): ReturnType<typeof buildBvhMesh> {
  const g = new SphereGeometry(RADIUS_M, 96, 48)
  return buildBvhMesh('skin', { positions: g.getAttribute('position').array as Float32Array, indices: g.index!.array as Uint32Array })
}
const down = { x: 0, y: -1, z: 0 }
const options = { fallbackAxis: { x: 1, y: 0, z: 0 } }

describe('obliqueEntry where the nearest skin has no normal', () => {
  it('runs the path outward from a trigger point inside the skin, at the approach angle, entering beside it', () => {
    const target = { x: 0, y: 0.08, z: 0 } // 20 mm under the top of the sphere
    const oblique = obliqueEntry(sphereSkin(), target, 'tangential', down, options)!
    expect(oblique.entry.method).toBe('reverse-cast')
    expect(oblique.surfaceAngleDeg).toBe(APPROACH_SURFACE_ANGLE_DEG.tangential)
    expect(oblique.direction.y).toBeLessThan(0)
    expect(oblique.entry.pointM.y).toBeGreaterThan(0.08)
    // on a sphere the path is shorter than on flat skin (20 mm / sin 30° = 40 mm) and longer than straight down
    expect(oblique.entry.targetDepthMm).toBeGreaterThan(20)
    expect(oblique.entry.targetDepthMm).toBeLessThan(40)
  })

  it('turns the direction round for a trigger point outside the skin (met before the skin)', () => {
    const target = { x: 0, y: 0.105, z: 0 } // 5 mm above the top of the sphere
    const oblique = obliqueEntry(sphereSkin(), target, 'pincer', down, options)!
    expect(oblique.entry.targetDepthMm).toBeLessThan(0)
    expect(oblique.direction.y).toBeLessThan(0)
    expect(oblique.entry.normal.y).toBeGreaterThan(0)
  })

  it('takes the reverse of the atlas direction as outward for a trigger point on that skin', () => {
    const target = { x: 0, y: RADIUS_M - 0.0005, z: 0 }
    const oblique = obliqueEntry(sphereSkin(), target, 'pincer', down, options)
    expect(oblique).not.toBeNull()
    expect(oblique!.direction.y).toBeLessThan(0)
    expect(oblique!.entry.pointM.y).toBeGreaterThan(target.y - 0.001)
  })
})
