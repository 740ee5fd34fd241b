// Needle simulator logic on synthetic geometry with known answers: skin entry, depth to a "pleura" sphere,
// hazards along the path, and the warning readout (amber inside the margin, red at the limit, before the pleura).
import { SphereGeometry } from 'three'
import { describe, expect, it } from 'vitest'
import type { LandmarkLookup } from '../../../src/geometry/anchors'
import { buildBvhMesh, type BvhMesh } from '../../../src/geometry/meshBvh'
import type { PleuraSite, TriggerPoint } from '../../../src/atlas/schema'
import { measureNeedlePath, tipPointM } from '../../../src/features/needle/needlePath'
import { APPROACH_SURFACE_ANGLE_DEG } from '../../../src/geometry/needleApproach'
import { needleReadout } from '../../../src/features/needle/needleReadout'

function sphere(name: string, radiusM: number): BvhMesh {
  const g = new SphereGeometry(radiusM, 96, 64)
  return buildBvhMesh(name, {
    positions: g.getAttribute('position').array as Float32Array,
    indices: g.index!.array as Uint32Array,
    normals: g.getAttribute('normal').array as Float32Array,
  })
}

// The landmark sits at the world origin on both sides.
const lookup: LandmarkLookup = () => ({ x: 0, y: 0, z: 0 })

function triggerPoint(anteriorM: number, direction: { lateralM: number; superiorM: number; anteriorM: number }): TriggerPoint {
  return {
    id: 'test-trp',
    name: 'Test TrP',
    location: { landmark: 'acromion', offset: { lateralM: 0, superiorM: 0, anteriorM } },
    locationEvidence: 'unconfirmed',
    palpation: 'x',
    essentialZone: { regions: ['temple'], patches: [{ from: { landmark: 'temple' }, radiusM: 0.02 }], description: 'x', sources: ['TS1'] },
    symptoms: ['x'],
    perpetuatingFactors: [],
    needling: {
      patientPosition: 'x',
      approach: 'x',
      direction,
      dangerStructures: ['parietal-pleura'],
      pleuraReachable: true,
      pleuraSiteId: 'site',
      precautions: [],
      sources: ['TS1'],
    },
    selfCare: [],
    sources: ['TS1'],
  }
}

const site: PleuraSite = {
  id: 'site',
  name: 'Test site',
  approach: 'x',
  description: 'x',
  // Observed minima per build group give maxima of 12 (lean), 30 (average) and 35 mm (high) under the depth rule.
  measurements: [
    {
      source: 'TS1',
      population: 'x',
      method: 'x',
      group: { label: 'BMI 18.5-22.9', bmiFrom: 18.5, bmiBelow: 23 },
      minMm: 22.5,
      finding: 'x',
    },
    { source: 'TS1', population: 'x', method: 'x', group: { label: 'BMI 23-24.9', bmiFrom: 23, bmiBelow: 25 }, minMm: 40, finding: 'x' },
    { source: 'TS1', population: 'x', method: 'x', group: { label: 'BMI ≥ 25', bmiFrom: 25 }, minMm: 45, finding: 'x' },
  ],
  derivation: 'x',
  marginMm: 5,
  technique: 'Pincer grasp.',
  sources: ['TS1'],
}

