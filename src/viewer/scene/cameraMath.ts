// Camera moves as pure math, shared by the camera service (CameraFocus.tsx) and its tests: the tween between two
// poses (spherical around the orbit target, so a move from the front to the back swings around the body instead
// of passing through it; the field of view eased alongside), the poses that frame a structure or a set of points,
// and the keyboard's orbit, pan and zoom steps. three's math classes only: no scene, no renderer, no React.
import { Box3, Spherical, Vector3 } from 'three'
import { frameSpheres, type FramingSphere } from '../../features/zones/framing'
import { fitDistanceM } from '../views'

export type { FramingSphere }

/** A camera pose in the body frame (metres, degrees): where the camera is, the point it looks at, its vertical field of view. */
export interface Pose {
  position: Vector3
  target: Vector3
  fovDeg: number
}

/** The same pose as plain numbers (what a link, a lesson step or a test holds). */
export interface ExactCameraPose {
  position: [number, number, number]
  target: [number, number, number]
  /** Vertical field of view; when left out, the view's usual field is used. */
  fovDeg?: number
}

/** Where the camera looks from when it frames something. */
export type LookFrom =
  /** Keep the current direction of view. */
  | 'current'
  /** From the side of the body the framed thing lies on (front, back or a side), whatever the current view. */
  | 'outside'
  /** Keep the current direction unless it looks at the framed thing from the far side of the body. */
  | 'auto'

export function easeInOutCubic(t: number): number {
  return t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2
}

export function makePose(fovDeg = 35): Pose {
  return { position: new Vector3(), target: new Vector3(), fovDeg }
}

export function copyPose(from: Pose, out: Pose): Pose {
  out.position.copy(from.position)
  out.target.copy(from.target)
  out.fovDeg = from.fovDeg
  return out
}

export function poseFromExact(
  p: { readonly position: readonly number[]; readonly target: readonly number[]; readonly fovDeg?: number },
  defaultFovDeg: number,
): Pose {
  return {
    position: new Vector3(p.position[0] ?? 0, p.position[1] ?? 0, p.position[2] ?? 0),
    target: new Vector3(p.target[0] ?? 0, p.target[1] ?? 0, p.target[2] ?? 0),
    fovDeg: p.fovDeg ?? defaultFovDeg,
  }
}

/** A pose as plain numbers, rounded to `decimals` places when given (a link carries millimetres). */
export function exactFromPose(p: Pose, decimals?: number): Required<ExactCameraPose> {
  const r = (n: number): number => (decimals === undefined ? n : Math.round(n * 10 ** decimals) / 10 ** decimals)
  return {
    position: [r(p.position.x), r(p.position.y), r(p.position.z)],
    target: [r(p.target.x), r(p.target.y), r(p.target.z)],
    fovDeg: r(p.fovDeg),
  }
}

const sa = new Spherical()
const sb = new Spherical()
const offset = new Vector3()

/** The pose a fraction `t` (0..1, already eased) of the way from `from` to `to`, written into `out`. */
export function interpolatePose(from: Pose, to: Pose, t: number, out: Pose): Pose {
  sa.setFromVector3(offset.subVectors(from.position, from.target))
  sb.setFromVector3(offset.subVectors(to.position, to.target))
  let dTheta = sb.theta - sa.theta
  if (dTheta > Math.PI) dTheta -= 2 * Math.PI
  if (dTheta < -Math.PI) dTheta += 2 * Math.PI
  sa.set(sa.radius + (sb.radius - sa.radius) * t, sa.phi + (sb.phi - sa.phi) * t, sa.theta + dTheta * t)
  out.target.lerpVectors(from.target, to.target, t)
  out.position.setFromSpherical(sa).add(out.target)
  out.fovDeg = from.fovDeg + (to.fovDeg - from.fovDeg) * t
  return out
}

