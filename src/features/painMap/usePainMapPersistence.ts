// Keeps the patient's pain maps in IndexedDB: loads them on open (reporting any saved map that cannot be
// read while the others load), applies the active map to the skin mask, and saves the patient's own edits
// shortly after they happen. Opening the app, showing a map or switching maps never writes: only painting,
// tapping, naming, deleting and importing do, and the one-time conversion of a version 1 map painted on this
// body to version 2 (its original record is kept, painMapIdb.ts). Nothing leaves the device.
import { useCallback, useEffect, useRef } from 'react'
import { useFeatureStore } from '../store'
import { makePainMapId, newPainMap, runsToMask, type PainMap } from './painMapFormat'
import { painMapBody, paintedOn } from './painMapBody'
import { LEGACY_SKIN_TABLES } from './legacySkins'
import { canMigrate } from './painMapMigration'
import type { SkinGrid } from '../../geometry/skinGrid'
import { pointsToMask } from './painMapPoints'
import { painMapFit } from './painMapFit'
import { idbPainMapStorage } from './painMapIdb'
import {
  deletePainMap,
  loadPainMaps,
  memoryPainMapStorage,
  mergeLoadedMaps,
  migrateSavedMaps,
  savePainMap,
  type PainMapStorage,
} from './painMapRepository'
import { mapToSave } from './painMapSave'

const SAVE_DELAY_MS = 400

let sharedStorage: PainMapStorage | null = null
function storage(): PainMapStorage {
  sharedStorage ??= typeof indexedDB !== 'undefined' ? idbPainMapStorage() : memoryPainMapStorage()
  return sharedStorage
}

export interface PainMapActions {
  createMap(name: string): Promise<void>
  /** Starts a new map on this body holding a copy of another map's tapped areas; the original is left as it is. */
  copyToNewMap(id: string): Promise<void>
  openMap(id: string): void
  renameMap(id: string, name: string): Promise<void>
  removeMap(id: string): Promise<void>
  addImported(maps: PainMap[]): Promise<void>
  clearActive(): void
}

function byUpdated(maps: readonly PainMap[]): PainMap | undefined {
  return [...maps].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0]
}

/**
 * Shows `map` on the skin on screen. A version 2 map's points go on this skin; a version 1 map painted on this skin
 * shows its runs (it is converted below); one from another body shows its tapped areas only, its record staying as
 * it was saved (painMapFit.ts).
 */
function showMap(map: PainMap, skinGrid: SkinGrid): void {
  const st = useFeatureStore.getState()
  const vertexCount = skinGrid.vertexCount
  if (map.version === 2) {
    st.setPainMask(pointsToMask(map.paintedPoints, skinGrid).mask)
  } else if (painMapFit(map, vertexCount).kind === 'editable') {
    st.setPainMask(runsToMask(map.paintedRuns, vertexCount))
  } else {
    st.setPainMask(new Uint8Array(vertexCount))
    st.setPainting(false)
  }
  st.setTappedRegions([...map.tappedRegions])
}

/** Saves the open map if the patient's edits changed it; a no-op otherwise (see mapToSave). */
function saveEdits(): void {
  const st = useFeatureStore.getState()
  if (!st.painMask) {
    return
  }
  const updated = mapToSave({
    map: st.maps.find((m) => m.id === st.activeMapId),
    mask: st.painMask,
    tappedRegions: st.tappedRegions,
    skinPositions: st.skinPositions,
    body: st.body,
    now: new Date(),
    newId: makePainMapId,
    newName: `Pain map ${st.maps.length + 1}`,
  })
  if (!updated) {
    return
  }
  // Listed at once, so a quick second edit updates this map rather than starting another one.
  st.setMaps([...st.maps.filter((m) => m.id !== updated.id), updated], updated.id)
  savePainMap(storage(), updated).catch((error: unknown) => {
    const latest = useFeatureStore.getState()
    latest.setStorageProblems([...latest.storageProblems, `Could not save "${updated.name}": ${(error as Error).message}`])
  })
}

