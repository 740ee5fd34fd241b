// The builds a depth is shown for, defined once by body mass index (BMI) range. The ranges are the WHO
// Asia-Pacific cut-offs, which are also the groups the interscapular ultrasound study reports (ARM-2014:
// BMI < 23, 23 to < 25, >= 25), so its rows map onto builds without re-binning. Each build also names the body
// shape the generated model shows for it: a representative BMI inside the range, turned into weights of the
// skin's "lean" and "high" morph targets, which the generator made for BMI 17.9 and 27.5 around a base of 21.1
// (KIM-2002's sample mean and mean - 1 SD / + 2 SD; src/model/habitus.ts).

export const BUILD_IDS = ['underweight', 'lean', 'average', 'high'] as const
export type BuildId = (typeof BUILD_IDS)[number]

export interface Build {
  id: BuildId
  label: string
  /** BMI range in kg/m², lower bound inclusive, upper bound exclusive; null where open. */
  bmiFrom: number | null
  bmiBelow: number | null
  /** The BMI the model's body is shaped for when this build is chosen. */
  modelBmi: number
}

export const BUILDS: readonly Build[] = [
  { id: 'underweight', label: 'Underweight', bmiFrom: null, bmiBelow: 18.5, modelBmi: 17.9 },
  { id: 'lean', label: 'Lean', bmiFrom: 18.5, bmiBelow: 23, modelBmi: 21.1 },
  { id: 'average', label: 'Average', bmiFrom: 23, bmiBelow: 25, modelBmi: 24 },
  { id: 'high', label: 'High BMI', bmiFrom: 25, bmiBelow: null, modelBmi: 27.5 },
]

/** BMIs the generated skin's shapes stand for: the base mesh and its two morph targets. */
export const MODEL_SHAPE_BMI = { lean: 17.9, base: 21.1, high: 27.5 } as const

export function buildById(id: BuildId): Build {
  const b = BUILDS.find((x) => x.id === id)
  if (!b) throw new Error(`unknown build "${id}"`)
  return b
}

/** "BMI < 18.5", "BMI 18.5-22.9", "BMI 23-24.9", "BMI >= 25". */
export function bmiRangeText(b: Build): string {
  if (b.bmiFrom === null && b.bmiBelow !== null) return `BMI < ${b.bmiBelow}`
  if (b.bmiBelow === null && b.bmiFrom !== null) return `BMI ≥ ${b.bmiFrom}`
  return `BMI ${b.bmiFrom}–${((b.bmiBelow as number) - 0.1).toFixed(1)}`
}

/** "Lean (BMI 18.5–22.9)". */
export function buildLabel(id: BuildId): string {
  const b = buildById(id)
  return `${b.label} (${bmiRangeText(b)})`
}

/** The build a BMI falls in. */
export function buildOfBmi(bmi: number): BuildId {
  const b = BUILDS.find((x) => (x.bmiFrom === null || bmi >= x.bmiFrom) && (x.bmiBelow === null || bmi < x.bmiBelow))
  return (b ?? BUILDS[BUILDS.length - 1]!).id
}

/**
 * Morph-target weights that shape the generated skin for a build: linear in BMI between the base shape and the
 * lean or high target (the targets are themselves linear in BMI: KIM-2002's regression).
 */
export function buildMorphWeights(id: BuildId): Record<string, number> {
  const bmi = buildById(id).modelBmi
  const { lean, base, high } = MODEL_SHAPE_BMI
  if (Math.abs(bmi - base) < 1e-9) return {}
  if (bmi < base) return { lean: (base - bmi) / (base - lean) }
  return { high: (bmi - base) / (high - base) }
}

/**
 * A build from a link or command-line value. The three names of earlier versions (lean, average, high) keep
 * their names, so old links open the build of the same name (now with its BMI range); "underweight" is new.
 * Returns null for anything else, so the caller can say what is wrong.
 */
export function parseBuild(value: string | null | undefined): BuildId | null {
  const v = (value ?? '').trim().toLowerCase()
  return (BUILD_IDS as readonly string[]).includes(v) ? (v as BuildId) : null
}
