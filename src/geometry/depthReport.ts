// The depth report for one trigger point: where the needle enters, how far the model's pleura and other
// danger structures lie along its path, and the published figures and recommended maximum for the site
// and build under the depth rule. Shared by the simulator panel and `atlas depth`: both trace the path with
// traceNeedlePath below, so both show the same numbers.
import { depthRule, type DepthRuleResult } from '../atlas/depthRule'
import { parseNodeName } from '../anatomy/naming'
import type { Habitus, Muscle, PleuraSite, TriggerPoint } from '../atlas/schema'
import { resolveAnchoredPoint, resolveBodyDirection, type LandmarkLookup, type PlacementSide } from './anchors'
import { limbBoundaryAlongPath, structureInSetAsidePart, type SkeletonParts } from './limbSetAside'
import { closestPoint, type BvhMesh } from './meshBvh'
import { APPROACH_SURFACE_ANGLE_DEG, type NeedleApproach } from './needleApproach'
import {
  DEFAULT_SEARCH_DEPTH_M,
  firstHitAmong,
  hazardsAlongPath,
  obliqueEntry,
  skinEntryForTarget,
  type HazardOnPath,
  type SkinEntry,
} from './needleDepth'
import { scale, type Vec3Like } from './vec'

/** The meshes a depth is measured against, with the skin already in the habitus wanted. */
export interface DepthScene {
  landmarks: LandmarkLookup
  skin: BvhMesh
  /** `parietal-pleura.left` and `.right`. */
  pleura: readonly BvhMesh[]
  /** Other danger structures and organs (`sciatic-nerve.right`, `kidney.left`, …). */
  hazards: readonly BvhMesh[]
  /**
   * The arm's bones and the trunk's: where a path from a trunk trigger point runs out through the arm hanging
   * beside it, the entry is taken where the path passes into the arm (geometry/limbSetAside.ts). Without them
   * the path is measured through the arm.
   */
  skeleton?: SkeletonParts
}

export interface DepthRequest {
  muscle: Muscle
  triggerPoint: TriggerPoint
  side: 'left' | 'right'
  habitus: Habitus
  approach?: NeedleApproach
  pleuraSites: readonly PleuraSite[]
  /** How deep to look along the path (metres); defaults to DEFAULT_SEARCH_DEPTH_M. */
  searchDepthM?: number
}

/** A pleura site's figures and the depth rule's result for one build, from data/pleura-sites.json. */
export interface PleuraSiteFigures {
  id: string
  name: string
  /** The approach the site's figures describe. */
  approach: string
  /** Every measurement of the site, as published, with its sources (the rule's inputs come from these). */
  measurements: PleuraSite['measurements']
  /** The rule's recommended maximum for the build, mm; null when the rule gives none (see `rule.reason`). */
  recommendedMaxDepthMm: number | null
  /** The site's amber margin before the maximum, mm. */
  marginMm: number
  /** The depth rule's result: the maximum or the reason there is none, the limiting figure and every input. */
  rule: DepthRuleResult
  /** The site's own account of the figures, where they disagree and which is kept. */
  derivation: string
  /** What is taught instead where there is no maximum. */
  technique: string
  sources: string[]
}

export interface DepthReport {
  muscleId: string
  triggerPointId: string
  side: 'left' | 'right'
  habitus: Habitus
  approach: NeedleApproach
  /** Trigger point position on the model, metres. */
  triggerPointM: Vec3Like
  /** Unit needle direction (into the body), model frame. */
  directionWorld: Vec3Like
  /** Skin entry point, metres; null when no skin could be found for this path. */
  skinEntryM: Vec3Like | null
  entryMethod: 'reverse-cast' | 'forward-cast' | 'nearest' | null
  /** Skin to trigger point along the path, mm (negative when the point lies just outside the model's skin). */
  triggerPointDepthMm: number | null
  /** Skin to the model's parietal pleura along the path, mm; null when the path misses it. */
  modelDepthToPleuraMm: number | null
  /** Which pleura mesh the path meets first. */
  pleuraMesh: string | null
  /**
   * Shortest distance from the trigger point to the model's pleura in any direction, mm: how much room
   * there is around the trigger point even when the chosen path misses the pleura. Null without a pleura mesh.
   */
  pleuraClearanceFromTriggerPointMm: number | null
  /** The atlas's judgement that the needle path can reach the pleura here. */
  pleuraReachable: boolean
  /** Why not, where the pleura is a danger structure but the atlas judges it out of reach. */
  pleuraNotReachableReason: string | null
  /** The trigger point's pleura site with the depth rule's result for the build, or null when it names none. */
  pleuraSite: PleuraSiteFigures | null
  /** Other danger structures met along the path within the search depth, nearest first. */
  hazardsAlongPath: HazardOnPath[]
  /** Danger structures the atlas lists for this trigger point (ids from src/anatomy/ids.ts). */
  atlasDangerStructures: string[]
  /** Why the simulator traces no path here (atlas `notSimulatedReason`); the model depths are then null. */
  notSimulatedReason: string | null
  /** Anything a reader should know about how the numbers were obtained. */
  notes: string[]
}

