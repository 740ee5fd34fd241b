import { describe, expect, it } from 'vitest'
import { INTERSCAPULAR_REFERENCE_M, habitusChangeShare, habitusDisplacementM, interscapularDepthChangeM } from '../../../src/model/habitus'

describe('habitusChangeShare', () => {
  it('passes the whole change to the trunk and limbs', () => {
    expect(habitusChangeShare(0.055, 1.37)).toBeCloseTo(1, 4) // interscapular, where the regression was measured
    expect(habitusChangeShare(0.12, 1.0)).toBeCloseTo(1, 4) // flank
    expect(habitusChangeShare(0.1, 0.6)).toBeCloseTo(1, 4) // thigh
  })

  it('passes 0.3 of it to the hands and feet and half to the head', () => {
    expect(habitusChangeShare(0.3, 0.75)).toBeCloseTo(0.3, 2) // third metacarpal head
    expect(habitusChangeShare(-0.1, 0.02)).toBeCloseTo(0.3, 2) // forefoot
    expect(habitusChangeShare(0.03, 1.62)).toBeCloseTo(0.5, 2) // cheek
  })

  it('keeps the interscapular move equal to the KIM-2002 change', () => {
    const layer = INTERSCAPULAR_REFERENCE_M
    expect(habitusDisplacementM('high', 0.055, 1.37, -0.14, layer, layer)).toBeCloseTo(interscapularDepthChangeM('high'), 6)
  })
})
