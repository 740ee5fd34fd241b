import { SphereGeometry } from 'three'
import { describe, expect, it } from 'vitest'
import type { Muscle, PleuraSite, TriggerPoint } from '../../../src/atlas/schema'
import { landmarkLookupFromNodes } from '../../../src/geometry/anchors'
import { skinPositionsForBuild } from '../../../src/geometry/bodyMeshes'
import { depthReport, type DepthScene } from '../../../src/geometry/depthReport'
import { buildBvhMesh, type BvhMesh } from '../../../src/geometry/meshBvh'
import { APPROACH_SURFACE_ANGLE_DEG } from '../../../src/geometry/needleApproach'

function sphere(name: string, radiusM: number, centre = { x: 0, y: 0, z: 0 }): BvhMesh {
  const g = new SphereGeometry(radiusM, 128, 64)
  g.translate(centre.x, centre.y, centre.z)
  return buildBvhMesh(name, {
    positions: g.getAttribute('position').array as Float32Array,
    indices: g.index!.array as Uint32Array,
    normals: g.getAttribute('normal').array as Float32Array,
  })
}

// A "thorax": skin of radius 200 mm, pleura of radius 150 mm, both centred on the origin; a kidney-sized
// sphere further along the +X axis, inside the pleura, to be met after it.
const scene: DepthScene = {
  landmarks: landmarkLookupFromNodes(
    new Map([
      ['acromion.left', { x: 0.2, y: 0, z: 0 }],
      ['acromion.right', { x: -0.2, y: 0, z: 0 }],
    ]),
  ),
  skin: sphere('skin.midline', 0.2),
  pleura: [sphere('parietal-pleura.left', 0.15)],
  hazards: [sphere('kidney.left', 0.02, { x: 0.1, y: 0, z: 0 })],
}

const triggerPoint = {
  id: 'fixture-trp1',
  location: { landmark: 'acromion', offset: { lateralM: -0.02, superiorM: 0, anteriorM: 0 } },
  needling: {
    direction: { lateralM: -1, superiorM: 0, anteriorM: 0 },
    pleuraReachable: true,
    pleuraSiteId: 'fixture-site',
    dangerStructures: ['parietal-pleura', 'kidney'],
  },
} as unknown as TriggerPoint
const muscle = { id: 'fixture-muscle', triggerPoints: [triggerPoint] } as unknown as Muscle

const site: PleuraSite = {
  id: 'fixture-site',
  name: 'Fixture site',
  approach: 'fixture approach',
  description: 'fixture',
  measurements: [
    { source: 'KIM-2002', population: 'p', method: 'm', meanMm: 37, sdMm: 7, finding: 'f' },
    { source: 'ARM-2014', population: 'p', method: 'm', group: { label: 'BMI < 23', bmiBelow: 23 }, meanMm: 21, sdMm: 4, finding: 'f' },
    { source: 'ARM-2014', population: 'p', method: 'm', group: { label: 'BMI ≥ 25', bmiFrom: 25 }, meanMm: 27, sdMm: 5, finding: 'f' },
  ],
  derivation: 'fixture',
  marginMm: 3,
  technique: 'fixture technique',
  sources: ['KIM-2002', 'ARM-2014'],
}

