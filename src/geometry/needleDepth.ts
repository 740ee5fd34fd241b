// Needle depth along a path: from a skin point along the needle direction to the first hit on the pleura
// or another danger mesh, in millimetres, and the skin entry point for a trigger point. The numbers a
// student sees in the simulator come from here, so every function has a known-answer test.
import { closestPoint, raycastAll, raycastFirst, type BvhMesh, type RayHit } from './meshBvh'
import { approachDirection, APPROACH_SURFACE_ANGLE_DEG, type ApproachOptions } from './needleApproach'
import { dot, length, normalize, scale, type Vec3Like } from './vec'

/** How far along a path we look for hazards: deeper than any needle length in the simulator (13-75 mm). */
export const DEFAULT_SEARCH_DEPTH_M = 0.2

/** Distance in mm along the ray (skin point + t·direction) to the first surface of `target`, or null on a miss. */
export function depthAlongPathMm(
  target: BvhMesh,
  skinPointM: Vec3Like,
  direction: Vec3Like,
  maxDepthM: number = DEFAULT_SEARCH_DEPTH_M,
): number | null {
  const hit = raycastFirst(target, skinPointM, direction, 0, maxDepthM)
  return hit ? hit.distanceM * 1000 : null
}

/** The first of several meshes (e.g. left and right pleura) met along the path. */
export function firstHitAmong(
  targets: readonly BvhMesh[],
  skinPointM: Vec3Like,
  direction: Vec3Like,
  maxDepthM: number = DEFAULT_SEARCH_DEPTH_M,
): { name: string; depthMm: number } | null {
  let best: { name: string; depthMm: number } | null = null
  for (const target of targets) {
    const depthMm = depthAlongPathMm(target, skinPointM, direction, maxDepthM)
    if (depthMm !== null && (best === null || depthMm < best.depthMm)) {
      best = { name: target.name, depthMm }
    }
  }
  return best
}

/** A danger structure met along a needle path. */
export interface HazardOnPath {
  /** Mesh name, `<id>.<side>` (e.g. "sciatic-nerve.right"). */
  name: string
  /** Skin-to-structure distance along the path, in mm. */
  depthMm: number
}

/** Every hazard mesh the path meets within `maxDepthM`, nearest first (each mesh once, at its first hit). */
export function hazardsAlongPath(
  hazards: readonly BvhMesh[],
  skinPointM: Vec3Like,
  direction: Vec3Like,
  maxDepthM: number = DEFAULT_SEARCH_DEPTH_M,
): HazardOnPath[] {
  const found: HazardOnPath[] = []
  for (const hazard of hazards) {
    const depthMm = depthAlongPathMm(hazard, skinPointM, direction, maxDepthM)
    if (depthMm !== null) {
      found.push({ name: hazard.name, depthMm })
    }
  }
  return found.sort((a, b) => a.depthMm - b.depthMm || a.name.localeCompare(b.name))
}

/** How close a point (the needle tip) is to a danger structure's surface. */
export interface HazardProximity {
  name: string
  /** Distance from the point to the nearest point of the structure's surface, mm. */
  distanceMm: number
}

/**
 * Distance from a point (e.g. the simulated needle tip) to each hazard surface within `withinM`, nearest
 * first: what the simulator uses to highlight structures as the needle nears them.
 */
export function hazardProximity(hazards: readonly BvhMesh[], pointM: Vec3Like, withinM = 0.03): HazardProximity[] {
  const near: HazardProximity[] = []
  for (const hazard of hazards) {
    const hit = closestPoint(hazard, pointM)
    if (hit && hit.distanceM <= withinM) {
      near.push({ name: hazard.name, distanceMm: hit.distanceM * 1000 })
    }
  }
  return near.sort((a, b) => a.distanceMm - b.distanceMm || a.name.localeCompare(b.name))
}

/** Where a needle aimed at a target point enters the skin, and how it was found. */
export interface SkinEntry {
  pointM: Vec3Like
  /** Outward unit skin normal at the entry point. */
  normal: Vec3Like
  /**
   * Skin-to-target distance along the path, in mm. Negative when the target point lies outside the skin
   * (a placement slightly off the model's surface): the needle then meets the target before the skin.
   */
  targetDepthMm: number
  /**
   * 'reverse-cast': cast from the target back along the needle and took the skin it leaves through;
   * 'forward-cast': the target lay just outside the skin, so the skin ahead of it was taken;
   * 'nearest': neither cast met the skin properly, so the nearest skin point was taken (the path then
   * starts there, along the same direction, and need not pass exactly through the target).
   */
  method: 'reverse-cast' | 'forward-cast' | 'nearest'
}

/** A fixed direction off every axis, so the parity ray below does not run along a row of triangle edges. */
const PARITY_RAY = normalize({ x: 0.267, y: 0.535, z: 0.802 })

