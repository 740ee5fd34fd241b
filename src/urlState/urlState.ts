// The deep link: the whole scene state (src/sceneState/sceneState.ts, converted by sceneLink.ts) carried in short,
// readable URL query parameters (view, selection, layers, mode, camera, hidden and isolated structures, the focused
// muscle and trigger point, the compared muscle, a body area's zones, the needle, the build and the body), so a student or
// instructor can share exactly what they see. A link is untrusted input: a parameter of ours that is malformed or hostile is dropped
// with a plain-text problem naming it (shown as one notice, linkNotice.ts), and the rest of the link still
// applies. Parameters that are not ours are dropped quietly: tracking tags that mail, chat and social sites add
// (TRACKING_PARAMS), and any other name, since the person opening a link did not write it and cannot act on it;
// the address bar is then rewritten to exactly what was applied (serializeUrlState). Never throws. Pure.
// Reading a link (urlStateParse.ts) is its own module, loaded only when the app opens with a query.
import type { BodyArea, BodySex } from '../anatomy/ids'
import type { BuildId } from '../atlas/builds'
import type { NeedleApproach } from '../geometry/needleApproach'

export type LayerId = 'skin' | 'superficial' | 'deep' | 'bones' | 'organs' | 'danger'
export type ViewId = 'anterior' | 'posterior' | 'left' | 'right' | 'superior'
export type AppMode = 'study' | 'patient' | 'present'
export type SelectionSide = 'left' | 'right' | 'midline'

export interface LayerState {
  visible: boolean
  /** 0 (invisible) to 1 (opaque); below 1 the layer is drawn as x-ray. */
  opacity: number
}

/** A camera pose in the body frame (metres): where the camera is and the point it looks at. */
export interface CameraPose {
  position: [number, number, number]
  target: [number, number, number]
  /** Vertical field of view in degrees, when it is not the app's default (35). */
  fovDeg?: number
}

/** The needle simulator's settings as a link carries them (`needle=open,30,straight,12.5`). */
export interface UrlNeedle {
  open: boolean
  lengthMm: number
  approach: NeedleApproach
  depthMm: number
}

export interface UrlViewState {
  view: ViewId | null
  selection: { id: string; side: SelectionSide } | null
  layers: Record<LayerId, LayerState>
  mode: AppMode
  /** The exact camera pose, when the link gives one (it then wins over `view` for the first framing). */
  camera: CameraPose | null
  /** The camera's field of view in degrees (`fov`); null is the default. */
  fovDeg: number | null
  /** Structures hidden one by one (`hidden=soleus.left,femur.right`), as node names. */
  hidden: string[]
  /** The one structure drawn alone (`isolate=soleus.left`). */
  isolated: string | null
  /** The focused muscle (`focus=soleus.left`) when it is not the one the selection implies; 'none' for no focus. */
  focus: { muscleId: string; side: 'left' | 'right' } | 'none' | null
  /** The chosen trigger point of the focused muscle (`tp=soleus-trp1`). */
  triggerPointId: string | null
  /** The compared muscle (`compare=gastrocnemius`). */
  compareMuscleId: string | null
  /** All trigger points of one body area (`area=leg-foot`). */
  areaView: BodyArea | null
  /** The needle simulator (`needle=open,30,straight,12.5`); null is its default, closed. */
  needle: UrlNeedle | null
  /** The build the skin is shaped for (`build=high`); null is the default. */
  build: BuildId | null
  /** The body shown (`body=female`); null is the default, the male body. */
  body: BodySex | null
  /** Variant muscles are drawn (`variants=shown`); false is the default, left out. */
  variantsShown: boolean
}

export const LAYER_IDS: readonly LayerId[] = ['skin', 'superficial', 'deep', 'bones', 'organs', 'danger']
export const VIEW_IDS: readonly ViewId[] = ['anterior', 'posterior', 'left', 'right', 'superior']
export const APP_MODES: readonly AppMode[] = ['study', 'patient', 'present']

/**
 * What the app shows without a link: every layer on, the skin as a faint x-ray shell (0.25) over opaque muscles,
 * bones, organs and danger structures, study mode, the default camera. Keep in step with the viewer's layer
 * defaults (src/viewer/layers.ts): a link encodes only what differs from this.
 */
export const DEFAULT_URL_VIEW_STATE: UrlViewState = Object.freeze({
  view: null,
  selection: null,
  layers: Object.freeze({
    skin: Object.freeze({ visible: true, opacity: 0.25 }),
    superficial: Object.freeze({ visible: true, opacity: 1 }),
    deep: Object.freeze({ visible: true, opacity: 1 }),
    bones: Object.freeze({ visible: true, opacity: 1 }),
    organs: Object.freeze({ visible: true, opacity: 1 }),
    danger: Object.freeze({ visible: true, opacity: 1 }),
  }),
  mode: 'study',
  camera: null,
  fovDeg: null,
  hidden: Object.freeze([]) as unknown as string[],
  isolated: null,
  focus: null,
  triggerPointId: null,
  compareMuscleId: null,
  areaView: null,
  needle: null,
  build: null,
  body: null,
  variantsShown: false,
}) as UrlViewState

