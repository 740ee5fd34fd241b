// The saved pain-map format: what a patient's painted map looks like on disk (IndexedDB) and in an
// exported JSON file. Versioned and validated at the boundary, so a damaged or foreign record is
// reported by name and never crashes the loading of the others.
//
// Version 2 keeps the painted skin as points on the body's surface in body terms (millimetres in the body
// frame: +Y up, the body faces +Z, the patient's left on +X), so a map survives the body model being
// regenerated (painMapPoints.ts puts the points back on whatever skin is on screen). Version 1 kept skin-vertex
// indices, meaningful only on the skin they were painted on; painMapMigration.ts turns one into version 2 on
// that skin and keeps the original record.
import { BODY_SEXES, type BodySex } from '../../anatomy/ids'
import { z } from '../../atlas/zod'

export const PAIN_MAP_FORMAT = 'trigger-point-atlas/pain-map'
export const PAIN_MAP_BUNDLE_FORMAT = 'trigger-point-atlas/pain-maps'
export const PAIN_MAP_VERSION = 2
export const PAIN_MAP_V1 = 1

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
const paintedRunsSchema = z.custom<PaintedRun[]>((value) => Array.isArray(value) && value.length <= MAX_SKIN_VERTEX_COUNT, {
  message: `must be a list of at most ${MAX_SKIN_VERTEX_COUNT} runs`,
})

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

/** Limit on a coordinate of a painted point, mm: a body is well inside 5 m of its origin. */
export const MAX_POINT_COORDINATE_MM = 5000

const mapId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1-64 letters, digits, "-" or "_"')
const mapName = z.string().trim().min(1, 'must not be empty').max(80)
const tappedRegions = z
  .array(
    z
      .string()
      .max(120)
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*\.(left|right|midline)$/),
  )
  .max(MAX_TAPPED_REGIONS)

/**
 * The painted points as one flat array [x, y, z, x, y, z, ...], checked in a plain loop (below) rather than by a
 * schema per number, for the same reason as the runs of version 1.
 */
const paintedPointsSchema = z.custom<number[]>((value) => Array.isArray(value) && value.length <= MAX_SKIN_VERTEX_COUNT * 3, {
  message: `must be a list of at most ${(MAX_SKIN_VERTEX_COUNT * 3).toLocaleString('en')} numbers (x, y, z per point)`,
})

export const painMapV2Schema = z
  .object({
    format: z.literal(PAIN_MAP_FORMAT),
    version: z.literal(PAIN_MAP_VERSION),
    id: mapId,
    name: mapName,
    createdAt: z.string().datetime(),
    updatedAt: z.string().datetime(),
    /** Painted skin as points on the body's surface: x, y, z in millimetres (0.1 mm steps), body frame. */
    paintedPoints: paintedPointsSchema,
    /** Named regions the patient tapped, as `<region-id>.<side>` (e.g. "temple.left", "sternum.midline"). */
    tappedRegions,
    /** The body it was painted on; absent in maps saved before there was a female body (the male body). */
    body: z.enum(BODY_SEXES).optional(),
  })
  .strict()
  .superRefine((m, ctx) => {
    if (m.paintedPoints.length % 3 !== 0) {
      ctx.addIssue({ code: 'custom', path: ['paintedPoints'], message: 'must hold x, y, z for each point (a multiple of 3 numbers)' })
      return
    }
    for (let i = 0; i < m.paintedPoints.length; i++) {
      const v: unknown = m.paintedPoints[i]
      if (typeof v !== 'number' || !Number.isFinite(v) || Math.abs(v) > MAX_POINT_COORDINATE_MM) {
        ctx.addIssue({
          code: 'custom',
          path: ['paintedPoints', i],
          message: `must be a number of millimetres between -${MAX_POINT_COORDINATE_MM} and ${MAX_POINT_COORDINATE_MM}`,
        })
        return
      }
    }
  })

export type PainMapV2 = z.infer<typeof painMapV2Schema>

/** Version 1: painted skin as runs of vertex indices of one body model's skin. Read, kept and migrated; never written anew. */
export const painMapV1Schema = z
  .object({
    format: z.literal(PAIN_MAP_FORMAT),
    version: z.literal(PAIN_MAP_V1),
    id: mapId,
    name: mapName,
    createdAt: z.string().datetime(),
    updatedAt: z.string().datetime(),
    /** Number of skin vertices of the model the map was painted on (a different model cannot reuse the runs). */
    skinVertexCount: z.number().int().nonnegative().max(MAX_SKIN_VERTEX_COUNT),
    /** Painted skin vertices, run-length encoded, sorted and non-overlapping. */
    paintedRuns: paintedRunsSchema,
    tappedRegions,
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

export type PainMapV1 = z.infer<typeof painMapV1Schema>

/** A saved map as the app holds it: version 2, or a version 1 record kept as it was (painted on another body). */
export type PainMap = PainMapV2 | PainMapV1

export const painMapBundleSchema = z
  .object({
    format: z.literal(PAIN_MAP_BUNDLE_FORMAT),
    version: z.union([z.literal(PAIN_MAP_V1), z.literal(PAIN_MAP_VERSION)]),
    exportedAt: z.string().datetime(),
    maps: z.array(z.unknown()),
  })
  .strict()

export type ParseResult = { ok: true; map: PainMap } | { ok: false; error: string }

/** Formats zod issues as "path: message" lines, so a user (or a test) sees where a record is broken. */
export function describeIssues(error: z.ZodError, where: string): string {
  return error.issues.map((issue) => `${where}${issue.path.length ? `: ${issue.path.join('.')}` : ''}: ${issue.message}`).join('; ')
}

/** Validates one stored or imported pain map of either version. `where` names the record in error messages. */
export function parsePainMap(value: unknown, where: string): ParseResult {
  const version = value && typeof value === 'object' ? (value as { version?: unknown }).version : undefined
  const result = (version === PAIN_MAP_V1 ? painMapV1Schema : painMapV2Schema).safeParse(value)
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

/** A new, empty map, named by the user, on `body`. `id` must be unique among the saved maps. */
export function newPainMap(id: string, name: string, now: Date = new Date(), body: BodySex = 'male'): PainMapV2 {
  const iso = now.toISOString()
  return {
    format: PAIN_MAP_FORMAT,
    version: PAIN_MAP_VERSION,
    id,
    name,
    createdAt: iso,
    updatedAt: iso,
    paintedPoints: [],
    tappedRegions: [],
    body,
  }
}

/** A random id for a new map (not a secret; only needs to be unique on this device). */
export function makePainMapId(): string {
  const bytes = new Uint8Array(8)
  crypto.getRandomValues(bytes)
  return 'map-' + Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}
