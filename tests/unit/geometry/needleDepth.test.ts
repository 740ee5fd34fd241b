import { SphereGeometry } from 'three'
import { describe, expect, it } from 'vitest'
import { buildBvhMesh, type BvhMesh } from '../../../src/geometry/meshBvh'
import { APPROACH_SURFACE_ANGLE_DEG, approachDirection, offeredApproaches } from '../../../src/geometry/needleApproach'
import { depthAlongPathMm, firstHitAmong, hazardProximity, hazardsAlongPath, skinEntryForTarget } from '../../../src/geometry/needleDepth'
import { needleWarning } from '../../../src/geometry/warning'
import { dot, length } from '../../../src/geometry/vec'

/** A square in the plane z = zM, 2 m across, wound so its normal is +Z. */
function planeAt(name: string, zM: number): BvhMesh {
  const positions = new Float32Array([-1, -1, zM, 1, -1, zM, 1, 1, zM, -1, 1, zM])
  return buildBvhMesh(name, { positions, indices: new Uint32Array([0, 1, 2, 0, 2, 3]) })
}

function sphereAt(name: string, radiusM: number, centre = { x: 0, y: 0, z: 0 }): BvhMesh {
  const g = new SphereGeometry(radiusM, 96, 48)
  g.translate(centre.x, centre.y, centre.z)
  return buildBvhMesh(name, {
    positions: g.getAttribute('position').array as Float32Array,
    indices: g.index!.array as Uint32Array,
    normals: g.getAttribute('normal').array as Float32Array,
  })
}

describe('depthAlongPathMm', () => {
  const pleura = planeAt('parietal-pleura.left', -0.03)

  it('measures 30 mm straight down to a plane 30 mm deep', () => {
    expect(depthAlongPathMm(pleura, { x: 0, y: 0, z: 0 }, { x: 0, y: 0, z: -1 })).toBeCloseTo(30, 4)
  })

  it('measures the longer oblique path at 45°', () => {
    expect(depthAlongPathMm(pleura, { x: 0, y: 0, z: 0 }, { x: 1, y: 0, z: -1 })).toBeCloseTo(30 * Math.SQRT2, 3)
  })

  it('returns null for a ray that misses: pointing away, parallel, or beyond the search depth', () => {
    expect(depthAlongPathMm(pleura, { x: 0, y: 0, z: 0 }, { x: 0, y: 0, z: 1 })).toBeNull()
    expect(depthAlongPathMm(pleura, { x: 0, y: 0, z: 0 }, { x: 1, y: 0, z: 0 })).toBeNull()
    expect(depthAlongPathMm(pleura, { x: 0, y: 0, z: 0 }, { x: 0, y: 0, z: -1 }, 0.02)).toBeNull()
    expect(depthAlongPathMm(pleura, { x: 5, y: 0, z: 0 }, { x: 0, y: 0, z: -1 })).toBeNull()
  })

  it('hits a sphere from outside at its near surface and from inside at its wall', () => {
    const lung = sphereAt('lung.left', 0.1)
    expect(depthAlongPathMm(lung, { x: 0, y: 0, z: 0.3 }, { x: 0, y: 0, z: -1 }, 1)).toBeCloseTo(200, 0)
    expect(depthAlongPathMm(lung, { x: 0, y: 0, z: 0 }, { x: 0, y: 0, z: -1 }, 1)).toBeCloseTo(100, 0)
    // A chord 60 mm off the centre line: the surface is met at 300 − √(100² − 60²) = 220 mm.
    expect(depthAlongPathMm(lung, { x: 0.06, y: 0, z: 0.3 }, { x: 0, y: 0, z: -1 }, 1)).toBeCloseTo(220, -0.3)
    expect(depthAlongPathMm(lung, { x: 0.2, y: 0, z: 0.3 }, { x: 0, y: 0, z: -1 }, 1)).toBeNull()
  })
})

