// Reading a deep link (see urlState.ts for what it carries): each parameter of ours is checked and a malformed or
// hostile one is dropped with a plain-text notice naming it; tracking tags and unknown names are dropped quietly.
// Its own module so that the first chunk, which only writes links, does not carry the parser. Never throws. Pure.
import { BODY_SEXES, type BodyArea, type BodySex } from '../anatomy/ids'
import { ATLAS_MUSCLE_IDS as muscleIds, muscleOnSide } from '../anatomy/muscleIds'
import { parseNodeName } from '../anatomy/naming'
import { BUILD_IDS, type BuildId } from '../atlas/builds'
import { NEEDLE_APPROACHES, type NeedleApproach } from '../geometry/needleApproach'
import {
  APP_MODES,
  DEFAULT_URL_VIEW_STATE,
  LAYER_IDS,
  MAX_CAMERA_COORDINATE_M,
  MAX_LINK_HIDDEN,
  URL_STATE_PARAMS,
  VIEW_IDS,
  type AppMode,
  type CameraPose,
  type LayerId,
  type LayerState,
  type UrlNeedle,
  type UrlParam,
  type UrlViewState,
  type ViewId,
} from './urlState'

const BODY_AREAS: readonly BodyArea[] = ['head-neck', 'shoulder-arm', 'trunk', 'hip-thigh', 'leg-foot']

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
/** Longer single values are dropped; a list of hidden structures may be longer. */
const MAX_VALUE_LENGTH = 200
const MAX_LIST_VALUE_LENGTH = 6000
const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const OPACITY_TEXT = /^(?:0(?:\.\d{1,3})?|1(?:\.0{1,3})?|\.\d{1,3})$/

