// The depth report for one trigger point: where the needle enters, how far the model's pleura and other
// danger structures lie along its path, and the published figures and recommended maximum for the site
// and habitus. Shared by the simulator panel and `atlas depth`, so both show the same numbers.
import type { Habitus, Muscle, PleuraSite, TriggerPoint } from '../atlas/schema'
import { resolveAnchoredPoint, resolveBodyDirection, type LandmarkLookup } from './anchors'
import { closestPoint, type BvhMesh } from './meshBvh'
import { APPROACH_SURFACE_ANGLE_DEG, type NeedleApproach } from './needleApproach'
import { DEFAULT_SEARCH_DEPTH_M, firstHitAmong, hazardsAlongPath, obliqueEntry, skinEntryForTarget, type HazardOnPath } from './needleDepth'
import type { Vec3Like } from './vec'

/** The meshes a depth is measured against, with the skin already in the habitus wanted. */
export interface DepthScene {
  landmarks: LandmarkLookup
  skin: BvhMesh
  /** `parietal-pleura.left` and `.right`. */
  pleura: readonly BvhMesh[]
  /** Other danger structures and organs (`sciatic-nerve.right`, `kidney.left`, …). */
  hazards: readonly BvhMesh[]
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

/** The published figures that apply to a site for one habitus, from data/pleura-sites.json. */
export interface PleuraSiteFigures {
  id: string
  name: string
  /** Measurements for this habitus or for whole samples ("all"), as published, with their sources. */
  measurements: PleuraSite['measurements']
  recommendedMaxDepthMm: number
  marginMm: number
  derivation: string
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
  /** Published figures for the trigger point's pleura site, or null when it names none. */
  pleuraSite: PleuraSiteFigures | null
  /** Other danger structures met along the path within the search depth, nearest first. */
  hazardsAlongPath: HazardOnPath[]
  /** Danger structures the atlas lists for this trigger point (ids from src/anatomy/ids.ts). */
  atlasDangerStructures: string[]
  /** Anything a reader should know about how the numbers were obtained. */
  notes: string[]
}

/** The figures of a pleura site that apply to a habitus. */
export function pleuraSiteFigures(site: PleuraSite, habitus: Habitus): PleuraSiteFigures {
  return {
    id: site.id,
    name: site.name,
    measurements: site.measurements.filter((m) => m.habitus === habitus || m.habitus === 'all'),
    recommendedMaxDepthMm: site.recommendedMaxDepthMm[habitus],
    marginMm: site.marginMm,
    derivation: site.derivation,
    sources: [...site.sources],
  }
}

/** Builds the depth report. Throws UnknownLandmarkError when the trigger point's landmark is missing. */
export function depthReport(scene: DepthScene, request: DepthRequest): DepthReport {
  const { muscle, triggerPoint, side, habitus } = request
  const approach = request.approach ?? 'straight'
  const searchDepthM = request.searchDepthM ?? DEFAULT_SEARCH_DEPTH_M
  const notes: string[] = []
  const triggerPointM = resolveAnchoredPoint(scene.landmarks, triggerPoint.location, side)
  const atlasDirection = resolveBodyDirection(triggerPoint.needling.direction, side)

  let direction = atlasDirection
  let entry = skinEntryForTarget(scene.skin, triggerPointM, atlasDirection, searchDepthM)
  if (approach !== 'straight') {
    const lateralAxis = { x: side === 'left' ? 1 : -1, y: 0, z: 0 }
    const oblique = obliqueEntry(scene.skin, triggerPointM, approach, atlasDirection, { fallbackAxis: lateralAxis, maxDepthM: searchDepthM })
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
    pleuraSite,
    hazardsAlongPath: hazards,
    atlasDangerStructures: [...triggerPoint.needling.dangerStructures],
    notes,
  }
}
