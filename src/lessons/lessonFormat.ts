// The lesson format: a title, an author line and ordered steps, each step one scene state (src/sceneState) with a
// caption, speaker notes, pins on the body surface and arrows between two surface points. Lessons come from files,
// links and the app's own database, all untrusted: they are read through one zod schema whose problems name the
// field (`steps.2.caption: …`), with caps on every list and text, and a version with append-only migrations so a
// saved lesson survives the app changing. Each step's scene is read by the scene state's own reader, which migrates
// it too. Pure: no React, no three, no store.
import { readSceneState, sceneStateSchema, type SceneState } from '../sceneState/sceneState'
import { isRecord, migrateVersionedRecord, type RecordMigration } from '../sceneState/versionedRecord'
import { z } from '../atlas/zod'
import { MAX_CAPTION_CHARS, MAX_NOTES_CHARS } from './caption'

import {
  LESSON_FORMAT,
  LESSON_VERSION,
  MAX_ARROWS_PER_STEP,
  MAX_LABEL_CHARS,
  MAX_LESSON_STEPS,
  MAX_PINS_PER_STEP,
  MAX_TITLE_CHARS,
} from './lessonLimits'

// The format's name, version and caps need no schema (lessonLimits.ts); they are re-exported for every reader.
export * from './lessonLimits'
/** Largest lesson file read, bytes: a 60-step lesson with long notes is far smaller. */
export const MAX_LESSON_FILE_BYTES = 1024 * 1024

const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const ID = /^[A-Za-z0-9_-]{1,64}$/

/** A C0 control character other than tab, line feed and carriage return: never in text a person typed. */
const hasControlCharacters = (text: string): boolean =>
  [...text].some((ch) => {
    const code = ch.charCodeAt(0)
    return code < 32 && code !== 9 && code !== 10 && code !== 13
  })

const idSchema = z.string().regex(ID, 'expected an id of 1-64 letters, digits, "-" or "_"')
const textSchema = (max: number, what: string) =>
  z
    .string(`expected ${what} as text`)
    .max(max, `expected ${what} of at most ${max} characters`)
    .refine((t) => !hasControlCharacters(t), `expected ${what} without control characters`)

const metres = z
  .number('expected a number of metres')
  .refine(Number.isFinite, 'expected a finite number of metres')
  .refine((v) => Math.abs(v) <= 10, 'expected metres within ±10 of the body')

/**
 * A point on the body. Placed by clicking in the app: the model point (metres, model frame) and the structure it
 * lies on. Written for the built-in lessons: a landmark and an offset in body terms, so the point follows any body
 * that has the landmark.
 */
export const surfacePointSchema = z.union([
  z
    .object({
      pointM: z.tuple([metres, metres, metres]),
      structure: z
        .string()
        .max(90)
        .regex(/^[a-z0-9-]+\.(left|right|midline)$/, 'expected a structure name like "soleus.left"')
        .optional(),
    })
    .strict(),
  z
    .object({
      landmark: z.string().max(80).regex(KEBAB_ID, 'expected a landmark id like "acromion"'),
      side: z.enum(['left', 'right']),
      offset: z
        .object({ lateralM: metres, superiorM: metres, anteriorM: metres })
        .strict()
        .default({ lateralM: 0, superiorM: 0, anteriorM: 0 }),
    })
    .strict(),
])

export const pinSchema = z
  .object({
    id: idSchema,
    label: textSchema(MAX_LABEL_CHARS, 'a pin label').default(''),
    at: surfacePointSchema,
  })
  .strict()

export const arrowSchema = z
  .object({
    id: idSchema,
    label: textSchema(MAX_LABEL_CHARS, 'an arrow label').default(''),
    from: surfacePointSchema,
    to: surfacePointSchema,
  })
  .strict()

/** A step as stored: its scene is checked separately by readSceneState (see readLesson). */
const storedStepSchema = z
  .object({
    id: idSchema,
    title: textSchema(MAX_TITLE_CHARS, 'a step title').default(''),
    caption: textSchema(MAX_CAPTION_CHARS, 'a caption').default(''),
    notes: textSchema(MAX_NOTES_CHARS, 'speaker notes').default(''),
    /** Source ids (data/sources.json) the caption and notes rely on; shown under the caption. */
    sources: z
      .array(
        z
          .string()
          .max(40)
          .regex(/^[A-Za-z0-9-]+$/, 'expected a source id like "TS1"'),
      )
      .max(20)
      .default([]),
    scene: z.unknown(),
    pins: z.array(pinSchema).max(MAX_PINS_PER_STEP, `expected at most ${MAX_PINS_PER_STEP} pins in a step`).default([]),
    arrows: z.array(arrowSchema).max(MAX_ARROWS_PER_STEP, `expected at most ${MAX_ARROWS_PER_STEP} arrows in a step`).default([]),
  })
  .strict()