export function usePainMapPersistence(): PainMapActions {
  const activeMapId = useFeatureStore((s) => s.activeMapId)
  const skinPositions = useFeatureStore((s) => s.skinPositions)
  const skinGrid = useFeatureStore((s) => s.skinGrid)
  const maps = useFeatureStore((s) => s.maps)
  const painEdits = useFeatureStore((s) => s.painEdits)
  const appliedRef = useRef<{ id: string | null; positions: Float32Array | null }>({ id: null, positions: null })
  /** Ids of version 1 maps a conversion was tried for (once per visit: a failure is reported, not retried in a loop). */
  const migrationTriedRef = useRef(new Set<string>())
  const saveTimer = useRef<number | null>(null)
  const savedEditsRef = useRef(useFeatureStore.getState().painEdits)

  /** Writes a pending edit now (before another map is opened or created). */
  const flush = useCallback((): void => {
    if (saveTimer.current !== null) {
      window.clearTimeout(saveTimer.current)
      saveTimer.current = null
      saveEdits()
    }
  }, [])

  // Load once. Loading only reads: nothing is written back.
  useEffect(() => {
    let cancelled = false
    loadPainMaps(storage())
      .then(({ maps, problems }) => {
        if (cancelled) {
          return
        }
        const st = useFeatureStore.getState()
        st.setStorageProblems(problems)
        const listed = mergeLoadedMaps(maps, st.maps)
        st.setMaps(listed, st.activeMapId ?? byUpdated(listed.filter((m) => paintedOn(m, st.body)))?.id ?? null)
      })
      .catch((error: unknown) => {
        useFeatureStore.getState().setStorageProblems([`Saved pain maps could not be opened: ${(error as Error).message}`])
      })
    return () => {
      cancelled = true
    }
  }, [])

  // Show the active map on the skin once both are known.
  useEffect(() => {
    if (!skinPositions || !skinGrid) {
      return
    }
    if (appliedRef.current.id === activeMapId && appliedRef.current.positions === skinPositions) {
      return
    }
    const st = useFeatureStore.getState()
    const map = st.maps.find((m) => m.id === activeMapId)
    appliedRef.current = { id: activeMapId, positions: skinPositions }
    // a map is drawn only on the body it was painted on (opening one switches the body, openMap below)
    if (map && paintedOn(map, st.body)) {
      showMap(map, skinGrid)
    }
  }, [activeMapId, skinPositions, skinGrid])

  // Convert version 1 maps painted on this skin, or on a shipped skin whose positions were kept, to version 2, once,
  // keeping their original records. The active map is then drawn again from its points.
  useEffect(() => {
    if (!skinPositions || !skinGrid) {
      return
    }
    const tried = migrationTriedRef.current
    const pending = maps.filter((m) => canMigrate(m, skinPositions.length / 3, LEGACY_SKIN_TABLES) && !tried.has(m.id))
    if (pending.length === 0) {
      return
    }
    for (const m of pending) tried.add(m.id)
    const fetchBytes = async (path: string): Promise<ArrayBuffer> => {
      const response = await fetch(new URL(path, document.baseURI))
      if (!response.ok) {
        throw new Error(`${path}: HTTP ${response.status}`)
      }
      return response.arrayBuffer()
    }
    void migrateSavedMaps(storage(), pending, skinPositions, fetchBytes).then(({ maps: converted, problems }) => {
      const st = useFeatureStore.getState()
      const byId = new Map(converted.filter((m) => m.version === 2).map((m) => [m.id, m]))
      st.setMaps(
        st.maps.map((m) => byId.get(m.id) ?? m),
        st.activeMapId,
      )
      const active = st.activeMapId ? byId.get(st.activeMapId) : undefined
      if (active) {
        showMap(active, skinGrid)
        appliedRef.current = { id: active.id, positions: skinPositions }
      }
      if (problems.length) {
        st.setStorageProblems([...st.storageProblems, ...problems])
      }
    })
  }, [maps, skinPositions, skinGrid])

  // Save the patient's edits shortly after they happen (a first edit without a map creates one).
  useEffect(() => {
    if (painEdits === savedEditsRef.current) {
      return
    }
    savedEditsRef.current = painEdits
    if (saveTimer.current !== null) {
      window.clearTimeout(saveTimer.current)
    }
    saveTimer.current = window.setTimeout(() => {
      saveTimer.current = null
      saveEdits()
    }, SAVE_DELAY_MS)
  }, [painEdits])

  // Do not lose an edit made just before the panel closes.
  useEffect(() => flush, [flush])

  const addMap = useCallback(async (map: PainMap) => {
    await savePainMap(storage(), map)
    useFeatureStore.getState().setMaps([...useFeatureStore.getState().maps, map], map.id)
  }, [])

  const createMap = useCallback(
    async (name: string) => {
      flush()
      const st = useFeatureStore.getState()
      await addMap(newPainMap(makePainMapId(), name.trim() || `Pain map ${st.maps.length + 1}`, new Date(), st.body))
    },
    [addMap, flush],
  )

  const copyToNewMap = useCallback(
    async (id: string) => {
      flush()
      const st = useFeatureStore.getState()
      const original = st.maps.find((m) => m.id === id)
      if (!original || !st.skinPositions) {
        return
      }
      const name = `${original.name.slice(0, 60)} (this body)`
      await addMap({ ...newPainMap(makePainMapId(), name, new Date(), st.body), tappedRegions: [...original.tappedRegions] })
    },
    [addMap, flush],
  )

  const openMap = useCallback(
    (id: string) => {
      flush()
      const st = useFeatureStore.getState()
      st.setMaps(st.maps, id)
      // a map opens on the body it was painted on
      const map = st.maps.find((m) => m.id === id)
      if (map?.version === 2 && !paintedOn(map, st.body)) st.setBody(painMapBody(map))
    },
    [flush],
  )

  const renameMap = useCallback(async (id: string, name: string) => {
    const st = useFeatureStore.getState()
    const map = st.maps.find((m) => m.id === id)
    if (!map || !name.trim() || name.trim() === map.name) {
      return
    }
    const renamed = { ...map, name: name.trim(), updatedAt: new Date().toISOString() }
    await savePainMap(storage(), renamed)
    st.setMaps(useFeatureStore.getState().maps.map((m) => (m.id === id ? renamed : m)))
  }, [])

  const removeMap = useCallback(async (id: string) => {
    if (saveTimer.current !== null) {
      window.clearTimeout(saveTimer.current)
      saveTimer.current = null
    }
    await deletePainMap(storage(), id)
    const st = useFeatureStore.getState()
    const rest = st.maps.filter((m) => m.id !== id)
    st.setMaps(rest, st.activeMapId === id ? (byUpdated(rest)?.id ?? null) : st.activeMapId)
    if (st.activeMapId === id) {
      appliedRef.current = { id: null, positions: null }
      if (rest.length === 0) {
        st.setPainMask(st.skinVertexCount ? new Uint8Array(st.skinVertexCount) : null)
        st.setTappedRegions([])
        appliedRef.current = { id: null, positions: st.skinPositions }
      }
    }
  }, [])

  const addImported = useCallback(
    async (maps: PainMap[]) => {
      flush()
      for (const map of maps) {
        await savePainMap(storage(), map)
      }
      const st = useFeatureStore.getState()
      st.setMaps([...st.maps, ...maps], maps[maps.length - 1]?.id ?? st.activeMapId)
    },
    [flush],
  )

  const clearActive = useCallback(() => {
    const st = useFeatureStore.getState()
    const active = st.maps.find((m) => m.id === st.activeMapId)
    if (active && painMapFit(active, st.skinVertexCount).kind !== 'editable') {
      return
    }
    if (st.painMask) {
      st.painMask.fill(0)
      st.touchPainMask()
    }
    st.setTappedRegions([])
    st.notePainEdit()
  }, [])

  return { createMap, copyToNewMap, openMap, renameMap, removeMap, addImported, clearActive }
}
