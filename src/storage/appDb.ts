// The app's one IndexedDB database (through idb), the only place anything a user makes is kept; nothing is sent
// anywhere. Every store is declared and created here, so the pain maps and the lessons open the same database at
// the same version and one upgrade creates whatever an older database lacks.
//   "pain-maps"     pain maps by id;
//   "pain-maps-v1"  the original of every version 1 pain map converted to version 2 (a conversion never loses it);
//   "lessons"       instructors' lessons by id.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb'

export const APP_DB_NAME = 'trigger-point-atlas'
export const PAIN_MAP_STORE_NAME = 'pain-maps'
export const PAIN_MAP_V1_ORIGINALS_STORE_NAME = 'pain-maps-v1'
export const LESSON_STORE_NAME = 'lessons'
const APP_DB_VERSION = 3

/** Records are kept as found and read through their own schemas, so a damaged one is reported, not trusted. */
export interface AppDb extends DBSchema {
  'pain-maps': { key: string; value: unknown }
  'pain-maps-v1': { key: string; value: unknown }
  lessons: { key: string; value: unknown }
}

const STORES = [PAIN_MAP_STORE_NAME, PAIN_MAP_V1_ORIGINALS_STORE_NAME, LESSON_STORE_NAME] as const

export function openAppDb(): Promise<IDBPDatabase<AppDb>> {
  return openDB<AppDb>(APP_DB_NAME, APP_DB_VERSION, {
    upgrade(db) {
      for (const store of STORES) {
        if (!db.objectStoreNames.contains(store)) db.createObjectStore(store)
      }
    },
  })
}

/** One store of the app database as plain keyed records: what the pain-map and lesson repositories read and write. */
export interface KeyedRecords {
  entries(): Promise<{ key: string; value: unknown }[]>
  put(key: string, value: unknown): Promise<void>
  remove(key: string): Promise<void>
}

/** `store` of the app database, opened on first use. */
export function keyedRecords(
  store: typeof PAIN_MAP_STORE_NAME | typeof LESSON_STORE_NAME,
  db: () => Promise<IDBPDatabase<AppDb>>,
): KeyedRecords {
  return {
    async entries() {
      const tx = (await db()).transaction(store, 'readonly')
      const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()])
      return keys.map((key, i) => ({ key: String(key), value: values[i] }))
    },
    async put(key, value) {
      await (await db()).put(store, value, key)
    },
    async remove(key) {
      await (await db()).delete(store, key)
    },
  }
}

/** The app database, opened once on first use by whoever asks first. */
export function lazyAppDb(): () => Promise<IDBPDatabase<AppDb>> {
  let opened: Promise<IDBPDatabase<AppDb>> | null = null
  return () => (opened ??= openAppDb())
}