describe('hazards along a path', () => {
  it('lists every mesh met, nearest first, and the first among several', () => {
    const meshes = [planeAt('kidney.left', -0.06), planeAt('parietal-pleura.left', -0.03), planeAt('sciatic-nerve.left', 0.02)]
    const found = hazardsAlongPath(meshes, { x: 0, y: 0, z: 0 }, { x: 0, y: 0, z: -1 })
    expect(found.map((h) => h.name)).toEqual(['parietal-pleura.left', 'kidney.left'])
    expect(found[1]?.depthMm).toBeCloseTo(60, 4)
    expect(firstHitAmong(meshes, { x: 0, y: 0, z: 0 }, { x: 0, y: 0, z: -1 })).toEqual({
      name: 'parietal-pleura.left',
      depthMm: expect.closeTo(30, 4),
    })
    expect(firstHitAmong(meshes, { x: 0, y: 0, z: 0.05 }, { x: 1, y: 0, z: 0 })).toBeNull()
  })
})

describe('hazardProximity', () => {
  it('gives the distance from a needle tip to each nearby structure, nearest first, and leaves out far ones', () => {
    const meshes = [sphereAt('lung.left', 0.1), planeAt('parietal-pleura.left', -0.115), planeAt('kidney.left', -0.5)]
    const near = hazardProximity(meshes, { x: 0, y: 0, z: -0.12 })
    expect(near.map((h) => h.name)).toEqual(['parietal-pleura.left', 'lung.left'])
    expect(near[0]?.distanceMm).toBeCloseTo(5, 3)
    expect(near[1]?.distanceMm).toBeCloseTo(20, 0)
    expect(hazardProximity(meshes, { x: 0, y: 0, z: 0.5 })).toEqual([])
  })
})

describe('skinEntryForTarget', () => {
  const skin = sphereAt('skin.midline', 0.2)

  it('finds the skin a needle leaves through when cast back from a point inside', () => {
    const entry = skinEntryForTarget(skin, { x: 0, y: 0, z: 0.15 }, { x: 0, y: 0, z: -1 })!
    expect(entry.method).toBe('reverse-cast')
    expect(entry.pointM.z).toBeCloseTo(0.2, 3)
    expect(entry.targetDepthMm).toBeCloseTo(50, 0)
    expect(entry.normal.z).toBeGreaterThan(0.99)
  })

  it('follows an oblique needle back to where it enters', () => {
    const entry = skinEntryForTarget(skin, { x: 0, y: 0, z: 0 }, { x: -1, y: 0, z: -1 }, 0.3)!
    expect(entry.method).toBe('reverse-cast')
    expect(entry.pointM.x).toBeCloseTo(0.2 / Math.SQRT2, 2)
    expect(entry.targetDepthMm).toBeCloseTo(200, 0)
  })

  /** The sphere with an inward-facing patch `depthM` under its top (+Z), like a fold of a build's moved skin. */
  function foldedSkin(depthM: number): BvhMesh {
    const g = new SphereGeometry(0.2, 96, 48)
    const sphere = g.getAttribute('position').array as Float32Array
    const z = 0.2 - depthM
    // a 2 cm square wound so its normal points into the body (-Z)
    const patch = [-0.01, -0.01, z, -0.01, 0.01, z, 0.01, 0.01, z, 0.01, -0.01, z]
    const n = sphere.length / 3
    const indices = [...(g.index!.array as Uint32Array), n, n + 1, n + 2, n, n + 2, n + 3]
    return buildBvhMesh('skin.midline', { positions: Float32Array.from([...sphere, ...patch]), indices: Uint32Array.from(indices) })
  }

  it('passes through a thin fold of the skin on the way out, to the skin that faces outward', () => {
    const entry = skinEntryForTarget(foldedSkin(0.002), { x: 0, y: 0, z: 0.15 }, { x: 0, y: 0, z: -1 })!
    expect(entry.method).toBe('reverse-cast')
    expect(entry.pointM.z).toBeCloseTo(0.2, 3)
    expect(entry.targetDepthMm).toBeCloseTo(50, 0)
  })

  it('does not pass through an inward face far inside the skin (not a fold: the point is not simply inside)', () => {
    const entry = skinEntryForTarget(foldedSkin(0.02), { x: 0, y: 0, z: 0.15 }, { x: 0, y: 0, z: -1 })!
    expect(entry.method).not.toBe('reverse-cast')
  })

  it('reports a target just outside the skin with a negative depth', () => {
    const entry = skinEntryForTarget(skin, { x: 0, y: 0, z: 0.205 }, { x: 0, y: 0, z: -1 })!
    expect(entry.method).toBe('forward-cast')
    expect(entry.targetDepthMm).toBeCloseTo(-5, 0)
  })
})

