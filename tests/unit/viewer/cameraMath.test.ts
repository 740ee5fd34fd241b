// The camera's moves as pure maths: a tween passes through poses between its ends in several frames (also when
// frames are slow) and arrives exactly, easing the field of view; framing a structure turns to the side of the
// body it lies on; framing points fits them; the keyboard's orbit, pan and zoom steps.
import { Box3, Vector3 } from 'three'
import { describe, expect, it } from 'vitest'
import {
  exactFromPose,
  MAX_TWEEN_STEP_MS,
  orbitPose,
  panPose,
  poseFramingPoints,
  poseFramingSphere,
  poseFromExact,
  startTween,
  stepTween,
  zoomPose,
  makePose,
  type Pose,
} from '../../../src/viewer/scene/cameraMath'

const BODY = new Box3(new Vector3(-0.3, 0, -0.15), new Vector3(0.3, 1.8, 0.15))
const front = (): Pose => poseFromExact({ position: [0, 0.9, 4], target: [0, 0.9, 0] }, 35)
const dirOf = (p: Pose): Vector3 => p.position.clone().sub(p.target).normalize()

describe('camera tween', () => {
  it('passes through distinct poses between its ends, then arrives exactly, field of view included', () => {
    const from = front()
    const to = poseFromExact({ position: [1, 1.4, 0.5], target: [0.1, 1.3, 0], fovDeg: 20 }, 35)
    const tween = startTween(from, to, 1000, 700)
    const out = makePose()
    const seen: Pose[] = []
    let now = 1000
    let arrived = false
    while (!arrived) {
      now += 16
      arrived = stepTween(tween, now, out)
      if (!arrived) seen.push({ position: out.position.clone(), target: out.target.clone(), fovDeg: out.fovDeg })
    }
    expect(seen.length).toBeGreaterThan(30)
    // every pose drawn on the way is strictly between the ends, and each is nearer the end than the last
    const remaining = seen.map((p) => p.position.distanceTo(to.position) + p.target.distanceTo(to.target))
    for (let i = 1; i < remaining.length; i++) expect(remaining[i]).toBeLessThan(remaining[i - 1]!)
    for (const p of seen) {
      expect(p.fovDeg).toBeLessThan(35)
      expect(p.fovDeg).toBeGreaterThan(20)
    }
    expect(exactFromPose(out)).toEqual(exactFromPose(to))
    expect(now - 1000).toBeGreaterThanOrEqual(700)
  })

  it('is drawn in several frames even when each frame takes half a second', () => {
    const tween = startTween(front(), poseFromExact({ position: [0, 0.9, -4], target: [0, 0.9, 0] }, 35), 0, 700)
    const out = makePose()
    let frames = 0
    let now = 0
    const between: number[] = []
    for (;;) {
      now += 500
      frames++
      if (stepTween(tween, now, out)) break
      between.push(out.position.z)
    }
    expect(frames).toBe(Math.ceil(700 / MAX_TWEEN_STEP_MS))
    expect(between.length).toBeGreaterThanOrEqual(3)
    expect(new Set(between.map((z) => z.toFixed(3))).size).toBe(between.length)
    // swung around the body at its distance, not through it
    expect(out.position.z).toBeCloseTo(-4, 6)
  })

  it('swings from the front to the back around the target, keeping its distance', () => {
    const tween = startTween(front(), poseFromExact({ position: [0, 0.9, -4], target: [0, 0.9, 0] }, 35), 0, 700)
    const out = makePose()
    for (let t = 100; t < 700; t += 100) {
      stepTween(tween, t, out)
      expect(out.position.distanceTo(out.target)).toBeCloseTo(4, 5)
    }
  })
})

