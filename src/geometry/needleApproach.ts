// Needle approaches for the simulator: the direction a needle travels for "straight", "tangential" and
// "pincer" techniques, derived from the atlas direction and the skin normal. Geometry only: which approach
// a clinician should use is clinical text in the atlas, not decided here.
import { cross, dot, length, normalize, scale, sub, type Vec3Like } from './vec'

export type NeedleApproach = 'straight' | 'tangential' | 'pincer'

export const NEEDLE_APPROACHES: readonly NeedleApproach[] = ['straight', 'tangential', 'pincer']

/**
 * Outward tilt of the pincer path from the chest-wall plane, in degrees. A geometric stand-in for the
 * lifted fold (the needle aims at the fingers holding it), not a clinical figure: the model's skin is not
 * deformed by the grip.
 */
export const PINCER_TILT_DEG = 10

export interface ApproachOptions {
  /** Overrides PINCER_TILT_DEG. */
  pincerTiltDeg?: number
  /**
   * Axis to run along when the atlas direction is (nearly) along the skin normal, so it gives no direction
   * within the surface. Defaults to the body's long axis (+Y); the depth report passes the lateral axis of
   * the side, so such a needle runs along the ribs rather than across them.
   */
  fallbackAxis?: Vec3Like
}

/** Below this (sin of about 6° between direction and normal) the in-surface part of a direction is ignored. */
const MIN_TANGENT_LENGTH = 0.1

/** Projection of `d` onto the plane perpendicular to unit `n`, normalised; a fallback axis when d ∥ n. */
function tangentOf(d: Vec3Like, n: Vec3Like, fallbackAxis?: Vec3Like): Vec3Like {
  const t = sub(d, scale(n, dot(d, n)))
  if (length(t) > MIN_TANGENT_LENGTH) {
    return normalize(t)
  }
  // The atlas direction is (nearly) along the normal, so its in-surface part is noise: run along the given
  // axis (default the body's long axis) within the surface, else along the left-right or long axis.
  for (const axis of [fallbackAxis ?? { x: 0, y: 1, z: 0 }, { x: 1, y: 0, z: 0 }, { x: 0, y: 1, z: 0 }]) {
    const a = sub(axis, scale(n, dot(axis, n)))
    if (length(a) > 0.5) {
      return normalize(a)
    }
  }
  return normalize(cross(n, { x: 0, y: 0, z: 1 }))
}

/**
 * Needle direction (unit, pointing into the body along the path) for an approach.
 * - straight: the atlas direction.
 * - tangential: the atlas direction turned to run along the chest wall: perpendicular to the outward skin
 *   normal, in the plane of the normal and the atlas direction. The path passes through the trigger point,
 *   so its distance from the chest wall stays that of the trigger point.
 * - pincer: the fold over a rib is lifted between thumb and fingers and the needle is aimed at the fingers:
 *   modelled as the tangential direction tilted away from the chest wall by PINCER_TILT_DEG.
 * `atlasDirection` and `skinNormal` are world vectors; `skinNormal` points out of the body.
 */
export function approachDirection(
  approach: NeedleApproach,
  atlasDirection: Vec3Like,
  skinNormal: Vec3Like,
  options: ApproachOptions = {},
): Vec3Like {
  const d = normalize(atlasDirection)
  if (approach === 'straight') {
    return d
  }
  const n = normalize(skinNormal)
  const t = tangentOf(d, n, options.fallbackAxis)
  if (approach === 'tangential') {
    return t
  }
  const tilt = ((options.pincerTiltDeg ?? PINCER_TILT_DEG) * Math.PI) / 180
  return normalize({
    x: t.x * Math.cos(tilt) + n.x * Math.sin(tilt),
    y: t.y * Math.cos(tilt) + n.y * Math.sin(tilt),
    z: t.z * Math.cos(tilt) + n.z * Math.sin(tilt),
  })
}
