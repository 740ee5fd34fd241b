// The atlas for the Details panel and for search synonyms: the app's one active atlas (src/atlas/active.ts),
// the built-in one until an instructor opens their own. The built-in data is loaded after the first frame,
// as its own chunk (all of data/ plus the validator), so it never delays the body appearing.
import { useSyncExternalStore } from 'react'
import { activeAtlas, activeAtlasVersion, subscribeActiveAtlas } from '../atlas/active'
import type { Atlas } from '../atlas/types'
import { useViewer } from './store'

/** The active atlas (the built-in one is loaded on first use). */
export function loadAtlas(): Promise<{ atlas: Atlas; faults: number }> {
  return activeAtlas().then((a) => ({ atlas: a.atlas, faults: a.faults.filter((f) => f.severity === 'error').length }))
}

/** A number that changes whenever the active atlas changes (for effects that read it). */
export function useAtlasVersion(): number {
  return useSyncExternalStore(subscribeActiveAtlas, activeAtlasVersion)
}

/**
 * Once a model is on screen, adds the atlas's names, synonyms and Latin names to its muscles so the search
 * finds them by any of their names. Runs again for each newly opened model and each newly opened atlas.
 */
export function startAtlasEnrichment(): () => void {
  let enriching = false
  let enrichedVersion = -1
  let again = false
  const enrich = async (): Promise<void> => {
    const state = useViewer.getState()
    if (state.load.phase !== 'ready') return
    const version = activeAtlasVersion()
    if (version === enrichedVersion && state.structures.every((s) => s.synonyms !== undefined)) return
    if (enriching) {
      again = true
      return
    }
    enriching = true
    try {
      // the bands of fascia and their other names load with the atlas, not with the first chunk
      const [{ atlas }, { fasciaSynonyms }] = await Promise.all([loadAtlas(), import('../anatomy/fasciae')])
      const byId = new Map(atlas.muscles.map((m) => [m.id, m]))
      const current = useViewer.getState().structures
      enrichedVersion = version
      useViewer.getState().setStructures(
        current.map((s) => {
          const m = s.kind === 'muscle' ? byId.get(s.id) : undefined
          // An instructor may name a muscle differently: their name is searchable too.
          const synonyms = m ? [...(m.name !== s.name ? [m.name] : []), ...m.synonyms] : s.kind === 'muscle' ? fasciaSynonyms(s.id) : []
          return { ...s, synonyms, latin: m?.latin ?? s.latin }
        }),
      )
    } catch {
      // Without the atlas the search still finds names and Latin names from the shared vocabulary.
    } finally {
      enriching = false
      if (again) {
        again = false
        void enrich()
      }
    }
  }
  const stopAtlas = subscribeActiveAtlas(() => void enrich())
  const stopViewer = useViewer.subscribe((s, p) => {
    if (s.load !== p.load || s.structures !== p.structures) void enrich()
  })
  return () => {
    stopAtlas()
    stopViewer()
  }
}
