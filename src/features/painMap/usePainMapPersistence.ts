// Keeps the patient's pain maps in IndexedDB: loads them on open (reporting any saved map that cannot be
// read while the others load), applies the active map to the skin mask, and saves edits shortly after
// they happen. Nothing leaves the device.
import { useCallback, useEffect, useRef } from 'react'
import { useFeatureStore } from '../store'
import { makePainMapId, maskToRuns, newPainMap, runsToMask, type PainMap } from './painMapFormat'
import { idbPainMapStorage } from './painMapIdb'
import { deletePainMap, loadPainMaps, memoryPainMapStorage, savePainMap, type PainMapStorage } from './painMapRepository'

const SAVE_DELAY_MS = 400

let sharedStorage: PainMapStorage | null = null
function storage(): PainMapStorage {
  sharedStorage ??= typeof indexedDB !== 'undefined' ? idbPainMapStorage() : memoryPainMapStorage()
  return sharedStorage
}

export interface PainMapActions {
  createMap(name: string): Promise<void>
  openMap(id: string): void
  renameMap(id: string, name: string): Promise<void>
  removeMap(id: string): Promise<void>
  addImported(maps: PainMap[]): Promise<void>
  clearActive(): void
}

function byUpdated(maps: readonly PainMap[]): PainMap | undefined {
  return [...maps].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0]
}

export function usePainMapPersistence(): PainMapActions {
  const activeMapId = useFeatureStore((s) => s.activeMapId)
  const skinVertexCount = useFeatureStore((s) => s.skinVertexCount)
  const painRevision = useFeatureStore((s) => s.painRevision)
  const tappedRegions = useFeatureStore((s) => s.tappedRegions)
  const appliedRef = useRef<{ id: string | null; vertexCount: number; revision: number }>({ id: null, vertexCount: 0, revision: -1 })
  const saveTimer = useRef<number | null>(null)

  // Load once.
  useEffect(() => {
    let cancelled = false
    loadPainMaps(storage())
      .then(({ maps, problems }) => {
        if (cancelled) {
          return
        }
        const st = useFeatureStore.getState()
        st.setStorageProblems(problems)
        st.setMaps(maps, st.activeMapId ?? byUpdated(maps)?.id ?? null)
      })
      .catch((error: unknown) => {
        useFeatureStore.getState().setStorageProblems([`Saved pain maps could not be opened: ${(error as Error).message}`])
      })
    return () => {
      cancelled = true
    }
  }, [])

  // Apply the active map to the skin once both are known.
  useEffect(() => {
    const st = useFeatureStore.getState()
    if (skinVertexCount === 0) {
      return
    }
    if (appliedRef.current.id === activeMapId && appliedRef.current.vertexCount === skinVertexCount) {
      return
    }
    const map = st.maps.find((m) => m.id === activeMapId)
    if (!map) {
      appliedRef.current = { id: activeMapId, vertexCount: skinVertexCount, revision: st.painRevision }
      return
    }
    if (map.skinVertexCount !== skinVertexCount) {
      st.setStorageProblems([
        ...st.storageProblems.filter((p) => !p.startsWith(`"${map.name}"`)),
        `"${map.name}" was painted on a different body model (${map.skinVertexCount} skin points, this one has ${skinVertexCount}): only its tapped regions are shown.`,
      ])
      st.setPainMask(new Uint8Array(skinVertexCount))
    } else {
      st.setPainMask(runsToMask(map.paintedRuns, skinVertexCount))
    }
    st.setTappedRegions(map.tappedRegions)
    appliedRef.current = { id: activeMapId, vertexCount: skinVertexCount, revision: useFeatureStore.getState().painRevision }
  }, [activeMapId, skinVertexCount])

  // Save edits (debounced). A first edit without a map creates one.
  useEffect(() => {
    if (painRevision === appliedRef.current.revision) {
      return
    }
    if (saveTimer.current !== null) {
      window.clearTimeout(saveTimer.current)
    }
    saveTimer.current = window.setTimeout(() => {
      saveTimer.current = null
      const st = useFeatureStore.getState()
      if (!st.painMask || st.skinVertexCount === 0) {
        return
      }
      const now = new Date()
      let map = st.maps.find((m) => m.id === st.activeMapId)
      if (!map) {
        map = newPainMap(makePainMapId(), `Pain map ${st.maps.length + 1}`, st.skinVertexCount, now)
      }
      const updated: PainMap = {
        ...map,
        skinVertexCount: st.skinVertexCount,
        paintedRuns: maskToRuns(st.painMask),
        tappedRegions: [...st.tappedRegions],
        updatedAt: now.toISOString(),
      }
      appliedRef.current = { id: updated.id, vertexCount: st.skinVertexCount, revision: st.painRevision }
      savePainMap(storage(), updated)
        .then(() => {
          const latest = useFeatureStore.getState()
          const others = latest.maps.filter((m) => m.id !== updated.id)
          latest.setMaps([...others, updated], updated.id)
        })
        .catch((error: unknown) => {
          useFeatureStore.getState().setStorageProblems([`Could not save "${updated.name}": ${(error as Error).message}`])
        })
    }, SAVE_DELAY_MS)
  }, [painRevision, tappedRegions])

  const createMap = useCallback(async (name: string) => {
    const st = useFeatureStore.getState()
    const map = newPainMap(makePainMapId(), name.trim() || `Pain map ${st.maps.length + 1}`, st.skinVertexCount)
    await savePainMap(storage(), map)
    st.setMaps([...useFeatureStore.getState().maps, map], map.id)
  }, [])

  const openMap = useCallback((id: string) => {
    useFeatureStore.getState().setMaps(useFeatureStore.getState().maps, id)
  }, [])

  const renameMap = useCallback(async (id: string, name: string) => {
    const st = useFeatureStore.getState()
    const map = st.maps.find((m) => m.id === id)
    if (!map || !name.trim()) {
      return
    }
    const renamed = { ...map, name: name.trim(), updatedAt: new Date().toISOString() }
    await savePainMap(storage(), renamed)
    st.setMaps(useFeatureStore.getState().maps.map((m) => (m.id === id ? renamed : m)))
  }, [])

  const removeMap = useCallback(async (id: string) => {
    await deletePainMap(storage(), id)
    const st = useFeatureStore.getState()
    const rest = st.maps.filter((m) => m.id !== id)
    st.setMaps(rest, st.activeMapId === id ? (byUpdated(rest)?.id ?? null) : st.activeMapId)
    if (st.activeMapId === id) {
      appliedRef.current = { id: null, vertexCount: 0, revision: -1 }
      if (rest.length === 0) {
        st.setPainMask(st.skinVertexCount ? new Uint8Array(st.skinVertexCount) : null)
        st.setTappedRegions([])
        appliedRef.current = { id: null, vertexCount: st.skinVertexCount, revision: useFeatureStore.getState().painRevision }
      }
    }
  }, [])

  const addImported = useCallback(async (maps: PainMap[]) => {
    for (const map of maps) {
      await savePainMap(storage(), map)
    }
    const st = useFeatureStore.getState()
    st.setMaps([...st.maps, ...maps], maps[maps.length - 1]?.id ?? st.activeMapId)
  }, [])

  const clearActive = useCallback(() => {
    const st = useFeatureStore.getState()
    if (st.painMask) {
      st.painMask.fill(0)
      st.touchPainMask()
    }
    st.setTappedRegions([])
  }, [])

  return { createMap, openMap, renameMap, removeMap, addImported, clearActive }
}
