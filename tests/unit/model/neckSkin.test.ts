// The neck on both generated bodies is a column under the head, not a tent from the ears to the shoulders: upper
// trapezius' fibres from the occiput run down the back of the neck before they turn out to the clavicle, so the skin's
// breadth at mid-neck is a neck's and it does not grow from C3 to C5. Straight from the nuchal line to the clavicle,
// the fibres lie on the side of the neck, and the skin's half-breadth grows by a quarter from C3 to C5 (6.8 to 8.6 cm
// on the male body). The breadth is measured behind the angle of the mandible (z <= 0), so that at C3-C4 it is the
// neck's and not the jaw's.
import { describe, expect, it } from 'vitest'
import type { BvhMesh } from '../../../src/geometry/meshBvh'
import { type BodyModel } from '../../../src/model/readGlb'
import { BODIES, bodyModelLoader } from '../helpers/bodies'
import { firstCrossingX, meshTrees } from '../helpers/modelTrees'

/** ANSUR II (Gordon et al. 2014, public data file): neck circumference below the laryngeal prominence, mean and SD (mm). */
const NECK_CIRCUMFERENCE_MM = { male: [397.6, 25.8], female: [329.8, 19.2] } as const

/** The skin's greatest half-breadth (m) at height y behind the angle of the mandible: rays from the patient's left toward
 * the midline, from the back of the neck forward to z = 0; NaN when every ray misses. */
function halfBreadthAt(skin: BvhMesh, y: number): number {
  let widest = NaN
  for (let z = -0.12; z <= 0; z += 0.0025) {
    const x = firstCrossingX(skin, y, z, 'left')
    if (!Number.isNaN(x)) widest = Number.isNaN(widest) ? x : Math.max(widest, x)
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
  const load = bodyModelLoader(file)

  it('is no broader at the C5 vertebra than a round neck of the ANSUR II mean neck circumference + 2 SD', async () => {
    const m = await load()
    const skin = meshTrees(() => m)('skin.midline')
    const [mean, sd] = NECK_CIRCUMFERENCE_MM[sex]
    const roundNeckHalfBreadthM = (mean + 2 * sd) / (2 * Math.PI) / 1000
    const atC5 = halfBreadthAt(skin, vertebraMidHeight(m, 'c5'))
    expect(atC5).toBeGreaterThan(0.04)
    expect(atC5).toBeLessThan(roundNeckHalfBreadthM)
  })

  it('is a column from the C3 to the C5 vertebra: at most 5% broader at C5 than at C3', async () => {
    const m = await load()
    const skin = meshTrees(() => m)('skin.midline')
    const atC3 = halfBreadthAt(skin, vertebraMidHeight(m, 'c3'))
    const atC5 = halfBreadthAt(skin, vertebraMidHeight(m, 'c5'))
    expect(atC3).toBeGreaterThan(0.04)
    expect(atC5 / atC3).toBeLessThan(1.05)
  })
})
