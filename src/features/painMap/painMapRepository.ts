// Loading and saving pain maps through a small key-value interface, so the rules (every record is
// validated on its own; a corrupt one is reported by key while the others still load) are tested in
// node, and IndexedDB (painMapIdb.ts) is only the storage underneath.
import { parsePainMap, type PainMap } from './painMapFormat'
import { legacySkinPositions, LEGACY_SKIN_TABLES } from './legacySkins'
import { canMigrate, migratePainMapV1 } from './painMapMigration'

/** The storage the repository needs: IndexedDB in the browser, a Map in tests. */
export interface PainMapStorage {
  entries(): Promise<{ key: string; value: unknown }[]>
  put(key: string, value: unknown): Promise<void>
  remove(key: string): Promise<void>
  /** Writes `replacement` under `key` and keeps `original` apart (version 1 originals), both or neither. */
  replaceKeepingOriginal(key: string, original: unknown, replacement: unknown): Promise<void>
}

export interface LoadedPainMaps {
  /** Valid maps, oldest first. */
  maps: PainMap[]
  /** One message per record that could not be read, naming its key and what is wrong. */
  problems: string[]
}

/** Reads every saved map; never throws for a bad record. */
export async function loadPainMaps(storage: PainMapStorage): Promise<LoadedPainMaps> {
  const maps: PainMap[] = []
  const problems: string[] = []
  for (const { key, value } of await storage.entries()) {
    const parsed = parsePainMap(value, `saved map "${key}"`)
    if (!parsed.ok) {
      problems.push(parsed.error)
    } else if (parsed.map.id !== key) {
      problems.push(`saved map "${key}": id "${parsed.map.id}" does not match its storage key`)
    } else {
      maps.push(parsed.map)
    }
  }
  maps.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
  return { maps, problems }
}

/**
 * The list to show once saved maps have loaded. A map created or edited while they were loading (a tap right after
 * the panel opened) is in `listed` and not yet in `loaded`, or newer there: the listed version is kept, so a slow
 * load never drops the patient's latest edit from the list.
 */
export function mergeLoadedMaps(loaded: readonly PainMap[], listed: readonly PainMap[]): PainMap[] {
  const listedById = new Map(listed.map((m) => [m.id, m]))
  const loadedIds = new Set(loaded.map((m) => m.id))
  return [...loaded.map((m) => listedById.get(m.id) ?? m), ...listed.filter((m) => !loadedIds.has(m.id))]
}

/** Validates, then stores a map under its id. Refuses to store an invalid map. */
export async function savePainMap(storage: PainMapStorage, map: PainMap): Promise<void> {
  const parsed = parsePainMap(map, `map "${map.id}"`)
  if (!parsed.ok) {
    throw new Error(parsed.error)
  }
  await storage.put(map.id, parsed.map)
}

/**
 * Converts every version 1 map painted on this skin, or on a shipped skin whose positions were kept
 * (legacySkins.ts, fetched with `fetchBytes`), to version 2 and stores it, keeping the original record. Returns the
 * maps with the converted ones in place; a map that could not be converted or stored stays as it was and is
 * reported. Maps from any other body are left untouched.
 */
export async function migrateSavedMaps(
  storage: PainMapStorage,
  maps: readonly PainMap[],
  skinPositions: Float32Array,
  fetchBytes: (path: string) => Promise<ArrayBuffer> = () => Promise.reject(new Error('no kept skin tables here')),
  tables: Readonly<Record<number, string>> = LEGACY_SKIN_TABLES,
): Promise<{ maps: PainMap[]; problems: string[] }> {
  const converted = new Map<string, PainMap>()
  const problems: string[] = []
  for (const original of maps) {
    if (!canMigrate(original, skinPositions.length / 3, tables)) {
      continue
    }
    try {
      const positions = await legacySkinPositions(original.skinVertexCount, skinPositions, fetchBytes, tables)
      const migrated = positions ? migratePainMapV1(original, positions) : null
      if (!migrated) {
        throw new Error(`the positions of its ${original.skinVertexCount.toLocaleString('en')}-point skin could not be read`)
      }
      await storage.replaceKeepingOriginal(original.id, original, migrated)
      converted.set(original.id, migrated)
    } catch (error) {
      problems.push(
        `saved map "${original.id}": could not be converted to the new format (${(error as Error).message}); it is kept as it was`,
      )
    }
  }
  return { maps: maps.map((m) => converted.get(m.id) ?? m), problems }
}

export async function deletePainMap(storage: PainMapStorage, id: string): Promise<void> {
  await storage.remove(id)
}

/** A storage in memory, for tests and for browsers where IndexedDB is unavailable (private windows). */
export function memoryPainMapStorage(initial: Record<string, unknown> = {}): PainMapStorage & { originals: Map<string, unknown> } {
  const data = new Map<string, unknown>(Object.entries(initial))
  const originals = new Map<string, unknown>()
  return {
    originals,
    async replaceKeepingOriginal(key, original, replacement) {
      originals.set(key, structuredClone(original))
      data.set(key, structuredClone(replacement))
    },
    async entries() {
      return [...data.entries()].map(([key, value]) => ({ key, value: structuredClone(value) }))
    },
    async put(key, value) {
      data.set(key, structuredClone(value))
    },
    async remove(key) {
      data.delete(key)
    },
  }
}
