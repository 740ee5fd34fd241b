// The built-in atlas for the Details panel and for search synonyms. It is loaded after the first frame, as
// its own chunk (all of data/ plus the validator), so it never delays the body appearing.
import type { Atlas } from '../atlas/types'
import { useViewer } from './store'

let atlasPromise: Promise<{ atlas: Atlas; faults: number }> | null = null

/** The built-in atlas, loaded once on first use. */
export function loadAtlas(): Promise<{ atlas: Atlas; faults: number }> {
  atlasPromise ??= import('../atlas/builtin').then((m) => {
    const result = m.loadBuiltInAtlas()
    return { atlas: result.atlas, faults: result.faults.filter((f) => f.severity === 'error').length }
  })
  return atlasPromise
}

/**
 * Once a model is on screen, adds the atlas's synonyms and Latin names to its muscles so the search finds
 * them by any of their names. Runs again for each newly opened model.
 */
export function startAtlasEnrichment(): () => void {
  let enriching = false
  const enrich = async (): Promise<void> => {
    const state = useViewer.getState()
    if (enriching || state.load.phase !== 'ready' || state.structures.every((s) => s.synonyms !== undefined)) return
    enriching = true
    try {
      const { atlas } = await loadAtlas()
      const byId = new Map(atlas.muscles.map((m) => [m.id, m]))
      const current = useViewer.getState().structures
      useViewer.getState().setStructures(
        current.map((s) => {
          const m = s.kind === 'muscle' ? byId.get(s.id) : undefined
          return { ...s, synonyms: m?.synonyms ?? [], latin: m?.latin ?? s.latin }
        }),
      )
    } catch {
      // Without the atlas the search still finds names and Latin names from the shared vocabulary.
    } finally {
      enriching = false
    }
  }
  return useViewer.subscribe((s, p) => {
    if (s.load !== p.load || s.structures !== p.structures) void enrich()
  })
}
