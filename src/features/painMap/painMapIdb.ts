// IndexedDB storage for pain maps (through idb): the only place user data is kept. Nothing is sent anywhere.
// Database "trigger-point-atlas": object store "pain-maps" holds the maps keyed by id; "pain-maps-v1" keeps the
// original of every version 1 map that was converted to version 2, so a conversion never loses what was saved.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb'
import type { PainMapStorage } from './painMapRepository'

export const PAIN_MAP_DB_NAME = 'trigger-point-atlas'
export const PAIN_MAP_STORE_NAME = 'pain-maps'
export const PAIN_MAP_V1_ORIGINALS_STORE_NAME = 'pain-maps-v1'
const DB_VERSION = 2

interface PainMapDb extends DBSchema {
  'pain-maps': { key: string; value: unknown }
  'pain-maps-v1': { key: string; value: unknown }
}

function openPainMapDb(): Promise<IDBPDatabase<PainMapDb>> {
  return openDB<PainMapDb>(PAIN_MAP_DB_NAME, DB_VERSION, {
    upgrade(db) {
      if (!db.objectStoreNames.contains(PAIN_MAP_STORE_NAME)) {
        db.createObjectStore(PAIN_MAP_STORE_NAME)
      }
      if (!db.objectStoreNames.contains(PAIN_MAP_V1_ORIGINALS_STORE_NAME)) {
        db.createObjectStore(PAIN_MAP_V1_ORIGINALS_STORE_NAME)
      }
    },
  })
}

/** The browser's IndexedDB as a PainMapStorage. */
export function idbPainMapStorage(): PainMapStorage {
  let dbPromise: Promise<IDBPDatabase<PainMapDb>> | null = null
  const db = (): Promise<IDBPDatabase<PainMapDb>> => (dbPromise ??= openPainMapDb())
  return {
    async entries() {
      const tx = (await db()).transaction(PAIN_MAP_STORE_NAME, 'readonly')
      const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()])
      return keys.map((key, i) => ({ key: String(key), value: values[i] }))
    },
    async put(key, value) {
      await (await db()).put(PAIN_MAP_STORE_NAME, value, key)
    },
    async remove(key) {
      await (await db()).delete(PAIN_MAP_STORE_NAME, key)
    },
    async replaceKeepingOriginal(key, original, replacement) {
      // One transaction: the original is kept if and only if the replacement is written.
      const tx = (await db()).transaction([PAIN_MAP_STORE_NAME, PAIN_MAP_V1_ORIGINALS_STORE_NAME], 'readwrite')
      await Promise.all([
        tx.objectStore(PAIN_MAP_V1_ORIGINALS_STORE_NAME).put(original, key),
        tx.objectStore(PAIN_MAP_STORE_NAME).put(replacement, key),
        tx.done,
      ])
    },
  }
}
