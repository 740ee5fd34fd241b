// The link and the scene state are one object: a link's query is read into a complete scene state
// (src/sceneState/sceneState.ts) and a scene state is written as a link, through the short parameters of
// urlState.ts, so links written before any parameter existed still open as they did. Reading a link checks the state
// once more against the scene-state schema (sceneLinkReader.ts, loaded only when there is a link to read). Pure.
import { nodeName, parseNodeName } from '../anatomy/naming'
import type { SceneState } from '../sceneState/sceneState'
import { DEFAULT_FOV_DEG, defaultSceneState, focusImpliedBy } from '../sceneState/sceneStateDefaults'
import { LAYER_IDS, serializeUrlState, type UrlViewState } from './urlState'

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
    body: u.body ?? base.body,
    variantsShown: u.variantsShown,
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
    body: s.body,
    variantsShown: s.variantsShown,
  }
}

/** Writes a scene state as a link query: "" for the default scene, else only what differs from it. */
export function writeSceneLink(state: SceneState): string {
  return serializeUrlState(urlStateFromSceneState(state))
}