describe('framing', () => {
  const infraspinatus = new Vector3(0.12, 1.35, -0.1) // on the back
  const pectoralis = new Vector3(0.12, 1.35, 0.1) // on the front

  it('turns to the back for a structure on the back when the view is from the front', () => {
    const pose = poseFramingSphere(front(), { centre: infraspinatus, radiusM: 0.08, minRadiusM: 0.06, lookFrom: 'auto' }, BODY, 35, 1.5)
    expect(pose.target.toArray()).toEqual(infraspinatus.toArray())
    // from behind and the patient's left, where the left infraspinatus lies
    expect(dirOf(pose).z).toBeLessThan(-0.5)
    expect(dirOf(pose).x).toBeGreaterThan(0.5)
  })

  it('keeps the direction of view when it already faces the structure, unless asked to look from outside', () => {
    const slightlyLeft = poseFromExact({ position: [1, 1, 3.5], target: [0, 0.9, 0] }, 35)
    const kept = poseFramingSphere(slightlyLeft, { centre: pectoralis, radiusM: 0.08, minRadiusM: 0.06, lookFrom: 'auto' }, BODY, 35, 1.5)
    expect(dirOf(kept).dot(dirOf(slightlyLeft))).toBeCloseTo(1, 6)
    const outside = poseFramingSphere(
      slightlyLeft,
      { centre: pectoralis, radiusM: 0.08, minRadiusM: 0.06, lookFrom: 'outside' },
      BODY,
      35,
      1.5,
    )
    expect(dirOf(outside).x).toBeGreaterThan(0.5) // the structure is left of the long axis: seen from the left
  })

  it('frames at least the minimum radius around a small structure', () => {
    const small = poseFramingSphere(front(), { centre: pectoralis, radiusM: 0.01, minRadiusM: 0.2, lookFrom: 'current' }, BODY, 35, 1.5)
    const large = poseFramingSphere(front(), { centre: pectoralis, radiusM: 0.2, minRadiusM: 0.06, lookFrom: 'current' }, BODY, 35, 1.5)
    expect(small.position.distanceTo(small.target)).toBeCloseTo(large.position.distanceTo(large.target), 6)
  })

  it('fits points and their zones in the view from the current direction, or from where they lie', () => {
    const spheres = [
      { centre: { x: 0.1, y: 1.5, z: -0.08 }, radiusM: 0.03 },
      { centre: { x: 0.12, y: 1.7, z: -0.05 }, radiusM: 0.04 },
    ]
    const axis = new Vector3(0, 0.9, 0)
    const kept = poseFramingPoints(front(), { spheres, lookFrom: 'current' }, axis, 35, 1.5)!
    expect(dirOf(kept).z).toBeCloseTo(1, 6)
    expect(kept.target.y).toBeCloseTo(1.6, 2)
    // every sphere is inside the vertical field of view
    for (const s of spheres) {
      const toSphere = new Vector3(s.centre.x, s.centre.y, s.centre.z).sub(kept.position)
      const angle = toSphere.angleTo(kept.target.clone().sub(kept.position))
      expect(angle + Math.asin(s.radiusM / toSphere.length())).toBeLessThan((35 / 2) * (Math.PI / 180))
    }
    const outside = poseFramingPoints(front(), { spheres, lookFrom: 'outside', minDistanceM: 1.1 }, axis, 35, 1.5)!
    expect(dirOf(outside).z).toBeLessThan(-0.5)
    expect(outside.position.distanceTo(outside.target)).toBeCloseTo(1.1, 6)
    expect(poseFramingPoints(front(), { spheres: [], lookFrom: 'current' }, axis, 35, 1.5)).toBeNull()
  })
})

describe('keyboard steps', () => {
  it('orbits around the target at the same distance, never over the pole', () => {
    const out = orbitPose(front(), Math.PI / 2, 0, makePose())
    expect(out.position.x).toBeCloseTo(4, 6)
    expect(out.position.distanceTo(out.target)).toBeCloseTo(4, 6)
    const top = orbitPose(front(), 0, -Math.PI, makePose())
    expect(dirOf(top).y).toBeLessThan(1)
    expect(dirOf(top).y).toBeGreaterThan(0.99)
  })

  it('pans camera and target together across the screen', () => {
    const out = panPose(front(), 0.1, 0.05, makePose())
    expect(out.position.x - 0).toBeCloseTo(0.4, 6) // screen right is +X seen from the front
    expect(out.target.y - 0.9).toBeCloseTo(0.2, 6)
    expect(out.position.clone().sub(out.target).toArray()).toEqual([0, 0, 4].map((v) => expect.closeTo(v, 6)))
  })

  it('zooms by a factor within the limits', () => {
    const inward = zoomPose(front(), 0.5, 0.1, 15, makePose())!
    expect(inward.position.z).toBeCloseTo(2, 6)
    expect(zoomPose(front(), 10, 0.1, 15, makePose())).toBeNull()
  })
})
