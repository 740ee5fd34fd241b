// Read-only link to the viewer's store (src/viewer/store.ts): the features follow its selection (a muscle
// node `<id>.<side>` becomes the focus muscle) and its mode (study / patient / present). Found through an
// optional import so the features also run in their own dev harness and keep compiling if the viewer
// store is renamed; then the features simply keep their own focus.
import { useSyncExternalStore } from 'react'
import { muscleFocusFromNodeName, useFeatureStore } from './store'

export type ViewerMode = 'study' | 'patient' | 'present'

interface ViewerStoreLike {
  getState(): { selection?: unknown; mode?: unknown; setMode?: unknown; requestView?: unknown }
  subscribe(listener: () => void): () => void
}

const viewerModules = import.meta.glob<Record<string, unknown>>('../viewer/store.ts', { eager: true })

function isStore(value: unknown): value is ViewerStoreLike {
  if (typeof value !== 'function') {
    return false
  }
  const v = value as unknown as Partial<ViewerStoreLike>
  return typeof v.getState === 'function' && typeof v.subscribe === 'function'
}

/** The viewer's zustand store, if the viewer is part of this build. */
export const viewerStore: ViewerStoreLike | null = (() => {
  for (const mod of Object.values(viewerModules)) {
    const candidate = mod.useViewer ?? Object.values(mod).find(isStore)
    if (isStore(candidate)) {
      return candidate
    }
  }
  return null
})()

let syncing = false

/** Starts following the viewer's selection (idempotent). */
export function startViewerSync(): void {
  if (syncing || !viewerStore) {
    return
  }
  syncing = true
  let last: unknown = undefined
  const apply = (): void => {
    const selection = viewerStore.getState().selection
    if (selection === last) {
      return
    }
    const first = last === undefined
    last = selection
    const focus = muscleFocusFromNodeName(typeof selection === 'string' ? selection : null)
    if (focus) {
      useFeatureStore.getState().focusMuscle(focus.muscleId, focus.side)
    } else if (selection === null && !first) {
      useFeatureStore.getState().focusMuscle(null)
    }
  }
  apply()
  viewerStore.subscribe(apply)
}

const noSubscribe = (): (() => void) => () => {}

function readMode(): ViewerMode {
  const mode = viewerStore?.getState().mode
  return mode === 'patient' || mode === 'present' ? mode : 'study'
}

/** The viewer's mode ('study' when there is no viewer). */
export function useViewerMode(): ViewerMode {
  return useSyncExternalStore(viewerStore ? viewerStore.subscribe : noSubscribe, readMode, readMode)
}

/** Switches the viewer's mode, when the viewer offers it (used by the dev harness only). */
export function setViewerMode(mode: ViewerMode): void {
  const setMode = viewerStore?.getState().setMode
  if (typeof setMode === 'function') {
    ;(setMode as (m: ViewerMode) => void)(mode)
  }
}

/** Asks the viewer to turn the camera to the front or the back; false when there is no viewer to ask. */
export function requestViewerView(view: 'anterior' | 'posterior'): boolean {
  const requestView = viewerStore?.getState().requestView
  if (typeof requestView === 'function') {
    ;(requestView as (v: string) => void)(view)
    return true
  }
  return false
}
