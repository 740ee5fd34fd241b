// The model's arms hang beside the trunk and its skin wraps arm and trunk in one surface, so a needle path from a
// trunk trigger point that runs out sideways (the flank, the axilla, the side of the hip) can leave the body only on
// the far side of the arm. The techniques there move the arm away first (side-lying with the arm raised, or the arm
// abducted for the axillary approach). This finds where such a path passes from the trunk into the arm: the first
// point nearer the arm's own bones and muscles than any other bone or muscle, so the boundary lies in the fat
// between the two. The needle path is then measured from there, as on a body with the arm moved away.
import { Vector3 } from 'three'
import { bisect } from './bisect'
import { closestPoint, raycastFirst, type BvhMesh } from './meshBvh'
import type { Vec3Like } from './vec'

/** The arm's bones and muscles (the part a technique moves away), and every other bone and muscle of the body. */
export interface SkeletonParts {
  limb: readonly BvhMesh[]
  trunk: readonly BvhMesh[]
}

/** Where a path from a trunk trigger point enters the arm, and which bone made it the arm's. */
export interface LimbBoundary {
  /** Distance from the trigger point along the path back toward the skin, metres. */
  distanceM: number
  pointM: Vec3Like
  /** The arm's structure nearest that point (e.g. "ulna.left", "triceps-brachii.left"). */
  limbBone: string
}

/** Step of the walk from the trigger point toward the skin before the boundary is refined, metres. */
const WALK_STEP_M = 0.004

const spheres = new WeakMap<BvhMesh, { center: Vector3; radius: number }>()

function sphereOf(mesh: BvhMesh): { center: Vector3; radius: number } {
  let sphere = spheres.get(mesh)
  if (!sphere) {
    mesh.geometry.computeBoundingSphere()
    const s = mesh.geometry.boundingSphere!
    sphere = { center: s.center.clone(), radius: s.radius }
    spheres.set(mesh, sphere)
  }
  return sphere
}

const probe = new Vector3()

/** The nearest surface among meshes; meshes whose bounding sphere lies farther than the best so far are skipped. */
function nearest(meshes: readonly BvhMesh[], p: Vec3Like): { name: string; distanceM: number } | null {
  probe.set(p.x, p.y, p.z)
  const ordered = meshes
    .map((mesh) => {
      const s = sphereOf(mesh)
      return { mesh, lowerBoundM: Math.max(0, probe.distanceTo(s.center) - s.radius) }
    })
    .sort((a, b) => a.lowerBoundM - b.lowerBoundM)
  let best: { name: string; distanceM: number } | null = null
  for (const { mesh, lowerBoundM } of ordered) {
    if (best !== null && lowerBoundM >= best.distanceM) {
      break
    }
    const hit = closestPoint(mesh, p)
    if (hit && (best === null || hit.distanceM < best.distanceM)) {
      best = { name: mesh.name, distanceM: hit.distanceM }
    }
  }
  return best
}

/** How much nearer the arm's structures are than the rest's at a point, metres (positive: the point is the arm's). */
function limbMargin(parts: SkeletonParts, p: Vec3Like): { marginM: number; limbBone: string } | null {
  const limb = nearest(parts.limb, p)
  const trunk = nearest(parts.trunk, p)
  if (!limb || !trunk) {
    return null
  }
  return { marginM: trunk.distanceM - limb.distanceM, limbBone: limb.name }
}

const along = (p: Vec3Like, d: Vec3Like, t: number): Vec3Like => ({ x: p.x + d.x * t, y: p.y + d.y * t, z: p.z + d.z * t })

/**
 * The point where the segment from a trigger point back to its skin entry (`outward`: unit direction out of the
 * body, `lengthM`: distance to the entry) passes from the trunk into the arm, or null when the trigger point is not
 * the trunk's, the entry is not the arm's, or no such point is found. The trunk part of the path ends there.
 */
export function limbBoundaryAlongPath(parts: SkeletonParts, targetM: Vec3Like, outward: Vec3Like, lengthM: number): LimbBoundary | null {
  const atTarget = limbMargin(parts, targetM)
  const atEntry = limbMargin(parts, along(targetM, outward, lengthM))
  if (!atTarget || !atEntry || atTarget.marginM >= 0 || atEntry.marginM <= 0) {
    return null
  }
  let inner = 0
  let outer = -1
  for (let t = WALK_STEP_M; t < lengthM; t += WALK_STEP_M) {
    const m = limbMargin(parts, along(targetM, outward, t))!
    if (m.marginM > 0) {
      outer = t
      break
    }
    inner = t
  }
  if (outer < 0) {
    outer = lengthM
  }
  const distanceM = bisect((t) => !(limbMargin(parts, along(targetM, outward, t))!.marginM > 0), inner, outer, 12).at
  const pointM = along(targetM, outward, distanceM)
  return { distanceM, pointM, limbBone: limbMargin(parts, pointM)!.limbBone }
}

/**
 * The first of `structures` (pleura, danger structures) met on the part of a path that is set aside with the arm:
 * from `fromM` along `outward` for `lengthM`. A path is only shortened when this finds none, so no danger structure
 * between the skin and the trigger point is hidden.
 */
export function structureInSetAsidePart(
  structures: readonly BvhMesh[],
  fromM: Vec3Like,
  outward: Vec3Like,
  lengthM: number,
): string | null {
  for (const mesh of structures) {
    if (raycastFirst(mesh, fromM, outward, 0, lengthM)) {
      return mesh.name
    }
  }
  return null
}
