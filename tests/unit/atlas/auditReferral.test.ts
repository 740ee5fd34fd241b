// The referral zones the clinical audit of December 2026 corrected (findings 8-11, 17-25; the changes and
// their citations are listed in docs/AUDIT-2026-12.md). Each expectation is written from the audit row, not
// read back from data/.
import { describe, expect, it } from 'vitest'
import { loadBuiltInAtlas } from '../../../src/atlas/builtin'
import { findTriggerPoint, musclesReferringTo } from '../../../src/atlas/lookup'
import type { TriggerPoint } from '../../../src/atlas/schema'

const { atlas } = loadBuiltInAtlas()

function point(id: string): TriggerPoint {
  const found = findTriggerPoint(atlas, id)
  if (!found) {
    throw new Error(`trigger point ${id} missing from the atlas`)
  }
  return found.triggerPoint
}
const essential = (id: string): string[] => point(id).essentialZone.regions
const spillover = (id: string): string[] => point(id).spilloverZone?.regions ?? []

describe('audit 2026-12: referral zones', () => {
  it('#8: the medial border of the triceps medial head refers to the inner elbow, spilling to the volar forearm and palm', () => {
    expect(essential('triceps-brachii-trp-medial-head-medial')).toEqual(['medial-elbow'])
    expect(spillover('triceps-brachii-trp-medial-head-medial')).toEqual(expect.arrayContaining(['volar-forearm', 'palm']))
    expect(point('triceps-brachii-trp-medial-head-medial').essentialZone.description).not.toMatch(/tennis elbow|lateral epicondyle\)/)
  })

  it('#9: the posterior temporalis TrP refers above and behind the ear, not to the eye or teeth; the teeth differ by TrP', () => {
    expect(essential('temporalis-trp-posterior')).toEqual(expect.arrayContaining(['temple', 'mastoid']))
    expect(essential('temporalis-trp-posterior')).not.toContain('eye')
    expect(essential('temporalis-trp-posterior')).not.toContain('teeth')
    expect(point('temporalis-trp-anterior').essentialZone.description).toMatch(/incisors/)
    expect(point('temporalis-trp-middle-anterior').essentialZone.description).toMatch(/premolar/)
    expect(point('temporalis-trp-middle-posterior').essentialZone.description).toMatch(/molar/)
  })

  it('#10: lower trapezius TrP4 refers along the vertebral border of the scapula, not to the neck or mastoid', () => {
    expect(essential('lower-trapezius-trp-medial')).toEqual(expect.arrayContaining(['medial-scapular-border', 'upper-back']))
    expect(essential('lower-trapezius-trp-medial')).not.toContain('posterior-neck')
    expect(essential('lower-trapezius-trp-medial')).not.toContain('mastoid')
  })

  it('#11: the sacroiliac spillover belongs to soleus TrP3, which lies low in the calf beside TrP1', () => {
    expect(spillover('soleus-trp2')).not.toContain('sacroiliac')
    expect(spillover('soleus-trp3')).toContain('sacroiliac')
    const trp1 = point('soleus-trp1').location
    const trp3 = point('soleus-trp3').location
    // Both are placed from a malleolus, within a few centimetres of each other in height.
    expect(trp3.landmark).toMatch(/malleolus/)
    expect(Math.abs((trp3.offset?.superiorM ?? 0) - (trp1.offset?.superiorM ?? 0))).toBeLessThan(0.06)
  })

  it('#17: levator scapulae refers to the top of the shoulder, each TrP with a local zone; the orbit is its own region', () => {
    for (const id of ['levator-scapulae-trp-neck-angle', 'levator-scapulae-trp-superior-angle']) {
      expect(essential(id)).toContain('top-of-shoulder')
    }
    expect(essential('levator-scapulae-trp-superior-angle')).toContain('medial-scapular-border')
    expect(atlas.regions.map((r) => r.id)).toEqual(expect.arrayContaining(['orbit', 'eye']))
    expect(essential('splenius-cervicis-trp-upper')).toEqual(['orbit'])
    expect(
      musclesReferringTo(atlas, 'orbit')
        .map((m) => m.muscle.id)
        .sort(),
    ).toEqual(['splenius-cervicis', 'suboccipitals', 'upper-trapezius'])
  })

  it('#18: the gluteus minimus and TFL thigh bands are essential', () => {
    expect(essential('gluteus-minimus-trp-anterior')).toEqual(expect.arrayContaining(['lateral-thigh', 'lateral-leg']))
    expect(essential('tensor-fasciae-latae-trp1')).toContain('lateral-thigh')
  })

  it('#19: the scalenes refer down the back of the upper arm too', () => {
    expect(essential('scalenes-trp-anterior')).toContain('posterior-arm')
  })

  it('#20: the gastrocnemius TrPs near the femoral condyles refer mainly to the back of the knee', () => {
    expect(essential('gastrocnemius-trp-medial-attachment')).toEqual(['posterior-knee'])
    expect(essential('gastrocnemius-trp-lateral-attachment')).toEqual(['posterior-knee'])
  })

  it('#21: the parasternal pectoralis major TrP refers over the sternum', () => {
    expect(essential('pectoralis-major-trp-sternal-medial')).toContain('sternum')
  })

  it('#22: the medial middle trapezius TrP refers toward C7-T3, not the mid-back', () => {
    expect(essential('middle-trapezius-trp-medial')).not.toContain('mid-back')
  })

  it('#23: the gluteus medius TrPs have their own zones; the triceps insertion refers to the olecranon', () => {
    const zones = ['gluteus-medius-trp1', 'gluteus-medius-trp2', 'gluteus-medius-trp3'].map((id) => essential(id).join(','))
    expect(new Set(zones).size).toBe(3)
    expect(essential('gluteus-medius-trp1')).toContain('sacroiliac')
    expect(essential('gluteus-medius-trp2')).toContain('buttock')
    expect(essential('triceps-brachii-trp-insertion')).toEqual(['posterior-elbow'])
  })

  it('#24: the obliquus capitis inferior needle aims at the C2 lamina, never upward', () => {
    const n = point('suboccipitals-trp-obliquus-inferior').needling
    expect(n.direction.superiorM).toBeLessThanOrEqual(0)
    expect(n.direction.lateralM).toBeLessThan(0)
    expect(n.approach).toMatch(/lamina of C2/)
  })

  it('#25: the medial piriformis TrP says to avoid a medial straight-in placement or use ultrasound', () => {
    const n = point('piriformis-trp-medial').needling
    expect(n.approach).toMatch(/Avoid a medial straight-in placement/)
    expect(n.approach).toMatch(/ultrasound/)
  })
})
