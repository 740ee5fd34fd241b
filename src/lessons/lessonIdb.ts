// Lessons in the app's IndexedDB database (src/storage/appDb.ts, store "lessons"), keyed by lesson id.
import type { IDBPDatabase } from 'idb'
import { LESSON_STORE_NAME, openAppDb, type AppDb } from '../storage/appDb'
import type { LessonStorage } from './lessonRepository'

export function idbLessonStorage(): LessonStorage {
  let dbPromise: Promise<IDBPDatabase<AppDb>> | null = null
  const db = (): Promise<IDBPDatabase<AppDb>> => (dbPromise ??= openAppDb())
  return {
    async entries() {
      const tx = (await db()).transaction(LESSON_STORE_NAME, 'readonly')
      const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()])
      return keys.map((key, i) => ({ key: String(key), value: values[i] }))
    },
    async put(key, value) {
      await (await db()).put(LESSON_STORE_NAME, value, key)
    },
    async remove(key) {
      await (await db()).delete(LESSON_STORE_NAME, key)
    },
  }
}