/** Whether a point lies inside a closed mesh (the skin): an odd number of surface crossings on a ray from it. */
export function insideClosedMesh(mesh: BvhMesh, pointM: Vec3Like): boolean {
  return raycastAll(mesh, pointM, PARITY_RAY).length % 2 === 1
}

function leaving(hit: RayHit, direction: Vec3Like): boolean {
  return dot(hit.normal, direction) > 0
}

/** How thin a fold of the skin may be and still be passed through on the way out (metres). */
export const SKIN_FOLD_M = 0.003

/**
 * Where a ray from inside the body leaves the skin: its first crossing, when that faces outward. A thin fold of the
 * skin (a surface moved along its normals folds where it is more concave than the move, e.g. a build's shape under
 * the clavicle) puts an inward-facing face before the outward ones; the ray passes through the fold to its last face
 * when the fold's faces lie within SKIN_FOLD_M of each other. Null when the first crossing faces inward otherwise
 * (the point lies outside the skin).
 */
function skinLeftBehind(skin: BvhMesh, fromM: Vec3Like, direction: Vec3Like, maxDepthM: number): RayHit | null {
  const hits = raycastAll(skin, fromM, direction, 0, maxDepthM)
  const first = hits[0]
  if (!first) return null
  if (leaving(first, direction)) return first
  // the faces of a fold come in a cluster, each within SKIN_FOLD_M of the one before: the ray is out past the last
  let last = 0
  while (last + 1 < hits.length && hits[last + 1]!.distanceM - hits[last]!.distanceM <= SKIN_FOLD_M) last++
  return last > 0 && leaving(hits[last]!, direction) ? hits[last]! : null
}

/**
 * The skin entry point for a needle that travels along `direction` (into the body) and reaches
 * `targetM` (a trigger point). The skin mesh should be closed with outward normals.
 */
export function skinEntryForTarget(
  skin: BvhMesh,
  targetM: Vec3Like,
  direction: Vec3Like,
  maxDepthM: number = DEFAULT_SEARCH_DEPTH_M,
): SkinEntry | null {
  const d = normalize(direction)
  const back = { x: -d.x, y: -d.y, z: -d.z }
  const behind = skinLeftBehind(skin, targetM, back, maxDepthM)
  if (behind) {
    return { pointM: behind.pointM, normal: behind.normal, targetDepthMm: behind.distanceM * 1000, method: 'reverse-cast' }
  }
  // The target may sit a little outside the skin: the first skin ahead of it, entered from outside.
  const ahead = raycastAll(skin, targetM, d, 0, maxDepthM)[0]
  if (ahead && !leaving(ahead, d) && ahead.distanceM < 0.02) {
    return { pointM: ahead.pointM, normal: ahead.normal, targetDepthMm: -ahead.distanceM * 1000, method: 'forward-cast' }
  }
  const nearest = closestPoint(skin, targetM)
  if (!nearest) {
    return null
  }
  return { pointM: nearest.pointM, normal: nearest.normal, targetDepthMm: nearest.distanceM * 1000, method: 'nearest' }
}

/**
 * Outward normal of the skin nearest a trigger point: the surface the oblique approaches run along
 * (geometry/needleApproach.ts). Null when the skin mesh is empty.
 */
export function skinNormalNearest(skin: BvhMesh, targetM: Vec3Like): Vec3Like | null {
  return closestPoint(skin, targetM)?.normal ?? null
}

/** An oblique (tangential or pincer) needle path: its skin entry, direction and the angle to the skin used. */
export interface ObliqueEntry {
  entry: SkinEntry
  direction: Vec3Like
  /** Angle between needle and skin surface, degrees: the approach's own, or steeper where the skin curves away. */
  surfaceAngleDeg: number
}

/** Tolerance over the flat-skin path length h / sin(angle) before a steeper angle is tried, metres. */
const OBLIQUE_PATH_TOLERANCE_M = 0.01
/** Nearer the skin than this (metres), the direction from a trigger point to the nearest skin point is too short to
 * tell which way is out. */
const NEAREST_SKIN_DIRECTION_MIN_M = 0.001
/** Longest oblique path accepted, metres: the longest needle the simulator offers (75 mm) must reach the trigger point. */
export const OBLIQUE_MAX_PATH_M = 0.075

/**
 * Skin entry and direction for the tangential or pincer approach to a trigger point. The needle runs along
 * the skin nearest the trigger point at the approach's surface angle (geometry/needleApproach.ts). Where
 * the skin curves so that the line back from the trigger point does not leave it within the flat-skin
 * distance h / sin(angle) (h: trigger point to nearest skin), or where that path is longer than the longest
 * needle (OBLIQUE_MAX_PATH_M), or crosses a skin fold on its way, steeper angles are tried in 15° steps up to 90°, so the entry always lies
 * beside the trigger point, never on the far side of the body. Null only when the skin has no surface at all.
 */
