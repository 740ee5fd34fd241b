// The deep link: view, selection, layers and mode carried in the URL query, so a student or instructor can share
// exactly what they see. A link is untrusted input: a parameter of ours that is malformed or hostile is dropped
// with a plain-text problem naming it (shown as one notice, linkNotice.ts), and the rest of the link still
// applies. Parameters that are not ours are dropped quietly: tracking tags that mail, chat and social sites add
// (TRACKING_PARAMS), and any other name, since the person opening a link did not write it and cannot act on it;
// the address bar is then rewritten to exactly what was applied (serializeUrlState). Never throws. Pure.
import { parseNodeName } from '../anatomy/naming'

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
}

export interface UrlViewState {
  view: ViewId | null
  selection: { id: string; side: SelectionSide } | null
  layers: Record<LayerId, LayerState>
  mode: AppMode
  /** The exact camera pose, when the link gives one (it then wins over `view` for the first framing). */
  camera: CameraPose | null
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
}) as UrlViewState

/** The query parameters this module reads and writes. */
export const URL_STATE_PARAMS = ['view', 'sel', 'hide', 'show', 'opacity', 'mode', 'cam'] as const

/** A camera coordinate beyond this (metres) is not a view of a body. */
export const MAX_CAMERA_COORDINATE_M = 100
type UrlParam = (typeof URL_STATE_PARAMS)[number]

/**
 * Longer links are not ours: ignore them whole rather than parse megabytes. Our own parameters take a few hundred
 * characters; the rest of the budget is for tracking tags added on the way (an fbclid alone can be 200).
 */
export const MAX_LINK_LENGTH = 8192

/**
 * Tracking tags added to links by mail, chat, ads and social sites: dropped with no notice at all. `utm_` is a
 * prefix (utm_source, utm_medium, utm_campaign, utm_term, utm_content, utm_id…); the rest are exact names:
 * Facebook, Google Ads, Microsoft Ads, Mailchimp, Google Analytics cross-domain, Instagram, Yandex, and the
 * generic "ref" of referral links.
 */
export const TRACKING_PARAM_PREFIXES: readonly string[] = ['utm_']
export const TRACKING_PARAMS: readonly string[] = [
  'fbclid',
  'gclid',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'mc_cid',
  'mc_eid',
  '_ga',
  '_gl',
  'igshid',
  'yclid',
  'ref',
]

/** True for a tracking tag (see TRACKING_PARAMS); case-insensitive, as the tags are written both ways. */
export function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase()
  return TRACKING_PARAMS.includes(lower) || TRACKING_PARAM_PREFIXES.some((prefix) => lower.startsWith(prefix))
}
/** Longer single values are dropped. */
const MAX_VALUE_LENGTH = 200
const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const OPACITY_TEXT = /^(?:0(?:\.\d{1,3})?|1(?:\.0{1,3})?|\.\d{1,3})$/

/** A fresh, mutable copy of the default state. */
export function defaultUrlViewState(): UrlViewState {
  const layers = {} as Record<LayerId, LayerState>
  for (const id of LAYER_IDS) layers[id] = { ...DEFAULT_URL_VIEW_STATE.layers[id] }
  return { view: null, selection: null, layers, mode: DEFAULT_URL_VIEW_STATE.mode, camera: null }
}

function isKnownParam(name: string): name is UrlParam {
  return (URL_STATE_PARAMS as readonly string[]).includes(name)
}

function isLayerId(text: string): text is LayerId {
  return (LAYER_IDS as readonly string[]).includes(text)
}

/** Split a `<layer>` list; returns null (and a notice) if any item is not a layer. */
function parseLayerList(param: UrlParam, value: string, notices: string[]): LayerId[] | null {
  const items = value.split(',')
  const out: LayerId[] = []
  for (const item of items) {
    if (!isLayerId(item)) {
      notices.push(`The link's "${param}" parameter names a layer this app does not have, so it was ignored.`)
      return null
    }
    if (!out.includes(item)) out.push(item)
  }
  return out
}

function parseOpacities(value: string, notices: string[]): Partial<Record<LayerId, number>> | null {
  const out: Partial<Record<LayerId, number>> = {}
  for (const item of value.split(',')) {
    const [layer, amount, ...rest] = item.split(':')
    if (rest.length > 0 || layer === undefined || amount === undefined || !isLayerId(layer)) {
      notices.push('The link\'s "opacity" parameter is not in the form layer:0.5, so it was ignored.')
      return null
    }
    const opacity = OPACITY_TEXT.test(amount) ? Number(amount) : Number.NaN
    if (!Number.isFinite(opacity) || opacity < 0 || opacity > 1) {
      notices.push('The link\'s "opacity" parameter has a value outside 0 to 1, so it was ignored.')
      return null
    }
    out[layer] = opacity
  }
  return out
}

