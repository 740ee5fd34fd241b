// Where the camera should look to show a trigger point and its zones: the spheres that bound them on the body,
// their centre, and the distance at which that bounding sphere fills the view. Pure, so the framing is tested.
import type { TriggerPoint } from '../../atlas/schema'
import { resolveAnchoredPoint, type LandmarkLookup, type PlacementSide } from '../../geometry/anchors'
import { resolveSkinPatch } from '../../geometry/skinPaint'
import type { Vec3Like } from '../../geometry/vec'

/** Room framed around a trigger point itself (metres). */
const TRIGGER_POINT_RADIUS_M = 0.03

export interface FramingSphere {
  centre: Vec3Like
  radiusM: number
}

export interface Framing {
  target: Vec3Like
  distanceM: number
}

/**
 * A camera target and distance that fit every sphere in a perspective view of vertical field `fovDeg`
 * (the narrower of the vertical and horizontal fields should be passed). `marginFactor` leaves room around.
 */
export function frameSpheres(spheres: readonly FramingSphere[], fovDeg: number, marginFactor = 1.25, minDistanceM = 0.3): Framing | null {
  if (spheres.length === 0) {
    return null
  }
  const min = { x: Infinity, y: Infinity, z: Infinity }
  const max = { x: -Infinity, y: -Infinity, z: -Infinity }
  for (const s of spheres) {
    min.x = Math.min(min.x, s.centre.x - s.radiusM)
    min.y = Math.min(min.y, s.centre.y - s.radiusM)
    min.z = Math.min(min.z, s.centre.z - s.radiusM)
    max.x = Math.max(max.x, s.centre.x + s.radiusM)
    max.y = Math.max(max.y, s.centre.y + s.radiusM)
    max.z = Math.max(max.z, s.centre.z + s.radiusM)
  }
  const target = { x: (min.x + max.x) / 2, y: (min.y + max.y) / 2, z: (min.z + max.z) / 2 }
  const radius = Math.hypot(max.x - min.x, max.y - min.y, max.z - min.z) / 2
  const half = ((fovDeg / 2) * Math.PI) / 180
  const distanceM = Math.max(minDistanceM, (radius * marginFactor) / Math.sin(half))
  return { target, distanceM }
}

/** Spheres that bound trigger points (3 cm around each) and their essential and spillover zones, on one side. */
export function triggerPointFramingSpheres(
  lookup: LandmarkLookup,
  triggerPoints: readonly TriggerPoint[],
  side: PlacementSide,
): FramingSphere[] {
  const spheres: FramingSphere[] = []
  for (const tp of triggerPoints) {
    try {
      spheres.push({ centre: resolveAnchoredPoint(lookup, tp.location, side), radiusM: TRIGGER_POINT_RADIUS_M })
    } catch {
      // A missing landmark: frame the zones alone.
    }
    for (const zone of [tp.essentialZone, tp.spilloverZone]) {
      for (const patch of zone?.patches ?? []) {
        try {
          const placed = resolveSkinPatch(lookup, patch, side)
          spheres.push({ centre: placed.aM, radiusM: placed.radiusM }, { centre: placed.bM, radiusM: placed.radiusM })
        } catch {
          // Skipped, as in the zone painting, which reports it.
        }
      }
    }
  }
  return spheres
}
