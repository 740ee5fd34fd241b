// Pain maps in the app's IndexedDB database (src/storage/appDb.ts): "pain-maps" holds the maps keyed by id;
// "pain-maps-v1" keeps the original of every version 1 map that was converted to version 2, so a conversion never
// loses what was saved.
import { keyedRecords, lazyAppDb, PAIN_MAP_STORE_NAME, PAIN_MAP_V1_ORIGINALS_STORE_NAME } from '../../storage/appDb'
import type { PainMapStorage } from './painMapRepository'

/** The browser's IndexedDB as a PainMapStorage. */
export function idbPainMapStorage(): PainMapStorage {
  const db = lazyAppDb()
  return {
    ...keyedRecords(PAIN_MAP_STORE_NAME, db),
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
