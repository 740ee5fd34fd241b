// Keeps the address bar in step with the store (view, selection, layers, mode) and applies a deep link at
// start. A link is untrusted: src/urlState/urlState.ts drops what it cannot use and says why; we show those
// notices as plain text and fall back to the default view.
import { parseUrlState, serializeUrlState, type UrlViewState } from '../urlState/urlState'
import { LAYER_IDS } from './layers'
import { useViewer, type ViewerState } from './store'

function toUrlState(s: ViewerState): UrlViewState {
  const sel = s.selection ? s.structures.find((r) => r.nodeName === s.selection) : undefined
  return {
    view: s.view,
    selection: sel ? { id: sel.id, side: sel.side } : null,
    layers: Object.fromEntries(LAYER_IDS.map((l) => [l, { ...s.layers[l] }])) as UrlViewState['layers'],
    mode: s.mode,
  }
}

/** Applies `location.search` to the store and keeps the URL updated from then on. Returns an unsubscribe. */
export function startUrlSync(): () => void {
  const { state, notices } = parseUrlState(window.location.search)
  const store = useViewer.getState()
  for (const l of LAYER_IDS) store.setLayer(l, state.layers[l])
  store.setMode(state.mode)
  if (state.view) useViewer.setState({ view: state.view })
  for (const n of notices) store.notify('warning', n)
  if (notices.length) store.notify('info', 'Showing the default view for anything the link could not set.')
  let pendingSelection = state.selection ? `${state.selection.id}.${state.selection.side}` : null

  const write = (s: ViewerState): void => {
    if (pendingSelection) return // do not overwrite the link before the model could apply it
    const next = serializeUrlState(toUrlState(s))
    const current = window.location.search
    if (next !== current && !(next === '' && current === '')) {
      window.history.replaceState(null, '', `${window.location.pathname}${next}${window.location.hash}`)
    }
  }

  return useViewer.subscribe((s, p) => {
    if (pendingSelection && s.structures !== p.structures && s.structures.length) {
      const wanted = pendingSelection
      pendingSelection = null
      if (s.structures.some((r) => r.nodeName === wanted)) s.select(wanted, { frame: false })
      else s.notify('warning', 'The link names a structure that is not in this model, so nothing was selected.')
      return
    }
    if (s.view !== p.view || s.selection !== p.selection || s.layers !== p.layers || s.mode !== p.mode) write(s)
  })
}
