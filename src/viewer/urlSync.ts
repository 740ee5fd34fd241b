// Keeps the address bar in step with the scene state (src/sceneState/sceneState.ts: camera, layers, selection,
// hidden and isolated structures, focus and trigger point, compare, area, needle, build, mode) and applies a deep
// link at start. A link is untrusted: src/urlState/urlState.ts drops what it cannot use and says why; all of a
// link's problems are shown as ONE plain-text notice (linkNotice.ts), and the address bar is rewritten at once to
// exactly what was applied, so tracking tags, unknown and bad parameters do not stay in it or get shared on.
import { linkNotice } from '../urlState/linkNotice'
import { writeSceneLink } from '../urlState/sceneLink'
import type { SceneState } from '../sceneState/sceneState'
import { defaultSceneState, withKnownIds } from '../sceneState/sceneStateDefaults'
import { captureSceneState } from '../store/sceneStateSlice'
import { loadAtlas } from './atlasEntry'
import { useViewer, type ViewerState } from './store'
import type { AppState } from '../store/appStore'

function replaceQuery(query: string): void {
  if (query !== window.location.search && !(query === '' && window.location.search === '')) {
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${query}${window.location.hash}`)
  }
}

/** The store fields the scene state is read from: the link is rewritten only when one of them changed. */
const SCENE_FIELDS = [
  'mode',
  'view',
  'cameraPose',
  'layers',
  'selection',
  'hidden',
  'isolated',
  'focus',
  'triggerPoint',
  'compareMuscleId',
  'areaView',
  'needle',
  'needleActive',
  'habitus',
  'body',
  'variantsShown',
] as const satisfies readonly (keyof AppState)[]

/**
 * The scene a link's query describes, with its problems. The reader (and the schema it checks with) is loaded only
 * when there is a query: the app opened without one needs neither.
 */
async function readLink(search: string): Promise<{ state: SceneState; notices: string[] }> {
  if (search === '' || search === '?') return { state: defaultSceneState(), notices: [] }
  try {
    const { readSceneLink } = await import('../urlState/sceneLinkReader')
    return readSceneLink(search)
  } catch {
    return {
      state: defaultSceneState(),
      notices: ['The link could not be read (part of the app failed to load), so the default view is shown.'],
    }
  }
}

/**
 * Applies `location.search` to the store and keeps the URL updated from then on. Resolves, once the link is applied,
 * to an unsubscribe: the app mounts after that, so it never shows the default scene before the linked one.
 */
export async function startUrlSync(): Promise<() => void> {
  const { state: linked, notices: problems } = await readLink(window.location.search)
  // Structures wait for the model, which alone can say whether it has them; the rest applies now.
  const pending: Pick<SceneState, 'selection' | 'hidden' | 'isolated'> | null =
    linked.selection || linked.hidden.length || linked.isolated
      ? { selection: linked.selection, hidden: linked.hidden, isolated: linked.isolated }
      : null
  useViewer.getState().applySceneState({ ...linked, selection: null, hidden: [], isolated: null })

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
  // The link as applied (its structures stay in it until the model can confirm them).
  replaceQuery(writeSceneLink(linked))
  let waitingForModel = pending !== null

  // A chosen trigger point is checked against the atlas once it is loaded: an unknown one shows all of them.
  const triggerPointId = linked.focus?.triggerPointId
  if (triggerPointId) {
    loadAtlas().then(
      ({ atlas }) => {
        const { focus, triggerPoint } = useViewer.getState()
        if (triggerPoint?.triggerPointId !== triggerPointId || !focus) return
        const muscle = atlas.muscles.find((m) => m.id === focus.muscleId)
        if (muscle?.triggerPoints.some((t) => t.id === triggerPointId)) return
        useViewer.setState({ triggerPoint: null })
        problems.push('The link\'s "tp" parameter is not a trigger point of its muscle in this atlas, so all of them are shown.')
        showProblems()
      },
      () => undefined, // the atlas panels report a failed atlas themselves
    )
  }

  const write = (): void => {
    if (waitingForModel) return // do not overwrite the link before the model could apply it
    replaceQuery(writeSceneLink(captureSceneState(useViewer)))
  }

  return useViewer.subscribe((s: ViewerState & AppState, p: ViewerState & AppState) => {
    if (waitingForModel && pending && s.structures !== p.structures && s.structures.length) {
      waitingForModel = false
      const checked = withKnownIds(
        { ...captureSceneState(useViewer), ...pending },
        { structures: new Set(s.structures.map((r) => r.nodeName)) },
      )
      if (checked.problems.some((line) => line.startsWith('selection')))
        problems.push('The link\'s "sel" parameter names a structure that is not in this model, so nothing was selected.')
      if (checked.problems.some((line) => line.startsWith('hidden')))
        problems.push('The link\'s "hidden" parameter names a structure that is not in this model, so that one is shown.')
      if (checked.problems.some((line) => line.startsWith('isolated')))
        problems.push('The link\'s "isolate" parameter names a structure that is not in this model, so it was ignored.')
      // The structures join the state as it is now (the focus the link gave stays as it was applied).
      useViewer.setState({ selection: checked.state.selection, hidden: checked.state.hidden, isolated: checked.state.isolated })
      if (checked.problems.length) showProblems()
      write()
      return
    }
    if (SCENE_FIELDS.some((key) => s[key] !== p[key])) write()
  })
}
