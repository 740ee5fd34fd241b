// Forgiving search over the structures of the loaded body, and their grouping for the structure list. The list
// is the keyboard-usable mirror of the 3D scene, so a student must find "trapezius" by typing "trap", "Trapezii"
// or "trapezuis", in English or Latin, and narrow it with "left"/"l". Pure: no React, no three.
import { editDistanceAtMost, foldText, foldedWords } from './normalize'
import type { StructureKind } from '../anatomy/naming'

export interface StructureEntry {
  /** The glTF node name, `<id>.<side>` for our own model. */
  nodeName: string
  id: string
  side: 'left' | 'right' | 'midline'
  kind: StructureKind | 'unmapped'
  /** English display name, without the side. */
  name: string
  latin?: string
  synonyms?: string[]
  /** Group key for the list; the known keys are in STRUCTURE_GROUPS (regions head to foot, then the rest). */
  group: string
}

type SideFilter = 'left' | 'right' | 'midline'

/** Query words that name a side rather than a structure ("left soleus", "soleus l", "m. soleus dexter"). */
const SIDE_WORDS: ReadonlyMap<string, SideFilter> = new Map([
  ['left', 'left'],
  ['l', 'left'],
  ['lt', 'left'],
  ['sinister', 'left'],
  ['sinistra', 'left'],
  ['right', 'right'],
  ['r', 'right'],
  ['rt', 'right'],
  ['dexter', 'right'],
  ['dextra', 'right'],
  ['midline', 'midline'],
])

/** How well one query word matches one structure word; higher is better, -1 is no match. */
const WordMatch = { None: -1, Fuzzy: 0, Substring: 1, Prefix: 2, Exact: 3 } as const
type WordMatch = (typeof WordMatch)[keyof typeof WordMatch]

/** How well the whole query matches one whole field (name, Latin name, synonym). */
const FieldMatch = { None: 0, Prefix: 1, Exact: 2 } as const
type FieldMatch = (typeof FieldMatch)[keyof typeof FieldMatch]

interface IndexedEntry {
  entry: StructureEntry
  index: number
  /** Folded whole fields: name, Latin name, synonyms. */
  fields: string[]
  /** Folded distinct words of all fields and of the id. */
  words: string[]
}

/** Largest edit distance forgiven for a query word of this length (short words must be spelled right). */
export function typoAllowance(wordLength: number): number {
  if (wordLength >= 9) return 2
  if (wordLength >= 5) return 1
  return 0
}

function matchWord(token: string, word: string): WordMatch {
  if (word === token) return WordMatch.Exact
  if (word.startsWith(token)) return WordMatch.Prefix
  if (token.length >= 2 && word.includes(token)) return WordMatch.Substring
  const allowance = typoAllowance(token.length)
  if (allowance === 0) return WordMatch.None
  if (editDistanceAtMost(token, word, allowance) <= allowance) return WordMatch.Fuzzy
  // A misspelt beginning of a longer word ("gastorc" for "gastrocnemius").
  if (word.length > token.length && editDistanceAtMost(token, word.slice(0, token.length), allowance) <= allowance) {
    return WordMatch.Fuzzy
  }
  return WordMatch.None
}

function bestWordMatch(token: string, words: readonly string[]): WordMatch {
  let best: WordMatch = WordMatch.None
  for (const word of words) {
    const m = matchWord(token, word)
    if (m > best) best = m
    if (best === WordMatch.Exact) break
  }
  return best
}

function indexEntry(entry: StructureEntry, index: number): IndexedEntry {
  const fields = [entry.name, entry.latin ?? '', ...(entry.synonyms ?? [])].map(foldText).filter((f) => f !== '')
  const words = new Set<string>()
  for (const field of fields) for (const w of field.split(' ')) words.add(w)
  for (const w of foldedWords(entry.id)) words.add(w)
  return { entry, index, fields, words: [...words] }
}

interface ParsedQuery {
  tokens: string[]
  phrase: string
  side: SideFilter | null
}

function parseQuery(query: string): ParsedQuery {
  const tokens: string[] = []
  const sides = new Set<SideFilter>()
  for (const word of foldedWords(query)) {
    const side = SIDE_WORDS.get(word)
    if (side) sides.add(side)
    else tokens.push(word)
  }
  // "left and right trapezius" asks for both sides: no narrowing.
  const side = sides.size === 1 ? ([...sides][0] ?? null) : null
  return { tokens, phrase: tokens.join(' '), side }
}

