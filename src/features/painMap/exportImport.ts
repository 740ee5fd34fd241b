// Export and import of pain maps as a JSON file the patient keeps or brings to a therapist. Import
// accepts a bundle or a single map, validates every map separately, and reports the broken ones by
// position while still importing the good ones.
import {
  PAIN_MAP_BUNDLE_FORMAT,
  PAIN_MAP_VERSION,
  describeIssues,
  painMapBundleSchema,
  parsePainMap,
  type PainMap,
} from './painMapFormat'

/** Serialises maps as a bundle (pretty-printed, so a therapist can read it). */
export function exportPainMaps(maps: readonly PainMap[], now: Date = new Date()): string {
  return JSON.stringify(
    { format: PAIN_MAP_BUNDLE_FORMAT, version: PAIN_MAP_VERSION, exportedAt: now.toISOString(), maps },
    null,
    2,
  )
}

export interface ImportResult {
  maps: PainMap[]
  errors: string[]
}

/**
 * Parses an exported file. Maps whose id is already in `existingIds` (or repeated in the file) get a fresh
 * id from `makeId`, so importing never overwrites a saved map.
 */
export function importPainMaps(text: string, existingIds: ReadonlySet<string>, makeId: () => string): ImportResult {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (e) {
    return { maps: [], errors: [`file: not valid JSON (${(e as Error).message})`] }
  }
  let candidates: unknown[]
  if (json && typeof json === 'object' && (json as { format?: unknown }).format === PAIN_MAP_BUNDLE_FORMAT) {
    const bundle = painMapBundleSchema.safeParse(json)
    if (!bundle.success) {
      return { maps: [], errors: [describeIssues(bundle.error, 'file')] }
    }
    candidates = bundle.data.maps
  } else {
    candidates = [json]
  }
  const taken = new Set(existingIds)
  const maps: PainMap[] = []
  const errors: string[] = []
  candidates.forEach((candidate, i) => {
    const parsed = parsePainMap(candidate, `file: maps.${i}`)
    if (!parsed.ok) {
      errors.push(parsed.error)
      return
    }
    let map = parsed.map
    if (taken.has(map.id)) {
      map = { ...map, id: makeId() }
    }
    taken.add(map.id)
    maps.push(map)
  })
  return { maps, errors }
}
