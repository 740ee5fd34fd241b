import { describe, expect, it } from 'vitest'
import { landmarkLookupFromModel } from '../../../src/geometry/bodyMeshes'
import { readGlb } from '../../../src/model/readGlb'
import { BODIES } from '../helpers/bodies'
import {
  AnchorError,
  UnknownLandmarkError,
  facingDirection,
  landmarkLookupFromNodes,
  offsetScaleOf,
  REFERENCE_SPANS_M,
  resolveAnchoredPoint,
  resolveBodyDirection,
} from '../../../src/geometry/anchors'

const lookup = landmarkLookupFromNodes(
  new Map([
    ['acromion.left', { x: 0.2, y: 1.45, z: 0 }],
    ['acromion.right', { x: -0.19, y: 1.44, z: 0.01 }],
    ['c7-spinous-process.midline', { x: 0, y: 1.5, z: -0.06 }],
  ]),
)

describe('resolveAnchoredPoint', () => {
  it('uses the side’s own copy of a bilateral landmark and mirrors lateral offsets', () => {
    const anchored = { landmark: 'acromion', offset: { lateralM: 0.02, superiorM: 0.01, anteriorM: -0.03 } }
    const left = resolveAnchoredPoint(lookup, anchored, 'left')
    const right = resolveAnchoredPoint(lookup, anchored, 'right')
    expect(left.x).toBeCloseTo(0.22)
    expect(left.y).toBeCloseTo(1.46)
    expect(left.z).toBeCloseTo(-0.03)
    expect(right.x).toBeCloseTo(-0.21)
    expect(right.y).toBeCloseTo(1.45)
    expect(right.z).toBeCloseTo(-0.02)
  })

  it('uses the midline copy of a midline landmark, with lateral toward the side placed', () => {
    const anchored = { landmark: 'c7-spinous-process', offset: { lateralM: 0.05, superiorM: 0, anteriorM: 0 } }
    expect(resolveAnchoredPoint(lookup, anchored, 'left').x).toBeCloseTo(0.05)
    expect(resolveAnchoredPoint(lookup, anchored, 'right').x).toBeCloseTo(-0.05)
    expect(resolveAnchoredPoint(lookup, { landmark: 'c7-spinous-process' }, 'midline')).toEqual({
      x: 0,
      y: 1.5,
      z: -0.06,
    })
  })

  it('rejects a lateral offset on a midline placement', () => {
    const anchored = { landmark: 'c7-spinous-process', offset: { lateralM: 0.05, superiorM: 0, anteriorM: 0 } }
    expect(() => resolveAnchoredPoint(lookup, anchored, 'midline')).toThrow(AnchorError)
  })

  it('names a landmark the model lacks in a typed error', () => {
    let caught: unknown
    try {
      resolveAnchoredPoint(lookup, { landmark: 'greater-trochanter' }, 'right')
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(UnknownLandmarkError)
    expect((caught as UnknownLandmarkError).landmarkId).toBe('greater-trochanter')
    expect((caught as Error).message).toContain('greater-trochanter.right')
  })
})

describe('resolveBodyDirection', () => {
  it('normalises and mirrors a body-terms direction', () => {
    const left = resolveBodyDirection({ lateralM: 3, superiorM: 0, anteriorM: -4 }, 'left')
    const right = resolveBodyDirection({ lateralM: 3, superiorM: 0, anteriorM: -4 }, 'right')
    expect(left.x).toBeCloseTo(0.6)
    expect(left.z).toBeCloseTo(-0.8)
    expect(right.x).toBeCloseTo(-0.6)
    expect(right.z).toBeCloseTo(-0.8)
  })

  it('rejects a zero direction', () => {
    expect(() => resolveBodyDirection({ lateralM: 0, superiorM: 0, anteriorM: 0 }, 'left')).toThrow(AnchorError)
  })
})

describe('facingDirection', () => {
  it('points lateral away from the midline on each side and medial toward it', () => {
    expect(facingDirection('lateral', 'left').x).toBe(1)
    expect(facingDirection('lateral', 'right').x).toBe(-1)
    expect(facingDirection('medial', 'left').x).toBe(-1)
    expect(facingDirection('posterior', 'left').z).toBe(-1)
    expect(facingDirection('superior', 'right').y).toBe(1)
  })
})

/** The landmarks a body's size is measured by, on a body `k` times the reference spans on every axis. */
function sizedBody(k: {
  lateral: number
  superior: number
  anterior: number
  head: number
  neck?: number
}): Map<string, { x: number; y: number; z: number }> {
  const r = REFERENCE_SPANS_M
  return new Map([
    ['c7-spinous-process.midline', { x: 0, y: 0.07 + r.c7ToMalleolus * k.superior, z: -0.09 }],
    ['lateral-malleolus.left', { x: 0.07, y: 0.07, z: 0 }],
    ['lateral-malleolus.right', { x: -0.07, y: 0.07, z: 0 }],
    ['acromion.left', { x: (r.biacromial / 2) * k.lateral, y: 1.3, z: -0.03 }],
    ['acromion.right', { x: (-r.biacromial / 2) * k.lateral, y: 1.3, z: -0.03 }],
    ['sternal-angle.midline', { x: 0, y: 1.25, z: 0.07 * k.anterior }],
    ['inferior-angle-of-scapula.left', { x: 0.09, y: 1.15, z: (0.07 - r.chestDepth) * k.anterior }],
    ['inferior-angle-of-scapula.right', { x: -0.09, y: 1.15, z: (0.07 - r.chestDepth) * k.anterior }],
    ['mastoid-process.left', { x: (r.bimastoid / 2) * k.head, y: 1.55, z: -0.03 }],
    ['mastoid-process.right', { x: (-r.bimastoid / 2) * k.head, y: 1.55, z: -0.03 }],
    ['angle-of-mandible.left', { x: (r.bigonial / 2) * (k.neck ?? k.head), y: 1.52, z: 0.02 }],
    ['angle-of-mandible.right', { x: (-r.bigonial / 2) * (k.neck ?? k.head), y: 1.52, z: 0.02 }],
  ])
}

describe('offsets on a body of another size', () => {
  it('measures the body from its landmarks, axis by axis, and the head on its own', () => {
    const k = { lateral: 0.88, superior: 0.93, anterior: 1, head: 0.93 }
    const scale = offsetScaleOf(landmarkLookupFromNodes(sizedBody(k)))
    expect(scale.lateral).toBeCloseTo(0.88, 6)
    expect(scale.superior).toBeCloseTo(0.93, 6)
    expect(scale.anterior).toBeCloseTo(1, 6)
    expect(scale.head).toBeCloseTo(0.93, 6)
  })

  it('scales an offset from a trunk landmark per axis, and one from a head landmark by the head', () => {
    const lookup = landmarkLookupFromNodes(sizedBody({ lateral: 0.8, superior: 0.9, anterior: 1.1, head: 0.95 }))
    const offset = { lateralM: 0.1, superiorM: -0.1, anteriorM: 0.1 }
    const trunk = resolveAnchoredPoint(lookup, { landmark: 'acromion', offset }, 'left')
    const acromion = lookup('acromion', 'left')!
    expect(trunk.x - acromion.x).toBeCloseTo(0.08, 6)
    expect(trunk.y - acromion.y).toBeCloseTo(-0.09, 6)
    expect(trunk.z - acromion.z).toBeCloseTo(0.11, 6)
    const head = resolveAnchoredPoint(lookup, { landmark: 'mastoid-process', offset }, 'left')
    const mastoid = lookup('mastoid-process', 'left')!
    expect(head.x - mastoid.x).toBeCloseTo(0.095, 6)
    expect(head.y - mastoid.y).toBeCloseTo(-0.095, 6)
  })

  it('scales a lateral offset from a neck landmark (C7 up to below the angles of the mandible) by the neck', () => {
    const nodes = sizedBody({ lateral: 0.88, superior: 0.93, anterior: 1, head: 0.93, neck: 0.85 })
    const scale = offsetScaleOf(landmarkLookupFromNodes(nodes))
    expect(scale.neckLateral).toBeCloseTo(0.85, 6)
    expect(scale.neckBelowY).toBeCloseTo(1.52, 6)
    const offset = { lateralM: 0.06, superiorM: 0.03, anteriorM: 0.03 }
    const c7 = nodes.get('c7-spinous-process.midline')!
    const neck = resolveAnchoredPoint(landmarkLookupFromNodes(nodes), { landmark: 'c7-spinous-process', offset }, 'left')
    expect(neck.x - c7.x).toBeCloseTo(0.051, 6)
    expect(neck.y - c7.y).toBeCloseTo(0.0279, 6)
    expect(neck.z - c7.z).toBeCloseTo(0.0279, 6)
    // the mastoid lies above the angles of the mandible: the head's ratio on every axis
    const head = resolveAnchoredPoint(landmarkLookupFromNodes(nodes), { landmark: 'mastoid-process', offset }, 'left')
    expect(head.x - nodes.get('mastoid-process.left')!.x).toBeCloseTo(0.0558, 6)
    // without the angles of the mandible the neck is scaled as the head
    nodes.delete('angle-of-mandible.left')
    const noJaw = offsetScaleOf(landmarkLookupFromNodes(nodes))
    expect(noJaw.neckLateral).toBeCloseTo(0.93, 6)
    const asHead = resolveAnchoredPoint(landmarkLookupFromNodes(nodes), { landmark: 'c7-spinous-process', offset }, 'left')
    expect(asHead.x - c7.x).toBeCloseTo(0.0558, 6)
  })

  it('scales the neck as the head when the angles of the mandible measure implausibly or lie no higher than C7', () => {
    const implausible = offsetScaleOf(
      landmarkLookupFromNodes(sizedBody({ lateral: 0.88, superior: 0.93, anterior: 1, head: 0.93, neck: 0.3 })),
    )
    expect(implausible.neckLateral).toBeCloseTo(0.93, 6)
    expect(implausible.neckBelowY).toBe(implausible.headFromY)
    const nodes = sizedBody({ lateral: 0.88, superior: 0.93, anterior: 1, head: 0.93, neck: 0.85 })
    for (const side of ['left', 'right']) nodes.get(`angle-of-mandible.${side}`)!.y = 1.3
    const low = offsetScaleOf(landmarkLookupFromNodes(nodes))
    expect(low.neckLateral).toBeCloseTo(0.93, 6)
    expect(low.neckBelowY).toBe(low.headFromY)
  })

  it('leaves offsets as written on a body that lacks the landmarks or measures implausibly', () => {
    expect(offsetScaleOf(lookup)).toMatchObject({ lateral: 1, superior: 1, anterior: 1, head: 1 })
    const tiny = offsetScaleOf(landmarkLookupFromNodes(sizedBody({ lateral: 0.2, superior: 1, anterior: 1, head: 1 })))
    expect(tiny).toMatchObject({ lateral: 1, superior: 1, anterior: 1, head: 1 })
  })
})

describe('the reference body', () => {
  it('is measured at scale 1 on every axis, so the atlas offsets written on it are placed as written', async () => {
    const scale = offsetScaleOf(landmarkLookupFromModel(await readGlb(BODIES[0]!.file)))
    for (const axis of ['lateral', 'superior', 'anterior', 'head', 'neckLateral'] as const) expect(scale[axis], axis).toBeCloseTo(1, 4)
  }, 60_000)
})
