// Opening an instructor's own atlas file in the app: its entries are validated like the built-in ones,
// then either added to the built-in atlas or put in place of its muscles. The instructor's faults are
// listed by file and path, and everything valid (theirs and the built-in data) keeps working.
import { guardBuiltInSafety } from './builtInSafety'
import { crossCheck } from './crossCheck'
import { fault } from './faults'
import { MAX_ATLAS_FILE_BYTES } from './jsonText'
import { emptyParts, readAtlasFiles, type AtlasParts, type Located } from './readFiles'
import type { Atlas, AtlasFault, AtlasFile, AtlasLoadResult } from './types'

/**
 * "add": the instructor's muscles join the built-in ones (one with a built-in id replaces that muscle);
 * "replace": only the instructor's muscles are shown. Sources, regions, pleura sites and
 * contraindications are always combined, so their muscles can cite the built-in sources and paint the
 * built-in regions; the instructor's source or region wins on a shared id, but built-in safety data (pleura
 * sites, contraindications, a built-in trigger point's needling safety) cannot be replaced or weakened
 * (builtInSafety.ts).
 */
export type MergeMode = 'add' | 'replace'

/** Label under which built-in entries are reported if a merge ever faults on them. */
export const BUILT_IN_LABEL = 'built-in atlas'

export interface InstructorAtlasResult extends AtlasLoadResult {
  /** Entries refused because they would replace or weaken built-in safety data (also listed in `faults`). */
  safetyFaults: AtlasFault[]
}

export function openInstructorAtlas(
  base: Atlas,
  files: readonly AtlasFile[],
  mode: MergeMode,
  maxFileBytes = MAX_ATLAS_FILE_BYTES,
): InstructorAtlasResult {
  const read = readAtlasFiles(files, maxFileBytes)
  const safety = guardBuiltInSafety(base, read.parts)
  const faults: AtlasFault[] = [...read.faults, ...safety.faults]
  const own = safety.parts
  const merged = emptyParts()
  const builtIn = partsOf(base)

  merged.sources = combine(builtIn.sources, own.sources, 'source', faults)
  merged.regions = combine(builtIn.regions, own.regions, 'region', faults)
  merged.pleuraSites = combine(builtIn.pleuraSites, own.pleuraSites, 'pleura site', faults)
  merged.contraindications = combine(builtIn.contraindications, own.contraindications, 'contraindication', faults)
  merged.redFlags = combine(builtIn.redFlags, own.redFlags, 'red flag', faults)
  merged.muscles = mode === 'replace' ? own.muscles : combine(builtIn.muscles, own.muscles, 'muscle', faults)

  const checked = crossCheck(merged, { builtIn: false })
  const all = [...faults, ...checked.faults]
  if (mode === 'replace' && checked.atlas.muscles.length === 0) {
    const file = files.map((f) => f.path).join(', ') || '(no file)'
    all.push(fault(file, [], 'no muscle could be loaded, so the atlas shows no muscles ("replace" mode)', 'warning'))
  }
  return { atlas: checked.atlas, faults: all, safetyFaults: safety.faults }
}

/** Built-in entries first, minus any the instructor redefines (reported as a warning), then theirs. */
function combine<T extends { id: string }>(builtIn: Located<T>[], own: Located<T>[], kind: string, faults: AtlasFault[]): Located<T>[] {
  const ownIds = new Set(own.map((e) => e.value.id))
  const builtInIds = new Set(builtIn.map((e) => e.value.id))
  const reported = new Set<string>()
  for (const entry of own) {
    if (builtInIds.has(entry.value.id) && !reported.has(entry.value.id)) {
      reported.add(entry.value.id)
      const message = `replaces the built-in ${kind} "${entry.value.id}"`
      faults.push(fault(entry.file, [...entry.path, 'id'], message, 'warning'))
    }
  }
  return [...builtIn.filter((e) => !ownIds.has(e.value.id)), ...own]
}

function partsOf(atlas: Atlas): AtlasParts {
  const locate = <T>(items: T[], key: string): Located<T>[] => items.map((value, i) => ({ value, file: BUILT_IN_LABEL, path: [key, i] }))
  return {
    muscles: locate(atlas.muscles, 'muscles'),
    regions: locate(atlas.regions, 'regions'),
    sources: locate(atlas.sources, 'sources'),
    pleuraSites: locate(atlas.pleuraSites, 'pleuraSites'),
    contraindications: locate(atlas.contraindications, 'contraindications'),
    redFlags: locate(atlas.redFlags, 'redFlags'),
  }
}
