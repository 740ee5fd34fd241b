// What the scene draws for a selection: marks equal the atlas count, zones follow the chosen trigger
// point, compare and area views; and the location wording of the panels.
import { describe, expect, it } from 'vitest'
import type { Muscle, TriggerPoint } from '../../../src/atlas/schema'
import { planDisplay } from '../../../src/features/zones/displayPlan'
import { describeAnchoredPoint, formatMm } from '../../../src/features/text/describe'

function tp(id: string): TriggerPoint {
  return {
    id,
    name: id,
    location: { landmark: 'acromion' },
    locationEvidence: 'unconfirmed',
    palpation: 'x',
    essentialZone: { regions: ['temple'], patches: [{ from: { landmark: 'temple' }, radiusM: 0.02 }], description: 'x', sources: ['TS1'] },
    symptoms: ['x'],
    perpetuatingFactors: [],
    needling: {
      patientPosition: 'x',
      approach: 'x',
      direction: { lateralM: 0, superiorM: 0, anteriorM: 1 },
      dangerStructures: [],
      pleuraReachable: false,
      precautions: [],
      sources: ['TS1'],
    },
    selfCare: [],
    sources: ['TS1'],
  }
}

function muscle(id: string, region: Muscle['region'], tps: string[]): Muscle {
  return {
    id,
    name: id,
    latin: id,
    synonyms: [],
    region,
    origin: 'x',
    insertion: 'x',
    innervation: { nerve: 'x', roots: 'x' },
    action: 'x',
    anatomyEvidence: 'unconfirmed',
    triggerPoints: tps.map(tp),
    sources: ['TS1'],
  }
}

const muscles = [
  muscle('upper-trapezius', 'head-neck', ['ut1', 'ut2']),
  muscle('sternocleidomastoid', 'head-neck', ['scm1']),
  muscle('soleus', 'leg-foot', ['s1', 's2', 's3']),
]
const muscleById = new Map(muscles.map((m) => [m.id, m]))
const base = { muscles, muscleById, focus: null, triggerPoint: null, compareMuscleId: null, areaView: null }

describe('planDisplay', () => {
  it('draws nothing without a selection', () => {
    const plan = planDisplay(base)
    expect(plan.marks).toHaveLength(0)
    expect(plan.primary).toHaveLength(0)
  })
  it('marks every trigger point of the selected muscle on its side', () => {
    const plan = planDisplay({ ...base, focus: { muscleId: 'soleus', side: 'left' } })
    expect(plan.marks).toHaveLength(3)
    expect(plan.marks.every((m) => m.side === 'left' && m.role === 'primary')).toBe(true)
    expect(plan.primary[0]?.triggerPoints).toHaveLength(3)
  })
  it('paints only the chosen trigger point, still marking all, the chosen one flagged', () => {
    const plan = planDisplay({
      ...base,
      focus: { muscleId: 'upper-trapezius', side: 'right' },
      triggerPoint: { muscleId: 'upper-trapezius', triggerPointId: 'ut2' },
    })
    expect(plan.primary[0]?.triggerPoints.map((t) => t.id)).toEqual(['ut2'])
    expect(plan.marks.filter((m) => m.chosen).map((m) => m.triggerPointId)).toEqual(['ut2'])
    expect(plan.marks).toHaveLength(2)
  })
  it('adds the compared muscle in the compare channel', () => {
    const plan = planDisplay({ ...base, focus: { muscleId: 'upper-trapezius', side: 'right' }, compareMuscleId: 'sternocleidomastoid' })
    expect(plan.compare.map((c) => c.muscleId)).toEqual(['sternocleidomastoid'])
    expect(plan.marks.filter((m) => m.role === 'compare')).toHaveLength(1)
  })
  it('draws all trigger points of an area on both sides', () => {
    const plan = planDisplay({ ...base, focus: { muscleId: 'soleus', side: 'left' }, areaView: 'head-neck' })
    expect(plan.marks).toHaveLength(6)
    expect(plan.primary.map((p) => p.muscleId)).toEqual(['upper-trapezius', 'sternocleidomastoid'])
  })
  it('shows the patient muscles on the sides given', () => {
    const plan = planDisplay({ ...base, patientMuscles: [{ muscleId: 'soleus', sides: ['left', 'right'] }] })
    expect(plan.marks).toHaveLength(6)
  })
})

describe('describeAnchoredPoint', () => {
  it('words an offset in centimetres and body terms', () => {
    expect(describeAnchoredPoint({ landmark: 'acromion', offset: { lateralM: -0.08, superiorM: 0.04, anteriorM: -0.02 } })).toBe(
      '8 cm medial, 4 cm superior and 2 cm posterior to the acromion',
    )
    expect(describeAnchoredPoint({ landmark: 'c7-spinous-process' })).toBe('at the C7 spinous process')
  })
  it('formats millimetres', () => {
    expect(formatMm(4.26)).toBe('4.3 mm')
    expect(formatMm(33.4)).toBe('33 mm')
    expect(formatMm(Number.NaN)).toBe('–')
  })
})

describe('frameSpheres', () => {
  it('centres on the bounding box and fits its sphere in the field of view', async () => {
    const { frameSpheres } = await import('../../../src/features/zones/framing')
    const f = frameSpheres(
      [
        { centre: { x: 0, y: 1.5, z: 0 }, radiusM: 0.05 },
        { centre: { x: 0, y: 1.7, z: 0 }, radiusM: 0.05 },
      ],
      60,
      1,
      0,
    )!
    expect(f.target.y).toBeCloseTo(1.6, 6)
    // Box 0.1 × 0.3 × 0.1: half-diagonal sqrt(0.11)/2; at 30° half-angle the distance is radius / sin(30°).
    expect(f.distanceM).toBeCloseTo(Math.sqrt(0.11), 6)
    expect(frameSpheres([], 60)).toBeNull()
  })
})

describe('triggerPointFramingSpheres', () => {
  it('bounds each trigger point and both ends of every zone patch, mirrored to the side, and skips what cannot be placed', async () => {
    const { triggerPointFramingSpheres } = await import('../../../src/features/zones/framing')
    const { loadBuiltInAtlas } = await import('../../../src/atlas/builtin')
    const { atlas } = loadBuiltInAtlas()
    const tp = atlas.muscles.find((m) => m.id === 'infraspinatus')!.triggerPoints[0]!
    const patches = (tp.essentialZone?.patches.length ?? 0) + (tp.spilloverZone?.patches.length ?? 0)
    expect(patches).toBeGreaterThan(0)
    // every landmark 20 cm out to its side of the midline, 1.4 m up
    const lookup = (_id: string, side: string): { x: number; y: number; z: number } => ({ x: side === 'left' ? 0.2 : -0.2, y: 1.4, z: 0 })
    const left = triggerPointFramingSpheres(lookup, [tp], 'left')
    expect(left).toHaveLength(1 + 2 * patches)
    expect(left[0]!.radiusM).toBeCloseTo(0.03, 6)
    const right = triggerPointFramingSpheres(lookup, [tp], 'right')
    expect(Math.sign(right[0]!.centre.x)).toBe(-Math.sign(left[0]!.centre.x))
    // a model without these landmarks: nothing to frame, and no exception
    expect(triggerPointFramingSpheres(() => undefined, [tp], 'left')).toEqual([])
  })
})
