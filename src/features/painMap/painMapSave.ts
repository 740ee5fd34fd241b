// What to write after the patient edited the open map: the updated record, or nothing when the edit left the map
// as it was saved (painted and erased back, tapped twice) or when the open map is read-only (painted on another
// body: the skin on screen cannot hold its points, so writing would lose them). Pure, so the rule
// "no write to saved data unless the patient changed it" is tested without a browser.
import type { BodySex } from '../../anatomy/ids'
import { paintedOn } from './painMapBody'
import { newPainMap, type PainMap, type PainMapV2 } from './painMapFormat'
import { migratePainMapV1 } from './painMapMigration'
import { maskToPoints, samePoints } from './painMapPoints'

export interface PainMapEdit {
  /** The open map, or undefined when the patient started painting with no map yet. */
  map: PainMap | undefined
  mask: Uint8Array
  tappedRegions: readonly string[]
  /** Base-shape skin positions of the body on screen (x, y, z per vertex, metres). */
  skinPositions: Float32Array | null
  /** The body on screen (male or female). */
  body: BodySex
  now: Date
  /** Id and name for a map created by this first edit. */
  newId: () => string
  newName: string
}

function sameRegions(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((r, i) => r === b[i])
}

/** The record to save for this edit, or null when there is nothing to write. */
export function mapToSave(edit: PainMapEdit): PainMapV2 | null {
  const { mask, tappedRegions, skinPositions, now } = edit
  if (!skinPositions || skinPositions.length === 0 || mask.length * 3 !== skinPositions.length) {
    return null
  }
  // A version 1 map is edited in its version 2 form on the skin it was painted on; one from another body is read-only.
  const map = edit.map?.version === 1 ? migratePainMapV1(edit.map, skinPositions) : edit.map
  if (edit.map && !map) {
    return null
  }
  if (map && !paintedOn(map, edit.body)) {
    return null
  }
  const paintedPoints = maskToPoints(mask, skinPositions)
  if (map) {
    if (samePoints(paintedPoints, map.paintedPoints) && sameRegions(tappedRegions, map.tappedRegions)) {
      return null
    }
    return { ...map, paintedPoints, tappedRegions: [...tappedRegions], updatedAt: now.toISOString() }
  }
  if (paintedPoints.length === 0 && tappedRegions.length === 0) {
    return null
  }
  return { ...newPainMap(edit.newId(), edit.newName, now, edit.body), paintedPoints, tappedRegions: [...tappedRegions] }
}
