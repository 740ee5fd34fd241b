// Turns atlas trigger points into placed skin patches (a ZoneSelection) for zone painting. A missing
// landmark skips that patch and is reported, so one bad entry never blanks the whole body.
import type { TriggerPoint } from '../atlas/schema'
import { AnchorError, UnknownLandmarkError, type LandmarkLookup, type PlacementSide } from './anchors'
import { resolveSkinPatch, type ResolvedPatch, type ZoneSelection } from './skinPaint'

/** A patch that could not be placed, with where it came from. */
export interface PatchProblem {
  triggerPointId: string
  zone: 'essential' | 'spillover'
  patchIndex: number
  side: PlacementSide
  message: string
}

export interface PlacedSelection {
  selection: ZoneSelection
  problems: PatchProblem[]
}

/** Places the essential and spillover patches of trigger points on the given sides. */
export function placeTriggerPointZones(
  lookup: LandmarkLookup,
  triggerPoints: readonly TriggerPoint[],
  sides: readonly PlacementSide[],
): PlacedSelection {
  const essential: ResolvedPatch[] = []
  const spillover: ResolvedPatch[] = []
  const problems: PatchProblem[] = []
  for (const tp of triggerPoints) {
    for (const side of sides) {
      const zones = [
        ['essential', tp.essentialZone, essential],
        ['spillover', tp.spilloverZone, spillover],
      ] as const
      for (const [zone, referral, into] of zones) {
        referral?.patches.forEach((patch, patchIndex) => {
          try {
            into.push(resolveSkinPatch(lookup, patch, side))
          } catch (error) {
            if (error instanceof UnknownLandmarkError || error instanceof AnchorError) {
              problems.push({ triggerPointId: tp.id, zone, patchIndex, side, message: error.message })
            } else {
              throw error
            }
          }
        })
      }
    }
  }
  return { selection: { essential, spillover }, problems }
}