/** The query parameters this module reads and writes. */
export const URL_STATE_PARAMS = [
  'view',
  'sel',
  'hide',
  'show',
  'opacity',
  'mode',
  'cam',
  'fov',
  'hidden',
  'isolate',
  'focus',
  'tp',
  'compare',
  'area',
  'needle',
  'build',
  'body',
  'variants',
] as const

/** A link hides at most this many structures one by one. */
export const MAX_LINK_HIDDEN = 200
/** The default needle, which a link leaves out (src/store/featureSlice.ts DEFAULT_NEEDLE). */
export const DEFAULT_LINK_NEEDLE: Readonly<UrlNeedle> = Object.freeze({ open: false, lengthMm: 30, approach: 'straight', depthMm: 0 })
/** The camera's vertical field of view when a link names none, in degrees. */
export const DEFAULT_FOV_DEG = 35

/** A camera coordinate beyond this (metres) is not a view of a body. */
export const MAX_CAMERA_COORDINATE_M = 100
export type UrlParam = (typeof URL_STATE_PARAMS)[number]

/** A camera coordinate as short text, to the millimetre. */
function metresText(m: number): string {
  return String(Math.round(m * 1000) / 1000)
}

/** Opacity as short text with at most two decimals: 0.3 → "0.3", 1 → "1". */
function opacityText(opacity: number): string {
  const clamped = Math.min(1, Math.max(0, Number.isFinite(opacity) ? opacity : 1))
  return String(Math.round(clamped * 100) / 100)
}

/**
 * Write a view state as a URL query: "" for the default state, else "?" followed only by what differs from the
 * default (opacities rounded to two decimals), in a fixed parameter order so equal states give equal links.
 */
export function serializeUrlState(state: UrlViewState): string {
  const parts: string[] = []
  const def = DEFAULT_URL_VIEW_STATE
  if (state.view !== null && state.view !== def.view) parts.push(`view=${state.view}`)
  if (state.selection) parts.push(`sel=${encodeURIComponent(state.selection.id)}.${state.selection.side}`)
  const hide = LAYER_IDS.filter((l) => !state.layers[l].visible && def.layers[l].visible)
  const show = LAYER_IDS.filter((l) => state.layers[l].visible && !def.layers[l].visible)
  if (hide.length) parts.push(`hide=${hide.join(',')}`)
  if (show.length) parts.push(`show=${show.join(',')}`)
  const opacities = LAYER_IDS.filter((l) => opacityText(state.layers[l].opacity) !== opacityText(def.layers[l].opacity))
  if (opacities.length) parts.push(`opacity=${opacities.map((l) => `${l}:${opacityText(state.layers[l].opacity)}`).join(',')}`)
  if (state.mode !== def.mode) parts.push(`mode=${state.mode}`)
  if (state.camera) parts.push(`cam=${[...state.camera.position, ...state.camera.target].map(metresText).join(',')}`)
  if (state.fovDeg !== null && state.fovDeg !== DEFAULT_FOV_DEG) parts.push(`fov=${Math.round(state.fovDeg * 100) / 100}`)
  if (state.hidden.length) parts.push(`hidden=${state.hidden.map(encodeURIComponent).join(',')}`)
  if (state.isolated) parts.push(`isolate=${encodeURIComponent(state.isolated)}`)
  if (state.focus === 'none') parts.push('focus=none')
  else if (state.focus) parts.push(`focus=${encodeURIComponent(state.focus.muscleId)}.${state.focus.side}`)
  if (state.triggerPointId) parts.push(`tp=${encodeURIComponent(state.triggerPointId)}`)
  if (state.compareMuscleId) parts.push(`compare=${encodeURIComponent(state.compareMuscleId)}`)
  if (state.areaView) parts.push(`area=${state.areaView}`)
  const n = state.needle
  const d = DEFAULT_LINK_NEEDLE
  if (n && (n.open !== d.open || n.lengthMm !== d.lengthMm || n.approach !== d.approach || n.depthMm !== d.depthMm))
    parts.push(`needle=${n.open ? 'open' : 'closed'},${n.lengthMm},${n.approach},${Math.round(n.depthMm * 1000) / 1000}`)
  if (state.build && state.build !== 'average') parts.push(`build=${state.build}`)
  if (state.body && state.body !== 'male') parts.push(`body=${state.body}`)
  if (state.variantsShown) parts.push('variants=shown')
  return parts.length ? `?${parts.join('&')}` : ''
}