const storedLessonSchema = z
  .object({
    format: z.literal(LESSON_FORMAT, `expected "${LESSON_FORMAT}": this is not a Trigger Point Atlas lesson`),
    version: z.literal(LESSON_VERSION),
    id: idSchema,
    title: textSchema(MAX_TITLE_CHARS, 'a title').min(1, 'expected a title'),
    author: textSchema(MAX_TITLE_CHARS, 'an author line').default(''),
    /** One or two sentences on what the lesson covers, for the library. */
    summary: textSchema(300, 'a summary').default(''),
    /** Built-in lessons are read-only in the app: editing one makes a copy. */
    builtIn: z.boolean().default(false),
    updatedAt: z.string().max(40).default(''),
    steps: z
      .array(storedStepSchema)
      .min(1, 'expected at least one step')
      .max(MAX_LESSON_STEPS, `expected at most ${MAX_LESSON_STEPS} steps`),
  })
  .strict()

/** A lesson file as one schema, each step's scene spelled out: the source of data/schema/lesson.schema.json. */
export const lessonFileSchema = storedLessonSchema.extend({
  steps: z
    .array(storedStepSchema.extend({ scene: sceneStateSchema }))
    .min(1)
    .max(MAX_LESSON_STEPS),
})

export type SurfacePoint = z.infer<typeof surfacePointSchema>
export type LessonPin = z.infer<typeof pinSchema>
export type LessonArrow = z.infer<typeof arrowSchema>
export type LessonStep = Omit<z.infer<typeof storedStepSchema>, 'scene'> & { scene: SceneState }
export type Lesson = Omit<z.infer<typeof storedLessonSchema>, 'steps'> & { steps: LessonStep[] }

/**
 * Migrations, keyed by the version they read, each giving version N + 1. Append-only: a released version's step
 * never changes. Version 1 is the first, so there is none yet.
 */
export type LessonMigration = RecordMigration
export const LESSON_MIGRATIONS: Readonly<Record<number, LessonMigration>> = {}

export type LessonResult = { ok: true; lesson: Lesson } | { ok: false; problems: string[] }

/**
 * Brings a saved lesson of any known version up to `target`, one step at a time, never changing its input. A lesson
 * without a whole-number version, of a newer version, or whose migration is missing or throws is refused.
 */
export function migrateLesson(
  input: Record<string, unknown>,
  migrations: Readonly<Record<number, LessonMigration>> = LESSON_MIGRATIONS,
  target: number = LESSON_VERSION,
): { ok: true; lesson: Record<string, unknown> } | { ok: false; problems: string[] } {
  const migrated = migrateVersionedRecord(input, migrations, target)
  return migrated.ok ? { ok: true, lesson: migrated.record } : migrated
}

/**
 * Reads a lesson from untrusted input: the format marker, the version (migrated), every field, and each step's scene
 * through readSceneState. A problem names its field; a lesson with any problem is refused whole.
 */
export function readLesson(input: unknown): LessonResult {
  if (!isRecord(input)) return { ok: false, problems: ['(the lesson): expected an object'] }
  if (input.format !== LESSON_FORMAT) {
    return { ok: false, problems: [`format: expected "${LESSON_FORMAT}": this is not a Trigger Point Atlas lesson`] }
  }
  if (Array.isArray(input.steps) && input.steps.length > MAX_LESSON_STEPS) {
    return { ok: false, problems: [`steps: expected at most ${MAX_LESSON_STEPS} steps, got ${input.steps.length}`] }
  }
  const migrated = migrateLesson(input)
  if (!migrated.ok) return migrated
  const parsed = storedLessonSchema.safeParse(migrated.lesson)
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues
        .slice(0, 20)
        .map((i) => `${i.path.length ? i.path.map(String).join('.') : '(the lesson)'}: ${i.message}`),
    }
  }
  const problems: string[] = []
  const steps: LessonStep[] = []
  const ids = new Set<string>()
  parsed.data.steps.forEach((step, i) => {
    if (ids.has(step.id)) problems.push(`steps.${i}.id: "${step.id}" is used by an earlier step`)
    ids.add(step.id)
    const scene = readSceneState(step.scene)
    if (scene.ok) steps.push({ ...step, scene: scene.state })
    else problems.push(...scene.problems.map((p) => `steps.${i}.scene.${p}`))
  })
  if (problems.length > 0) return { ok: false, problems: problems.slice(0, 20) }
  return { ok: true, lesson: { ...parsed.data, steps } }
}

/** A lesson as it is written to a file, a link or the database: plain JSON, this version. */
export function lessonToJson(lesson: Lesson): Record<string, unknown> {
  return JSON.parse(JSON.stringify({ ...lesson, format: LESSON_FORMAT, version: LESSON_VERSION })) as Record<string, unknown>
}