function passesSide(item: IndexedEntry, side: SideFilter | null): boolean {
  if (side === null) return true
  if (item.entry.side === side) return true
  // An unmapped foreign node keeps its side only in its name ("Left lung"): honour the word there.
  return side !== 'midline' && item.words.includes(side)
}

interface Ranked {
  item: IndexedEntry
  field: FieldMatch
  minWord: WordMatch
  sumWord: number
}

function rank(item: IndexedEntry, query: ParsedQuery): Ranked | null {
  let minWord: WordMatch = WordMatch.Exact
  let sumWord = 0
  for (const token of query.tokens) {
    const m = bestWordMatch(token, item.words)
    if (m === WordMatch.None) return null
    if (m < minWord) minWord = m
    sumWord += m
  }
  let field: FieldMatch = FieldMatch.None
  for (const f of item.fields) {
    if (f === query.phrase) {
      field = FieldMatch.Exact
      break
    }
    if (f.startsWith(query.phrase)) field = FieldMatch.Prefix
  }
  return { item, field, minWord, sumWord }
}

function compareRanked(a: Ranked, b: Ranked): number {
  return b.field - a.field || b.minWord - a.minWord || b.sumWord - a.sumWord || a.item.index - b.item.index
}

/**
 * Build a search function over `entries`. Every query word must match a word of the entry's name, Latin name,
 * synonyms or id (exactly, as a prefix, as a substring, or with a small typo); side words narrow by side.
 * Results are ranked: whole-name exact > whole-name prefix > word exact > word prefix > substring > typo,
 * ties kept in the given order. An empty query returns every entry in the given order.
 */
export function createStructureSearch(entries: StructureEntry[]): (query: string) => StructureEntry[] {
  const indexed = entries.map(indexEntry)
  return (query: string): StructureEntry[] => {
    const parsed = parseQuery(query)
    const candidates = indexed.filter((item) => passesSide(item, parsed.side))
    if (parsed.tokens.length === 0) return candidates.map((item) => item.entry)
    const ranked: Ranked[] = []
    for (const item of candidates) {
      const r = rank(item, parsed)
      if (r) ranked.push(r)
    }
    return ranked.sort(compareRanked).map((r) => r.item.entry)
  }
}

export interface StructureGroupInfo {
  key: string
  label: string
}

/** The list's groups in display order: body regions head to foot, then the structures that span regions. */
export const STRUCTURE_GROUPS: readonly StructureGroupInfo[] = [
  { key: 'head-neck', label: 'Head and neck' },
  { key: 'shoulder-arm', label: 'Shoulder and arm' },
  { key: 'trunk', label: 'Trunk' },
  { key: 'hip-thigh', label: 'Hip and thigh' },
  { key: 'leg-foot', label: 'Leg and foot' },
  { key: 'organs', label: 'Organs' },
  { key: 'danger', label: 'Danger structures' },
  { key: 'bones', label: 'Bones' },
  { key: 'landmarks', label: 'Landmarks' },
  { key: 'skin', label: 'Skin' },
  { key: 'unmapped', label: 'Unmapped parts' },
]

export interface StructureGroup {
  key: string
  label: string
  entries: StructureEntry[]
}

/**
 * Group entries for the list: known groups in STRUCTURE_GROUPS order, unknown group keys after them in order of
 * first appearance (labelled with the key itself); entries keep their given order inside a group; empty groups
 * are left out.
 */
export function groupStructures(entries: readonly StructureEntry[]): StructureGroup[] {
  const byKey = new Map<string, StructureEntry[]>()
  for (const entry of entries) {
    const list = byKey.get(entry.group)
    if (list) list.push(entry)
    else byKey.set(entry.group, [entry])
  }
  const groups: StructureGroup[] = []
  for (const info of STRUCTURE_GROUPS) {
    const list = byKey.get(info.key)
    if (list) groups.push({ key: info.key, label: info.label, entries: list })
  }
  const known = new Set(STRUCTURE_GROUPS.map((g) => g.key))
  for (const [key, list] of byKey) if (!known.has(key)) groups.push({ key, label: key, entries: list })
  return groups
}