/** A pleura site's figures and the rule's result for a build. */
export function pleuraSiteFigures(site: PleuraSite, habitus: Habitus): PleuraSiteFigures {
  const rule = depthRule(site, habitus)
  return {
    id: site.id,
    name: site.name,
    approach: site.approach,
    measurements: site.measurements,
    recommendedMaxDepthMm: rule.maximumMm,
    marginMm: site.marginMm,
    rule,
    derivation: site.derivation,
    technique: site.technique,
    sources: [...site.sources],
  }
}

/** Where a needle path runs for a trigger point and approach, and what it meets: shared by panel and CLI. */
export interface NeedleTrace {
  triggerPointM: Vec3Like
  /** Unit direction into the body for the approach. */
  direction: Vec3Like
  entry: SkinEntry | null
  /** The limb bone whose arm was set aside (the path measured from the trunk), or null. */
  limbSetAside: string | null
  pleuraHit: { name: string; depthMm: number } | null
  hazards: HazardOnPath[]
  /** The atlas's reason for tracing no path to this trigger point; entry is then null. */
  notSimulatedReason: string | null
  notes: string[]
}

/**
 * How far back along the needle the skin entry is looked for when none lies within the search depth and the path
 * may run out through an arm hanging beside the trunk (m): across the trunk and the arm, so that the arm's far skin is
 * found and the arm is then set aside (limbBoundaryAlongPath). At the search depth alone (20 cm) a lateral path to
 * the deep quadratus lumborum met the arm's far skin within a millimetre of the limit, and fell back to the nearest
 * skin point once the arm's outline moved past it.
 */
const ENTRY_SEARCH_DEPTH_M = 0.5

export interface NeedleTraceRequest {
  triggerPoint: TriggerPoint
  side: PlacementSide
  approach: NeedleApproach
  searchDepthM?: number
}

/**
 * The one needle-path computation: the trigger point from its landmark, the atlas direction, for tangential and
 * pincer an oblique entry beside the trigger point at the approach's angle to the skin (the body's lateral axis
 * as fallback where the atlas direction runs along the skin normal), then the first pleura and every other
 * danger structure along the path.
 */
