// The lesson format's name, version and caps, its link fragment key, and fresh ids: what editing a lesson and
// starting the app need without the schema (lessonFormat.ts) or the link codec (lessonLink.ts), so neither lands in
// the app's first chunk. Pure.
export const LESSON_FORMAT = 'trigger-point-atlas/lesson'
/** The version this app writes; older versions are migrated on reading (LESSON_MIGRATIONS in lessonFormat.ts). */
export const LESSON_VERSION = 1

export const MAX_LESSON_STEPS = 60
export const MAX_PINS_PER_STEP = 12
export const MAX_ARROWS_PER_STEP = 8
export const MAX_TITLE_CHARS = 120
export const MAX_LABEL_CHARS = 60

/** A fresh id for a lesson, a step, a pin or an arrow. */
export function newLessonId(prefix: string): string {
  const random = globalThis.crypto?.randomUUID?.().slice(0, 8) ?? Math.random().toString(36).slice(2, 10)
  return `${prefix}-${random}`
}

/** The fragment key of a lesson link: `#lesson=<base64url>` (lessonLink.ts). */
export const LESSON_FRAGMENT_KEY = 'lesson'

/** Whether a location hash (with or without '#') carries a lesson. */
export function hasLessonFragment(hash: string): boolean {
  return hash.replace(/^#/, '').startsWith(`${LESSON_FRAGMENT_KEY}=`)
}
