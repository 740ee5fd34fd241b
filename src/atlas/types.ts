// The shapes every atlas module shares: a file handed to the loader, a fault it reports, and the loaded
// atlas. Kept apart from schema.ts so that loading code and the app can import them without zod.
import type { RedFlag } from './redFlagSchema'
import type { Contraindication, Muscle, PleuraSite, Region, Source } from './schema'

/** A JSON path inside one file: object keys and array indices, e.g. ["triggerPoints", 0, "location"]. */
export type JsonPath = readonly (string | number)[]

/** One atlas file as text, named by the path it is reported under (e.g. "data/atlas/soleus.json"). */
export interface AtlasFile {
  path: string
  text: string
}

/** "error": the entry is wrong and, where stated in `effect`, left out; "warning": loaded, but worth a look. */
export type FaultSeverity = 'error' | 'warning'

/** A problem found while loading, named by file and JSON path so an author can go straight to it. */
export interface AtlasFault {
  file: string
  path: JsonPath
  message: string
  severity: FaultSeverity
  /** What the loader did about it, e.g. 'trigger point "soleus-trp1" left out'. */
  effect?: string
}

/** The loaded, cross-checked atlas: every id in it resolves. */
export interface Atlas {
  muscles: Muscle[]
  regions: Region[]
  sources: Source[]
  pleuraSites: PleuraSite[]
  contraindications: Contraindication[]
  /** Warning signs shown before any muscle (data/red-flags.json). */
  redFlags: RedFlag[]
}

/** The result of loading: what could be used, and everything that could not. */
export interface AtlasLoadResult {
  atlas: Atlas
  faults: AtlasFault[]
}

/** An empty atlas, the starting point for merges and for files that hold nothing usable. */
export function emptyAtlas(): Atlas {
  return { muscles: [], regions: [], sources: [], pleuraSites: [], contraindications: [], redFlags: [] }
}
