// Step one of loading: parse each file and validate each entry against the zod schema on its own, so
// that one bad entry (or one bad trigger point) is reported and left out while the rest still loads.
// Cross-references between entries are checked afterwards, in crossCheck.ts.
import type { z } from 'zod'
import { BUNDLE_KEYS, BUNDLE_META_KEYS, type BundleKey } from './bundle'
import { fault, faultsFromIssues } from './faults'
import { MAX_ATLAS_FILE_BYTES, parseJsonText } from './jsonText'
import { redFlagSchema, type RedFlag } from './redFlagSchema'
import {
  contraindicationSchema,
  muscleSchema,
  pleuraSiteSchema,
  regionSchema,
  sourceSchema,
  type Contraindication,
  type Muscle,
  type PleuraSite,
  type Region,
  type Source,
} from './schema'
import type { AtlasFault, AtlasFile, JsonPath } from './types'

/** An entry together with where it came from, so later faults can name its file and path. */
export interface Located<T> {
  value: T
  file: string
  path: JsonPath
  /** For muscles whose bad trigger points were left out: original index of each kept trigger point. */
  triggerPointIndices?: number[]
}

/** Schema-valid entries of every kind, not yet cross-checked. */
export interface AtlasParts {
  muscles: Located<Muscle>[]
  regions: Located<Region>[]
  sources: Located<Source>[]
  pleuraSites: Located<PleuraSite>[]
  contraindications: Located<Contraindication>[]
  redFlags: Located<RedFlag>[]
}

export function emptyParts(): AtlasParts {
  return { muscles: [], regions: [], sources: [], pleuraSites: [], contraindications: [], redFlags: [] }
}

/** What a file holds, from its name (the built-in collection files) or else from its shape. */
export type AtlasFileKind = BundleKey | 'muscle' | 'bundle'

const COLLECTION_FILES: Record<string, BundleKey> = {
  'regions.json': 'regions',
  'sources.json': 'sources',
  'pleura-sites.json': 'pleuraSites',
  'contraindications.json': 'contraindications',
  'red-flags.json': 'redFlags',
}

export function fileKind(path: string, value: unknown): AtlasFileKind {
  const base = path.split(/[\\/]/).pop() ?? path
  const named = COLLECTION_FILES[base]
  if (named) {
    return named
  }
  if (Array.isArray(value)) {
    return 'muscles'
  }
  if (isObject(value) && !('triggerPoints' in value) && BUNDLE_KEYS.some((k) => k in value)) {
    return 'bundle'
  }
  return 'muscle'
}

/** Parses and schema-checks every file; returns the valid entries and a fault for everything else. */
export function readAtlasFiles(
  files: readonly AtlasFile[],
  maxFileBytes = MAX_ATLAS_FILE_BYTES,
): { parts: AtlasParts; faults: AtlasFault[] } {
  const parts = emptyParts()
  const faults: AtlasFault[] = []
  for (const file of files) {
    const parsed = parseJsonText(file, maxFileBytes)
    if (!parsed.ok) {
      faults.push(parsed.fault)
      continue
    }
    try {
      readValue(file.path, parsed.value, parts, faults)
    } catch (e) {
      // A file must never stop the others from being read and reported.
      faults.push(fault(file.path, [], `could not be checked: ${(e as Error).message}`, 'error', 'whole file left out'))
    }
  }
  return { parts, faults }
}

function readValue(file: string, raw: unknown, parts: AtlasParts, faults: AtlasFault[]): void {
  const kind = fileKind(file, raw)
  // A top-level "$schema" key lets editors validate as the author types; it is not atlas data.
  const value = isObject(raw) && '$schema' in raw ? withoutKey(raw, '$schema') : raw
  if (kind === 'muscle') {
    readMuscle(file, [], value, parts, faults)
  } else if (kind === 'bundle') {
    readBundle(file, value as Record<string, unknown>, parts, faults)
  } else {
    readCollection(file, [], kind, value, parts, faults)
  }
}

