// Evidence levels in one place: their order (what may claim what), the level a set of citations supports,
// and the plain words the app shows beside a location, a zone or an anatomy block. Students and patients
// see these words, never the internal provenance notes of data/sources.json.
import { EVIDENCE_LEVELS } from './evidenceLevels'
import type { Source } from './schema'

export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number]

/** 0 for "verified" (strongest) up to 3 for "unconfirmed". */
export function evidenceRank(level: EvidenceLevel): number {
  return EVIDENCE_LEVELS.indexOf(level)
}

/** The stronger of two levels. */
export function strongerEvidence(a: EvidenceLevel, b: EvidenceLevel): EvidenceLevel {
  return evidenceRank(a) <= evidenceRank(b) ? a : b
}

/** True when a Travell & Simons volume is meant (TS1, TS2, TS3 and their chapters). */
export function isTravellSimons(sourceId: string): boolean {
  return /^TS\d/.test(sourceId)
}

export interface CitedEvidence {
  /** The strongest level among the cited sources that are in the source list. */
  level: EvidenceLevel
  /** True when the level is "unconfirmed" and every cited source is a Travell & Simons volume. */
  recalledFromTravellSimons: boolean
}

/**
 * What a list of citations supports: the strongest verification among them (a zone seen in one verified
 * source is verified however many unread books it also names). Unknown ids count as unconfirmed.
 */
export function citedEvidence(ids: readonly string[], sourceById: ReadonlyMap<string, Pick<Source, 'verification'>>): CitedEvidence {
  let level: EvidenceLevel = 'unconfirmed'
  for (const id of ids) {
    const source = sourceById.get(id)
    if (source) {
      level = strongerEvidence(level, source.verification)
    }
  }
  return { level, recalledFromTravellSimons: level === 'unconfirmed' && ids.length > 0 && ids.every(isTravellSimons) }
}

const WORDS: Record<EvidenceLevel, string> = {
  verified: 'Checked in the source',
  'summary-only': 'Seen only as a summary',
  secondary: 'Secondary source',
  unconfirmed: 'Not checked in a source',
}

/** Plain words for a level, e.g. "Seen only as a summary"; T&S-only unconfirmed content says so. */
export function evidenceInWords(level: EvidenceLevel, recalledFromTravellSimons = false): string {
  return level === 'unconfirmed' && recalledFromTravellSimons ? 'Recalled from Travell & Simons, not checked' : WORDS[level]
}

/**
 * Words for a trigger point's location: an "unconfirmed" location is said to be recalled from Travell & Simons only
 * when the trigger point cites Travell & Simons; otherwise it is "not checked in a source".
 */
export function locationEvidenceInWords(level: EvidenceLevel, sourceIds: readonly string[]): string {
  return evidenceInWords(level, sourceIds.some(isTravellSimons))
}

/**
 * A short note after a citation saying how far that source was read: nothing for a source read in full,
 * "seen only as a summary", "secondary source", or for an unread book "recalled, not read".
 */
export function sourceReadingInWords(source: Pick<Source, 'id' | 'verification'>): string | null {
  switch (source.verification) {
    case 'verified':
      return null
    case 'summary-only':
      return 'seen only as a summary'
    case 'secondary':
      return 'secondary source'
    case 'unconfirmed':
      return isTravellSimons(source.id) ? 'recalled, not read' : 'not read'
  }
}