/** A smooth move under way. */
export interface Tween {
  readonly from: Pose
  readonly to: Pose
  readonly durationMs: number
  /** Time of the last frame drawn (ms). */
  lastMs: number
  /** Time the move has advanced so far (ms). */
  elapsedMs: number
}

/**
 * The longest step a move advances in one frame: a 700 ms move is drawn in at least four frames. On a slow device
 * (software rendering draws a frame in half a second) it would otherwise be drawn in one or two and read as a jump.
 */
export const MAX_TWEEN_STEP_MS = 175

export function startTween(from: Pose, to: Pose, nowMs: number, durationMs: number): Tween {
  return { from: copyPose(from, makePose()), to: copyPose(to, makePose()), durationMs, lastMs: nowMs, elapsedMs: 0 }
}

/** Advances the move to the frame at `nowMs` and writes its pose into `out`; true once it has arrived (`out` is then `to`). */
export function stepTween(tween: Tween, nowMs: number, out: Pose): boolean {
  tween.elapsedMs += Math.min(MAX_TWEEN_STEP_MS, Math.max(0, nowMs - tween.lastMs))
  tween.lastMs = nowMs
  const k = tween.durationMs > 0 ? Math.min(1, tween.elapsedMs / tween.durationMs) : 1
  if (k >= 1) {
    copyPose(tween.to, out)
    return true
  }
  interpolatePose(tween.from, tween.to, easeInOutCubic(k), out)
  return false
}

/** Whether two poses are the same to within `toleranceM` metres (and a hundredth of a degree of field). */
export function posesMatch(a: Pose, b: Pose, toleranceM = 1e-3): boolean {
  return (
    a.position.distanceTo(b.position) < toleranceM && a.target.distanceTo(b.target) < toleranceM && Math.abs(a.fovDeg - b.fovDeg) < 0.01
  )
}

/** The field of view that limits framing on a screen of `aspect` (width / height): the narrower one. */
function limitingFovDeg(fovDeg: number, aspect: number): number {
  return Math.min(fovDeg, fovDeg * aspect)
}

const UP = new Vector3(0, 1, 0)

/**
 * The direction from the framed centre toward the camera: the current one, or from the side of the body the
 * centre lies on. `axis` is a point on the body's long axis; `lift` tilts the view down a little.
 */
function viewDirection(
  current: Pose,
  outwardOf: Vector3,
  axis: Vector3,
  lookFrom: LookFrom,
  threshold: number,
  lift: number,
  out: Vector3,
): Vector3 {
  out.subVectors(current.position, current.target)
  if (out.lengthSq() < 1e-12) out.set(0, 0, 1)
  out.normalize()
  if (lookFrom === 'current') return out
  const outward = new Vector3(outwardOf.x - axis.x, 0, outwardOf.z - axis.z)
  if (outward.length() <= threshold) return out
  outward.normalize()
  if (lookFrom === 'outside' || out.dot(outward) < 0.35) out.copy(outward).addScaledVector(UP, lift).normalize()
  return out
}

export interface SphereFraming {
  centre: Vector3
  radiusM: number
  /** Frame at least this radius around the centre, so that the surroundings give context. */
  minRadiusM: number
  lookFrom: LookFrom
}

/**
 * The pose that shows a bounding sphere (a structure) with a margin, looking at its centre. With 'auto', it
 * turns to the side of the body the structure lies on (the back for infraspinatus, the front for pectoralis
 * major) unless the current view already faces that side; `body` gives the body's long axis and size.
 */
export function poseFramingSphere(current: Pose, framing: SphereFraming, body: Box3 | null, fovDeg: number, aspect: number): Pose {
  const radius = Math.max(framing.radiusM, framing.minRadiusM)
  const dir = new Vector3()
  if (body && !body.isEmpty()) {
    const axis = body.getCenter(new Vector3())
    const span = body.getSize(new Vector3())
    const threshold = framing.lookFrom === 'outside' ? 0.005 : 0.08 * Math.max(span.x, span.z)
    viewDirection(current, framing.centre, axis, framing.lookFrom, threshold, 0.2, dir)
  } else {
    viewDirection(current, framing.centre, framing.centre, 'current', 0, 0, dir)
  }
  const dist = fitDistanceM(radius, fovDeg, aspect, 1.6)
  return { target: framing.centre.clone(), position: framing.centre.clone().addScaledVector(dir, dist), fovDeg }
}