describe('measureNeedlePath', () => {
  const skin = sphere('skin.midline', 0.1)
  const pleura = sphere('parietal-pleura.left', 0.05)

  it('enters the skin in front of the trigger point and measures the pleura along the path', () => {
    const path = measureNeedlePath({
      lookup,
      muscleId: 'm',
      triggerPoint: triggerPoint(0.08, { lateralM: 0, superiorM: 0, anteriorM: -1 }),
      side: 'left',
      approach: 'straight',
      skin,
      pleura: [pleura],
      hazards: [],
    })
    expect(path.entryM.z).toBeCloseTo(0.1, 2)
    expect(path.targetDepthMm).toBeCloseTo(20, 0)
    expect(path.pleuraDepthMm).toBeCloseTo(50, 0)
    expect(path.pleuraName).toBe('parietal-pleura.left')
    const tip = tipPointM(path, 20)
    expect(tip.z).toBeCloseTo(0.08, 2)
  })

  it('reports no pleura when the path misses it', () => {
    // Trigger point 8 cm to the left of centre, needle going straight back: passes beside the pleura sphere.
    const tp = triggerPoint(0, { lateralM: 0, superiorM: 0, anteriorM: -1 })
    tp.location = { landmark: 'acromion', offset: { lateralM: 0.08, superiorM: 0, anteriorM: 0.03 } }
    const path = measureNeedlePath({
      lookup,
      muscleId: 'm',
      triggerPoint: tp,
      side: 'left',
      approach: 'straight',
      skin,
      pleura: [pleura],
      hazards: [],
    })
    expect(path.pleuraDepthMm).toBeNull()
  })

  it('lists hazards nearest first', () => {
    const near = sphere('sciatic-nerve.left', 0.07)
    const path = measureNeedlePath({
      lookup,
      muscleId: 'm',
      triggerPoint: triggerPoint(0.08, { lateralM: 0, superiorM: 0, anteriorM: -1 }),
      side: 'left',
      approach: 'straight',
      skin,
      pleura: [],
      hazards: [pleura, near],
    })
    expect(path.hazards.map((h) => h.name)).toEqual(['sciatic-nerve.left', 'parietal-pleura.left'])
    expect(path.hazards[0]?.depthMm).toBeCloseTo(30, 0)
  })

  it('turns a tangential approach along the surface at its shallow angle, entering beside the trigger point', () => {
    const path = measureNeedlePath({
      lookup,
      muscleId: 'm',
      triggerPoint: triggerPoint(0.08, { lateralM: 0, superiorM: 0, anteriorM: -1 }),
      side: 'left',
      approach: 'tangential',
      skin,
      pleura: [pleura],
      hazards: [],
    })
    expect(Math.abs(path.direction.z)).toBeCloseTo(Math.sin((APPROACH_SURFACE_ANGLE_DEG.tangential * Math.PI) / 180), 1)
    expect(path.targetDepthMm).toBeGreaterThan(20)
    expect(path.targetDepthMm).toBeLessThan(20 / Math.sin((APPROACH_SURFACE_ANGLE_DEG.tangential * Math.PI) / 180) + 1)
  })
})