function parseSelection(value: string, knownIds: ReadonlySet<string> | undefined, notices: string[]): UrlViewState['selection'] {
  const { id, side } = parseNodeName(value)
  if (!KEBAB_ID.test(id) || side === null) {
    notices.push('The link\'s "sel" parameter is not a structure name like soleus.left, so nothing was selected.')
    return null
  }
  if (knownIds && !knownIds.has(id) && !knownIds.has(value)) {
    notices.push('The link\'s "sel" parameter names a structure that is not in this model, so nothing was selected.')
    return null
  }
  return { id, side }
}

/**
 * Read a view state from a URL query (`location.search`, with or without the leading "?"; a leading "#" is
 * accepted too). Parameters: `view=posterior`, `sel=soleus.left`, `hide=skin,organs`, `show=…` (for layers hidden
 * by default), `opacity=skin:0.3,bones:0.5`, `mode=patient`. A parameter of ours that cannot be used is dropped
 * with a notice (plain text, naming the parameter, never echoing the value); any other parameter is dropped
 * without one. `knownIds`, when given, limits the selection to structures the loaded model has (bare ids or
 * `<id>.<side>` node names).
 */
export function parseUrlState(search: string, knownIds?: ReadonlySet<string>): { state: UrlViewState; notices: string[] } {
  const state = defaultUrlViewState()
  const notices: string[] = []
  if (typeof search !== 'string' || search === '') return { state, notices }
  if (search.length > MAX_LINK_LENGTH) {
    notices.push('The link was too long to be one of ours, so the default view is shown.')
    return { state, notices }
  }
  let params: URLSearchParams
  try {
    params = new URLSearchParams(search.replace(/^[?#]/, ''))
  } catch {
    notices.push('The link could not be read, so the default view is shown.')
    return { state, notices }
  }

  const values = new Map<UrlParam, string>()
  const seen = new Set<string>()
  const repeated = new Set<string>()
  for (const name of params.keys()) {
    if (seen.has(name)) repeated.add(name)
    seen.add(name)
  }
  for (const name of seen) {
    if (!isKnownParam(name)) {
      continue // tracking tags and names that are not ours: dropped quietly (see the module comment)
    }
    if (repeated.has(name)) {
      notices.push(`The link gives "${name}" more than once, so it was ignored.`)
      continue
    }
    const value = params.get(name) ?? ''
    if (value.length > MAX_VALUE_LENGTH) {
      notices.push(`The link's "${name}" parameter is too long, so it was ignored.`)
      continue
    }
    if (value === '') {
      notices.push(`The link's "${name}" parameter is empty, so it was ignored.`)
      continue
    }
    values.set(name, value)
  }

  const view = values.get('view')
  if (view !== undefined) {
    if ((VIEW_IDS as readonly string[]).includes(view)) state.view = view as ViewId
    else notices.push('The link\'s "view" parameter is not a known view, so the default view is used.')
  }

  const mode = values.get('mode')
  if (mode !== undefined) {
    if ((APP_MODES as readonly string[]).includes(mode)) state.mode = mode as AppMode
    else notices.push('The link\'s "mode" parameter is not a known mode, so study mode is used.')
  }

  const sel = values.get('sel')
  if (sel !== undefined) state.selection = parseSelection(sel, knownIds, notices)

  const hide = values.get('hide')
  const show = values.get('show')
  const hidden = hide === undefined ? [] : (parseLayerList('hide', hide, notices) ?? [])
  const shown = show === undefined ? [] : (parseLayerList('show', show, notices) ?? [])
  if (hidden.some((layer) => shown.includes(layer))) {
    notices.push('The link both hides and shows the same layer, so its layer switches were ignored.')
  } else {
    for (const layer of hidden) state.layers[layer].visible = false
    for (const layer of shown) state.layers[layer].visible = true
  }

  const opacity = values.get('opacity')
  if (opacity !== undefined) {
    const parsed = parseOpacities(opacity, notices)
    if (parsed) for (const layer of LAYER_IDS) if (parsed[layer] !== undefined) state.layers[layer].opacity = parsed[layer]
  }

  const cam = values.get('cam')
  if (cam !== undefined) state.camera = parseCameraPose(cam, notices)

  return { state, notices }
}

/** `cam=px,py,pz,tx,ty,tz`: six finite numbers of metres, camera and target apart. */
function parseCameraPose(value: string, notices: string[]): CameraPose | null {
  const items = value.split(',')
  const numbers = items.map((s) => (/^-?\d+(\.\d+)?$/.test(s.trim()) ? Number(s) : NaN))
  if (items.length !== 6 || numbers.some((n) => !Number.isFinite(n) || Math.abs(n) > MAX_CAMERA_COORDINATE_M)) {
    notices.push(
      `The link's "cam" parameter is not a camera pose (six numbers of metres, each within ±${MAX_CAMERA_COORDINATE_M}), so the view it names is used.`,
    )
    return null
  }
  const [px, py, pz, tx, ty, tz] = numbers as [number, number, number, number, number, number]
  if (Math.hypot(px - tx, py - ty, pz - tz) < 1e-3) {
    notices.push('The link\'s "cam" parameter puts the camera on the point it looks at, so the view it names is used.')
    return null
  }
  return { position: [px, py, pz], target: [tx, ty, tz] }
}

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
  return parts.length ? `?${parts.join('&')}` : ''
}
