// The depth section's view model: a to-scale cut along the needle path, from the skin down past the pleura,
// as bands of tissue (skin and fat, muscle, rib or intercostal space, pleura, lung), a millimetre ruler, the
// tip and the trigger point, the recommended maximum and margin lines, and the state (clear, amber, red,
// past the pleura). Pure: the panel's SVG only draws what this returns, and tests check it without a browser.
import type { TissueCrossing } from '../../geometry/tissueLayers'
import { needleWarningOrNone, type WarningLevel } from '../../geometry/warning'

export type SectionState = WarningLevel | 'past-pleura'

export type SectionBandKind = 'skin-fat' | 'muscle' | 'fascia' | 'rib' | 'bone' | 'intercostal' | 'pleura' | 'lung'

export interface SectionBand {
  kind: SectionBandKind
  label: string
  fromMm: number
  toMm: number
}

export interface SectionTick {
  mm: number
  /** Every 10 mm: long, with a number. */
  major: boolean
  /** Every 5 mm between majors: medium. */
  mid: boolean
}

export interface SectionLine {
  kind: 'maximum' | 'margin' | 'limit' | 'pleura'
  mm: number
  label: string
}

export interface DepthSectionInput {
  /** Tissues along the path (geometry/tissueLayers.ts), mm from the skin entry. */
  crossings: readonly TissueCrossing[]
  /** Skin to the model's pleura on this path, mm; null when the path misses it. */
  pleuraDepthMm: number | null
  /** Skin to trigger point along the path, mm. */
  targetDepthMm: number
  /** Needle tip below the skin, mm. */
  tipDepthMm: number
  needleLengthMm: number
  /** The site's recommended maximum for the build, mm; null = no maximum (perpendicular needling not taught). */
  recommendedMaxDepthMm: number | null
  /** The site's margin, mm; null when the trigger point has no pleura site. */
  marginMm: number | null
  /** Another danger structure already reached by the tip (the state is then red at least). */
  hazardReached?: boolean
}

export interface DepthSection {
  /** The cut is drawn from 0 to this depth, mm. */
  depthMm: number
  bands: SectionBand[]
  ticks: SectionTick[]
  tipMm: number
  targetMm: number
  pleuraMm: number | null
  lines: SectionLine[]
  state: SectionState
  /** One sentence for screen readers and the figure caption: where the tip is among the layers. */
  summary: string
}

/** Deepest the cut is drawn, mm (the scene casts this far). */
export const SECTION_MAX_DEPTH_MM = 120
/** Sampling step used to lay out the bands, mm. */
const STEP_MM = 0.25
/** Shown width of the pleura line's band when the lung lies right behind it, mm (a drawing width, not anatomy). */
const PLEURA_BAND_MM = 1

const STATE_WORD: Record<SectionState, string> = {
  clear: 'clear',
  amber: 'amber, inside the margin',
  red: 'red, at the limit',
  'past-pleura': 'past the pleura',
}

function fmt(mm: number): string {
  return `${Math.round(mm * 10) / 10} mm`
}

function boneLabel(c: TissueCrossing): { kind: SectionBandKind; label: string } {
  if (c.name.startsWith('rib-')) {
    return { kind: 'rib', label: 'Rib' }
  }
  if (c.name.startsWith('costal-cartilage')) {
    return { kind: 'rib', label: 'Costal cartilage' }
  }
  return { kind: 'bone', label: c.label }
}

/** Which band a depth falls in. */
function classify(
  mm: number,
  input: DepthSectionInput,
  lungFromMm: number | null,
  firstSolidMm: number,
  anySolid: boolean,
): { kind: SectionBandKind; label: string } {
  const { crossings, pleuraDepthMm } = input
  if (lungFromMm !== null && mm >= lungFromMm) {
    return { kind: 'lung', label: 'Lung' }
  }
  if (pleuraDepthMm !== null && mm >= pleuraDepthMm) {
    return { kind: 'pleura', label: 'Pleura' }
  }
  const bone = crossings.find((c) => c.kind === 'bone' && mm >= c.fromMm && mm < c.toMm)
  if (bone) {
    return boneLabel(bone)
  }
  const muscle = crossings.find((c) => c.kind === 'muscle' && mm >= c.fromMm && mm < c.toMm)
  if (muscle) {
    return { kind: 'muscle', label: muscle.label }
  }
  if (mm < firstSolidMm) {
    // With no muscle or bone of the model anywhere on the cut, say so rather than call it all fat.
    return { kind: 'skin-fat', label: anySolid ? 'Skin and fat' : 'Skin and soft tissue (no modelled muscle)' }
  }
  return { kind: 'fascia', label: 'Fat and fascia' }
}

