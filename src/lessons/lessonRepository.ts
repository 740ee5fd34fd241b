// Saving and loading lessons through a small key-value interface, so the rules (each record is read on its own
// through the lesson format; a damaged one is reported by key while the others load; built-in lessons are never
// stored) are tested in node, and IndexedDB (lessonIdb.ts) is only the storage underneath.
import { lessonToJson, readLesson, type Lesson } from './lessonFormat'

export interface LessonStorage {
  entries(): Promise<{ key: string; value: unknown }[]>
  put(key: string, value: unknown): Promise<void>
  remove(key: string): Promise<void>
}

export interface LoadedLessons {
  /** The readable lessons, most recently changed first. */
  lessons: Lesson[]
  /** One message per record that could not be read, naming it and what is wrong. */
  problems: string[]
}

/** Reads every saved lesson; never throws for a bad record, and never changes one. */
export async function loadLessons(storage: LessonStorage): Promise<LoadedLessons> {
  const lessons: Lesson[] = []
  const problems: string[] = []
  for (const { key, value } of await storage.entries()) {
    const read = readLesson(value)
    if (!read.ok) problems.push(`saved lesson "${key}": ${read.problems.slice(0, 3).join('; ')}`)
    else if (read.lesson.id !== key) problems.push(`saved lesson "${key}": its id "${read.lesson.id}" does not match where it is kept`)
    else lessons.push(read.lesson)
  }
  lessons.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id))
  return { lessons, problems }
}

/** Stores a lesson under its id after reading it back through the format; built-in lessons are refused. */
export async function saveLesson(storage: LessonStorage, lesson: Lesson): Promise<void> {
  if (lesson.builtIn) throw new Error(`"${lesson.title}" is a built-in lesson: save a copy instead`)
  const json = lessonToJson(lesson)
  const read = readLesson(json)
  if (!read.ok) throw new Error(`the lesson "${lesson.title}" could not be saved: ${read.problems.join('; ')}`)
  await storage.put(lesson.id, json)
}

export async function deleteLesson(storage: LessonStorage, id: string): Promise<void> {
  await storage.remove(id)
}
