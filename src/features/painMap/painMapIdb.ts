// IndexedDB storage for pain maps: the only place user data is kept. Nothing is sent anywhere.
// Database "trigger-point-atlas", object store "pain-maps", records keyed by map id.
import type { PainMapStorage } from './painMapRepository'

export const PAIN_MAP_DB_NAME = 'trigger-point-atlas'
export const PAIN_MAP_STORE_NAME = 'pain-maps'
const DB_VERSION = 1

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(PAIN_MAP_DB_NAME, DB_VERSION)
    request.onupgradeneeded = () => {
      const db = request.result
      if (!db.objectStoreNames.contains(PAIN_MAP_STORE_NAME)) {
        db.createObjectStore(PAIN_MAP_STORE_NAME)
      }
    }
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error ?? new Error('IndexedDB: could not open the pain-map database'))
  })
}

function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'))
  })
}

/** The browser's IndexedDB as a PainMapStorage. */
export function idbPainMapStorage(): PainMapStorage {
  let dbPromise: Promise<IDBDatabase> | null = null
  const db = (): Promise<IDBDatabase> => (dbPromise ??= openDb())
  return {
    async entries() {
      const store = (await db()).transaction(PAIN_MAP_STORE_NAME, 'readonly').objectStore(PAIN_MAP_STORE_NAME)
      const [keys, values] = await Promise.all([done(store.getAllKeys()), done(store.getAll())])
      return keys.map((key, i) => ({ key: String(key), value: values[i] }))
    },
    async put(key, value) {
      const store = (await db()).transaction(PAIN_MAP_STORE_NAME, 'readwrite').objectStore(PAIN_MAP_STORE_NAME)
      await done(store.put(value, key))
    },
    async remove(key) {
      const store = (await db()).transaction(PAIN_MAP_STORE_NAME, 'readwrite').objectStore(PAIN_MAP_STORE_NAME)
      await done(store.delete(key))
    },
  }
}