export interface PointsFraming {
  spheres: readonly FramingSphere[]
  lookFrom: LookFrom
  /** Stay at least this far away (metres), e.g. to keep enough of the body in view to recognise where it is. */
  minDistanceM?: number
}

/**
 * The pose that fits every sphere (a trigger point and its referral zones) in the view, or null when there is
 * nothing to frame. 'outside' looks from where the points lie around the body's long axis (`axis`).
 */
export function poseFramingPoints(current: Pose, framing: PointsFraming, axis: Vector3, fovDeg: number, aspect: number): Pose | null {
  const fit = frameSpheres(framing.spheres, limitingFovDeg(fovDeg, aspect))
  if (!fit) return null
  const dir = new Vector3()
  if (framing.lookFrom === 'current') {
    viewDirection(current, axis, axis, 'current', 0, 0, dir)
  } else {
    // the mean of the points around the axis says which side of the body they are on
    const mean = new Vector3()
    for (const s of framing.spheres) mean.add(new Vector3(s.centre.x - axis.x, 0, s.centre.z - axis.z))
    if (mean.lengthSq() < 1e-8) mean.set(0, 0, 1)
    viewDirection(current, mean.add(axis), axis, framing.lookFrom, 0, 0.15, dir)
  }
  const target = new Vector3(fit.target.x, fit.target.y, fit.target.z)
  const dist = Math.max(fit.distanceM, framing.minDistanceM ?? 0)
  return { target, position: target.clone().addScaledVector(dir, dist), fovDeg }
}

/** Turns the camera around its target by `azimuthRad` (around the vertical) and `polarRad` (over the top), never past the poles. */
export function orbitPose(pose: Pose, azimuthRad: number, polarRad: number, out: Pose): Pose {
  const s = new Spherical().setFromVector3(offset.subVectors(pose.position, pose.target))
  s.theta += azimuthRad
  s.phi = Math.min(Math.PI - 0.01, Math.max(0.01, s.phi + polarRad))
  out.target.copy(pose.target)
  out.position.setFromSpherical(s).add(pose.target)
  out.fovDeg = pose.fovDeg
  return out
}

/** Slides camera and target across the screen by fractions of the viewing distance (right, up). */
export function panPose(pose: Pose, rightFraction: number, upFraction: number, out: Pose): Pose {
  const back = new Vector3().subVectors(pose.position, pose.target)
  const dist = back.length()
  back.normalize()
  // the screen's right and up for a camera that looks at its target with +Y up (as camera.lookAt sets it)
  const right = new Vector3().crossVectors(UP, back)
  if (right.lengthSq() < 1e-12) right.set(1, 0, 0)
  right.normalize()
  const up = new Vector3().crossVectors(back, right).normalize()
  const shift = right.multiplyScalar(rightFraction * dist).addScaledVector(up, upFraction * dist)
  out.position.copy(pose.position).add(shift)
  out.target.copy(pose.target).add(shift)
  out.fovDeg = pose.fovDeg
  return out
}

/** Multiplies the viewing distance by `factor` (below 1 zooms in); null when that leaves [minM, maxM]. */
export function zoomPose(pose: Pose, factor: number, minM: number, maxM: number, out: Pose): Pose | null {
  const back = new Vector3().subVectors(pose.position, pose.target).multiplyScalar(factor)
  const len = back.length()
  if (len < minM || len > maxM) return null
  out.target.copy(pose.target)
  out.position.copy(pose.target).add(back)
  out.fovDeg = pose.fovDeg
  return out
}
