// The simulated needle's path for a trigger point: where it enters the skin, which way it goes for the
// chosen approach, and how deep the pleura and the other danger structures lie along it in this model.
// Pure: a thin view of geometry/depthReport.ts traceNeedlePath, the computation `atlas depth` uses too, so
// the app, tests and the CLI agree on the numbers.
import type { LandmarkLookup, PlacementSide } from '../../geometry/anchors'
import { traceNeedlePath } from '../../geometry/depthReport'
import type { SkeletonParts } from '../../geometry/limbSetAside'
import type { BvhMesh } from '../../geometry/meshBvh'
import type { NeedleApproach } from '../../geometry/needleApproach'
import type { HazardOnPath } from '../../geometry/needleDepth'
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
  /** How the path was taken where the model needed it (an arm set aside, a steeper angle), for the panel. */
  notes: string[]
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
  /** Bones and muscles, so a path out through the arm hanging beside the trunk is measured from the trunk. */
  skeleton?: SkeletonParts
}

/** The atlas traces no path to this trigger point; the message is its reason, for students. */
export class NeedlePathNotTraced extends Error {
  override name = 'NeedlePathNotTraced'
}

/**
 * Measures the needle path with the same function as `atlas depth` (geometry/depthReport.ts traceNeedlePath);
 * throws NeedlePathNotTraced where the atlas says why no path is traced, and a readable message when the model
 * cannot support the path.
 */
export function measureNeedlePath(input: NeedlePathInput): NeedlePath {
  const { triggerPoint: tp, side } = input
  const scene = { landmarks: input.lookup, skin: input.skin, pleura: input.pleura, hazards: input.hazards, skeleton: input.skeleton }
  const trace = traceNeedlePath(scene, { triggerPoint: tp, side, approach: input.approach })
  if (trace.notSimulatedReason) {
    throw new NeedlePathNotTraced(trace.notSimulatedReason)
  }
  const entry = trace.entry
  if (!entry) {
    throw new Error(
      input.approach === 'straight' || trace.notes.length > 0
        ? `no skin found around ${tp.id} on the ${side} side`
        : `no skin entry for the ${input.approach} approach to ${tp.id}`,
    )
  }
  return {
    muscleId: input.muscleId,
    triggerPointId: tp.id,
    side,
    approach: input.approach,
    entryM: entry.pointM,
    direction: trace.direction,
    targetM: trace.triggerPointM,
    targetDepthMm: entry.targetDepthMm,
    pleuraDepthMm: trace.pleuraHit ? trace.pleuraHit.depthMm : null,
    pleuraName: trace.pleuraHit ? trace.pleuraHit.name : null,
    hazards: trace.hazards,
    entryMethod: entry.method,
    tissues: [],
    notes: trace.notes,
  }
}

/** World position of the needle tip at a depth along the path (mm below the skin). */
export function tipPointM(path: Pick<NeedlePath, 'entryM' | 'direction'>, tipDepthMm: number): Vec3Like {
  const t = tipDepthMm / 1000
  return { x: path.entryM.x + path.direction.x * t, y: path.entryM.y + path.direction.y * t, z: path.entryM.z + path.direction.z * t }
}
