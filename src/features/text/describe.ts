// Plain-text descriptions of atlas positions and measurements for the panels: "3 cm lateral and 1 cm
// superior to the acromion". Pure, so the wording is tested and shared by the study and patient views.
import { LANDMARKS } from '../../anatomy/ids'
import type { AnchoredPoint } from '../../atlas/schema'

const landmarkNames = new Map(LANDMARKS.map((l) => [l.id, l.name]))

/** The display name of a landmark id (falls back to the id itself for landmarks outside the vocabulary). */
export function landmarkName(id: string): string {
  return landmarkNames.get(id) ?? id
}

function cm(metres: number): string {
  const value = Math.round(Math.abs(metres) * 1000) / 10
  return `${value} cm`
}

/** Describes an anchored point relative to its landmark in body terms, centimetres rounded to 1 mm. */
export function describeAnchoredPoint(point: AnchoredPoint): string {
  const parts: string[] = []
  const o = point.offset
  if (o) {
    if (o.lateralM) {
      parts.push(`${cm(o.lateralM)} ${o.lateralM > 0 ? 'lateral' : 'medial'}`)
    }
    if (o.superiorM) {
      parts.push(`${cm(o.superiorM)} ${o.superiorM > 0 ? 'superior' : 'inferior'}`)
    }
    if (o.anteriorM) {
      parts.push(`${cm(o.anteriorM)} ${o.anteriorM > 0 ? 'anterior' : 'posterior'}`)
    }
  }
  const name = landmarkName(point.landmark)
  if (parts.length === 0) {
    return `at the ${lowerFirst(name)}`
  }
  const joined = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`
  return `${joined} to the ${lowerFirst(name)}`
}

function lowerFirst(s: string): string {
  // Keep abbreviations and vertebral levels (C7, T12, ASIS) as written.
  return /^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s
}

/** Millimetres as shown to users: one decimal below 10 mm, whole millimetres above. */
export function formatMm(mm: number): string {
  if (!Number.isFinite(mm)) {
    return '–'
  }
  return Math.abs(mm) < 10 ? `${mm.toFixed(1)} mm` : `${Math.round(mm)} mm`
}
