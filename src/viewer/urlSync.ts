// Keeps the address bar in step with the store (view, selection, layers, mode) and applies a deep link at
// start. A link is untrusted: src/urlState/urlState.ts drops what it cannot use and says why; all of a link's
// problems are shown as ONE plain-text notice (linkNotice.ts), and the address bar is rewritten at once to
// exactly what was applied, so tracking tags, unknown and bad parameters do not stay in it or get shared on.
import { linkNotice } from '../urlState/linkNotice'
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
    camera: s.cameraPose,
  }
}

function replaceQuery(query: string): void {
  if (query !== window.location.search && !(query === '' && window.location.search === '')) {
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${query}${window.location.hash}`)
  }
}

/** Applies `location.search` to the store and keeps the URL updated from then on. Returns an unsubscribe. */
export function startUrlSync(): () => void {
  const { state, notices: problems } = parseUrlState(window.location.search)
  const store = useViewer.getState()
  for (const l of LAYER_IDS) store.setLayer(l, state.layers[l])
  store.setMode(state.mode)
  if (state.view) useViewer.setState({ view: state.view })
  if (state.camera) useViewer.setState({ cameraPose: state.camera, cameraPoseFromLink: true })

  let shownNotice: string | null = null
  const showProblems = (): void => {
    const notice = linkNotice(problems)
    const viewer = useViewer.getState()
    const previous = viewer.notices.find((n) => n.text === shownNotice)
    if (previous) viewer.dismissNotice(previous.id)
    shownNotice = notice?.text ?? null
    if (notice) viewer.notify('warning', notice.text, { details: notice.details, folded: notice.folded })
  }
  showProblems()
  // The link as applied (the selection stays until the model can confirm it).
  replaceQuery(serializeUrlState(state))
  let pendingSelection = state.selection ? `${state.selection.id}.${state.selection.side}` : null

  const write = (s: ViewerState): void => {
    if (pendingSelection) return // do not overwrite the link before the model could apply it
    replaceQuery(serializeUrlState(toUrlState(s)))
  }

  return useViewer.subscribe((s, p) => {
    if (pendingSelection && s.structures !== p.structures && s.structures.length) {
      const wanted = pendingSelection
      pendingSelection = null
      if (s.structures.some((r) => r.nodeName === wanted)) {
        s.select(wanted, { frame: false })
      } else {
        // Still one notice for the link: this problem joins the others.
        problems.push('The link\'s "sel" parameter names a structure that is not in this model, so nothing was selected.')
        showProblems()
        write(useViewer.getState())
      }
      return
    }
    if (s.view !== p.view || s.selection !== p.selection || s.layers !== p.layers || s.mode !== p.mode || s.cameraPose !== p.cameraPose)
      write(s)
  })
}