describe('depthReport on a synthetic thorax', () => {
  it('measures skin to pleura along the straight path and lists hazards behind it', () => {
    const report = depthReport(scene, { muscle, triggerPoint, side: 'left', habitus: 'lean', pleuraSites: [site] })
    expect(report.entryMethod).toBe('reverse-cast')
    expect(report.skinEntryM!.x).toBeCloseTo(0.2, 3)
    expect(report.triggerPointDepthMm!).toBeCloseTo(20, 0)
    expect(report.modelDepthToPleuraMm!).toBeCloseTo(50, 0)
    expect(report.pleuraMesh).toBe('parietal-pleura.left')
    expect(report.pleuraClearanceFromTriggerPointMm!).toBeCloseTo(30, 0)
    expect(report.hazardsAlongPath.map((h) => h.name)).toEqual(['kidney.left'])
    expect(report.hazardsAlongPath[0]?.depthMm).toBeCloseTo(80, 0)
    // Lean: ARM-2014 BMI < 23 gives 21 − 2 × 4 = 13 mm, which leaves 3 mm: no maximum, with the reason.
    expect(report.pleuraSite!.recommendedMaxDepthMm).toBeNull()
    expect(report.pleuraSite!.rule.maximumMm === null && report.pleuraSite!.rule.reason).toMatch(/ARM-2014 \(BMI < 23\)/)
    expect(report.pleuraSite!.marginMm).toBe(3)
    expect(report.pleuraSite!.rule.inputs.filter((f) => f.appliesToBuild).map((f) => `${f.source}:${f.valueMm}`)).toEqual([
      'KIM-2002:23',
      'ARM-2014:13',
    ])
    expect(report.notes).toEqual([])
  })

  it('mirrors for the right side', () => {
    const report = depthReport(scene, { muscle, triggerPoint, side: 'right', habitus: 'high', pleuraSites: [site] })
    expect(report.skinEntryM!.x).toBeCloseTo(-0.2, 3)
    expect(report.modelDepthToPleuraMm!).toBeCloseTo(50, 0)
    // High: ARM-2014 BMI ≥ 25 gives 27 − 10 = 17 mm, below KIM-2002's 23 mm: 7 mm.
    expect(report.pleuraSite!.recommendedMaxDepthMm).toBe(7)
  })

  it('keeps a tangential or pincer needle off the pleura of a convex chest wall', () => {
    for (const approach of ['tangential', 'pincer'] as const) {
      const report = depthReport(scene, { muscle, triggerPoint, side: 'left', habitus: 'average', approach, pleuraSites: [site] })
      // Along the surface at the approach's shallow angle: the x part is the sine of that angle.
      const angleRad = (APPROACH_SURFACE_ANGLE_DEG[approach] * Math.PI) / 180
      expect(Math.abs(report.directionWorld.x)).toBeCloseTo(Math.sin(angleRad), 1)
      expect(report.modelDepthToPleuraMm).toBeNull()
      // The path still passes through the trigger point, 180 mm from the centre of the 200 mm skin sphere:
      // going back along it (u = −direction) the skin is met at s = −p·u + √((p·u)² − (|p|² − R²)).
      const u = { x: -report.directionWorld.x, y: -report.directionWorld.y, z: -report.directionWorld.z }
      const pu = 180 * u.x
      const expectedMm = -pu + Math.sqrt(pu * pu - (180 ** 2 - 200 ** 2))
      expect(Math.abs(report.triggerPointDepthMm! - expectedMm)).toBeLessThan(1)
      // Beside the trigger point (20 mm deep), never across the body: at most the flat-skin path 20 / sin(angle).
      expect(report.triggerPointDepthMm!).toBeGreaterThan(20)
      expect(report.triggerPointDepthMm!).toBeLessThanOrEqual(20 / Math.sin(angleRad) + 1)
    }
  })

  it('notes a pleura site missing from the data', () => {
    const report = depthReport(scene, { muscle, triggerPoint, side: 'left', habitus: 'lean', pleuraSites: [] })
    expect(report.pleuraSite).toBeNull()
    expect(report.notes.join(' ')).toContain('fixture-site')
  })
})

describe('skinPositionsForBuild', () => {
  const skin = {
    positions: new Float32Array([0, 1, 0, 1, 1, 0]),
    normals: null,
    indices: new Uint32Array([0, 1, 0]),
    morphTargets: [{ name: 'high', positionDeltas: new Float32Array([0, 0, 0.01, 0, 0, 0.02]) }],
  }

  it("adds the morph deltas times the build's weight and keeps the base shape for lean (BMI 21.1)", () => {
    expect(Array.from(skinPositionsForBuild(skin, 'high'))).toEqual([0, 1, expect.closeTo(0.01), 1, 1, expect.closeTo(0.02)])
    // average: BMI 24 between the base (21.1) and the high target (27.5)
    const w = (24 - 21.1) / (27.5 - 21.1)
    expect(Array.from(skinPositionsForBuild(skin, 'average'))).toEqual([0, 1, expect.closeTo(0.01 * w), 1, 1, expect.closeTo(0.02 * w)])
    expect(skinPositionsForBuild(skin, 'lean')).toBe(skin.positions)
  })

  it('names a missing morph target', () => {
    expect(() => skinPositionsForBuild(skin, 'underweight')).toThrow(/"lean".*has: high/)
  })
})