export function traceNeedlePath(scene: DepthScene, request: NeedleTraceRequest): NeedleTrace {
  const { triggerPoint, side, approach } = request
  const searchDepthM = request.searchDepthM ?? DEFAULT_SEARCH_DEPTH_M
  const notes: string[] = []
  const triggerPointM = resolveAnchoredPoint(scene.landmarks, triggerPoint.location, side)
  const atlasDirection = resolveBodyDirection(triggerPoint.needling.direction, side)
  const notSimulatedReason = triggerPoint.needling.notSimulatedReason ?? null
  if (notSimulatedReason) {
    return {
      triggerPointM,
      direction: atlasDirection,
      entry: null,
      limbSetAside: null,
      pleuraHit: null,
      hazards: [],
      notSimulatedReason,
      notes,
    }
  }

  let direction = atlasDirection
  let entry = skinEntryForTarget(scene.skin, triggerPointM, atlasDirection, searchDepthM)
  if (approach === 'straight' && entry?.method !== 'reverse-cast' && scene.skeleton) {
    // the path may leave the trunk through an arm whose far side lies beyond the search depth: look further, and keep
    // what is found only when the path enters an arm within the search depth (the arm is set aside below); an oblique
    // approach finds its own entry below, so this is for the straight one
    const far = skinEntryForTarget(scene.skin, triggerPointM, atlasDirection, ENTRY_SEARCH_DEPTH_M)
    const outward = scale(atlasDirection, -1)
    const boundary =
      far?.method === 'reverse-cast' ? limbBoundaryAlongPath(scene.skeleton, triggerPointM, outward, far.targetDepthMm / 1000) : null
    if (boundary && boundary.distanceM <= searchDepthM) entry = far
  }
  if (approach !== 'straight') {
    const lateralAxis = { x: side === 'left' ? 1 : -1, y: 0, z: 0 }
    const { obliqueAxis } = triggerPoint.needling
    const oblique = obliqueEntry(scene.skin, triggerPointM, approach, atlasDirection, {
      fallbackAxis: lateralAxis,
      surfaceAxis: obliqueAxis ? resolveBodyDirection(obliqueAxis, side) : undefined,
      maxDepthM: searchDepthM,
    })
    if (oblique) {
      direction = oblique.direction
      entry = oblique.entry
      if (oblique.surfaceAngleDeg !== APPROACH_SURFACE_ANGLE_DEG[approach]) {
        notes.push(`the skin curves away here, so the ${approach} path was taken at ${oblique.surfaceAngleDeg}° to the skin`)
      }
    } else {
      notes.push(`no skin found near the trigger point, so the ${approach} approach could not be oriented`)
    }
  }
  let limbSetAside: string | null = null
  if (entry && entry.method === 'reverse-cast' && scene.skeleton) {
    const outward = scale(direction, -1)
    const boundary = limbBoundaryAlongPath(scene.skeleton, triggerPointM, outward, entry.targetDepthMm / 1000)
    if (boundary) {
      const setAsideM = entry.targetDepthMm / 1000 - boundary.distanceM
      const structure = structureInSetAsidePart([...scene.pleura, ...scene.hazards], boundary.pointM, outward, setAsideM)
      const limb = parseNodeName(boundary.limbBone).id === 'hand' ? 'hand' : 'arm'
      if (structure) {
        notes.push(
          `the path runs out through the ${limb} hanging beside the trunk; it is measured through the ${limb}, as ${structure} lies in that part`,
        )
      } else {
        limbSetAside = boundary.limbBone
        entry = { pointM: boundary.pointM, normal: outward, targetDepthMm: boundary.distanceM * 1000, method: 'reverse-cast' }
        notes.push(
          `the model's ${limb} hangs beside the trunk on this path: the depth is measured from where the path leaves the trunk (${(setAsideM * 1000).toFixed(0)} mm of ${limb} set aside); move the ${limb} away from the side before needling here`,
        )
      }
    }
  }
  if (entry?.method === 'nearest') {
    notes.push('the needle path was started at the nearest skin point, as no skin lay straight back along it')
  }
  if (entry && entry.targetDepthMm < 0) {
    notes.push(`the trigger point lies ${(-entry.targetDepthMm).toFixed(1)} mm outside this model's skin`)
  }
  let pleuraHit: { name: string; depthMm: number } | null = null
  let hazards: HazardOnPath[] = []
  if (entry) {
    pleuraHit = firstHitAmong(scene.pleura, entry.pointM, direction, searchDepthM)
    hazards = hazardsAlongPath(scene.hazards, entry.pointM, direction, searchDepthM)
  }
  return { triggerPointM, direction, entry, limbSetAside, pleuraHit, hazards, notSimulatedReason: null, notes }
}

/** Builds the depth report. Throws UnknownLandmarkError when the trigger point's landmark is missing. */
export function depthReport(scene: DepthScene, request: DepthRequest): DepthReport {
  const { muscle, triggerPoint, side, habitus } = request
  const approach = request.approach ?? 'straight'
  const trace = traceNeedlePath(scene, { triggerPoint, side, approach, searchDepthM: request.searchDepthM })
  const { triggerPointM, direction, entry, pleuraHit, hazards } = trace
  const notes = [...trace.notes]

  let pleuraSite: PleuraSiteFigures | null = null
  const siteId = triggerPoint.needling.pleuraSiteId
  if (siteId) {
    const site = request.pleuraSites.find((s) => s.id === siteId)
    if (site) {
      pleuraSite = pleuraSiteFigures(site, habitus)
    } else {
      notes.push(`pleura site "${siteId}" is not in data/pleura-sites.json`)
    }
  }

  let clearanceMm: number | null = null
  for (const mesh of scene.pleura) {
    const near = closestPoint(mesh, triggerPointM)
    if (near && (clearanceMm === null || near.distanceM * 1000 < clearanceMm)) {
      clearanceMm = near.distanceM * 1000
    }
  }

  return {
    muscleId: muscle.id,
    triggerPointId: triggerPoint.id,
    side,
    habitus,
    approach,
    triggerPointM,
    directionWorld: direction,
    skinEntryM: entry?.pointM ?? null,
    entryMethod: entry?.method ?? null,
    triggerPointDepthMm: entry?.targetDepthMm ?? null,
    modelDepthToPleuraMm: pleuraHit?.depthMm ?? null,
    pleuraMesh: pleuraHit?.name ?? null,
    pleuraClearanceFromTriggerPointMm: clearanceMm,
    pleuraReachable: triggerPoint.needling.pleuraReachable,
    pleuraNotReachableReason: triggerPoint.needling.pleuraNotReachableReason ?? null,
    pleuraSite,
    hazardsAlongPath: hazards,
    atlasDangerStructures: [...triggerPoint.needling.dangerStructures],
    notSimulatedReason: trace.notSimulatedReason,
    notes,
  }
}
