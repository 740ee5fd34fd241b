// The viewer slice of the app store (src/store/appStore.ts): what is selected, hovered, hidden and shown,
// which view and mode are active, and the notices to show. Plain data only (node names, numbers): the scene
// reads it and applies it to three objects itself, so nothing here holds an Object3D. Selecting a muscle also
// focuses it for the trigger-point, needle and patient views, in the same update.
import type { BodySex } from '../anatomy/ids'
import { paintedOn } from '../features/painMap/painMapBody'
import type { StateCreator } from 'zustand'
import { defaultLayers, type LayerId, type LayerState } from '../viewer/layers'
import type { ViewId } from '../viewer/views'
import type { CameraPose } from '../urlState/urlState'
import type { StructureEntry } from '../search/searchStructures'
import { nodeName as nodeNameOf, type StructureKind } from '../anatomy/naming'
import type { AppState } from './appStore'
import { focusForSelection } from './featureSlice'
import { enterMode, exitMode, type Mode } from '../modes/definitions'

export { MODES, type Mode } from '../modes/definitions'

/**
 * One structure of the loaded model, as the list, search and details panel see it: the search module's entry
 * (`name` without the side, `group` a region key) plus the display label with the side and the layer.
 */
export interface StructureRecord extends StructureEntry {
  kind: StructureKind
  /** The drawn layer; null for structures outside the six layers. */
  layer: LayerId | null
  /** Display label with the side, e.g. "Upper trapezius (left)". */
  label: string
  /** A variant muscle, present only in some people (sternalis): drawn when variants are shown, or when chosen. */
  variant?: true
}

export type CameraRequest =
  | { kind: 'view'; view: ViewId | null; seq: number }
  | { kind: 'pose'; pose: CameraPose; seq: number }
  | { kind: 'frame'; nodeName: string; seq: number; /** Frame at least this radius around it, for context. */ minRadiusM?: number }

export type LoadState =
  { phase: 'loading'; fraction: number | null; what: string } | { phase: 'ready' } | { phase: 'error'; message: string }

export interface Notice {
  id: number
  tone: 'info' | 'warning' | 'error'
  text: string
  /** Lines listed under the text (e.g. each problem of a link), folded away when `folded`. */
  details?: string[]
  folded?: boolean
}

export interface ViewerState {
  selection: string | null
  hover: string | null
  layers: Record<LayerId, LayerState>
  /** Structures hidden one by one with "Hide". */
  hidden: string[]
  /** When set, only this structure is drawn ("Isolate"). */
  isolated: string | null
  /** Variant muscles (present only in some people) are drawn; off by default, as in the anatomy atlases. */
  variantsShown: boolean
  /** The last named view asked for (kept in the URL); null is the default (anterior) framing. */
  view: ViewId | null
  /** Where the camera is and looks, published by the camera after each move (kept in the URL, so a link restores it). */
  cameraPose: CameraPose | null
  /** The pose came from the link: the camera frames the first body with it instead of the named view. */
  cameraPoseFromLink: boolean
  cameraRequest: CameraRequest | null
  mode: Mode
  notices: Notice[]
  load: LoadState
  /** The structures of the model on screen, and the nodes of an opened file we could not map. */
  structures: StructureRecord[]
  unmapped: string[]
  modelLabel: string
  webglLost: boolean
  /** A structure drawn highlighted without being selected (a quiz question's muscle). */
  highlight: string | null
  /** While a quiz question waits for its answer, no label names a structure in the view. */
  namesHidden: boolean
  /** The layers a mode changed on entering (src/modes/definitions.ts), as they were before, for its exit. */
  layersBeforeMode: Partial<Record<LayerId, LayerState>> | null
  /** Which built-in body is chosen (viewer/bodyChoice.ts loads it). */
  body: BodySex
}

export interface ViewerActions {
  select(nodeName: string | null, opts?: { frame?: boolean }): void
  setHover(nodeName: string | null): void
  setLayer(layer: LayerId, patch: Partial<LayerState>): void
  hideSelection(): void
  isolateSelection(): void
  showAll(): void
  setVariantsShown(shown: boolean): void
  /** Moves the camera to a named view; null is "Reset view". */
  requestView(view: ViewId | null): void
  /** Moves the camera to an exact pose (tweened). */
  requestPose(pose: CameraPose): void
  /** Records where the camera is after a move, null when it is at the named view (the camera calls it; it moves nothing). */
  setCameraPose(pose: CameraPose | null): void
  frameSelection(): void
  setMode(mode: Mode): void
  /** Chooses the built-in body to show; the selection, view and everything else stay. */
  setBody(body: BodySex): void
  setLayersBeforeMode(layers: Partial<Record<LayerId, LayerState>> | null): void
  notify(tone: Notice['tone'], text: string, more?: Pick<Notice, 'details' | 'folded'>): void
  dismissNotice(id: number): void
  setLoad(load: LoadState): void
  setModel(label: string, structures: StructureRecord[], unmapped: string[]): void
  /** Replaces the records of the same structures (e.g. with synonyms from the atlas). */
  setStructures(structures: StructureRecord[]): void
  setWebglLost(lost: boolean): void
  /** Sets the quiz's view: the highlighted structure (framed when given) and whether names are hidden. */
  setQuizView(view: { highlight: string | null; namesHidden: boolean; frame?: boolean }): void
}

let seq = 0
/** A quiz question frames its muscle with this much of the body around it, so that the student has landmarks. */
const QUIZ_CONTEXT_RADIUS_M = 0.2
let noticeId = 0

