// The hips of both generated bodies against ANSUR II's hip breadth (the greatest breadth of the hips, standing): the
// skin's cross-section, taken every 5 mm from 15 cm below the greater trochanter (the top of the thighs) to the iliac
// crest, is at its broadest within 2 SD of the mean of the body's sex. Only the outlines of the trunk and the thighs
// count (those reaching within 2 cm of the midline; the arms' do not). The bound was chosen with the result in view:
// the old male model fails it (400 mm, 2.3 SD over, where tensor fasciae latae and the iliotibial tract were stacked
// on the upper thigh; now 384 mm); the female one passed it before as now (400 and 390 mm, 1.7 and 1.3 SD over). The
// mean is the target (docs/MODEL.md, "The upper thigh").
import { describe, expect, it } from 'vitest'
import { landmarkLookupFromModel, skinMesh } from '../../../src/geometry/bodyMeshes'
import { ANSUR_II } from '../../../src/model/femaleBody'
import { BODIES, bodyModelLoader } from '../helpers/bodies'
import { sliceOutlines } from '../helpers/modelTrees'

/** ANSUR II hip breadth SD (mm), men and women (../shared/clinical/anthropometry.md §2.1). */
const HIP_BREADTH_SD_MM = [24, 27] as const

describe.each(BODIES)('$file: the hips', ({ sex, file }) => {
  const load = bodyModelLoader(file)

  it('are at their broadest within 2 SD of the ANSUR II mean hip breadth', async () => {
    const m = await load()
    const skin = skinMesh(m)
    const landmark = landmarkLookupFromModel(m)
    const [trochanter, crest] = [landmark('greater-trochanter', 'left')!, landmark('iliac-crest', 'left')!]
    const breadthsMm: number[] = []
    const levels = Math.floor((crest.y - (trochanter.y - 0.15)) / 0.005)
    for (let i = 0; i <= levels; i++) {
      const y = trochanter.y - 0.15 + i * 0.005
      const trunkAndThighs = sliceOutlines(skin, y).filter((o) => o.minX < 0.02 && o.maxX > -0.02)
      // a cross-section of the trunk, or of both thighs, not an empty slice
      expect(trunkAndThighs.length, `no outline within 2 cm of the midline ${y.toFixed(3)} m above the floor`).toBeGreaterThan(0)
      breadthsMm.push((Math.max(...trunkAndThighs.map((o) => o.maxX)) - Math.min(...trunkAndThighs.map((o) => o.minX))) * 1000)
    }
    const broadest = Math.max(...breadthsMm)
    const k = sex === 'male' ? 0 : 1
    const [mean, sd] = [ANSUR_II.hipBreadth[k], HIP_BREADTH_SD_MM[k]]
    expect(broadest).toBeGreaterThan(mean - 2 * sd)
    expect(broadest).toBeLessThan(mean + 2 * sd)
  })
})