export function obliqueEntry(
  skin: BvhMesh,
  targetM: Vec3Like,
  approach: 'tangential' | 'pincer',
  atlasDirection: Vec3Like,
  options: Pick<ApproachOptions, 'fallbackAxis' | 'surfaceAxis'> & { maxDepthM?: number } = {},
): ObliqueEntry | null {
  const found = closestPoint(skin, targetM)
  if (!found) {
    return null
  }
  const h = found.distanceM
  const inside = insideClosedMesh(skin, targetM)
  // From a point inside a closed skin, the nearest skin point lies outward along (nearest - target). Where the skin's
  // own normal there points the other way (a pinched fold of the generated skin), that direction is the outward one.
  // Where the skin has no normal there (a morphed skin can squeeze a crease into a fin, whose faces cancel), it is
  // the outward one too, or its reverse from a point outside the skin; on the skin itself, the reverse of the atlas
  // direction is.
  const away = { x: found.pointM.x - targetM.x, y: found.pointM.y - targetM.y, z: found.pointM.z - targetM.z }
  const awayKnown = h > NEAREST_SKIN_DIRECTION_MIN_M
  const noNormal = !(length(found.normal) > 0.5)
  const turned = inside && dot(away, found.normal) < 0
  const outward = awayKnown ? scale(normalize(away), inside ? 1 : -1) : scale(normalize(atlasDirection), -1)
  const nearest = (awayKnown && turned) || noNormal ? { ...found, normal: outward } : found
  const first = APPROACH_SURFACE_ANGLE_DEG[approach]
  const angles: number[] = [first]
  for (let a = Math.ceil((first + 1) / 15) * 15; a <= 90; a += 15) {
    angles.push(a)
  }
  for (const surfaceAngleDeg of angles) {
    const direction = approachDirection(approach, atlasDirection, nearest.normal, { ...options, surfaceAngleDeg })
    const entry = skinEntryForTarget(skin, targetM, direction, options.maxDepthM)
    const expectedM = h / Math.sin((surfaceAngleDeg * Math.PI) / 180)
    const pathM = entry ? entry.targetDepthMm / 1000 : Infinity
    const fits = pathM <= expectedM + OBLIQUE_PATH_TOLERANCE_M && pathM <= OBLIQUE_MAX_PATH_M
    // The path must stay inside the body between entry and trigger point (not cross a fold such as the axilla).
    if (entry && entry.method !== 'nearest' && fits && raycastAll(skin, entry.pointM, direction, 0.0005, pathM - 0.0005).length === 0) {
      return { entry, direction, surfaceAngleDeg }
    }
  }
  // No oblique path fits. A trigger point outside this model's skin (a placement in a fold of a larger build) is met
  // before the skin: straight in along the normal at the nearest skin point, a negative depth, as for a forward cast.
  if (!inside) {
    const direction = { x: -nearest.normal.x, y: -nearest.normal.y, z: -nearest.normal.z }
    return {
      entry: { pointM: nearest.pointM, normal: nearest.normal, targetDepthMm: -h * 1000, method: 'nearest' },
      direction,
      surfaceAngleDeg: 90,
    }
  }
  // Inside the body: straight in along the normal at the nearest skin point, when that skin faces the trigger point
  // and the segment stays inside the body. Where the nearest skin is another part (an arm hanging beside the flank,
  // the other side of a fold), the needle goes in as for the straight approach instead.
  const direction = { x: -nearest.normal.x, y: -nearest.normal.y, z: -nearest.normal.z }
  const offset = { x: targetM.x - nearest.pointM.x, y: targetM.y - nearest.pointM.y, z: targetM.z - nearest.pointM.z }
  const facesTarget = dot(offset, nearest.normal) <= 0
  if (facesTarget && raycastAll(skin, nearest.pointM, direction, 0.0005, Math.max(h - 0.0005, 0.0005)).length === 0) {
    return {
      entry: { pointM: nearest.pointM, normal: nearest.normal, targetDepthMm: h * 1000, method: 'nearest' },
      direction,
      surfaceAngleDeg: 90,
    }
  }
  const straight = skinEntryForTarget(skin, targetM, atlasDirection, options.maxDepthM)
  if (straight) {
    const angle = (Math.asin(Math.min(1, Math.abs(dot(normalize(atlasDirection), straight.normal)))) * 180) / Math.PI
    return { entry: straight, direction: normalize(atlasDirection), surfaceAngleDeg: Math.round(angle) }
  }
  return {
    entry: { pointM: nearest.pointM, normal: nearest.normal, targetDepthMm: h * 1000, method: 'nearest' },
    direction,
    surfaceAngleDeg: 90,
  }
}
