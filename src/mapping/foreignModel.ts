// Mapping the nodes of a model the user opens ("Open model…", drag and drop) onto our structure ids, so the
// atlas, search and layers work on it: our own glTF extras first, then an FMA id (BodyParts3D), then the name
// (Z-Anatomy, Human Reference Atlas, hand-made files). Nodes that do not map are reported, never dropped.
// See /work/shared/model-naming.md and docs/ARCHITECTURE.md. Pure: no three scene code.
import { DANGER_IDS, LANDMARK_IDS, MUSCLE_IDS, ORGANS } from '../anatomy/ids'
import { allNamedTargets, NOT_OURS, type NameTarget } from './alternativeNames'
import { FMA_TO_STRUCTURE, parseFmaId } from './fmaIds'
import { identityWords, parseForeignName, type NameSide } from './foreignName'
import { frameHintFromBounds, type FrameHint, type Vec3 } from './frameHint'

import { STRUCTURE_KINDS, type StructureKind } from '../anatomy/naming'

export { STRUCTURE_KINDS, type StructureKind }

export interface ForeignNodeMapping {
  id: string
  side: NameSide
  kind: StructureKind
  via: 'extras' | 'fma' | 'name'
  /** All our ids this node covers, when more than one (a whole trapezius covers the three parts). */
  covers?: readonly string[]
}

const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const SIDES: readonly NameSide[] = ['left', 'right', 'midline']

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Our extras convention: `{ kind, id, side, … }` with a known kind, a kebab-case id and a side. */
function fromOurExtras(extras: unknown): ForeignNodeMapping | null {
  if (!isRecord(extras)) return null
  const { kind, id, side } = extras
  if (typeof kind !== 'string' || !(STRUCTURE_KINDS as readonly string[]).includes(kind)) return null
  if (typeof id !== 'string' || id.length > 80 || !KEBAB_ID.test(id)) return null
  if (typeof side !== 'string' || !(SIDES as readonly string[]).includes(side)) return null
  return { id, side: side as NameSide, kind: kind as StructureKind, via: 'extras' }
}

const ORGAN_IDS: readonly string[] = ORGANS.map((o) => o.id)

/** Our own node names without extras: `<id>.<side>` with an id from src/anatomy/ids.ts. */
function fromOurNodeName(name: string): ForeignNodeMapping | null {
  const m = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.(left|right|midline)$/.exec(name)
  if (!m) return null
  const [, id, side] = m
  if (id === undefined || side === undefined) return null
  const kind: StructureKind | null = MUSCLE_IDS.includes(id)
    ? 'muscle'
    : LANDMARK_IDS.includes(id)
      ? 'landmark'
      : DANGER_IDS.includes(id)
        ? 'danger'
        : ORGAN_IDS.includes(id)
          ? 'organ'
          : id === 'skin'
            ? 'skin'
            : null
  return kind ? { id, side: side as NameSide, kind, via: 'name' } : null
}

/** Words in a name that make it something other than the muscle or organ it mentions ("Nerve to soleus"). */
const NOT_THE_STRUCTURE_ITSELF = new Set([
  'bone',
  'nerve',
  'nerves',
  'artery',
  'arteries',
  'vein',
  'veins',
  'tendon',
  'tendons',
  'ligament',
  'ligaments',
  'fascia',
  'bursa',
  'aponeurosis',
  'tuberosity',
  'tubercle',
  'origin',
  'insertion',
  'branch',
  'branches',
  'sheath',
  'retinaculum',
  'fossa',
  'groove',
  'sulcus',
  'process',
  'vessel',
  'vessels',
  'plexus',
  'line',
  'area',
  'surface',
  'facet',
  'crest',
  'notch',
  'border',
  'lymph',
  'node',
  'nodes',
  'impression',
  'hilum',
  'hilus',
  'bronchus',
])

interface Phrase {
  words: string[]
  target: NameTarget | null
}

let phraseIndex: Map<string, Phrase[]> | null = null

/** Phrases keyed by first word; built once from the name table (ours and alternatives) and the not-ours list. */
function phrases(): Map<string, Phrase[]> {
  if (phraseIndex) return phraseIndex
  const index = new Map<string, Phrase[]>()
  const add = (text: string, target: NameTarget | null): void => {
    const words = identityWords(text).filter((w) => w !== 'left' && w !== 'right')
    const first = words[0]
    if (first === undefined) return
    const list = index.get(first) ?? []
    list.push({ words, target })
    index.set(first, list)
  }
  for (const { name, target } of allNamedTargets()) add(name, target)
  for (const name of NOT_OURS) add(name, null)
  phraseIndex = index
  return index
}