function readBundle(file: string, bundle: Record<string, unknown>, parts: AtlasParts, faults: AtlasFault[]): void {
  for (const key of Object.keys(bundle)) {
    if ((BUNDLE_KEYS as readonly string[]).includes(key)) {
      readCollection(file, [key], key as BundleKey, bundle[key], parts, faults)
    } else if (!(BUNDLE_META_KEYS as readonly string[]).includes(key)) {
      faults.push(fault(file, [key], `unknown field (an atlas file holds ${BUNDLE_KEYS.join(', ')})`, 'error', 'field ignored'))
    }
  }
}

const ENTRY_SCHEMAS = {
  regions: regionSchema,
  sources: sourceSchema,
  pleuraSites: pleuraSiteSchema,
  contraindications: contraindicationSchema,
  redFlags: redFlagSchema,
} as const

const ENTRY_NAMES: Record<BundleKey, string> = {
  muscles: 'muscle',
  regions: 'region',
  sources: 'source',
  pleuraSites: 'pleura site',
  contraindications: 'contraindication',
  redFlags: 'red flag',
}

function readCollection(file: string, basePath: JsonPath, kind: BundleKey, value: unknown, parts: AtlasParts, faults: AtlasFault[]): void {
  if (!Array.isArray(value)) {
    faults.push(fault(file, basePath, `expected an array of ${ENTRY_NAMES[kind]} entries`, 'error', 'whole list left out'))
    return
  }
  value.forEach((entry, index) => {
    const path = [...basePath, index]
    if (kind === 'muscles') {
      readMuscle(file, path, entry, parts, faults)
      return
    }
    const schema: z.ZodType = ENTRY_SCHEMAS[kind]
    const result = schema.safeParse(entry)
    if (result.success) {
      ;(parts[kind] as Located<unknown>[]).push({ value: result.data, file, path })
    } else {
      const effect = `${ENTRY_NAMES[kind]} ${describeEntry(entry, index)} left out`
      faults.push(...faultsFromIssues(file, path, result.error.issues, effect, entry))
    }
  })
}

/**
 * A muscle whose only faults lie inside some of its trigger points keeps its other trigger points; any
 * other fault leaves the whole muscle out.
 */
function readMuscle(file: string, basePath: JsonPath, raw: unknown, parts: AtlasParts, faults: AtlasFault[]): void {
  const first = muscleSchema.safeParse(raw)
  if (first.success) {
    parts.muscles.push({ value: first.data, file, path: basePath })
    return
  }
  const issues = first.error.issues
  const badTriggerPoints = new Set<number>()
  let muscleLevel = false
  for (const issue of issues) {
    if (issue.path[0] === 'triggerPoints' && typeof issue.path[1] === 'number') {
      badTriggerPoints.add(issue.path[1])
    } else {
      muscleLevel = true
    }
  }
  const muscleName = `muscle ${describeEntry(raw)}`
  const rawPoints = isObject(raw) && Array.isArray(raw.triggerPoints) ? (raw.triggerPoints as unknown[]) : []
  const kept = rawPoints.map((_, i) => i).filter((i) => !badTriggerPoints.has(i))
  if (muscleLevel || kept.length === 0) {
    const effect = muscleLevel ? `${muscleName} left out` : `${muscleName} left out: none of its trigger points is valid`
    faults.push(...faultsFromIssues(file, basePath, issues, effect, raw))
    return
  }
  for (const index of badTriggerPoints) {
    const pointIssues = issues.filter((issue) => issue.path[1] === index)
    const effect = `trigger point ${describeEntry(rawPoints[index], index)} left out; the rest of ${muscleName} loads`
    faults.push(...faultsFromIssues(file, basePath, pointIssues, effect, raw))
  }
  const trimmed = { ...(raw as Record<string, unknown>), triggerPoints: kept.map((i) => rawPoints[i]) }
  const second = muscleSchema.safeParse(trimmed)
  if (second.success) {
    parts.muscles.push({ value: second.data, file, path: basePath, triggerPointIndices: kept })
  } else {
    faults.push(...faultsFromIssues(file, basePath, second.error.issues, `${muscleName} left out`, trimmed))
  }
}

function describeEntry(entry: unknown, index?: number): string {
  if (isObject(entry) && typeof entry.id === 'string') {
    return `"${entry.id}"`
  }
  return index === undefined ? '(no id)' : `#${index} (no id)`
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function withoutKey(value: Record<string, unknown>, key: string): Record<string, unknown> {
  const copy = { ...value }
  delete copy[key]
  return copy
}
