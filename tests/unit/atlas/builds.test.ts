// Builds are defined once, by BMI range, with no gaps or overlaps, and each shapes the model inside its range.
import { describe, expect, it } from 'vitest'
import { BUILDS, buildLabel, buildMorphWeights, buildOfBmi, MODEL_SHAPE_BMI } from '../../../src/atlas/builds'

describe('builds', () => {
  it('cover every BMI once, in order', () => {
    for (let i = 1; i < BUILDS.length; i++) expect(BUILDS[i]!.bmiFrom).toBe(BUILDS[i - 1]!.bmiBelow)
    expect(BUILDS[0]!.bmiFrom).toBeNull()
    expect(BUILDS[BUILDS.length - 1]!.bmiBelow).toBeNull()
    expect([16, 18.4, 18.5, 22.9, 23, 24.9, 25, 40].map(buildOfBmi)).toEqual([
      'underweight',
      'underweight',
      'lean',
      'lean',
      'average',
      'average',
      'high',
      'high',
    ])
  })

  it('shape the model at a BMI inside their own range', () => {
    for (const b of BUILDS) expect(buildOfBmi(b.modelBmi)).toBe(b.id)
  })

  it('give morph weights that reproduce the build BMI between the generated shapes', () => {
    for (const b of BUILDS) {
      const w = buildMorphWeights(b.id)
      const bmi =
        MODEL_SHAPE_BMI.base -
        (w.lean ?? 0) * (MODEL_SHAPE_BMI.base - MODEL_SHAPE_BMI.lean) +
        (w.high ?? 0) * (MODEL_SHAPE_BMI.high - MODEL_SHAPE_BMI.base)
      expect(bmi).toBeCloseTo(b.modelBmi, 6)
      for (const v of Object.values(w)) expect(v).toBeGreaterThan(0)
      for (const v of Object.values(w)) expect(v).toBeLessThanOrEqual(1)
    }
  })

  it('are labelled with their numbers', () => {
    expect(buildLabel('underweight')).toBe('Underweight (BMI < 18.5)')
    expect(buildLabel('lean')).toBe('Lean (BMI 18.5–22.9)')
    expect(buildLabel('average')).toBe('Average (BMI 23–24.9)')
    expect(buildLabel('high')).toBe('High BMI (BMI ≥ 25)')
  })
})
