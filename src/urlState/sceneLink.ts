// The link and the scene state are one object: a link's query is read into a complete scene state
// (src/sceneState/sceneState.ts) and a scene state is written as a link, through the short parameters of
// urlState.ts, so links written before any parameter existed still open as they did. The state read from a link is
// checked once more against the scene-state schema, so nothing a link carries reaches the store unchecked. Pure.
import { nodeName, parseNodeName } from '../anatomy/naming'
import { DEFAULT_FOV_DEG, defaultSceneState, focusImpliedBy, readSceneState, type SceneState } from '../sceneState/sceneState'
import { LAYER_IDS, parseUrlState, serializeUrlState, type UrlViewState } from './urlState'

/** The scene state a parsed link describes: what the link leaves out keeps its default. */
export function sceneStateFromUrlState(u: UrlViewState): SceneState {
  const base = defaultSceneState()
  const selection = u.selection ? nodeName(u.selection.id, u.selection.side) : null
  const implied = focusImpliedBy(selection)
  const focusBase = u.focus === 'none' ? null : (u.focus ?? implied)
  return {
    ...base,
    mode: u.mode,
    camera: {
      view: u.view,
      pose: u.camera ? { position: [...u.camera.position], target: [...u.camera.target], fovDeg: u.fovDeg ?? DEFAULT_FOV_DEG } : null,
    },
    layers: Object.fromEntries(LAYER_IDS.map((l) => [l, { ...u.layers[l] }])) as SceneState['layers'],
    selection,
    hidden: [...u.hidden],
    isolated: u.isolated,
    focus: focusBase ? { ...focusBase, triggerPointId: u.triggerPointId } : null,
    compareMuscleId: u.compareMuscleId,
    areaView: u.areaView,
    needle: u.needle ? { ...u.needle } : base.needle,
    build: u.build ?? base.build,
  }
}

/** The link form of a scene state: a focus is written only where it differs from what the selection implies. */
export function urlStateFromSceneState(s: SceneState): UrlViewState {
  const sel = s.selection ? parseNodeName(s.selection) : null
  const implied = focusImpliedBy(s.selection)
  const sameAsImplied =
    (s.focus === null && implied === null) ||
    (s.focus !== null && implied !== null && s.focus.muscleId === implied.muscleId && s.focus.side === implied.side)
  const pose = s.camera.pose
  return {
    view: s.camera.view,
    selection: sel && sel.side ? { id: sel.id, side: sel.side } : null,
    layers: Object.fromEntries(LAYER_IDS.map((l) => [l, { ...s.layers[l] }])) as UrlViewState['layers'],
    mode: s.mode,
    camera: pose ? { position: [...pose.position], target: [...pose.target] } : null,
    fovDeg: pose && pose.fovDeg !== DEFAULT_FOV_DEG ? pose.fovDeg : null,
    hidden: [...s.hidden],
    isolated: s.isolated,
    focus: sameAsImplied ? null : s.focus ? { muscleId: s.focus.muscleId, side: s.focus.side } : 'none',
    triggerPointId: s.focus?.triggerPointId ?? null,
    compareMuscleId: s.compareMuscleId,
    areaView: s.areaView,
    needle: { ...s.needle },
    build: s.build,
  }
}

/**
 * Reads a link's query into a scene state, with the plain-text problems of every parameter that could not be used
 * (see urlState.ts). `knownIds` limits structures to those of the loaded model, as parseUrlState does.
 */
export function readSceneLink(search: string, knownIds?: ReadonlySet<string>): { state: SceneState; notices: string[] } {
  const { state: u, notices } = parseUrlState(search, knownIds)
  const read = readSceneState(sceneStateFromUrlState(u))
  if (!read.ok) {
    // Each parameter was checked on its own; a combination the scene state refuses drops the whole link.
    return {
      state: defaultSceneState(),
      notices: [...notices, 'The link does not describe a scene this app can show, so the default view is shown.'],
    }
  }
  return { state: read.state, notices }
}

/** Writes a scene state as a link query: "" for the default scene, else only what differs from it. */
export function writeSceneLink(state: SceneState): string {
  return serializeUrlState(urlStateFromSceneState(state))
}