/** A fresh, mutable copy of the default state. */
export function defaultUrlViewState(): UrlViewState {
  const layers = {} as Record<LayerId, LayerState>
  for (const id of LAYER_IDS) layers[id] = { ...DEFAULT_URL_VIEW_STATE.layers[id] }
  return { ...DEFAULT_URL_VIEW_STATE, layers, hidden: [] }
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
    if (value.length > (name === 'hidden' ? MAX_LIST_VALUE_LENGTH : MAX_VALUE_LENGTH)) {
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
  const fov = values.get('fov')
  if (fov !== undefined) state.fovDeg = parseFov(fov, notices)

  const hiddenStructures = values.get('hidden')
  if (hiddenStructures !== undefined) state.hidden = parseStructureList(hiddenStructures, knownIds, notices)
  const isolate = values.get('isolate')
  if (isolate !== undefined) state.isolated = parseStructure('isolate', isolate, knownIds, notices)

  const focus = values.get('focus')
  if (focus !== undefined) state.focus = parseFocus(focus, notices)
  const tp = values.get('tp')
  if (tp !== undefined) {
    const implied = state.selection && muscleIds.has(state.selection.id) && state.selection.side !== 'midline'
    if (!KEBAB_ID.test(tp)) notices.push('The link\'s "tp" parameter is not a trigger point id like soleus-trp1, so none was chosen.')
    else if (state.focus === 'none' || (state.focus === null && !implied))
      notices.push('The link\'s "tp" parameter names a trigger point but no muscle, so none was chosen.')
    else state.triggerPointId = tp
  }
  const compare = values.get('compare')
  if (compare !== undefined) {
    if (muscleIds.has(compare)) state.compareMuscleId = compare
    else notices.push('The link\'s "compare" parameter is not a muscle of this atlas, so nothing is compared.')
  }
  const area = values.get('area')
  if (area !== undefined) {
    if ((BODY_AREAS as readonly string[]).includes(area)) state.areaView = area as BodyArea
    else notices.push('The link\'s "area" parameter is not a body area, so no area\'s trigger points are shown.')
  }
  const needle = values.get('needle')
  if (needle !== undefined) state.needle = parseNeedle(needle, notices)
  const build = values.get('build')
  if (build !== undefined) {
    if ((BUILD_IDS as readonly string[]).includes(build)) state.build = build as BuildId
    else notices.push('The link\'s "build" parameter is not a known build, so the average build is used.')
  }
  const body = values.get('body')
  if (body !== undefined) {
    if ((BODY_SEXES as readonly string[]).includes(body)) state.body = body as BodySex
    else notices.push('The link\'s "body" parameter is neither male nor female, so the male body is shown.')
  }
  const variants = values.get('variants')
  if (variants !== undefined) {
    if (variants === 'shown') state.variantsShown = true
    else notices.push('The link\'s "variants" parameter is not "shown", so variant muscles are left out.')
  }

  return { state, notices }
}

/** One structure name (`isolate`), checked like `sel`. */
function parseStructure(param: 'isolate', value: string, knownIds: ReadonlySet<string> | undefined, notices: string[]): string | null {
  const { id, side } = parseNodeName(value)
  if (!KEBAB_ID.test(id) || side === null) {
    notices.push(`The link's "${param}" parameter is not a structure name like soleus.left, so it was ignored.`)
    return null
  }
  if (knownIds && !knownIds.has(value)) {
    notices.push(`The link's "${param}" parameter names a structure that is not in this model, so it was ignored.`)
    return null
  }
  return value
}

/** `hidden=a.left,b.right`: every item a structure name; unknown ones (when the model is known) are left out. */
function parseStructureList(value: string, knownIds: ReadonlySet<string> | undefined, notices: string[]): string[] {
  const items = value.split(',')
  if (items.length > MAX_LINK_HIDDEN) {
    notices.push(`The link's "hidden" parameter lists more than ${MAX_LINK_HIDDEN} structures, so it was ignored.`)
    return []
  }
  const out: string[] = []
  for (const item of items) {
    const { id, side } = parseNodeName(item)
    if (!KEBAB_ID.test(id) || side === null) {
      notices.push('The link\'s "hidden" parameter is not a list of structure names like soleus.left, so it was ignored.')
      return []
    }
    if (knownIds && !knownIds.has(item)) {
      notices.push('The link\'s "hidden" parameter names a structure that is not in this model, so that one is shown.')
      continue
    }
    if (!out.includes(item)) out.push(item)
  }
  return out
}

function parseFocus(value: string, notices: string[]): UrlViewState['focus'] {
  if (value === 'none') return 'none'
  const muscle = muscleOnSide(value)
  if (!muscle) {
    notices.push('The link\'s "focus" parameter is not a muscle of this atlas on the left or right, so the selection\'s muscle is focused.')
    return null
  }
  return muscle
}

const MM_TEXT = /^\d{1,3}(?:\.\d{1,3})?$/

/** `needle=open|closed,<length mm>,<approach>,<depth mm>`. */
function parseNeedle(value: string, notices: string[]): UrlNeedle | null {
  const [state, length, approach, depth, ...rest] = value.split(',')
  const lengthMm = length !== undefined && MM_TEXT.test(length) ? Number(length) : NaN
  const depthMm = depth !== undefined && MM_TEXT.test(depth) ? Number(depth) : NaN
  if (
    rest.length > 0 ||
    (state !== 'open' && state !== 'closed') ||
    !Number.isInteger(lengthMm) ||
    lengthMm < MIN_LINK_NEEDLE_MM ||
    lengthMm > MAX_LINK_NEEDLE_MM ||
    !(NEEDLE_APPROACHES as readonly string[]).includes(approach ?? '') ||
    !(depthMm >= 0 && depthMm <= lengthMm)
  ) {
    notices.push(
      `The link's "needle" parameter is not in the form open,30,straight,12.5 (length ${MIN_LINK_NEEDLE_MM}–${MAX_LINK_NEEDLE_MM} mm, depth up to the length), so the needle starts closed.`,
    )
    return null
  }
  return { open: state === 'open', lengthMm, approach: approach as NeedleApproach, depthMm }
}
const MIN_LINK_NEEDLE_MM = 13
const MAX_LINK_NEEDLE_MM = 75

const MIN_FOV = 10
const MAX_FOV = 120
function parseFov(value: string, notices: string[]): number | null {
  const fov = /^\d{1,3}(?:\.\d{1,2})?$/.test(value) ? Number(value) : NaN
  if (!(fov >= MIN_FOV && fov <= MAX_FOV)) {
    notices.push(`The link's "fov" parameter is not a field of view from ${MIN_FOV} to ${MAX_FOV} degrees, so the default is used.`)
    return null
  }
  return fov
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
