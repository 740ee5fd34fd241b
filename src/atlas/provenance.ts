// Provenance notes ("confirmed here only through secondary lay sources", "as taught, not checked in the book")
// are for authors: they live in `authorNote` fields, and the text the app shows to students and patients states
// the evidence level in words instead (evidence.ts). This module names the phrases that give such a note away and
// lists every string of an atlas file the app can show, so a note that slips into shown text is found by path.
import type { JsonPath } from './types'

/** A phrase that marks an author's note on where content comes from, with what it says in plain words. */
export interface ProvenancePhrase {
  pattern: RegExp
  /** Why it is an author's note, for the failure message. */
  says: string
}

export const PROVENANCE_PHRASES: readonly ProvenancePhrase[] = [
  { pattern: /\bsecondary (lay )?sources?\b|\bsecondary lay\b|\(secondary\)/i, says: 'which kind of source was seen' },
  { pattern: /\blay (web )?(sources?|pages?)\b/i, says: 'which kind of source was seen' },
  { pattern: /\bconfirmed here\b|\bsupported in our notes\b/i, says: 'how far the atlas checked it' },
  { pattern: /\bnot checked\b|\bnot read\b|\bwas not read\b/i, says: 'what is still to check' },
  { pattern: /\bunconfirmed\b|\brecalled\b|\brecollection\b/i, says: 'that it is recalled, not checked' },
  { pattern: /\bas taught\b|\bin the book\b/i, says: 'that a book is recalled as taught' },
  { pattern: /\bgarbled\b|\bLLM\b|\bonline copy\b|\btext extract\b/i, says: 'what a copy of a source was like' },
  { pattern: /\bour (sources|notes)\b|\bsource list\b|\bclinical notes\b|\bfacts\.md\b/i, says: "the atlas's own working notes" },
  { pattern: /\b[a-z0-9-]+\.(com|org|net|info)\b/i, says: 'a web site a pattern was seen on' },
]

/** The provenance phrases in a text, as they occur in it (empty when the text is fit to show). */
export function provenancePhrasesIn(text: string): string[] {
  const found: string[] = []
  for (const { pattern } of PROVENANCE_PHRASES) {
    const match = pattern.exec(text)
    if (match) {
      found.push(match[0])
    }
  }
  return found
}

/**
 * Keys whose strings the app never shows as text: author-only notes, and ids and enum values (region, source,
 * landmark and hazard ids; evidence levels, which are shown only through their plain words).
 */
const NOT_SHOWN_KEYS: ReadonlySet<string> = new Set([
  'authorNote',
  '$schema',
  'id',
  'landmark',
  'facing',
  'regions',
  'localRegions',
  'sources',
  'source',
  'dangerStructures',
  'pleuraSiteId',
  'locationEvidence',
  'anatomyEvidence',
  'verification',
  'region',
  'sides',
  'kind',
  'scope',
  'urgency',
])

/** One string of an atlas file that the app can show, with its JSON path. */
export interface ShownText {
  path: JsonPath
  text: string
}

/**
 * Every string in a parsed atlas file (a muscle, regions, red flags, contraindications) that the app can show:
 * all strings except those under NOT_SHOWN_KEYS. A new text field is therefore covered without being listed.
 */
export function shownTexts(value: unknown, path: JsonPath = []): ShownText[] {
  if (typeof value === 'string') {
    return [{ path, text: value }]
  }
  if (Array.isArray(value)) {
    return value.flatMap((item, i) => shownTexts(item, [...path, i]))
  }
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => (NOT_SHOWN_KEYS.has(key) ? [] : shownTexts(item, [...path, key])))
  }
  return []
}

/** A provenance phrase found in shown text. */
export interface ProvenanceInShownText extends ShownText {
  phrases: string[]
}

/** The shown strings of a parsed atlas file that carry a provenance phrase. */
export function provenanceInShownText(value: unknown): ProvenanceInShownText[] {
  return shownTexts(value).flatMap((shown) => {
    const phrases = provenancePhrasesIn(shown.text)
    return phrases.length > 0 ? [{ ...shown, phrases }] : []
  })
}
