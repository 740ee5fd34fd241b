// The parts of the scene state (sceneState.ts) that need no schema: its version, limits, the default scene, and the
// checks of ids against a model and an atlas. They are read at start-up (the store, the link writer) before any
// untrusted state arrives, so they stay free of zod and keep it out of the app's first chunk. Pure.
import type { BodyArea } from '../anatomy/ids'
import { ATLAS_MUSCLE_IDS, muscleOnSide } from '../anatomy/muscleIds'
import type { NeedleApproach } from '../geometry/needleApproach'
import { DEFAULT_FOV_DEG, type AppMode, type ViewId } from '../urlState/urlState'
import type { SceneFocus, SceneState } from './sceneState'

/** The version this app writes. Older versions are migrated on reading (SCENE_STATE_MIGRATIONS). */
export const SCENE_STATE_VERSION = 3

/** The camera's vertical field of view when nothing asks for another (src/viewer/scene/Viewport.tsx). */
export { DEFAULT_FOV_DEG }
export const MIN_FOV_DEG = 10
export const MAX_FOV_DEG = 120

/** Needle lengths the simulator offers, mm (the store's setNeedle clamps to the same range). */
export const MIN_NEEDLE_LENGTH_MM = 13
export const MAX_NEEDLE_LENGTH_MM = 75

/** More structures than this hidden one by one is not a view anyone built by hand: the state is refused. */
export const MAX_HIDDEN_STRUCTURES = 400

/** The body areas whose trigger points can be shown all at once. */
export const BODY_AREA_IDS = ['head-neck', 'shoulder-arm', 'trunk', 'hip-thigh', 'leg-foot'] as const satisfies readonly BodyArea[]

// The same lists as the modules that own them (checked by tests/unit/sceneState/sceneState.test.ts), as tuples for the schema.
export const STATE_MODES = ['study', 'patient', 'present'] as const satisfies readonly AppMode[]
export const STATE_VIEWS = ['anterior', 'posterior', 'left', 'right', 'superior'] as const satisfies readonly ViewId[]
export const STATE_APPROACHES = ['straight', 'tangential', 'pincer'] as const satisfies readonly NeedleApproach[]

/** What the app shows with no link and nothing chosen: every layer on, the skin a faint shell, study mode. */
export function defaultSceneState(): SceneState {
  return {
    version: SCENE_STATE_VERSION,
    mode: 'study',
    camera: { view: null, pose: null },
    layers: {
      skin: { visible: true, opacity: 0.25 },
      superficial: { visible: true, opacity: 1 },
      deep: { visible: true, opacity: 1 },
      bones: { visible: true, opacity: 1 },
      organs: { visible: true, opacity: 1 },
      danger: { visible: true, opacity: 1 },
    },
    selection: null,
    hidden: [],
    isolated: null,
    focus: null,
    compareMuscleId: null,
    areaView: null,
    needle: { open: false, lengthMm: 30, approach: 'straight', depthMm: 0 },
    build: 'average',
    body: 'male',
    variantsShown: false,
  }
}

/** What ids exist, to check a state against: the structures of the model on screen, the atlas's trigger points. */
export interface SceneIdCatalog {
  /** Node names (`<id>.<side>`) of the model on screen; unchecked when absent (no model yet). */
  structures?: ReadonlySet<string>
  /** Muscle ids that may be focused or compared (default: every atlas muscle of src/anatomy/ids.ts). */
  muscleIds?: ReadonlySet<string>
  /** The trigger point ids of a muscle in the active atlas; unchecked when absent (atlas not loaded). */
  triggerPointIdsOf?: (muscleId: string) => readonly string[] | undefined
}

/**
 * The state with every id it names that the catalog does not know taken out (each reported by field), so what is
 * known still applies: an unknown selection, hidden or isolated structure, focus, trigger point or compared muscle.
 */
export function withKnownIds(state: SceneState, catalog: SceneIdCatalog): { state: SceneState; problems: string[] } {
  const problems: string[] = []
  const muscles = catalog.muscleIds ?? ATLAS_MUSCLE_IDS
  const structures = catalog.structures
  const knownStructure = (field: string, name: string | null): string | null => {
    if (name === null || !structures || structures.has(name)) return name
    problems.push(`${field}: "${name}" is not a structure of this model`)
    return null
  }
  const selection = knownStructure('selection', state.selection)
  const isolated = knownStructure('isolated', state.isolated)
  const hidden: string[] = []
  state.hidden.forEach((name, i) => {
    if (knownStructure(`hidden.${i}`, name) !== null) hidden.push(name)
  })
  let focus = state.focus
  if (focus && !muscles.has(focus.muscleId)) {
    problems.push(`focus.muscleId: "${focus.muscleId}" is not a muscle of this atlas`)
    focus = null
  }
  if (focus?.triggerPointId) {
    const ids = catalog.triggerPointIdsOf?.(focus.muscleId)
    if (ids && !ids.includes(focus.triggerPointId)) {
      problems.push(`focus.triggerPointId: "${focus.triggerPointId}" is not a trigger point of ${focus.muscleId}`)
      focus = { ...focus, triggerPointId: null }
    }
  }
  let compareMuscleId = state.compareMuscleId
  if (compareMuscleId !== null && !muscles.has(compareMuscleId)) {
    problems.push(`compareMuscleId: "${compareMuscleId}" is not a muscle of this atlas`)
    compareMuscleId = null
  }
  return { state: { ...state, selection, isolated, hidden, focus, compareMuscleId }, problems }
}

/**
 * The focus a selection implies (selecting a muscle focuses it on its side; anything else implies none): what the
 * store does on selecting, so a link need only name a focus that differs from it.
 */
export function focusImpliedBy(
  selection: string | null,
  muscleIds: ReadonlySet<string> = ATLAS_MUSCLE_IDS,
): Omit<SceneFocus, 'triggerPointId'> | null {
  return muscleOnSide(selection, muscleIds)
}
