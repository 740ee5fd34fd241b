// Reading a foreign model's node name: the side it encodes (".l", "_R", "left" anywhere, "VH_F_right_…"), whether
// it is an object that is not a structure at all (Z-Anatomy ".ol"/".el" attachment areas, ".g" groups), and the
// remaining words in a normal form shared with our name table. Pure.
import { foldedWords } from '../search/normalize'

export type NameSide = 'left' | 'right' | 'midline'

export interface ParsedForeignName {
  /** Folded words without side words and filler ("muscle", "of", "part", …). */
  words: string[]
  /** The side named, or null when none (or both) is named. */
  side: NameSide | null
  /** Why this node is not a structure, when it is not. */
  notAStructure: 'attachment-area' | 'group' | null
}

/** Words that carry no identity: dropped from names and from our phrases alike, so both compare equal. */
const FILLER = new Set([
  'muscle',
  'muscles',
  'musculus',
  'musculi',
  'm',
  'mm',
  'of',
  'the',
  'and',
  'part',
  'parts',
  'portion',
  'pars',
  'fibres',
  'fibers',
  'belly',
])

const SIDE_WORD: ReadonlyMap<string, NameSide> = new Map([
  ['left', 'left'],
  ['sinister', 'left'],
  ['sinistra', 'left'],
  ['sinistrum', 'left'],
  ['right', 'right'],
  ['dexter', 'right'],
  ['dextra', 'right'],
  ['dextrum', 'right'],
])

/** Fold a name or phrase to the words that identify it (filler dropped, side words kept). */
export function identityWords(text: string): string[] {
  return foldedWords(text).filter((w) => !FILLER.has(w))
}

/** Read side, attachment/group markers and identifying words from a foreign node name. */
export function parseForeignName(name: string): ParsedForeignName {
  let rest = name.trim()
  const sides = new Set<NameSide>()
  let notAStructure: ParsedForeignName['notAStructure'] = null

  // Dot suffixes, outermost first: "Pectoralis minor muscle.ol.l", "Right lung.g", "soleus.left", "Bone.001".
  for (;;) {
    const m = /\.([A-Za-z]{1,7}|\d{3})$/.exec(rest)
    const suffix = m?.[1]?.toLowerCase()
    if (!m || suffix === undefined) break
    if (suffix === 'l' || suffix === 'left') sides.add('left')
    else if (suffix === 'r' || suffix === 'right') sides.add('right')
    else if (suffix === 'midline') sides.add('midline')
    else if (suffix === 'ol' || suffix === 'el') notAStructure = 'attachment-area'
    else if (suffix === 'g') notAStructure = notAStructure ?? 'group'
    else if (!/^\d{3}$/.test(suffix)) break
    rest = rest.slice(0, m.index)
  }

  // "_L", "-R", " l" at the end: trapezius_L.
  const lr = /[_\- ]([LlRr])$/.exec(rest)
  if (lr?.[1]) {
    sides.add(lr[1].toLowerCase() === 'l' ? 'left' : 'right')
    rest = rest.slice(0, lr.index)
  }

  // Human Reference Atlas: VH_M_left_kidney, VH_F_right_…: the sex letter is not a word of the name.
  rest = rest.replace(/^VH_[MF]_/i, '')

  const words: string[] = []
  for (const w of foldedWords(rest)) {
    const side = SIDE_WORD.get(w)
    if (side) sides.add(side)
    else if (!FILLER.has(w)) words.push(w)
  }
  const side = sides.size === 1 ? ([...sides][0] ?? null) : null
  return { words, side, notAStructure }
}
