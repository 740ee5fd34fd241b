// The neck on both generated bodies is a column under the head, not a tent from the ears to the shoulders: upper
// trapezius' fibres from the occiput run down the back of the neck before they turn out to the clavicle, so the skin's
// breadth at mid-neck is a neck's. Before, they ran straight from the nuchal line to the clavicle, and the skin's
// half-breadth grew from 7.7 cm at the C4 vertebra to 8.6 cm at C5 and 9.4 cm at C6 (male; the female neck 7.2, 8.0 and
// 8.7 cm, which the warp now narrows by the ANSUR II neck circumference ratio).
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { raycastAll, type BvhMesh } from '../../../src/geometry/meshBvh'
import { readGlb, type BodyModel } from '../../../src/model/readGlb'
import { BODIES } from '../helpers/bodies'
import { meshTrees } from '../helpers/modelTrees'

/** ANSUR II (Gordon et al. 2014, public data file): neck circumference below the laryngeal prominence, mean and SD (mm). */
const NECK_CIRCUMFERENCE_MM = { male: [397.6, 25.8], female: [329.8, 19.2] } as const

/** The skin's greatest half-breadth (m) at height y: rays from the patient's left toward the midline, over the neck's depth. */
function halfBreadthAt(skin: BvhMesh, y: number): number {
  let widest = 0
  for (let z = -0.12; z <= 0.1; z += 0.0025) {
    const hits = raycastAll(skin, { x: 0.3, y, z }, { x: -1, y: 0, z: 0 })
    if (hits.length) widest = Math.max(widest, 0.3 - Math.min(...hits.map((h) => h.distanceM)))
  }
  return widest
}

/** The height of the middle of a vertebra's mesh (m). */
function vertebraMidHeight(m: BodyModel, level: string): number {
  const p = m.byName.get(`${level}-vertebra.midline`)!.mesh!.positions
  let low = Infinity
  let high = -Infinity
  for (let i = 1; i < p.length; i += 3) {
    low = Math.min(low, p[i]!)
    high = Math.max(high, p[i]!)
  }
  return (low + high) / 2
}

describe.each(BODIES)('$file: the neck', ({ sex, file }) => {
  let model: BodyModel | undefined
  const load = async (): Promise<BodyModel> => (model ??= await readGlb(resolve(import.meta.dirname, '../../..', file)))

  it('is no broader at the C5 vertebra than a round neck of the ANSUR II mean neck circumference + 2 SD', async () => {
    const m = await load()
    const skin = meshTrees(() => m)('skin.midline')
    const [mean, sd] = NECK_CIRCUMFERENCE_MM[sex]
    const roundNeckHalfBreadthM = (mean + 2 * sd) / (2 * Math.PI) / 1000
    expect(halfBreadthAt(skin, vertebraMidHeight(m, 'c5'))).toBeLessThan(roundNeckHalfBreadthM)
  })

  it('widens from the C4 to the C6 vertebra by less than 15%: the slope to the shoulders starts below mid-neck', async () => {
    const m = await load()
    const skin = meshTrees(() => m)('skin.midline')
    const atC4 = halfBreadthAt(skin, vertebraMidHeight(m, 'c4'))
    const atC6 = halfBreadthAt(skin, vertebraMidHeight(m, 'c6'))
    expect(atC4).toBeGreaterThan(0.04)
    expect(atC6 / atC4).toBeLessThan(1.15)
  })
})
