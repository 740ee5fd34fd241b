// The saved pain-map format: what a patient's painted map looks like on disk (IndexedDB) and in an
// exported JSON file. Versioned and validated at the boundary, so a damaged or foreign record is
// reported by name and never crashes the loading of the others.
import { z } from '../../atlas/zod'

export const PAIN_MAP_FORMAT = 'trigger-point-atlas/pain-map'
export const PAIN_MAP_BUNDLE_FORMAT = 'trigger-point-atlas/pain-maps'
export const PAIN_MAP_VERSION = 1

/**
 * Limits that keep a hostile or damaged record cheap to check. The body in models/body.glb has 43,872 skin
 * vertices; a body model ten times finer would still be under this count.
 */
export const MAX_SKIN_VERTEX_COUNT = 500_000
/**
 * Tapped areas are `<region>.<side>` keys without repeats: the built-in atlas has 58 regions, so at most 116 keys;
 * the cap leaves room for an opened atlas with more regions.
 */
export const MAX_TAPPED_REGIONS = 400

/** A run of painted skin vertices: [first vertex index, number of vertices]. */
type PaintedRun = [number, number]

/**
 * The painted runs as one array, checked run by run in a plain loop (object refinement below) rather than by a
 * schema per run: a map may hold hundreds of thousands of runs, and this keeps checking one a matter of
 * milliseconds.
 */
const paintedRunsSchema = z.custom<PaintedRun[]>(
  (value) => Array.isArray(value) && value.length <= MAX_SKIN_VERTEX_COUNT,
  { message: `must be a list of at most ${MAX_SKIN_VERTEX_COUNT} runs` },
)

function isRun(run: unknown): run is PaintedRun {
  return (
    Array.isArray(run) &&
    run.length === 2 &&
    Number.isSafeInteger(run[0]) &&
    (run[0] as number) >= 0 &&
    Number.isSafeInteger(run[1]) &&
    (run[1] as number) > 0
  )
}

export const painMapSchema = z
  .object({
    format: z.literal(PAIN_MAP_FORMAT),
    version: z.literal(PAIN_MAP_VERSION),
    id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1-64 letters, digits, "-" or "_"'),
    name: z.string().trim().min(1, 'must not be empty').max(80),
    createdAt: z.string().datetime(),
    updatedAt: z.string().datetime(),
    /** Number of skin vertices of the model the map was painted on (a different model cannot reuse the runs). */
    skinVertexCount: z.number().int().nonnegative().max(MAX_SKIN_VERTEX_COUNT),
    /** Painted skin vertices, run-length encoded, sorted and non-overlapping. */
    paintedRuns: paintedRunsSchema,
    /** Named regions the patient tapped, as `<region-id>.<side>` (e.g. "temple.left", "sternum.midline"). */
    tappedRegions: z.array(z.string().max(120).regex(/^[a-z0-9]+(-[a-z0-9]+)*\.(left|right|midline)$/)).max(MAX_TAPPED_REGIONS),
  })
  .strict()
  .superRefine((m, ctx) => {
    // The first broken run is named; a damaged file gets one message, not one per run.
    let end = 0
    for (let i = 0; i < m.paintedRuns.length; i++) {
      const run: unknown = m.paintedRuns[i]
      if (!isRun(run)) {
        ctx.addIssue({ code: 'custom', path: ['paintedRuns', i], message: 'must be [first vertex, number of vertices], whole numbers' })
        return
      }
      const [start, length] = run
      if (start < end) {
        ctx.addIssue({ code: 'custom', path: ['paintedRuns', i], message: 'runs must be sorted and must not overlap' })
        return
      }
      end = start + length
      if (end > m.skinVertexCount) {
        ctx.addIssue({ code: 'custom', path: ['paintedRuns', i], message: `run ends past skinVertexCount ${m.skinVertexCount}` })
        return
      }
    }
  })

export type PainMap = z.infer<typeof painMapSchema>

export const painMapBundleSchema = z
  .object({
    format: z.literal(PAIN_MAP_BUNDLE_FORMAT),
    version: z.literal(PAIN_MAP_VERSION),
    exportedAt: z.string().datetime(),
    maps: z.array(z.unknown()),
  })
  .strict()

export type ParseResult = { ok: true; map: PainMap } | { ok: false; error: string }

/** Formats zod issues as "path: message" lines, so a user (or a test) sees where a record is broken. */
export function describeIssues(error: z.ZodError, where: string): string {
  return error.issues
    .map((issue) => `${where}${issue.path.length ? `: ${issue.path.join('.')}` : ''}: ${issue.message}`)
    .join('; ')
}

/** Validates one stored or imported pain map. `where` names the record in error messages. */
export function parsePainMap(value: unknown, where: string): ParseResult {
  const result = painMapSchema.safeParse(value)
  if (!result.success) {
    return { ok: false, error: describeIssues(result.error, where) }
  }
  return { ok: true, map: result.data }
}

/** Encodes a 0/1 per-vertex mask as sorted runs of painted vertices. */
export function maskToRuns(mask: Uint8Array): [number, number][] {
  const runs: [number, number][] = []
  let i = 0
  while (i < mask.length) {
    if (mask[i]) {
      const start = i
      while (i < mask.length && mask[i]) {
        i++
      }
      runs.push([start, i - start])
    } else {
      i++
    }
  }
  return runs
}

/** Decodes runs back to a 0/1 mask of `vertexCount` vertices. */
export function runsToMask(runs: readonly (readonly [number, number])[], vertexCount: number): Uint8Array {
  const mask = new Uint8Array(vertexCount)
  for (const [start, length] of runs) {
    mask.fill(1, start, Math.min(vertexCount, start + length))
  }
  return mask
}

/** A new, empty map, named by the user. `id` must be unique among the saved maps. */
export function newPainMap(id: string, name: string, skinVertexCount: number, now: Date = new Date()): PainMap {
  const iso = now.toISOString()
  return {
    format: PAIN_MAP_FORMAT,
    version: PAIN_MAP_VERSION,
    id,
    name,
    createdAt: iso,
    updatedAt: iso,
    skinVertexCount,
    paintedRuns: [],
    tappedRegions: [],
  }
}

/** A random id for a new map (not a secret; only needs to be unique on this device). */
export function makePainMapId(): string {
  const bytes = new Uint8Array(8)
  crypto.getRandomValues(bytes)
  return 'map-' + Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}
