// The simulated needle's path for a trigger point: where it enters the skin, which way it goes for the
// chosen approach, and how deep the pleura and the other danger structures lie along it in this model.
// Pure: composes the geometry engineer's tested functions (anchors, approaches, BVH depth) on plain data,
// so the app, tests and the CLI agree on the numbers.
import { resolveAnchoredPoint, resolveBodyDirection, type LandmarkLookup, type PlacementSide } from '../../geometry/anchors'
import type { BvhMesh } from '../../geometry/meshBvh'
import type { NeedleApproach } from '../../geometry/needleApproach'
import { firstHitAmong, hazardsAlongPath, obliqueEntry, skinEntryForTarget, type HazardOnPath, type SkinEntry } from '../../geometry/needleDepth'
import type { TissueCrossing } from '../../geometry/tissueLayers'
import type { Vec3Like } from '../../geometry/vec'
import type { TriggerPoint } from '../../atlas/schema'

export interface NeedlePath {
  muscleId: string
  triggerPointId: string
  side: PlacementSide
  approach: NeedleApproach
  /** Skin entry point, world metres. */
  entryM: Vec3Like
  /** Unit direction into the body. */
  direction: Vec3Like
  /** Trigger point, world metres. */
  targetM: Vec3Like
  /** Skin-to-trigger-point distance along the path, mm. */
  targetDepthMm: number
  /** Skin-to-pleura distance along the path in this model, mm; null when the path misses the pleura. */
  pleuraDepthMm: number | null
  /** Which pleura mesh the path meets first ("parietal-pleura.left"), if any. */
  pleuraName: string | null
  /** Other danger structures on the path (nearest first), within the search depth. */
  hazards: HazardOnPath[]
  /** How the entry point was found (see geometry/needleDepth.ts). */
  entryMethod: 'reverse-cast' | 'forward-cast' | 'nearest'
  /** The model's muscles, bones, pleura and lung along the path, for the depth section (empty when not cut). */
  tissues: TissueCrossing[]
}

export interface NeedlePathInput {
  lookup: LandmarkLookup
  muscleId: string
  triggerPoint: TriggerPoint
  side: PlacementSide
  approach: NeedleApproach
  skin: BvhMesh
  pleura: readonly BvhMesh[]
  hazards: readonly BvhMesh[]
}

/** Measures the needle path; throws with a readable message when the model cannot support it. */
export function measureNeedlePath(input: NeedlePathInput): NeedlePath {
  const { triggerPoint: tp, side } = input
  const targetM = resolveAnchoredPoint(input.lookup, tp.location, side)
  const atlasDirection = resolveBodyDirection(tp.needling.direction, side)
  const lateralAxis = { x: side === 'left' ? 1 : -1, y: 0, z: 0 }
  let entry: SkinEntry | null
  let direction = atlasDirection
  if (input.approach === 'straight') {
    entry = skinEntryForTarget(input.skin, targetM, atlasDirection)
  } else {
    const oblique = obliqueEntry(input.skin, targetM, input.approach, atlasDirection, { fallbackAxis: lateralAxis })
    entry = oblique?.entry ?? null
    direction = oblique?.direction ?? atlasDirection
  }
  if (!entry) {
    throw new Error(`no skin found around ${tp.id} on the ${side} side`)
  }
  // For the nearest-point fallback the path starts at the skin point along the same direction.
  const pleura = firstHitAmong(input.pleura, entry.pointM, direction)
  return {
    muscleId: input.muscleId,
    triggerPointId: tp.id,
    side,
    approach: input.approach,
    entryM: entry.pointM,
    direction,
    targetM,
    targetDepthMm: entry.targetDepthMm,
    pleuraDepthMm: pleura ? pleura.depthMm : null,
    pleuraName: pleura ? pleura.name : null,
    hazards: hazardsAlongPath(input.hazards, entry.pointM, direction),
    entryMethod: entry.method,
    tissues: [],
  }
}

/** World position of the needle tip at a depth along the path (mm below the skin). */
export function tipPointM(path: Pick<NeedlePath, 'entryM' | 'direction'>, tipDepthMm: number): Vec3Like {
  const t = tipDepthMm / 1000
  return { x: path.entryM.x + path.direction.x * t, y: path.entryM.y + path.direction.y * t, z: path.entryM.z + path.direction.z * t }
}
