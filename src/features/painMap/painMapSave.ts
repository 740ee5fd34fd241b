// What to write after the patient edited the open map: the updated record, or nothing when the edit left the map
// as it was saved (painted and erased back, tapped twice) or when the open map is read-only. Pure, so the rule
// "no write to saved data unless the patient changed it" is tested without a browser.
import { maskToRuns, newPainMap, type PainMap } from './painMapFormat'
import { painMapFit } from './painMapFit'

export interface PainMapEdit {
  /** The open map, or undefined when the patient started painting with no map yet. */
  map: PainMap | undefined
  mask: Uint8Array
  tappedRegions: readonly string[]
  skinVertexCount: number
  now: Date
  /** Id and name for a map created by this first edit. */
  newId: () => string
  newName: string
}

function sameRuns(a: readonly (readonly [number, number])[], b: readonly (readonly [number, number])[]): boolean {
  return a.length === b.length && a.every((run, i) => run[0] === b[i]![0] && run[1] === b[i]![1])
}

function sameRegions(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((r, i) => r === b[i])
}

/** The record to save for this edit, or null when there is nothing to write. */
export function mapToSave(edit: PainMapEdit): PainMap | null {
  const { map, mask, tappedRegions, skinVertexCount, now } = edit
  if (skinVertexCount === 0 || mask.length !== skinVertexCount) {
    return null
  }
  if (map && painMapFit(map, skinVertexCount).kind !== 'editable') {
    return null
  }
  const paintedRuns = maskToRuns(mask)
  if (map) {
    if (sameRuns(paintedRuns, map.paintedRuns) && sameRegions(tappedRegions, map.tappedRegions)) {
      return null
    }
    return { ...map, paintedRuns, tappedRegions: [...tappedRegions], updatedAt: now.toISOString() }
  }
  if (paintedRuns.length === 0 && tappedRegions.length === 0) {
    return null
  }
  return { ...newPainMap(edit.newId(), edit.newName, skinVertexCount, now), paintedRuns, tappedRegions: [...tappedRegions] }
}
