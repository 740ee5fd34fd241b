// The app's modes as definitions: for each of study, patient and present, what the panels show, what the scene
// draws (trigger-point marks, zones, the needle, the patient's brush, the skin's shape) and its keys, with an entry
// and an exit step that undo what the mode turned on. The store's setMode runs them (src/store/viewerSlice.ts), so a
// mode never leaves its state behind for the next one (a brush still painting, the needle's build on the skin).
import type { AppState } from '../store/appStore'
import { defaultLayers, type LayerId, type LayerState } from '../viewer/layers'

export type Mode = 'study' | 'patient' | 'present'

/** What the scene draws in a mode. */
export interface ModeSceneFlags {
  /** Trigger-point marks and referral zones of the focused muscle (study), or of the patient's ranked muscle. */
  zones: 'study' | 'patient'
  /** The needle simulator may be drawn (while its panel is open). */
  needle: boolean
  /** The patient's brush may paint on the skin. */
  painting: boolean
  /** Choosing a trigger point frames it in the view. */
  framing: boolean
  /**
   * The skin's shape: 'build' follows the needle simulator's build while it is open; 'base' keeps the base shape,
   * the one pain maps are painted on.
   */
  skinShape: 'build' | 'base'
}

export interface ModeDefinition {
  id: Mode
  label: string
  /** The panels open on entering the mode on a wide screen: the structures list, the side panel. */
  panels: { structures: boolean; side: boolean }
  /** What the side panel holds. */
  sidePanel: 'study' | 'patient'
  scene: ModeSceneFlags
  /**
   * Layers the mode shows on entering (patient mode: the skin opaque, a body chart to paint on, with no muscle or
   * skull showing through). Leaving the mode gives each back the state it had before, unless the user changed it
   * meanwhile.
   */
  layers?: Partial<Record<LayerId, LayerState>>
  /** Keys the mode adds, for the help text and the tests (the view keys work in every mode). */
  hotkeys: readonly { key: string; does: string }[]
  /** Runs after the mode is set. */
  onEnter?(store: ModeStore): void
  /** Runs before the next mode is set: turns off what this mode turned on. */
  onExit?(store: ModeStore): void
}

/** What a mode's steps may read and change. */
export interface ModeStore {
  getState(): AppState
}

/** The needle is drawn only while its panel is open; the panel closes with the mode. */
function closeNeedle(store: ModeStore): void {
  store.getState().setNeedleActive(false)
}

/** The presenting keys in words, for help text; what each key does is src/lessons/presentKeys.ts. */
export const PRESENT_HOTKEYS: readonly { key: string; does: string }[] = [
  { key: '→ ↓ Page Down Space N', does: 'next step of the lesson' },
  { key: '← ↑ Page Up Shift+Space P Backspace', does: 'previous step' },
  { key: 'Home / End', does: 'first / last step' },
  { key: 'a number, then Enter', does: 'go to that step' },
  { key: 'B or .', does: 'blank the screen, or show it again' },
  { key: 'hold L', does: 'laser pointer at the mouse' },
  { key: 'Escape', does: 'stop presenting' },
]

export const MODE_DEFINITIONS: Readonly<Record<Mode, ModeDefinition>> = {
  study: {
    id: 'study',
    label: 'Study',
    panels: { structures: true, side: true },
    sidePanel: 'study',
    scene: { zones: 'study', needle: true, painting: false, framing: true, skinShape: 'build' },
    hotkeys: [],
    onExit: closeNeedle,
  },
  patient: {
    id: 'patient',
    label: 'Patient',
    panels: { structures: false, side: true },
    sidePanel: 'patient',
    scene: { zones: 'patient', needle: false, painting: true, framing: false, skinShape: 'base' },
    layers: { skin: { visible: true, opacity: 1 } },
    hotkeys: [],
    onExit(store) {
      // painting takes the pointer from the view's orbit: it ends with the mode
      store.getState().setPainting(false)
    },
  },
  present: {
    id: 'present',
    label: 'Present',
    panels: { structures: false, side: false },
    sidePanel: 'study',
    scene: { zones: 'study', needle: true, painting: false, framing: true, skinShape: 'build' },
    hotkeys: PRESENT_HOTKEYS,
    onExit: closeNeedle,
  },
}

const sameLayer = (a: LayerState, b: LayerState): boolean => a.visible === b.visible && Math.abs(a.opacity - b.opacity) < 1e-6

/**
 * Enters a mode (the store's setMode and applySceneState call this): its layers, then its entry step. A scene state
 * (a link, a lesson step) names its own layers, which stay as given (`layersGiven`); leaving the mode then gives the
 * default ones back.
 */
export function enterMode(store: ModeStore, mode: Mode, options: { layersGiven?: boolean } = {}): void {
  const def = MODE_DEFINITIONS[mode]
  if (def.layers) {
    const state = store.getState()
    const defaults = defaultLayers()
    const before: Partial<Record<LayerId, LayerState>> = {}
    for (const [id, shown] of Object.entries(def.layers) as [LayerId, LayerState][]) {
      before[id] = options.layersGiven ? defaults[id] : { ...state.layers[id] }
      if (!options.layersGiven) state.setLayer(id, shown)
    }
    state.setLayersBeforeMode(before)
  }
  def.onEnter?.(store)
}

/** Leaves a mode: its exit step, then each layer it set goes back to its state from before, if the user left it so. */
export function exitMode(store: ModeStore, mode: Mode): void {
  const def = MODE_DEFINITIONS[mode]
  def.onExit?.(store)
  const state = store.getState()
  const before = state.layersBeforeMode
  if (def.layers && before) {
    for (const [id, shown] of Object.entries(def.layers) as [LayerId, LayerState][]) {
      const previous = before[id]
      if (previous && sameLayer(store.getState().layers[id], shown)) state.setLayer(id, previous)
    }
  }
  if (before) state.setLayersBeforeMode(null)
}

export const MODES: readonly ModeDefinition[] = [MODE_DEFINITIONS.study, MODE_DEFINITIONS.patient, MODE_DEFINITIONS.present]

/**
 * The skin's morph weights in a mode: the build's while the needle simulator is open in a mode whose skin follows
 * the build, else none (the base shape).
 */
export function skinShapeWeights(
  mode: Mode,
  needleActive: boolean,
  buildWeights: Readonly<Record<string, number>>,
): Readonly<Record<string, number>> {
  return MODE_DEFINITIONS[mode].scene.skinShape === 'build' && needleActive ? buildWeights : {}
}
