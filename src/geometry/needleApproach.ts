// Needle approaches for the simulator: the direction a needle travels for "straight", "tangential" and
// "pincer" techniques, derived from the atlas direction and the skin normal over the trigger point, and
// which approaches a trigger point offers. Geometry only: which approach a clinician should use is clinical
// text in the atlas, not decided here.
import { cross, dot, length, normalize, scale, sub, type Vec3Like } from './vec'

export type NeedleApproach = 'straight' | 'tangential' | 'pincer'

export const NEEDLE_APPROACHES: readonly NeedleApproach[] = ['straight', 'tangential', 'pincer']

/**
 * Angle between the needle and the skin surface for the oblique approaches, in degrees: the needle enters
 * beside the trigger point and reaches it at this shallow angle, running along the chest wall rather than
 * toward it. The pincer path is the shallower one because the fold lifted between thumb and fingers lets the
 * needle lie nearly parallel to the chest wall. Geometric stand-ins, not clinical figures: the model's skin
 * is not deformed by the grip. A path through the trigger point parallel to the surface would never leave
 * the skin near it (its skin entry would lie on the far side of the body), so the angle is never zero.
 */
export const APPROACH_SURFACE_ANGLE_DEG = { tangential: 30, pincer: 20 } as const

/**
 * The approaches offered for a trigger point: straight always; tangential and pincer, the chest-wall
 * techniques, where the needle path lies over the pleura (the atlas names it as reachable or as a danger
 * structure beneath).
 */
export function offeredApproaches(needling: { pleuraReachable: boolean; dangerStructures: readonly string[] }): NeedleApproach[] {
  const overChestWall = needling.pleuraReachable || needling.dangerStructures.includes('parietal-pleura')
  return overChestWall ? [...NEEDLE_APPROACHES] : ['straight']
}

export interface ApproachOptions {
  /** Overrides APPROACH_SURFACE_ANGLE_DEG for the approach asked for. */
  surfaceAngleDeg?: number
  /**
   * Axis to run along when the atlas direction is (nearly) along the skin normal, so it gives no direction
   * within the surface. Defaults to the body's long axis (+Y); the depth report passes the lateral axis of
   * the side, so such a needle runs along the ribs rather than across them.
   */
  fallbackAxis?: Vec3Like
  /**
   * The way the needle travels within the surface where the technique fixes it (the atlas's obliqueAxis): used in
   * place of the atlas direction's in-surface part, projected onto the surface.
   */
  surfaceAxis?: Vec3Like
}

/**
 * Below this (sin 20°: the direction within 20° of the normal) the in-surface part of a direction is ignored. The
 * generated skin's normal over a trigger point shifts by a few degrees when the model is rebuilt (3.5° at the upper
 * trapezius when the air pockets under the posterior deltoid were filled), and a direction a few degrees off the
 * normal would then turn round: the upper trapezius' oblique needle ran toward the neck on one model and toward the
 * acromion on the next.
 */
const MIN_TANGENT_LENGTH = Math.sin((20 * Math.PI) / 180)

/**
 * Projection of `d` onto the plane perpendicular to unit `n`, normalised; a fallback axis when d ∥ n. A surface axis
 * (the technique's own direction) comes first unless it, too, lies along the normal.
 */
function tangentOf(d: Vec3Like, n: Vec3Like, fallbackAxis?: Vec3Like, surfaceAxis?: Vec3Like): Vec3Like {
  if (surfaceAxis) {
    const a = normalize(surfaceAxis)
    const along = sub(a, scale(n, dot(a, n)))
    if (length(along) > MIN_TANGENT_LENGTH) {
      return normalize(along)
    }
  }
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
 * - tangential: the atlas direction turned to run along the chest wall, in the plane of the outward skin
 *   normal and the atlas direction, entering at APPROACH_SURFACE_ANGLE_DEG.tangential to the surface.
 * - pincer: the fold over a rib is lifted between thumb and fingers and the needle is aimed at the fingers:
 *   the same in-surface direction at the shallower APPROACH_SURFACE_ANGLE_DEG.pincer.
 * Where `options.surfaceAxis` is given, both oblique paths run along it within the surface instead.
 * `atlasDirection` and `skinNormal` are world vectors; `skinNormal` points out of the body and should be the
 * normal of the skin nearest the trigger point, so that "along the surface" means the surface over it.
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
  const t = tangentOf(d, n, options.fallbackAxis, options.surfaceAxis)
  const angle = ((options.surfaceAngleDeg ?? APPROACH_SURFACE_ANGLE_DEG[approach]) * Math.PI) / 180
  // Into the body: along the surface, and down (against the outward normal) by the surface angle.
  return normalize({
    x: t.x * Math.cos(angle) - n.x * Math.sin(angle),
    y: t.y * Math.cos(angle) - n.y * Math.sin(angle),
    z: t.z * Math.cos(angle) - n.z * Math.sin(angle),
  })
}
