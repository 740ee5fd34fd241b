// Export and import of pain maps as a JSON file the patient keeps or brings to a therapist. Import
// accepts a bundle or a single map, validates every map separately, and reports the broken ones by
// position while still importing the good ones. A file is refused by its size before it is read, and each map's
// arrays are measured before they are validated element by element, so no file can freeze the tab.
import {
  MAX_SKIN_VERTEX_COUNT,
  MAX_TAPPED_REGIONS,
  PAIN_MAP_BUNDLE_FORMAT,
  PAIN_MAP_VERSION,
  describeIssues,
  painMapBundleSchema,
  parsePainMap,
  type PainMap,
} from './painMapFormat'

/**
 * Largest pain-map file that is opened. A map of the body in models/body.glb can hold at most 21,936 painted runs
 * (every other one of its 43,872 skin vertices: a pattern no brush can make), which this exporter writes in about
 * 0.5 MB; real maps are a few kilobytes to a few tens of kilobytes. 2 MiB holds several worst-case maps or hundreds
 * of real ones, and parses in a blink; a larger file is not one of ours.
 */
export const MAX_PAIN_MAP_FILE_BYTES = 2 * 1024 * 1024
/** A bundle with more maps than this is not one a patient made. */
export const MAX_MAPS_PER_FILE = 500

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}

/** Why a file of `bytes` bytes is refused before reading it, or null if its size is fine. */
export function painMapFileSizeProblem(bytes: number): string | null {
  if (bytes <= MAX_PAIN_MAP_FILE_BYTES) {
    return null
  }
  return (
    `This file is ${megabytes(bytes)} (${bytes.toLocaleString('en')} bytes); a pain-map file can be at most ` +
    `${megabytes(MAX_PAIN_MAP_FILE_BYTES)} (${MAX_PAIN_MAP_FILE_BYTES.toLocaleString('en')} bytes), so it was not opened. Nothing was changed.`
  )
}

/** Serialises maps as a bundle (pretty-printed, one painted point or run per line, so a therapist can read it). */
export function exportPainMaps(maps: readonly PainMap[], now: Date = new Date()): string {
  return JSON.stringify({ format: PAIN_MAP_BUNDLE_FORMAT, version: PAIN_MAP_VERSION, exportedAt: now.toISOString(), maps }, null, 2)
    .replace(/\[\n\s+(\d+),\n\s+(\d+)\n\s+\]/g, '[$1, $2]')
    .replace(/("paintedPoints": \[)([^\]]*)\]/g, (_all, head: string, body: string) => {
      const numbers = body
        .split(',')
        .map((n) => n.trim())
        .filter((n) => n.length > 0)
      if (numbers.length === 0) {
        return `${head}]`
      }
      const lines: string[] = []
      for (let i = 0; i < numbers.length; i += 3) {
        lines.push(`        ${numbers.slice(i, i + 3).join(', ')}`)
      }
      return `${head}\n${lines.join(',\n')}\n      ]`
    })
}

/**
 * Measures a candidate map's arrays before it is validated element by element: a map may not have more painted
 * runs than its body has skin vertices, nor more tapped areas than there are regions.
 */
export function painMapSizeProblem(candidate: unknown, where: string): string | null {
  if (!candidate || typeof candidate !== 'object') {
    return null // the schema names what is wrong
  }
  const { paintedRuns, paintedPoints, tappedRegions, skinVertexCount } = candidate as Record<string, unknown>
  const vertexLimit =
    typeof skinVertexCount === 'number' && skinVertexCount >= 0 ? Math.min(skinVertexCount, MAX_SKIN_VERTEX_COUNT) : MAX_SKIN_VERTEX_COUNT
  if (Array.isArray(paintedRuns) && paintedRuns.length > vertexLimit) {
    return `${where}: paintedRuns: ${paintedRuns.length.toLocaleString('en')} runs is more than the ${vertexLimit.toLocaleString('en')} skin points a map can have`
  }
  if (Array.isArray(paintedPoints) && paintedPoints.length > MAX_SKIN_VERTEX_COUNT * 3) {
    return `${where}: paintedPoints: ${paintedPoints.length.toLocaleString('en')} numbers is more than the ${(MAX_SKIN_VERTEX_COUNT * 3).toLocaleString('en')} a map can have (x, y, z of ${MAX_SKIN_VERTEX_COUNT.toLocaleString('en')} points)`
  }
  if (Array.isArray(tappedRegions) && tappedRegions.length > MAX_TAPPED_REGIONS) {
    return `${where}: tappedRegions: ${tappedRegions.length.toLocaleString('en')} areas is more than the ${MAX_TAPPED_REGIONS} a map can have`
  }
  return null
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
    if (candidates.length > MAX_MAPS_PER_FILE) {
      return {
        maps: [],
        errors: [`file: maps: ${candidates.length.toLocaleString('en')} maps is more than the ${MAX_MAPS_PER_FILE} a file can hold`],
      }
    }
  } else {
    candidates = [json]
  }
  const taken = new Set(existingIds)
  const maps: PainMap[] = []
  const errors: string[] = []
  candidates.forEach((candidate, i) => {
    const tooBig = painMapSizeProblem(candidate, `file: maps.${i}`)
    if (tooBig) {
      errors.push(tooBig)
      return
    }
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
