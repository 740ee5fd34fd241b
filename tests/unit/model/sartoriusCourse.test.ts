// The sartorius on both generated bodies runs down the front of the thigh as one smooth strap, and the skin over it
// has no knobs. Laid over what lies beneath at a few via points and joined by straight pieces, it stood up at each
// via point (6.4 mm over the chord of its neighbours 3 cm above and below on the male body, 6.9 mm on the female) and
// the skin of the front of the thigh showed two knobs on each side (4.3 mm on the male body). The female body's fat
// hid them (2.4 mm), so there the skin's check guards against a new knob, not the old one (docs/MODEL.md, "The
// sartorius: one smooth strap, crossing to the medial thigh").
import { describe, expect, it } from 'vitest'
import type { BvhMesh } from '../../../src/geometry/meshBvh'
import { type BodyModel } from '../../../src/model/readGlb'
import { BODIES, bodyModelLoader } from '../helpers/bodies'
import { firstCrossingZ, meanXByBand, meshPositions, meshTrees } from '../helpers/modelTrees'

/** The stretch of the thigh followed, as fractions of the sartorius' height from its insertion to its origin: from
 * above the knee to below the anterior superior iliac spine. */
const FROM_FRACTION = 0.4
const TO_FRACTION = 0.95
const STEP_M = 0.01
/** The chord's half-length (in steps): 3 cm above and below. */
const CHORD_STEPS = 3

interface Course {
  fromY: number
  toY: number
  x: (y: number) => number
}

/** How far either side of the course the strap must still be met (m). */
const COURSE_MARGIN_M = 0.004
/** Bands either side averaged into the course (a 5 cm window). */
const SMOOTHING_BANDS = 2

/** The sartorius' course seen from the front: per 1 cm band of height the mean x of its vertices, averaged over the
 * bands SMOOTHING_BANDS either side and interpolated between bands (a smoothed course, so that the sampling does not
 * wander across the strap with the vertices' spacing). */
function smoothedCourse(positions: Float32Array): Course {
  let low = Infinity
  let high = -Infinity
  for (let i = 1; i < positions.length; i += 3) {
    low = Math.min(low, positions[i]!)
    high = Math.max(high, positions[i]!)
  }
  const fromY = low + FROM_FRACTION * (high - low)
  const toY = low + TO_FRACTION * (high - low)
  const bands = meanXByBand(positions, STEP_M)
  const smoothed = (k: number): number => {
    let sum = 0
    let n = 0
    for (let d = -SMOOTHING_BANDS; d <= SMOOTHING_BANDS; d++) {
      const meanX = bands.get(k + d)
      if (meanX !== undefined) {
        sum += meanX
        n++
      }
    }
    if (n === 0) throw new Error(`the sartorius has no vertices near ${(k * STEP_M).toFixed(2)} m`)
    return sum / n
  }
  const x = (y: number): number => {
    const k = Math.floor(y / STEP_M)
    const t = y / STEP_M - k
    return smoothed(k) * (1 - t) + smoothed(k + 1) * t
  }
  return { fromY, toY, x }
}

/** The most a mesh's front stands out along the course (m): at each height, its front less the mean of its fronts
 * CHORD_STEPS above and below. Asserts that every ray meets the mesh. */
function worstKnob(tree: BvhMesh, course: Course): number {
  const steps = Math.round((course.toY - course.fromY) / STEP_M)
  const front: number[] = []
  for (let i = 0; i <= steps; i++) {
    const y = course.fromY + i * STEP_M
    front.push(firstCrossingZ(tree, course.x(y), y, 'front'))
  }
  expect(front.every((z) => Number.isFinite(z))).toBe(true)
  expect(front.length).toBeGreaterThan(2 * CHORD_STEPS + 4)
  let worst = -Infinity
  for (let i = CHORD_STEPS; i < front.length - CHORD_STEPS; i++) {
    worst = Math.max(worst, front[i]! - (front[i - CHORD_STEPS]! + front[i + CHORD_STEPS]!) / 2)
  }
  return worst
}

describe.each(BODIES)('$file: the sartorius down the front of the thigh', ({ file }) => {
  const model = bodyModelLoader(file)
  let course: Course | undefined
  const load = async (): Promise<{ m: BodyModel; course: Course }> => {
    const m = await model()
    course ??= smoothedCourse(meshPositions(m, 'sartorius.left'))
    return { m, course }
  }

  it('is followed over its front: rays 4 mm either side of the course still meet the strap', async () => {
    const { m, course } = await load()
    const strap = meshTrees(() => m)('sartorius.left')
    const steps = Math.round((course.toY - course.fromY) / STEP_M)
    for (let i = 0; i <= steps; i++) {
      const y = course.fromY + i * STEP_M
      for (const dx of [-COURSE_MARGIN_M, COURSE_MARGIN_M]) {
        expect(firstCrossingZ(strap, course.x(y) + dx, y, 'front'), `y ${y.toFixed(2)}, ${dx > 0 ? 'lateral' : 'medial'}`).not.toBeNaN()
      }
    }
  })

  it('is one smooth strap: its front stands out by at most 3.5 mm over the chord 3 cm above and below', async () => {
    const { m, course } = await load()
    expect(worstKnob(meshTrees(() => m)('sartorius.left'), course)).toBeLessThan(0.0035)
  })

  it('leaves no knob in the skin over it: at most 3 mm over the same chord', async () => {
    const { m, course } = await load()
    expect(worstKnob(meshTrees(() => m)('skin.midline'), course)).toBeLessThan(0.003)
  })
})
