// One scene state: everything on screen that a link, a lesson step or a test must be able to restore (camera,
// layers, selection, hidden and isolated structures, the focused muscle and trigger point, the compared muscle, the
// zones of a body area, the needle and the build, the mode), as one plain, serialisable object. It is untrusted when it
// comes from outside (a link, a lesson file), so it is read through one zod schema whose errors name the field, with
// caps on every list, and it carries a version with append-only migrations so that a saved state survives the app
// changing. Structures are named `<id>.<side>` (src/anatomy/naming.ts). Pure: no React, no three, no store.
import { parseNodeName } from '../anatomy/naming'
import { BODY_SEXES } from '../anatomy/ids'
import { BUILD_IDS } from '../atlas/builds'
import { z } from '../atlas/zod'
import { isRecord, migrateVersionedRecord, type RecordMigration } from './versionedRecord'
import { LAYER_IDS, MAX_CAMERA_COORDINATE_M, type LayerId } from '../urlState/urlState'
import {
  BODY_AREA_IDS,
  MAX_FOV_DEG,
  MAX_HIDDEN_STRUCTURES,
  MAX_NEEDLE_LENGTH_MM,
  MIN_FOV_DEG,
  MIN_NEEDLE_LENGTH_MM,
  SCENE_STATE_VERSION,
  STATE_APPROACHES,
  STATE_MODES,
  STATE_VIEWS,
} from './sceneStateDefaults'

// The constants, defaults and id checks that need no schema live in sceneStateDefaults.ts, so the app's first
// chunk can use them without loading zod; they are re-exported here for every reader of the schema.
export * from './sceneStateDefaults'

const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const MAX_ID_LENGTH = 80

const idSchema = z
  .string()
  .max(MAX_ID_LENGTH, `expected an id of at most ${MAX_ID_LENGTH} characters`)
  .regex(KEBAB_ID, 'expected a kebab-case id like "upper-trapezius"')

/** A structure on one side: `<id>.<side>` as src/anatomy/naming.ts writes it. */
export const nodeNameSchema = z
  .string()
  .max(MAX_ID_LENGTH + 8, 'expected a structure name like "soleus.left"')
  .refine((name) => {
    const { id, side } = parseNodeName(name)
    return side !== null && KEBAB_ID.test(id)
  }, 'expected a structure name like "soleus.left" (id, a dot, and left, right or midline)')

const coordinateSchema = z
  .number('expected a number of metres')
  .refine(Number.isFinite, 'expected a finite number of metres')
  .refine((v) => Math.abs(v) <= MAX_CAMERA_COORDINATE_M, `expected metres within ±${MAX_CAMERA_COORDINATE_M}`)
const pointSchema = z.tuple([coordinateSchema, coordinateSchema, coordinateSchema])

const cameraPoseSchema = z
  .object({
    position: pointSchema,
    target: pointSchema,
    fovDeg: z.number('expected degrees').min(MIN_FOV_DEG).max(MAX_FOV_DEG),
  })
  .strict()
  .refine(
    (p) => Math.hypot(p.position[0] - p.target[0], p.position[1] - p.target[1], p.position[2] - p.target[2]) >= 1e-3,
    'the camera sits on the point it looks at',
  )

const layerSchema = z
  .object({
    visible: z.boolean(),
    opacity: z.number('expected an opacity from 0 to 1').min(0).max(1),
  })
  .strict()

const layersSchema = z.object(Object.fromEntries(LAYER_IDS.map((id) => [id, layerSchema])) as Record<LayerId, typeof layerSchema>).strict()

const needleSchema = z
  .object({
    /** The needle simulator is open (the needle is drawn over the focus trigger point). */
    open: z.boolean(),
    lengthMm: z.number('expected a length in mm').int('expected whole millimetres').min(MIN_NEEDLE_LENGTH_MM).max(MAX_NEEDLE_LENGTH_MM),
    approach: z.enum(STATE_APPROACHES),
    /** How far the tip is below the skin along the needle path, mm. */
    depthMm: z.number('expected a depth in mm').min(0).max(MAX_NEEDLE_LENGTH_MM),
  })
  .strict()
  .refine((n) => n.depthMm <= n.lengthMm, { message: 'the needle goes deeper than it is long', path: ['depthMm'] })

const focusSchema = z
  .object({
    muscleId: idSchema,
    side: z.enum(['left', 'right']),
    /** The chosen trigger point of this muscle; null shows all of its trigger points. */
    triggerPointId: idSchema.nullable(),
  })
  .strict()

