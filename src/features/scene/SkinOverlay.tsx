// Paints the referral zones and the patient's pain on the skin: a second mesh that shares the skin's
// geometry (and its morph targets, so habitus changes carry over), drawn with the overlay material from
// per-vertex attributes. Zone weights come from the pure geometry/skinPaint.ts; nothing is re-tessellated.
import { useThree } from '@react-three/fiber'
import { useEffect, useMemo, useRef } from 'react'
import { BufferAttribute, Mesh } from 'three'
import type { RegionFootprint } from '../../geometry/regionWeights'
import type { SkinGrid } from '../../geometry/skinGrid'
import { paintSelections, type ResolvedPatch, type ZoneSelection } from '../../geometry/skinPaint'
import { placeTriggerPointZones } from '../../geometry/zoneSelection'
import type { FeatureAtlas } from '../atlasData'
import { useFeatureStore } from '../store'
import type { DisplayPlan, PlannedTriggerPoints } from '../zones/displayPlan'
import { publishDebug } from './debugCounts'
import type { SkinArrays } from './skinArrays'
import { createSkinOverlayMaterial, PAIN_ATTRIBUTE, ZONE_ATTRIBUTE } from './skinOverlayMaterial'
import type { SkinnedBody } from '../../viewer/scene/body'

export interface SkinOverlayProps {
  body: SkinnedBody
  atlas: FeatureAtlas
  plan: DisplayPlan
  /** The skin's world arrays and grid (built once per skin by FeatureScene). */
  arrays: SkinArrays
  grid: SkinGrid
  /** Named regions placed on this skin, to show the regions the patient tapped. */
  footprints: readonly RegionFootprint[]
}

function placeAll(body: SkinnedBody, atlas: FeatureAtlas, planned: readonly PlannedTriggerPoints[], problems: string[]): ZoneSelection {
  const essential: ResolvedPatch[] = []
  const spillover: ResolvedPatch[] = []
  for (const p of planned) {
    if (!atlas.muscleById.has(p.muscleId)) {
      continue
    }
    const placed = placeTriggerPointZones(body.lookup, p.triggerPoints, p.sides)
    essential.push(...placed.selection.essential)
    spillover.push(...placed.selection.spillover)
    for (const pr of placed.problems) {
      problems.push(`${p.muscleId} ${pr.triggerPointId} ${pr.zone} patch ${pr.patchIndex} (${pr.side}): ${pr.message}`)
    }
  }
  return { essential, spillover }
}

function countChannel(weights: Float32Array, channel: number): number {
  let n = 0
  for (let i = channel; i < weights.length; i += 4) {
    if (weights[i]! > 0) {
      n++
    }
  }
  return n
}

export function SkinOverlay({ body, atlas, plan, arrays, grid, footprints }: SkinOverlayProps): null {
  const invalidate = useThree((s) => s.invalidate)
  const skin = body.skin
  const weightsRef = useRef<Float32Array | null>(null)
  const painMask = useFeatureStore((s) => s.painMask)
  const painRevision = useFeatureStore((s) => s.painRevision)
  const tappedRegions = useFeatureStore((s) => s.tappedRegions)
  const painDisplay = useMemo(() => new Uint8Array(arrays.vertexCount), [arrays.vertexCount])
  // Which layers have anything to draw: with neither, the overlay is hidden and costs no draw call.
  const shows = useRef({ zones: false, pain: false })

  useEffect(() => {
    publishDebug({ skinVertexCount: arrays.vertexCount })
  }, [arrays])

  // The overlay mesh, child of the skin so it follows the skin's transform and visibility.
  const overlay = useMemo(() => {
    const geometry = skin.geometry
    if (!geometry.getAttribute(ZONE_ATTRIBUTE)) {
      geometry.setAttribute(ZONE_ATTRIBUTE, new BufferAttribute(new Float32Array(arrays.vertexCount * 4), 4))
    }
    if (!geometry.getAttribute(PAIN_ATTRIBUTE)) {
      geometry.setAttribute(PAIN_ATTRIBUTE, new BufferAttribute(new Uint8Array(arrays.vertexCount), 1, true))
    }
    const mesh = new Mesh(geometry, createSkinOverlayMaterial())
    mesh.name = 'tpa-skin-overlay'
    mesh.renderOrder = 5
    mesh.raycast = () => {}
    mesh.morphTargetInfluences = skin.morphTargetInfluences
    mesh.morphTargetDictionary = skin.morphTargetDictionary
    mesh.visible = false
    return mesh
  }, [skin, arrays.vertexCount])

  useEffect(() => {
    skin.add(overlay)
    invalidate()
    return () => {
      skin.remove(overlay)
      ;(overlay.material as { dispose(): void }).dispose()
    }
  }, [skin, overlay, invalidate])

  // Zones: repaint the weights when the plan changes.
  useEffect(() => {
    const t0 = performance.now()
    const problems: string[] = []
    const selections = [placeAll(body, atlas, plan.primary, problems), placeAll(body, atlas, plan.compare, problems)]
    const weights = paintSelections(grid, selections, weightsRef.current ?? undefined)
    weightsRef.current = weights
    const attribute = skin.geometry.getAttribute(ZONE_ATTRIBUTE) as BufferAttribute
    if (attribute.array !== weights) {
      skin.geometry.setAttribute(ZONE_ATTRIBUTE, new BufferAttribute(weights, 4))
    } else {
      attribute.needsUpdate = true
    }
    const ms = performance.now() - t0
    if (problems.length > 0) {
      console.warn(`Trigger Point Atlas: ${problems.length} zone patch(es) could not be placed`, problems)
    }
    const painted = {
      essential: countChannel(weights, 0),
      spillover: countChannel(weights, 1),
      compareEssential: countChannel(weights, 2),
      compareSpillover: countChannel(weights, 3),
    }
    shows.current.zones = painted.essential + painted.spillover + painted.compareEssential + painted.compareSpillover > 0
    overlay.visible = shows.current.zones || shows.current.pain
    publishDebug({ zoneRepaintMs: ms, zoneProblems: problems, zonePaintedVertices: painted })
    invalidate()
  }, [plan, grid, body, atlas, skin, overlay, invalidate])

  // Pain: the painted mask plus the tapped regions, as a 0-255 byte per vertex.
  useEffect(() => {
    painDisplay.fill(0)
    if (painMask && painMask.length === painDisplay.length) {
      for (let v = 0; v < painMask.length; v++) {
        if (painMask[v]) {
          painDisplay[v] = 255
        }
      }
    }
    if (tappedRegions.length > 0) {
      const tapped = new Set(tappedRegions)
      for (const fp of footprints) {
        if (tapped.has(`${fp.regionId}.${fp.side}`)) {
          for (const v of fp.vertices) {
            painDisplay[v] = 255
          }
        }
      }
    }
    const geometry = skin.geometry
    let attribute = geometry.getAttribute(PAIN_ATTRIBUTE) as BufferAttribute
    if (attribute.array !== painDisplay) {
      attribute = new BufferAttribute(painDisplay, 1, true)
      geometry.setAttribute(PAIN_ATTRIBUTE, attribute)
    }
    attribute.needsUpdate = true
    shows.current.pain = painDisplay.some((v) => v > 0)
    overlay.visible = shows.current.zones || shows.current.pain
    invalidate()
  }, [painMask, painRevision, tappedRegions, footprints, painDisplay, skin, overlay, invalidate])

  return null
}