/** The longest known phrase inside `words` (ties: the first listed), with the span it covers. */
function longestPhrase(words: readonly string[]): { phrase: Phrase; start: number } | null {
  let best: { phrase: Phrase; start: number } | null = null
  const index = phrases()
  for (const [start, word] of words.entries()) {
    for (const phrase of index.get(word) ?? []) {
      if (best && phrase.words.length <= best.phrase.words.length) continue
      if (start + phrase.words.length > words.length) continue
      if (phrase.words.every((w, k) => words[start + k] === w)) best = { phrase, start }
    }
  }
  return best
}

function fromName(name: string): ForeignNodeMapping | null {
  const parsed = parseForeignName(name)
  if (parsed.notAStructure) return null
  const found = longestPhrase(parsed.words)
  if (!found || !found.phrase.target) return null
  const target = found.phrase.target
  const outside = parsed.words.filter((_, i) => i < found.start || i >= found.start + found.phrase.words.length)
  if (target.kind !== 'danger' && outside.some((w) => NOT_THE_STRUCTURE_ITSELF.has(w))) return null
  const side: NameSide = target.kind === 'skin' ? 'midline' : (parsed.side ?? 'midline')
  return { id: target.id, side, kind: target.kind, via: 'name', ...(target.covers ? { covers: target.covers } : {}) }
}

function fromFma(name: string, extras: unknown): ForeignNodeMapping | null {
  const fromExtras = isRecord(extras) ? parseFmaId(extras.fma) : null
  const fma = fromExtras ?? parseFmaId(name)
  if (fma === null) return null
  const target = FMA_TO_STRUCTURE.get(fma)
  if (!target) return null
  const parsed = parseForeignName(name)
  if (parsed.notAStructure) return null
  return {
    id: target.id,
    side: parsed.side ?? 'midline',
    kind: 'muscle',
    via: 'fma',
    ...(target.covers ? { covers: target.covers } : {}),
  }
}

/**
 * Map one node of a foreign glTF to our structure: valid extras of our convention first; else a known FMA id (in
 * extras.fma or the name); else the name ("Descending part of left trapezius" → upper-trapezius, left; "Lateral
 * head of right gastrocnemius" → gastrocnemius, right). A side that the name does not give is "midline". Returns
 * null for nodes that are not ours (including Z-Anatomy attachment areas ".ol"/".el" and groups ".g").
 */
export function mapForeignNode(name: string, extras: unknown): ForeignNodeMapping | null {
  if (typeof name !== 'string') return null
  return fromOurExtras(extras) ?? fromOurNodeName(name) ?? fromFma(name, extras) ?? fromName(name)
}

export interface ForeignNodeInput {
  name: string
  extras?: unknown
}

export interface MappedForeignNode extends ForeignNodeMapping {
  /** Index in the input list. */
  index: number
  /** The node's own name in the file. */
  sourceName: string
}

export interface UnmappedForeignNode {
  index: number
  sourceName: string
  reason: 'attachment-area' | 'group' | 'unrecognised'
}

export interface ForeignSceneMapping {
  mapped: MappedForeignNode[]
  unmapped: UnmappedForeignNode[]
  /** Our node name (`<id>.<side>`) → indices of the foreign nodes drawn as it (lobes of a lung, heads of a muscle). */
  byStructure: Map<string, number[]>
  /** How to bring the scene into our frame, when its bounding box was given. */
  frameHint: FrameHint | null
}

/**
 * Map every node of a foreign scene; nothing is dropped: each node is either mapped or listed as unmapped. With the
 * scene's bounding box (source units), also a hint for scale and up axis (BodyParts3D: mm, Z up → 0.001, -90° X).
 */
export function mapForeignScene(nodes: readonly ForeignNodeInput[], bounds?: { min: Vec3; max: Vec3 }): ForeignSceneMapping {
  const mapped: MappedForeignNode[] = []
  const unmapped: UnmappedForeignNode[] = []
  const byStructure = new Map<string, number[]>()
  nodes.forEach((node, index) => {
    const sourceName = typeof node.name === 'string' ? node.name : ''
    const mapping = mapForeignNode(sourceName, node.extras)
    if (mapping) {
      mapped.push({ ...mapping, index, sourceName })
      const key = `${mapping.id}.${mapping.side}`
      const list = byStructure.get(key)
      if (list) list.push(index)
      else byStructure.set(key, [index])
    } else {
      const reason = parseForeignName(sourceName).notAStructure ?? 'unrecognised'
      unmapped.push({ index, sourceName, reason })
    }
  })
  const frameHint = bounds ? frameHintFromBounds(bounds.min, bounds.max) : null
  return { mapped, unmapped, byStructure, frameHint }
}