/** The scene state as this version writes it. Every field is required, so a state is always complete. */
export const sceneStateSchema = z
  .object({
    version: z.literal(SCENE_STATE_VERSION),
    mode: z.enum(STATE_MODES),
    camera: z
      .object({
        /** The last named view asked for; null is the default (anterior) framing. */
        view: z.enum(STATE_VIEWS).nullable(),
        /** The exact pose; null when the camera is at the named view's framing of the body on screen. */
        pose: cameraPoseSchema.nullable(),
      })
      .strict(),
    layers: layersSchema,
    selection: nodeNameSchema.nullable(),
    hidden: z.array(nodeNameSchema).max(MAX_HIDDEN_STRUCTURES, `expected at most ${MAX_HIDDEN_STRUCTURES} hidden structures`),
    isolated: nodeNameSchema.nullable(),
    /** The muscle whose trigger points and zones are shown, on one side, with the chosen trigger point. */
    focus: focusSchema.nullable(),
    /** A second muscle drawn in the compare colour, on the focus side. */
    compareMuscleId: idSchema.nullable(),
    /** All trigger points of a body area at once (replaces the focus muscle's zones while set). */
    areaView: z.enum(BODY_AREA_IDS).nullable(),
    needle: needleSchema,
    /** The build (habitus) the skin is shaped for and depths are read for, while the needle simulator is open. */
    build: z.enum(BUILD_IDS),
    /** Which generated body is shown (the reference male body or the female body). */
    body: z.enum(BODY_SEXES),
    /** Variant muscles (present only in some people, e.g. sternalis) are drawn. */
    variantsShown: z.boolean(),
  })
  .strict()

export type SceneState = z.infer<typeof sceneStateSchema>
export type SceneCameraPose = NonNullable<SceneState['camera']['pose']>
export type SceneFocus = NonNullable<SceneState['focus']>
export type SceneNeedle = SceneState['needle']
/**
 * Migrations, keyed by the version they read: each takes a state of version N (already checked to be an object
 * with `version: N`) and returns one of version N + 1. Append-only: a released version's step never changes.
 * Version 2 added the body (male or female); every state saved before it showed the male body. Version 3 added
 * whether variant muscles are shown; every state saved before it showed them, but they are left out by default now,
 * and a state that chose one (selection or isolation) still shows it.
 */
export type SceneStateMigration = RecordMigration
export const SCENE_STATE_MIGRATIONS: Readonly<Record<number, SceneStateMigration>> = {
  1: (state) => ({ ...state, version: 2, body: 'male' }),
  2: (state) => ({ ...state, version: 3, variantsShown: false }),
}

export type SceneStateResult = { ok: true; state: SceneState } | { ok: false; problems: string[] }

/**
 * Brings a saved state of any known version up to `target`, one step at a time. Never changes its input; a state
 * without a whole-number version, of a newer version, or whose migration step is missing or throws is refused with
 * a message, and nothing is guessed from the state's shape.
 */
export function migrateSceneState(
  input: unknown,
  migrations: Readonly<Record<number, SceneStateMigration>> = SCENE_STATE_MIGRATIONS,
  target: number = SCENE_STATE_VERSION,
): { ok: true; state: Record<string, unknown> } | { ok: false; problems: string[] } {
  if (!isRecord(input)) return { ok: false, problems: ['(the state): expected an object'] }
  const migrated = migrateVersionedRecord(input, migrations, target)
  return migrated.ok ? { ok: true, state: migrated.record } : migrated
}

/** `hidden.2: expected …`: the path of each problem, then what is wrong. */
function problemLines(error: z.ZodError): string[] {
  return error.issues.slice(0, 20).map((issue) => {
    const path = issue.path.length ? issue.path.map(String).join('.') : '(the state)'
    return `${path}: ${issue.message}`
  })
}

/**
 * Reads a scene state from untrusted input (a lesson file, a parsed link, a test): migrates it to this version and
 * validates it. A problem names its field (`needle.depthMm: …`); nothing is half-read.
 */
export function readSceneState(input: unknown): SceneStateResult {
  // A huge list is refused before any of it is looked at.
  if (isRecord(input) && Array.isArray(input.hidden) && input.hidden.length > MAX_HIDDEN_STRUCTURES) {
    return { ok: false, problems: [`hidden: expected at most ${MAX_HIDDEN_STRUCTURES} hidden structures, got ${input.hidden.length}`] }
  }
  const migrated = migrateSceneState(input)
  if (!migrated.ok) return migrated
  const parsed = sceneStateSchema.safeParse(migrated.state)
  return parsed.success ? { ok: true, state: parsed.data } : { ok: false, problems: problemLines(parsed.error) }
}