/** Builds the depth section for the current path, tip and build. */
export function depthSection(input: DepthSectionInput): DepthSection {
  const { pleuraDepthMm, targetDepthMm, tipDepthMm, recommendedMaxDepthMm, marginMm } = input
  const wanted = Math.max(
    input.needleLengthMm,
    tipDepthMm + 5,
    targetDepthMm + 10,
    pleuraDepthMm !== null ? pleuraDepthMm + 12 : 0,
    recommendedMaxDepthMm !== null ? recommendedMaxDepthMm + 10 : 0,
  )
  const depthMm = Math.min(SECTION_MAX_DEPTH_MM, Math.ceil(wanted / 10) * 10)

  const lungHit = input.crossings.find((c) => c.kind === 'lung' && (pleuraDepthMm === null || c.toMm > pleuraDepthMm))
  let lungFromMm: number | null = lungHit ? Math.max(lungHit.fromMm, pleuraDepthMm ?? 0) : null
  if (pleuraDepthMm !== null) {
    // The lung fills the pleural cavity; the model's lung surface may sit a little inside the pleura.
    lungFromMm = Math.max(pleuraDepthMm + PLEURA_BAND_MM, lungFromMm ?? pleuraDepthMm + PLEURA_BAND_MM)
  }
  const solids = input.crossings.filter((c) => c.kind === 'muscle' || c.kind === 'bone').map((c) => c.fromMm)
  const firstSolidMm = Math.min(...solids, pleuraDepthMm ?? Infinity)

  // Lay the bands out by sampling, then merge runs of the same tissue.
  const bands: SectionBand[] = []
  for (let mm = 0; mm < depthMm; mm += STEP_MM) {
    const here = classify(mm + STEP_MM / 2, input, lungFromMm, firstSolidMm, solids.length > 0)
    const last = bands[bands.length - 1]
    if (last && last.kind === here.kind && last.label === here.label) {
      last.toMm = Math.min(depthMm, mm + STEP_MM)
    } else {
      bands.push({ ...here, fromMm: mm, toMm: Math.min(depthMm, mm + STEP_MM) })
    }
  }
  // The gap just above the pleura, between the last rib or muscle and the pleura, is the intercostal space.
  if (pleuraDepthMm !== null) {
    for (let i = bands.length - 1; i >= 0; i--) {
      if (bands[i]?.kind === 'pleura') {
        const above = bands[i - 1]
        if (above && above.kind === 'fascia') {
          above.kind = 'intercostal'
          above.label = 'Intercostal space'
        }
        break
      }
    }
  }

  const ticks: SectionTick[] = []
  for (let mm = 0; mm <= depthMm; mm++) {
    ticks.push({ mm, major: mm % 10 === 0, mid: mm % 10 === 5 })
  }

  const lines: SectionLine[] = []
  if (recommendedMaxDepthMm !== null) {
    lines.push({ kind: 'maximum', mm: recommendedMaxDepthMm, label: `Maximum ${fmt(recommendedMaxDepthMm)}` })
    if (marginMm !== null && recommendedMaxDepthMm - marginMm > 0) {
      lines.push({ kind: 'margin', mm: recommendedMaxDepthMm - marginMm, label: `Margin from ${fmt(recommendedMaxDepthMm - marginMm)}` })
    }
  }
  const warning = marginMm !== null ? needleWarningOrNone({ tipDepthMm, pleuraDepthMm, recommendedMaxDepthMm, marginMm }) : null
  if (warning && warning.limitFrom === 'model-pleura') {
    lines.push({ kind: 'limit', mm: warning.limitMm, label: `Limit ${fmt(warning.limitMm)} (pleura − margin)` })
  }
  if (pleuraDepthMm !== null) {
    lines.push({ kind: 'pleura', mm: pleuraDepthMm, label: `Pleura ${fmt(pleuraDepthMm)}` })
  }

  let state: SectionState = warning ? warning.level : 'clear'
  if (input.hazardReached && state !== 'red') {
    state = 'red'
  }
  if (pleuraDepthMm !== null && tipDepthMm > pleuraDepthMm) {
    state = 'past-pleura'
  }

  const tipBand = bands.find((b) => tipDepthMm >= b.fromMm && tipDepthMm < b.toMm) ?? bands[bands.length - 1]
  const tipPlace = tipDepthMm <= 0 ? 'on the skin' : `in ${tipBand ? tipBand.label.toLowerCase() : 'the tissue'}`
  const limitText =
    recommendedMaxDepthMm !== null
      ? `recommended maximum ${fmt(recommendedMaxDepthMm)}`
      : marginMm !== null
        ? 'no recommended maximum at this site'
        : 'no published limit for this site'
  const summary =
    `Depth section along the needle, 0 to ${fmt(depthMm)}: tip at ${fmt(tipDepthMm)} ${tipPlace}; ` +
    `trigger point at ${fmt(targetDepthMm)}; ` +
    (pleuraDepthMm !== null ? `pleura at ${fmt(pleuraDepthMm)}; ` : 'the path misses the pleura; ') +
    `${limitText}; state ${STATE_WORD[state]}.`

  return {
    depthMm,
    bands,
    ticks,
    tipMm: Math.min(tipDepthMm, depthMm),
    targetMm: targetDepthMm,
    pleuraMm: pleuraDepthMm,
    lines,
    state,
    summary,
  }
}