export const createViewerSlice: StateCreator<AppState, [], [], ViewerState & ViewerActions> = (set, get, api) => ({
  selection: null,
  hover: null,
  layers: defaultLayers(),
  hidden: [],
  isolated: null,
  variantsShown: false,
  view: null,
  cameraPose: null,
  cameraPoseFromLink: false,
  cameraRequest: null,
  mode: 'study',
  notices: [],
  load: { phase: 'loading', fraction: null, what: 'Loading the body model' },
  structures: [],
  unmapped: [],
  modelLabel: 'Built-in body',
  webglLost: false,
  highlight: null,
  namesHidden: false,
  layersBeforeMode: null,
  body: 'male',

  select(nodeName, opts) {
    const s = get()
    if (nodeName !== null && !s.structures.some((r) => r.nodeName === nodeName)) return
    set({ selection: nodeName, ...focusForSelection(s, nodeName) })
    if (nodeName && opts?.frame) set({ cameraRequest: { kind: 'frame', nodeName, seq: ++seq } })
  },
  setHover(nodeName) {
    if (get().hover !== nodeName) set({ hover: nodeName })
  },
  setLayer(layer, patch) {
    const layers = { ...get().layers, [layer]: { ...get().layers[layer], ...patch } }
    set({ layers })
  },
  hideSelection() {
    const { selection, hidden, isolated } = get()
    if (!selection) return
    set({
      hidden: hidden.includes(selection) ? hidden : [...hidden, selection],
      isolated: isolated === selection ? null : isolated,
      selection: null,
      ...focusForSelection(get(), null),
    })
  },
  isolateSelection() {
    const { selection } = get()
    if (selection) set({ isolated: selection, hidden: [] })
  },
  showAll() {
    set({ hidden: [], isolated: null })
  },
  setVariantsShown(shown) {
    set({ variantsShown: shown })
  },
  requestView(view) {
    set({ view, cameraRequest: { kind: 'view', view, seq: ++seq } })
  },
  requestPose(pose) {
    set({ cameraRequest: { kind: 'pose', pose, seq: ++seq } })
  },
  setCameraPose(cameraPose) {
    const p = get().cameraPose
    const same =
      p === cameraPose ||
      (p !== null &&
        cameraPose !== null &&
        p.position.every((v, i) => Math.abs(v - cameraPose.position[i]!) < 5e-4) &&
        p.target.every((v, i) => Math.abs(v - cameraPose.target[i]!) < 5e-4) &&
        p.fovDeg === cameraPose.fovDeg)
    if (!same) set({ cameraPose })
  },
  frameSelection() {
    const { selection } = get()
    if (selection) set({ cameraRequest: { kind: 'frame', nodeName: selection, seq: ++seq } })
  },
  setMode(mode) {
    const previous = get().mode
    if (previous === mode) return
    exitMode(api, previous)
    set({ mode })
    enterMode(api, mode)
  },
  setBody(body) {
    const s = get()
    if (s.body === body) return
    // A pain map painted on the other body is put away (it stays saved, and opening it again brings its body back):
    // the new skin cannot hold its points, so painting on would overwrite them.
    const active = s.maps.find((m) => m.id === s.activeMapId)
    const putAway = active !== undefined && !paintedOn(active, body)
    set(putAway ? { body, activeMapId: null, painMask: null, tappedRegions: [], painting: false } : { body })
  },
  setLayersBeforeMode(layersBeforeMode) {
    set({ layersBeforeMode })
  },
  notify(tone, text, more) {
    if (get().notices.some((n) => n.text === text)) return
    set({ notices: [...get().notices, { id: ++noticeId, tone, text, ...more }] })
  },
  dismissNotice(id) {
    set({ notices: get().notices.filter((n) => n.id !== id) })
  },
  setLoad(load) {
    set({ load })
  },
  setModel(modelLabel, structures, unmapped) {
    const names = new Set(structures.map((s) => s.nodeName))
    const { selection, hover, hidden, isolated } = get()
    const kept = selection && names.has(selection) ? selection : null
    set({
      modelLabel,
      structures,
      unmapped,
      ...(kept === selection ? {} : focusForSelection(get(), kept)),
      selection: kept,
      hover: hover && names.has(hover) ? hover : null,
      hidden: hidden.filter((h) => names.has(h)),
      isolated: isolated && names.has(isolated) ? isolated : null,
      highlight: null,
    })
  },
  setStructures(structures) {
    set({ structures })
  },
  setWebglLost(webglLost) {
    set({ webglLost })
  },
  setQuizView({ highlight, namesHidden, frame }) {
    const known = highlight !== null && get().structures.some((r) => r.nodeName === highlight)
    set({ highlight: known ? highlight : null, namesHidden })
    if (known && frame) set({ cameraRequest: { kind: 'frame', nodeName: highlight!, seq: ++seq, minRadiusM: QUIZ_CONTEXT_RADIUS_M } })
  },
})

/** Whether a structure is drawn, given layers, per-structure hiding, isolation and whether variants are shown. */
export function isStructureShown(
  s: Pick<StructureRecord, 'nodeName' | 'layer' | 'variant'>,
  state: Pick<ViewerState, 'layers' | 'hidden' | 'isolated' | 'selection' | 'highlight' | 'variantsShown'> & {
    /** The muscle whose trigger points are shown, on one side (AppState's focus). */
    focus?: { muscleId: string; side: 'left' | 'right' } | null
  },
): boolean {
  if (state.isolated) return s.nodeName === state.isolated
  if (state.hidden.includes(s.nodeName)) return false
  // a variant muscle is left out until variants are shown, unless it is the one chosen: selected, the quiz's question
  // or the muscle whose trigger points are shown
  const chosen =
    s.nodeName === state.selection ||
    s.nodeName === state.highlight ||
    (state.focus != null && s.nodeName === nodeNameOf(state.focus.muscleId, state.focus.side))
  if (s.variant && !state.variantsShown && !chosen) return false
  return s.layer === null ? true : state.layers[s.layer].visible
}
