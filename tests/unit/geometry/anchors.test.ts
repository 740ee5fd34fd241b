import { describe, expect, it } from 'vitest'
import {
  AnchorError,
  UnknownLandmarkError,
  facingDirection,
  landmarkLookupFromNodes,
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