describe('approachDirection', () => {
  const normal = { x: 0, y: 0, z: -1 } // skin of the back faces −Z
  const atlas = { x: 1, y: 0, z: 1 } // into the back, angled laterally

  it('keeps the atlas direction for a straight approach', () => {
    const d = approachDirection('straight', atlas, normal)
    expect(d.x).toBeCloseTo(Math.SQRT1_2)
    expect(d.z).toBeCloseTo(Math.SQRT1_2)
  })

  const angleBelowSurfaceDeg = (d: { x: number; y: number; z: number }): number => (Math.asin(-dot(d, normal)) * 180) / Math.PI

  it('runs tangential along the surface at a shallow angle into the body, in the plane of normal and atlas direction', () => {
    const t = approachDirection('tangential', atlas, normal)
    expect(angleBelowSurfaceDeg(t)).toBeCloseTo(APPROACH_SURFACE_ANGLE_DEG.tangential)
    expect(t.y).toBeCloseTo(0)
    expect(t.x).toBeCloseTo(Math.cos((APPROACH_SURFACE_ANGLE_DEG.tangential * Math.PI) / 180))
    expect(length(t)).toBeCloseTo(1)
  })

  it('falls back to the body’s long axis, or a given axis, when the atlas direction is along the normal', () => {
    const t = approachDirection('tangential', { x: 0, y: 0, z: 1 }, normal)
    expect(Math.abs(t.y)).toBeGreaterThan(0.8)
    expect(t.x).toBeCloseTo(0)
    const lateral = approachDirection('tangential', { x: 0, y: 0.05, z: 1 }, normal, { fallbackAxis: { x: -1, y: 0, z: 0 } })
    expect(lateral.x).toBeLessThan(-0.8)
    expect(lateral.y).toBeCloseTo(0)
  })

  it('runs along the technique’s own surface axis where one is given, whatever the atlas direction', () => {
    // the atlas direction leans along +x, the technique fixes travel along +y (e.g. back-to-front through a fold)
    const p = approachDirection('pincer', atlas, normal, { surfaceAxis: { x: 0.2, y: 1, z: 0.3 } })
    expect(angleBelowSurfaceDeg(p)).toBeCloseTo(APPROACH_SURFACE_ANGLE_DEG.pincer)
    expect(p.y).toBeCloseTo(Math.cos((APPROACH_SURFACE_ANGLE_DEG.pincer * Math.PI) / 180) * Math.cos(Math.atan(0.2)))
    expect(p.x).toBeGreaterThan(0)
    // an axis along the normal says nothing within the surface: the atlas direction is used
    const along = approachDirection('pincer', atlas, normal, { surfaceAxis: { x: 0, y: 0, z: 1 } })
    expect(along).toEqual(approachDirection('pincer', atlas, normal))
  })

  it('runs the pincer path shallower than the tangential one, still into the body', () => {
    const p = approachDirection('pincer', atlas, normal)
    expect(angleBelowSurfaceDeg(p)).toBeCloseTo(APPROACH_SURFACE_ANGLE_DEG.pincer)
    expect(APPROACH_SURFACE_ANGLE_DEG.pincer).toBeLessThan(APPROACH_SURFACE_ANGLE_DEG.tangential)
    expect(dot(p, { x: 1, y: 0, z: 0 })).toBeGreaterThan(0.9)
  })

  it('offers the chest-wall approaches only where the path lies over the pleura', () => {
    expect(offeredApproaches({ pleuraReachable: true, dangerStructures: [] })).toEqual(['straight', 'tangential', 'pincer'])
    expect(offeredApproaches({ pleuraReachable: false, dangerStructures: ['parietal-pleura'] })).toContain('pincer')
    expect(offeredApproaches({ pleuraReachable: false, dangerStructures: ['sciatic-nerve'] })).toEqual(['straight'])
  })
})

