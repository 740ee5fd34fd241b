// The scene state (src/sceneState/sceneState.ts) read off the store and put back on it: captureSceneState gives the
// one serialisable object a link, a lesson step or a test keeps; applySceneState restores it in one update of the
// store, with the mode definitions' exit and entry steps (src/modes/definitions.ts) so nothing of the previous mode
// stays behind, and the camera asked for the state's exact pose through the store's camera request.
import type { StateCreator, StoreApi } from 'zustand'
import { enterMode, exitMode } from '../modes/definitions'
import type { SceneState } from '../sceneState/sceneState'
import { DEFAULT_FOV_DEG, SCENE_STATE_VERSION } from '../sceneState/sceneStateDefaults'
import { LAYER_IDS } from '../urlState/urlState'
import { createAppStore, type AppState } from './appStore'

export interface SceneStateActions {
  /** Restores a scene state (already read with readSceneState): one update, the mode's steps, the camera's pose. */
  applySceneState(state: SceneState): void
}

/** The scene state the store shows now. The camera pose is the one the camera last published. */
export function captureSceneState(store: Pick<StoreApi<AppState>, 'getState'>): SceneState {
  const s = store.getState()
  const pose = s.cameraPose
  const focus = s.focus
  return {
    version: SCENE_STATE_VERSION,
    mode: s.mode,
    camera: {
      view: s.view,
      pose: pose ? { position: [...pose.position], target: [...pose.target], fovDeg: pose.fovDeg ?? DEFAULT_FOV_DEG } : null,
    },
    layers: Object.fromEntries(
      LAYER_IDS.map((l) => [l, { visible: s.layers[l].visible, opacity: s.layers[l].opacity }]),
    ) as SceneState['layers'],
    selection: s.selection,
    hidden: [...s.hidden],
    isolated: s.isolated,
    focus: focus
      ? {
          muscleId: focus.muscleId,
          side: focus.side,
          triggerPointId: s.triggerPoint?.muscleId === focus.muscleId ? s.triggerPoint.triggerPointId : null,
        }
      : null,
    compareMuscleId: s.compareMuscleId,
    areaView: s.areaView,
    needle: { open: s.needleActive, lengthMm: s.needle.lengthMm, approach: s.needle.approach, depthMm: s.needle.depthMm },
    build: s.habitus,
    body: s.body,
    variantsShown: s.variantsShown,
  }
}

/**
 * Restores `state` on the store in one update: the previous mode's exit step, every field of the state, the new
 * mode's entry step and the camera's request are worked out on a draft copy of the store (the mode definitions' steps
 * call the store's own actions), then set at once, so no subscriber ever sees half a scene. Structures the model on
 * screen does not have are left out (as a new model does); before any model is there they are kept, and the camera
 * frames the first body with the state's pose.
 */
export function applySceneState(store: StoreApi<AppState>, state: SceneState): void {
  const before = store.getState()
  const draft = createAppStore()
  draft.setState(dataOf(before))
  const modeChanges = before.mode !== state.mode
  if (modeChanges) exitMode(draft, before.mode)
  const names = before.structures.length ? new Set(before.structures.map((r) => r.nodeName)) : null
  const known = (n: string | null): string | null => (n === null || !names || names.has(n) ? n : null)
  const bodyOnScreen = before.load.phase === 'ready'
  const pose = state.camera.pose
  const focus = state.focus
  draft.setState({
    mode: state.mode,
    view: state.camera.view,
    cameraPose: pose ? { position: [...pose.position], target: [...pose.target], fovDeg: pose.fovDeg } : null,
    // Before the first body, the camera takes the pose when it frames it (CameraRig); after, it is asked to move.
    cameraPoseFromLink: pose !== null && !bodyOnScreen,
    layers: Object.fromEntries(LAYER_IDS.map((l) => [l, { ...state.layers[l] }])) as AppState['layers'],
    selection: known(state.selection),
    hidden: state.hidden.filter((n) => known(n) !== null),
    isolated: known(state.isolated),
    focus: focus ? { muscleId: focus.muscleId, side: focus.side } : null,
    triggerPoint: focus?.triggerPointId ? { muscleId: focus.muscleId, triggerPointId: focus.triggerPointId } : null,
    compareMuscleId: state.compareMuscleId,
    areaView: state.areaView,
    needle: { lengthMm: state.needle.lengthMm, approach: state.needle.approach, depthMm: state.needle.depthMm },
    needleActive: state.needle.open,
    habitus: state.build,
    body: state.body,
    variantsShown: state.variantsShown,
  })
  if (modeChanges) enterMode(draft, state.mode, { layersGiven: true })
  if (bodyOnScreen) {
    const { requestPose, requestView } = draft.getState()
    if (pose) requestPose({ position: [...pose.position], target: [...pose.target], fovDeg: pose.fovDeg })
    else requestView(state.camera.view)
  }
  const after = draft.getState()
  const patch: Partial<AppState> = {}
  for (const key of Object.keys(after) as (keyof AppState)[]) {
    if (typeof after[key] !== 'function' && after[key] !== before[key]) (patch as Record<string, unknown>)[key] = after[key]
  }
  store.setState(patch)
}

/** The store's data without its actions (the draft keeps its own actions, which act on the draft). */
function dataOf(state: AppState): Partial<AppState> {
  return Object.fromEntries(Object.entries(state).filter(([, v]) => typeof v !== 'function')) as Partial<AppState>
}

export const createSceneStateSlice: StateCreator<AppState, [], [], SceneStateActions> = (_set, _get, api) => ({
  applySceneState(state) {
    applySceneState(api, state)
  },
})
