// The oblique approaches orient the needle by the normal of the skin nearest the trigger point. A morphed skin can
// squeeze a crease into a fin whose faces cancel, so that the nearest skin has no normal at all (the high build's
// natal cleft did): the approach must still be oriented, outward from the trigger point, not fail.
import { SphereGeometry } from 'three'
import { describe, expect, it, vi } from 'vitest'
import { buildBvhMesh } from '../../../src/geometry/meshBvh'
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

function sphereSkin(): ReturnType<typeof buildBvhMesh> {
  const g = new SphereGeometry(0.1, 96, 48)
  return buildBvhMesh('skin', { positions: g.getAttribute('position').array as Float32Array, indices: g.index!.array as Uint32Array })
}

describe('obliqueEntry where the nearest skin has no normal', () => {
  it('runs the path outward from a trigger point inside the skin, entering beside it', () => {
    const target = { x: 0, y: 0.08, z: 0 } // 20 mm under the top of the sphere
    const oblique = obliqueEntry(sphereSkin(), target, 'tangential', { x: 0, y: -1, z: 0 }, { fallbackAxis: { x: 1, y: 0, z: 0 } })
    expect(oblique).not.toBeNull()
    expect(oblique!.entry.method).toBe('reverse-cast')
    expect(oblique!.direction.y).toBeLessThan(0)
    expect(oblique!.entry.pointM.y).toBeGreaterThan(0.08)
    expect(oblique!.entry.targetDepthMm).toBeLessThan(60)
  })

  it('gives no oblique path, rather than failing, for a trigger point on that skin', () => {
    const target = { x: 0, y: 0.0995, z: 0 }
    expect(obliqueEntry(sphereSkin(), target, 'pincer', { x: 0, y: -1, z: 0 }, { fallbackAxis: { x: 1, y: 0, z: 0 } })).toBeNull()
  })
})
