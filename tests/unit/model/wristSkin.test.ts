// The wrist of both generated bodies against ANSUR II's wrist circumference: the skin's outline round the forearm's
// axis, cut square to that axis (from the epicondyles' midpoint to the styloids') through the midpoint of the radial
// and ulnar styloids' tips, is within 3 SD of the mean of the body's sex (the survey's own level for the tape is not in
// ../shared/clinical; this one is ours). And the forearm does not end in a cuff: 15 mm beyond the styloids, over the
// carpus, the outline is at most CUFF_MM shorter than at the styloids (in people the two are about alike). The bounds
// were chosen with the result in view; the mean is the target (docs/MODEL.md, "The forearm: tendons into the wrist").
import { describe, expect, it } from 'vitest'
import { landmarkLookupFromModel, skinMesh } from '../../../src/geometry/bodyMeshes'
import { ANSUR_II } from '../../../src/model/femaleBody'
import { BODIES, bodyModelLoader } from '../helpers/bodies'
import { perimeterAroundM } from '../helpers/modelTrees'

/** ANSUR II wrist circumference SD (mm), men and women (../shared/clinical/anthropometry.md §2.1). */
const WRIST_CIRCUMFERENCE_SD_MM = [9, 8] as const
const BOUND_SD = 3
const CUFF_MM = 30

type P = [number, number, number]
const mid = (a: { x: number; y: number; z: number }, b: { x: number; y: number; z: number }): P => [
  (a.x + b.x) / 2,
  (a.y + b.y) / 2,
  (a.z + b.z) / 2,
]

describe.each(BODIES)('$file: the wrist', ({ sex, file }) => {
  const load = bodyModelLoader(file)

  it('is within 3 SD of the ANSUR II mean wrist circumference, with no cuff over the carpus', async () => {
    const m = await load()
    const skin = skinMesh(m)
    const landmark = landmarkLookupFromModel(m)
    const elbow = mid(landmark('lateral-epicondyle', 'left')!, landmark('medial-epicondyle', 'left')!)
    const wrist = mid(landmark('radial-styloid', 'left')!, landmark('ulnar-styloid', 'left')!)
    const axis = [0, 1, 2].map((k) => wrist[k]! - elbow[k]!)
    const length = Math.hypot(...axis)
    const normal = axis.map((v) => v / length) as P
    const perimeterMm = (beyondM: number): number =>
      perimeterAroundM(skin, { point: wrist.map((v, k) => v + normal[k]! * beyondM) as P, normal }) * 1000
    const atStyloids = perimeterMm(0)
    const k = sex === 'male' ? 0 : 1
    const [mean, sd] = [ANSUR_II.wristCircumference[k], WRIST_CIRCUMFERENCE_SD_MM[k]]
    expect(atStyloids).toBeGreaterThan(mean - BOUND_SD * sd)
    expect(atStyloids).toBeLessThan(mean + BOUND_SD * sd)
    expect(atStyloids - perimeterMm(0.015)).toBeLessThan(CUFF_MM)
  })
})
