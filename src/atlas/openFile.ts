// Opening an instructor's atlas file in the app, as pure steps the UI only calls: a check before reading
// (size), a check of the bytes and text (encoding, nesting, JSON at all?) that refuses the file and keeps
// the current atlas, then the merge with the built-in atlas, refused whole if it would replace or weaken
// built-in safety data, and a plain-text summary with one line per fault (file: JSON path: message).
import { formatFault, formatPath } from './faults'
import { checkFileSize, decodeAtlasBytes, MAX_ATLAS_FILE_BYTES } from './fileLimits'
import { parseJsonText } from './jsonText'
import { openInstructorAtlas, type MergeMode } from './merge'
import { fileKind } from './readFiles'
import type { ActiveAtlas } from './active'
import type { Atlas, AtlasFault } from './types'

export type OpenAtlasOutcome =
  { ok: false; message: string } | { ok: true; active: ActiveAtlas; summary: string; faultLines: string[]; faults: AtlasFault[] }

const unchanged = 'The atlas on screen is unchanged.'

/** Refuses a file by its size before it is read (a huge file must not freeze the app); null if fine. */
export function refuseBySize(name: string, sizeBytes: number, limitBytes = MAX_ATLAS_FILE_BYTES): string | null {
  const f = checkFileSize(name, sizeBytes, limitBytes)
  return f ? `Could not open "${name}": ${f.message}. ${unchanged}` : null
}

/** The text of the file's bytes, decoded as the CLI decodes them, or the message refusing it. */
export function decodeOpenedFile(name: string, bytes: Uint8Array): { ok: true; text: string } | { ok: false; message: string } {
  const decoded = decodeAtlasBytes(name, bytes)
  return decoded.ok ? decoded : { ok: false, message: `Could not open "${name}": it ${decoded.fault.message}. ${unchanged}` }
}

/** Refuses a file whose text is not JSON (or too large); null if it can go on to the merge. */
export function refuseByText(name: string, text: string, limitBytes = MAX_ATLAS_FILE_BYTES): string | null {
  const parsed = parseJsonText({ path: name, text }, limitBytes)
  if (parsed.ok) {
    const v = parsed.value
    if (v === null || typeof v !== 'object') {
      return `Could not open "${name}": it is JSON but not an atlas file (expected a muscle, a list of muscles or an atlas bundle). ${unchanged}`
    }
    return null
  }
  return `Could not open "${name}": ${parsed.fault.message}. ${unchanged}`
}

/** Ids of the muscles the file itself defines (whatever their validity), to count what it contributed. */
function fileMuscleIds(name: string, value: unknown): Set<string> {
  const kind = fileKind(name, value)
  const list: unknown[] =
    kind === 'muscle'
      ? [value]
      : kind === 'muscles' && Array.isArray(value)
        ? value
        : kind === 'bundle' && Array.isArray((value as { muscles?: unknown }).muscles)
          ? (value as { muscles: unknown[] }).muscles
          : []
  const ids = new Set<string>()
  for (const m of list) {
    const id = (m as { id?: unknown } | null)?.id
    if (typeof id === 'string') ids.add(id)
  }
  return ids
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`
}

/** How many refused fields the message lists by name before summing up the rest. */
const LISTED_SAFETY_FAULTS = 3

/** The whole file is refused: one line per refused field (JSON path: why), then the atlas stays. */
function safetyRefusal(name: string, faults: readonly AtlasFault[]): string {
  const lines = faults.slice(0, LISTED_SAFETY_FAULTS).map((f) => `• ${formatPath(f.path)}: ${f.message}`)
  const more = faults.length - lines.length
  if (more > 0) lines.push(`• …and ${plural(more, 'more field')} like these (npm run -s atlas -- validate lists them all).`)
  return [
    `Could not open "${name}": it would replace or weaken the built-in safety data, so nothing of it was loaded.`,
    ...lines,
    unchanged,
  ].join('\n')
}

/** Merges the instructor's file into (or in place of the muscles of) the built-in atlas. */
export function openAtlasFile(builtIn: Atlas, name: string, text: string, mode: MergeMode): OpenAtlasOutcome {
  const refused = refuseByText(name, text)
  if (refused) return { ok: false, message: refused }
  const result = openInstructorAtlas(builtIn, [{ path: name, text }], mode)
  if (result.safetyFaults.length > 0) return { ok: false, message: safetyRefusal(name, result.safetyFaults) }
  const ids = fileMuscleIds(name, JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text))
  const theirs = result.atlas.muscles.filter((m) => ids.has(m.id))
  const trps = theirs.reduce((n, m) => n + m.triggerPoints.length, 0)
  const how = mode === 'add' ? 'added to the built-in atlas' : 'in place of the built-in muscles'
  const summary =
    `Loaded ${name}: ${plural(theirs.length, 'muscle')}, ${plural(trps, 'trigger point')}; ` +
    `${plural(result.faults.length, 'fault')} (${how}).`
  return {
    ok: true,
    active: { atlas: result.atlas, faults: result.faults, label: name, mode },
    summary,
    faultLines: result.faults.map(formatFault),
    faults: result.faults,
  }
}
