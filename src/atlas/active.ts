// The one source of truth for the atlas the app shows: the built-in atlas until an instructor opens their
// own file, then the merged result. A tiny module-level observable (no React, no zustand) so that the
// viewer and the features both read the same atlas. The built-in data is imported lazily, so the atlas
// JSON stays out of the first JS chunk.
import type { MergeMode } from './merge'
import type { Atlas, AtlasFault } from './types'

export interface ActiveAtlas {
  atlas: Atlas
  /** "built-in atlas" or the instructor's file name. */
  label: string
  mode: 'builtin' | MergeMode
  /** Faults of the last load (built-in faults are bugs in data/; the tests keep them at zero). */
  faults: readonly AtlasFault[]
}

/** A promise that React's `use` reads at once (no suspending for a value that is already there). */
export type TrackedPromise<T> = Promise<T> & { status?: 'fulfilled'; value?: T }

export function fulfilled<T>(value: T): TrackedPromise<T> {
  const p = Promise.resolve(value) as TrackedPromise<T>
  p.status = 'fulfilled'
  p.value = value
  return p
}

let builtIn: Promise<ActiveAtlas> | null = null
let builtInFailed = false
let current: Promise<ActiveAtlas> | null = null
let version = 0
const listeners = new Set<() => void>()

/** The built-in atlas, loaded once on first use (its own chunk). */
export function builtInActiveAtlas(): Promise<ActiveAtlas> {
  if (builtIn) return builtIn
  const loading: TrackedPromise<ActiveAtlas> = import('./builtin').then((m) => {
    const { atlas, faults } = m.loadBuiltInAtlas()
    const value: ActiveAtlas = { atlas, faults, label: 'built-in atlas', mode: 'builtin' }
    // Once resolved, mark it so that React's `use` does not suspend again for it.
    Object.assign(loading, { status: 'fulfilled', value })
    return value
  })
  builtIn = loading
  loading.catch(() => {
    if (builtIn === loading) builtInFailed = true
  })
  return loading
}

/**
 * After the built-in atlas's code could not be downloaded (offline, or a new version was published), asks
 * for it again: readers get a fresh load on their next read. The failed load is kept until then (and not
 * retried by itself), so that a component reading the atlas while rendering cannot start a download on
 * every render. Returns whether there was a failure to retry.
 */
export function retryBuiltInAtlas(): boolean {
  if (!builtInFailed) return false
  builtInFailed = false
  builtIn = null
  version += 1
  for (const l of [...listeners]) l()
  return true
}

/** The atlas on screen now (a stable promise until the atlas changes, so usable as a snapshot). */
export function activeAtlas(): Promise<ActiveAtlas> {
  return current ?? builtInActiveAtlas()
}

/** Counts atlas changes (0 = the built-in atlas, never replaced). */
export function activeAtlasVersion(): number {
  return version
}

/** Puts an atlas on screen for everyone reading it. */
export function setActiveAtlas(next: ActiveAtlas): void {
  current = fulfilled(next)
  version += 1
  for (const l of [...listeners]) l()
}

/** Back to the built-in atlas. */
export function resetActiveAtlas(): void {
  current = null
  version += 1
  for (const l of [...listeners]) l()
}

/** Called after each change of the active atlas; returns the unsubscribe function. */
export function subscribeActiveAtlas(listener: () => void): () => void {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}
