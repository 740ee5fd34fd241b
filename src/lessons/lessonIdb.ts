// Lessons in the app's IndexedDB database (src/storage/appDb.ts, store "lessons"), keyed by lesson id.
import { keyedRecords, lazyAppDb, LESSON_STORE_NAME } from '../storage/appDb'
import type { LessonStorage } from './lessonRepository'

export function idbLessonStorage(): LessonStorage {
  return keyedRecords(LESSON_STORE_NAME, lazyAppDb())
}