describe('needleReadout', () => {
  const path = measureNeedlePath({
    lookup,
    muscleId: 'm',
    triggerPoint: triggerPoint(0.08, { lateralM: 0, superiorM: 0, anteriorM: -1 }),
    side: 'left',
    approach: 'straight',
    skin: sphere('skin.midline', 0.1),
    pleura: [sphere('parietal-pleura.left', 0.05)],
    hazards: [],
  })

  it('is clear, then amber inside the margin, then red at the recommended maximum, all before the pleura', () => {
    expect(needleReadout(path, 20, site, 'average').level).toBe('clear')
    expect(needleReadout(path, 26, site, 'average').level).toBe('amber')
    const red = needleReadout(path, 30, site, 'average')
    expect(red.level).toBe('red')
    expect(red.pleura!.remainingToPleuraMm!).toBeGreaterThan(0)
  })

  it('uses the habitus figure', () => {
    expect(needleReadout(path, 12, site, 'lean').level).toBe('red')
    expect(needleReadout(path, 12, site, 'high').level).toBe('clear')
  })

  it('limits to one margin before the model pleura when that is shallower than the published maximum', () => {
    const deep = { ...site, measurements: site.measurements.map((m) => ({ ...m, minMm: 70 })) }
    const r = needleReadout(path, 44, deep, 'average')
    expect(r.pleura!.limitFrom).toBe('model-pleura')
    expect(r.pleura!.limitMm).toBeCloseTo(45, 0)
    expect(needleReadout(path, 45.5, deep, 'average').level).toBe('red')
  })

  it('with no maximum for the build (underweight here), says so and limits one margin before the model pleura', () => {
    const r = needleReadout(path, 10, site, 'underweight')
    expect(r.pleura!.recommendedMaxDepthMm).toBeNull()
    expect(r.pleura!.limitFrom).toBe('model-pleura')
    expect(r.message).toContain('Perpendicular needling toward the pleura is not taught at this site.')
  })

  it('never calls a depth safe', () => {
    for (const depth of [0, 10, 26, 30, 60]) {
      for (const habitus of ['underweight', 'lean', 'average', 'high'] as const) {
        expect(needleReadout(path, depth, site, habitus).message.toLowerCase()).not.toContain('safe')
      }
    }
  })

  it('without a pleura site, turns red once the tip reaches a hazard in the model', () => {
    const withHazard = { ...path, hazards: [{ name: 'sciatic-nerve.left', depthMm: 30 }] }
    expect(needleReadout(withHazard, 20, null, 'average').level).toBe('clear')
    expect(needleReadout(withHazard, 30, null, 'average').level).toBe('red')
  })

  it('past the model pleura says what that would mean in a patient, not just a negative number', () => {
    // Pleura at 50 mm on this path (a 100 mm skin sphere around a 50 mm pleura sphere).
    const r = needleReadout(path, 52, site, 'average')
    expect(r.level).toBe('past-pleura')
    expect(r.pastPleura).toMatch(/pneumothorax/)
    expect(r.pastPleura).toMatch(/hours to days later/)
    expect(r.pastPleura).toMatch(/urgent medical assessment/)
    expect(r.message).toMatch(/Past the pleura: 2 mm beyond it/)
    expect(needleReadout(path, 49, site, 'average').pastPleura).toBeNull()
  })

  it('without a maximum for the build, says so and warns one margin before the model pleura', () => {
    // Means without an SD are context only under the depth rule: no figure counts, so no build has a maximum.
    const none: PleuraSite = { ...site, measurements: site.measurements.map(({ minMm, ...m }) => ({ ...m, meanMm: minMm })) }
    const r = needleReadout(path, 10, none, 'average')
    expect(r.noMaximum).toBe(true)
    expect(r.pleura!.recommendedMaxDepthMm).toBeNull()
    expect(r.pleura!.limitMm).toBeCloseTo(45, 0)
    expect(needleReadout(path, 46, none, 'average').level).toBe('red')
    expect(needleReadout(path, 10, site, 'average').noMaximum).toBe(false)
  })

  it('says when the trigger point itself lies deeper than the limit, and what to do instead', () => {
    // The trigger point is 20 mm deep on this path; the lean maximum is 12 mm.
    const r = needleReadout(path, 0, site, 'lean')
    expect(r.targetBeyondLimit).toMatch(/deeper than the recommended maximum of 12 mm/)
    expect(r.targetBeyondLimit).toMatch(/pincer or tangential technique/)
    expect(r.targetBeyondLimit).toMatch(/ultrasound guidance/)
    expect(needleReadout(path, 0, site, 'average').targetBeyondLimit).toBeNull()
    // Already on a pincer path: the advice is not to switch to the technique in use.
    const pincer = needleReadout({ ...path, approach: 'pincer' }, 0, site, 'lean').targetBeyondLimit
    expect(pincer).toMatch(/on this pincer path it still lies beyond the limit/)
    expect(pincer).not.toMatch(/pincer or tangential technique/)
    // An oblique path that misses the model's pleura: the site's maximum still holds, and the text says why.
    const away = needleReadout({ ...path, approach: 'pincer', pleuraDepthMm: null }, 0, site, 'lean').targetBeyondLimit
    expect(away).toMatch(/does not reach the pleura in the model/)
    expect(away).toMatch(/aimed toward the lung/)
    expect(away).toMatch(/more conservative/)
    expect(away).toMatch(/ultrasound guidance/)
    expect(away).not.toMatch(/still lies beyond the limit/)
  })
})
