// The sartorius on both generated bodies runs down the front of the thigh as one smooth strap, and the skin over it
// has no knobs. Laid over what lies beneath at a few via points and joined by straight pieces, it stood up at each
// via point (6.5 mm over the chord of its neighbours 3 cm above and below on the male body, 6.9 mm on the female)
// and the skin of the front of the thigh showed two knobs on each side (4.6 mm on the male body).
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { BvhMesh } from '../../../src/geometry/meshBvh'
import { readGlb, type BodyModel } from '../../../src/model/readGlb'
import { BODIES } from '../helpers/bodies'
import { firstCrossingZ, meshTrees } from '../helpers/modelTrees'

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

/** The sartorius' course seen from the front: a least-squares quadratic x(y) through the mean x of its vertices in
 * each 1 cm band of height (a fitted course, so that the sampling does not wander across the strap). */
function fittedCourse(positions: Float32Array): Course {
  let low = Infinity
  let high = -Infinity
  for (let i = 1; i < positions.length; i += 3) {
    low = Math.min(low, positions[i]!)
    high = Math.max(high, positions[i]!)
  }
  const fromY = low + FROM_FRACTION * (high - low)
  const toY = low + TO_FRACTION * (high - low)
  const bands = new Map<number, { sum: number; n: number }>()
  for (let i = 0; i < positions.length; i += 3) {
    const y = positions[i + 1]!
    if (y < fromY - 0.02 || y > toY + 0.02) continue
    const k = Math.round(y / STEP_M)
    const b = bands.get(k) ?? { sum: 0, n: 0 }
    b.sum += positions[i]!
    b.n += 1
    bands.set(k, b)
  }
  // normal equations of x = c0 + c1 y + c2 y^2, solved by Cramer's rule
  const s = [0, 0, 0, 0, 0]
  const t = [0, 0, 0]
  for (const [k, b] of bands) {
    const y = k * STEP_M
    const x = b.sum / b.n
    for (let e = 0; e < 5; e++) s[e]! += y ** e
    for (let e = 0; e < 3; e++) t[e]! += x * y ** e
  }
  const a = [
    [s[0]!, s[1]!, s[2]!],
    [s[1]!, s[2]!, s[3]!],
    [s[2]!, s[3]!, s[4]!],
  ]
  const det = (m: number[][]): number =>
    m[0]![0]! * (m[1]![1]! * m[2]![2]! - m[1]![2]! * m[2]![1]!) -
    m[0]![1]! * (m[1]![0]! * m[2]![2]! - m[1]![2]! * m[2]![0]!) +
    m[0]![2]! * (m[1]![0]! * m[2]![1]! - m[1]![1]! * m[2]![0]!)
  const d = det(a)
  const c = [0, 1, 2].map((j) => det(a.map((row, i) => row.map((v, col) => (col === j ? t[i]! : v)))) / d)
  return { fromY, toY, x: (y) => c[0]! + c[1]! * y + c[2]! * y * y }
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
  let worst = -Infinity
  for (let i = CHORD_STEPS; i < front.length - CHORD_STEPS; i++) {
    worst = Math.max(worst, front[i]! - (front[i - CHORD_STEPS]! + front[i + CHORD_STEPS]!) / 2)
  }
  return worst
}

describe.each(BODIES)('$file: the sartorius down the front of the thigh', ({ file }) => {
  let model: BodyModel | undefined
  const load = async (): Promise<BodyModel> => (model ??= await readGlb(resolve(import.meta.dirname, '../../..', file)))

  it('is one smooth strap: its front stands out by at most 3.5 mm over the chord 3 cm above and below', async () => {
    const m = await load()
    const trees = meshTrees(() => m)
    const course = fittedCourse(m.byName.get('sartorius.left')!.mesh!.positions)
    expect(worstKnob(trees('sartorius.left'), course)).toBeLessThan(0.0035)
  })

  it('leaves no knob in the skin over it: at most 4 mm over the same chord', async () => {
    const m = await load()
    const trees = meshTrees(() => m)
    const course = fittedCourse(m.byName.get('sartorius.left')!.mesh!.positions)
    expect(worstKnob(trees('skin.midline'), course)).toBeLessThan(0.004)
  })
})
