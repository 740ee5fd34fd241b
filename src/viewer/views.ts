// Named camera views of the standing body (frame: metres, +Y up, body faces +Z, patient's left on +X).
// Pure math on plain numbers so the scene, the URL and the tests share one definition.

export type ViewId = 'anterior' | 'posterior' | 'left' | 'right' | 'superior'
export type Vec3 = readonly [number, number, number]

export interface ViewInfo {
  id: ViewId
  /** The button's label. */
  label: string
  /** Unit direction from the look-at point toward the camera. */
  direction: Vec3
}

export const VIEWS: readonly ViewInfo[] = [
  { id: 'anterior', label: 'Anterior', direction: [0, 0, 1] },
  { id: 'posterior', label: 'Posterior', direction: [0, 0, -1] },
  // The patient's left is +X, so the left view looks from +X.
  { id: 'left', label: 'Left', direction: [1, 0, 0] },
  { id: 'right', label: 'Right', direction: [-1, 0, 0] },
  // Straight down would make the orbit's up vector degenerate: tilt a hair toward the front.
  { id: 'superior', label: 'Superior', direction: [0, 0.9999, 0.0141] },
]

export interface CameraPose {
  position: Vec3
  target: Vec3
}

/** What is framed: the centre and half-extents (metres) of an axis-aligned box, e.g. the whole body. */
export interface BodyFrame {
  center: Vec3
  halfSizeM: Vec3
}

export const DEFAULT_BODY_FRAME: BodyFrame = { center: [0, 0.9, 0], halfSizeM: [0.3, 0.9, 0.15] }

/** Distance at which a sphere of `radiusM` fills the view, with a little margin. */
export function fitDistanceM(radiusM: number, fovDeg: number, aspect: number, margin = 1.12): number {
  const vFov = (fovDeg * Math.PI) / 180
  const hFov = 2 * Math.atan(Math.tan(vFov / 2) * Math.max(aspect, 1e-3))
  const limiting = Math.min(vFov, hFov)
  return (radiusM * margin) / Math.sin(limiting / 2)
}

/**
 * The camera pose that shows the whole box from one side: the box's extent across and up the screen fits the
 * field of view (with `margin`), measured from the box face nearest the camera.
 */
export function viewPose(view: ViewId, frame: BodyFrame, fovDeg: number, aspect: number, margin = 1.08): CameraPose {
  // every ViewId is in VIEWS; the front view is the fallback all the same
  const direction = VIEWS.find((v) => v.id === view)?.direction ?? [0, 0, 1]
  const [hx, hy, hz] = frame.halfSizeM
  // Half-extents across the screen, up the screen, and toward the camera, for this view.
  const [across, up, depth] = view === 'left' || view === 'right' ? [hz, hy, hx] : view === 'superior' ? [hx, hz, hy] : [hx, hy, hz]
  const tanV = Math.tan((fovDeg * Math.PI) / 360)
  const tanH = tanV * Math.max(aspect, 1e-3)
  const d = depth + Math.max(up / tanV, across / tanH) * margin
  const [cx, cy, cz] = frame.center
  const [dx, dy, dz] = direction
  return { position: [cx + dx * d, cy + dy * d, cz + dz * d], target: [cx, cy, cz] }
}

export function isViewId(v: string): v is ViewId {
  return VIEWS.some((x) => x.id === v)
}

/** A unit-distance pose of a named view about the origin, enough to say which way it looks; null (no named view)
 * is taken as the front, as the camera does. */
export function namedViewPose(view: ViewId | null): CameraPose {
  return { position: VIEWS.find((v) => v.id === (view ?? 'anterior'))?.direction ?? [0, 0, 1], target: [0, 0, 0] }
}

/** Which side of the body a camera looks at: the patient chart's Front/Back toggle follows the camera, not a guess. */
export type BodyFacing = 'front' | 'back'

/**
 * 'front' when the camera looks at the body from within 60° of straight ahead (it faces +Z), 'back' likewise from
 * behind, and null from the side or from nearly straight above or below, where neither button would be true.
 */
export function bodyFacing(pose: CameraPose): BodyFacing | null {
  const dx = pose.position[0] - pose.target[0]
  const dy = pose.position[1] - pose.target[1]
  const dz = pose.position[2] - pose.target[2]
  const horizontal = Math.hypot(dx, dz)
  // above 60° of elevation the camera looks down on the head, not at the front or back
  if (horizontal === 0 || horizontal < Math.abs(dy) * Math.tan(Math.PI / 6)) return null
  const cosFromFront = dz / horizontal
  if (cosFromFront >= 0.5) return 'front'
  if (cosFromFront <= -0.5) return 'back'
  return null
}