describe('needleWarning', () => {
  const site = { recommendedMaxDepthMm: 19, marginMm: 3 }

  it('is clear well before the limit, amber within the margin, red at the limit', () => {
    expect(needleWarning({ ...site, tipDepthMm: 10, pleuraDepthMm: 35 }).level).toBe('clear')
    expect(needleWarning({ ...site, tipDepthMm: 16, pleuraDepthMm: 35 }).level).toBe('amber')
    expect(needleWarning({ ...site, tipDepthMm: 19, pleuraDepthMm: 35 }).level).toBe('red')
    const w = needleWarning({ ...site, tipDepthMm: 12, pleuraDepthMm: 35 })
    expect(w.remainingToLimitMm).toBe(7)
    expect(w.remainingToPleuraMm).toBe(23)
    expect(w.limitFrom).toBe('recommended-max')
  })

  it('moves the limit one margin before the pleura when the model’s pleura is shallower than the recommendation', () => {
    const w = needleWarning({ ...site, tipDepthMm: 14, pleuraDepthMm: 17 })
    expect(w.limitMm).toBe(14)
    expect(w.limitFrom).toBe('model-pleura')
    expect(w.level).toBe('red')
    expect(w.remainingToPleuraMm).toBe(3)
  })

  it('turns red before the tip reaches the pleura for any pleura depth', () => {
    for (const pleuraDepthMm of [2, 10, 18, 22, 40]) {
      let redAt: number | null = null
      for (let tip = 0; tip <= pleuraDepthMm; tip += 0.5) {
        if (needleWarning({ ...site, tipDepthMm: tip, pleuraDepthMm }).level === 'red') {
          redAt = tip
          break
        }
      }
      expect(redAt).not.toBeNull()
      expect(redAt!).toBeLessThan(pleuraDepthMm)
    }
  })

  it('uses the recommendation alone when the path misses the pleura', () => {
    const w = needleWarning({ ...site, tipDepthMm: 5, pleuraDepthMm: null })
    expect(w.limitMm).toBe(19)
    expect(w.remainingToPleuraMm).toBeNull()
  })
})

describe('obliqueEntry on a skin whose normals are flipped in a pinched patch', () => {
  it('still runs the oblique path along the outside of the skin, entering beside the trigger point', async () => {
    const { obliqueEntry } = await import('../../../src/geometry/needleDepth')
    const g = new SphereGeometry(0.1, 96, 48)
    const positions = g.getAttribute('position').array as Float32Array
    const normals = Float32Array.from(g.getAttribute('normal').array as Float32Array)
    // flip the vertex normals of a small patch at the top (a fold of the generated skin whose normals point inward)
    for (let i = 0; i < normals.length / 3; i++) {
      if (positions[i * 3 + 1]! > 0.0997) for (let k = 0; k < 3; k++) normals[i * 3 + k] = -normals[i * 3 + k]!
    }
    const skin = buildBvhMesh('skin', { positions, indices: g.index!.array as Uint32Array, normals })
    const target = { x: 0, y: 0.08, z: 0 } // 20 mm under the top of the sphere
    const oblique = obliqueEntry(skin, target, 'tangential', { x: 0, y: -1, z: 0 }, { fallbackAxis: { x: 1, y: 0, z: 0 } })!
    expect(oblique.entry.method).toBe('reverse-cast')
    // the needle goes into the body (downward part) and enters on the upper surface, beside the trigger point
    expect(oblique.direction.y).toBeLessThan(0)
    expect(oblique.entry.pointM.y).toBeGreaterThan(0.08)
    expect(oblique.entry.targetDepthMm).toBeLessThan(60)
  })
})
