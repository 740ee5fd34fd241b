// What the needle simulator tells the student for a tip depth: the warning level against the site's
// recommended maximum under the depth rule (atlas/depthRule.ts) and margin (geometry/warning.ts), the
// millimetres left, what it means once the tip is past the pleura, and the other danger structures still ahead or
// already reached in the model. Pure; the wording never calls a depth "safe".
import { buildLabel } from '../../atlas/builds'
import { depthRule, NO_MAXIMUM_TEXT as RULE_NO_MAXIMUM_TEXT, type DepthRuleResult } from '../../atlas/depthRule'
import type { Habitus, PleuraSite } from '../../atlas/schema'
import { needleWarningOrNone, type NeedleWarning, type WarningLevel } from '../../geometry/warning'
import type { NeedlePath } from './needlePath'

/** The readout's state: the warning levels, and the tip past the model's pleura on this path. */
export type ReadoutLevel = WarningLevel | 'past-pleura'

export interface NeedleReadout {
  level: ReadoutLevel
  /** Present for trigger points whose path can reach the pleura (the atlas names a pleura site). */
  pleura: (NeedleWarning & { recommendedMaxDepthMm: number | null; marginMm: number; siteName: string; rule: DepthRuleResult }) | null
  /** The site has no recommended maximum for this build: perpendicular needling toward the pleura is not taught. */
  noMaximum: boolean
  /** The trigger point lies deeper on this path than the limit: what that means and what to do instead. */
  targetBeyondLimit: string | null
  /** The tip is past the model's pleura: what that would mean in a patient (sources: PAST_PLEURA_SOURCES). */
  pastPleura: string | null
  /** Other structures on the path with the millimetres left before each (negative once reached). */
  hazardsAhead: { name: string; depthMm: number; remainingMm: number }[]
  /** One sentence summing up the state, naming numbers and their origin. */
  message: string
}

/** Where the "past the pleura" wording comes from (data/sources.json): symptoms immediate or delayed, a case. */
export const PAST_PLEURA_SOURCES = ['SA-G', 'MINTKEN-2025'] as const

/** Said when a site has no maximum (the rule gives none for this approach and build). */
export const NO_MAXIMUM_TEXT = `No recommended maximum: ${RULE_NO_MAXIMUM_TEXT.charAt(0).toLowerCase()}${RULE_NO_MAXIMUM_TEXT.slice(1)} Use the tangential or pincer technique, directed away from the lung.`

function fmt(mm: number): string {
  return `${Math.round(mm * 10) / 10} mm`
}

/** The site's recommended maximum for a build under the depth rule; null where the rule gives none. */
export function recommendedMaxFor(site: PleuraSite, habitus: Habitus): number | null {
  return depthRule(site, habitus).maximumMm
}

function pastPleuraText(pastMm: number): string {
  return (
    `The tip is ${fmt(pastMm)} past the pleura on this path in the model. In a patient the needle would now be in the ` +
    'pleural space: air can enter it and part of the lung can collapse (a pneumothorax). Symptoms may come at once ' +
    'and be severe, or come hours to days later and be mild: chest or shoulder pain, pain on breathing in, ' +
    'breathlessness, a dry cough. Withdraw the needle, do not needle the other side of the chest, keep the patient ' +
    'under observation, tell them these symptoms, and send them for urgent medical assessment if any appear.'
  )
}

/** The readout for a tip depth. `site` is the trigger point's pleura site, or null when it has none. */
export function needleReadout(path: NeedlePath, tipDepthMm: number, site: PleuraSite | null, habitus: Habitus): NeedleReadout {
  const hazardsAhead = path.hazards.map((h) => ({ name: h.name, depthMm: h.depthMm, remainingMm: h.depthMm - tipDepthMm }))
  const reached = hazardsAhead.filter((h) => h.remainingMm <= 0)
  const pastPleura = path.pleuraDepthMm !== null && tipDepthMm > path.pleuraDepthMm ? pastPleuraText(tipDepthMm - path.pleuraDepthMm) : null
  if (site) {
    const rule = depthRule(site, habitus)
    const recommendedMaxDepthMm = rule.maximumMm
    const warning = needleWarningOrNone({ tipDepthMm, pleuraDepthMm: path.pleuraDepthMm, recommendedMaxDepthMm, marginMm: site.marginMm })
    const noMaximum = recommendedMaxDepthMm === null
    if (!warning) {
      // No maximum and the path misses the model's pleura: nothing to count down to.
      const base = reached.length > 0 ? `The tip has reached ${reached.map((h) => h.name).join(', ')} in the model. ` : ''
      return {
        level: reached.length > 0 ? 'red' : 'clear',
        pleura: null,
        noMaximum,
        targetBeyondLimit: null,
        pastPleura,
        hazardsAhead,
        message: `${base}${NO_MAXIMUM_TEXT} This path misses the model's pleura, so there is no model limit either.`,
      }
    }
    const noMaximumSaid = noMaximum ? `No recommended maximum for ${buildLabel(habitus)} here: ${RULE_NO_MAXIMUM_TEXT} ` : ''
    const limitText =
      warning.limitFrom === 'recommended-max'
        ? `the recommended maximum of ${fmt(warning.limitMm)} for ${buildLabel(habitus)} (${site.name})`
        : `${fmt(warning.limitMm)}, one ${fmt(site.marginMm)} margin before the pleura on this path in the model`
    let message: string
    if (pastPleura) {
      message = `Past the pleura: ${fmt(tipDepthMm - path.pleuraDepthMm!)} beyond it on this path in the model.`
    } else if (warning.level === 'red') {
      message = `${noMaximumSaid}Stop: the tip is at or past ${limitText}.`
    } else if (warning.level === 'amber') {
      message = `${noMaximumSaid}Inside the ${fmt(site.marginMm)} margin: ${fmt(warning.remainingToLimitMm)} left before ${limitText}.`
    } else {
      message = `${noMaximumSaid}${fmt(warning.remainingToLimitMm)} left before ${limitText}.`
    }
    let level: ReadoutLevel = reached.length > 0 ? 'red' : warning.level
    if (pastPleura) {
      level = 'past-pleura'
    }
    if (reached.length > 0 && warning.level !== 'red' && !pastPleura) {
      message = `The tip has reached ${reached.map((h) => h.name).join(', ')} in the model. ${message}`
    }
    let targetBeyondLimit: string | null = null
    if (path.targetDepthMm > warning.limitMm) {
      const limitName =
        warning.limitFrom === 'recommended-max'
          ? `the recommended maximum of ${fmt(warning.limitMm)}`
          : `the limit of ${fmt(warning.limitMm)} (one margin before the model's pleura)`
      // On a straight path the oblique techniques are the way round; on an oblique path they already are not enough.
      // An oblique path that misses the model's pleura is still held to the site's maximum (measured on needles aimed
      // toward the lung): the more conservative figure is kept, and the text says why it applies.
      const oblique =
        path.pleuraDepthMm === null && warning.limitFrom === 'recommended-max'
          ? `Do not go deeper than the limit to reach it. This ${path.approach} path does not reach the pleura in the model, but the recommended maximum for ${site.name} comes from needles aimed toward the lung and is kept here as the more conservative figure: beyond it, needle only under ultrasound guidance.`
          : `Do not go deeper than the limit to reach it: on this ${path.approach} path it still lies beyond the limit, so needle it only under ultrasound guidance.`
      targetBeyondLimit =
        `This trigger point lies ${fmt(path.targetDepthMm)} deep on this path, deeper than ${limitName}. ` +
        (path.approach === 'straight'
          ? 'Do not go deeper than the limit to reach it: needle it with the pincer or tangential technique, directed away from the lung, or under ultrasound guidance.'
          : oblique)
    }
    return {
      level,
      pleura: { ...warning, recommendedMaxDepthMm, marginMm: site.marginMm, siteName: site.name, rule },
      noMaximum,
      targetBeyondLimit,
      pastPleura,
      hazardsAhead,
      message,
    }
  }
  if (pastPleura) {
    return {
      level: 'past-pleura',
      pleura: null,
      noMaximum: false,
      targetBeyondLimit: null,
      pastPleura,
      hazardsAhead,
      message: `Past the pleura: ${fmt(tipDepthMm - path.pleuraDepthMm!)} beyond it on this path in the model.`,
    }
  }
  if (reached.length > 0) {
    return {
      level: 'red',
      pleura: null,
      noMaximum: false,
      targetBeyondLimit: null,
      pastPleura: null,
      hazardsAhead,
      message: `The tip has reached ${reached.map((h) => h.name).join(', ')} in the model.`,
    }
  }
  const next = hazardsAhead[0]
  return {
    level: 'clear',
    pleura: null,
    noMaximum: false,
    targetBeyondLimit: null,
    pastPleura: null,
    hazardsAhead,
    message: next
      ? `${fmt(next.remainingMm)} left before ${next.name} on this path in the model. The atlas gives no published depth limit for this site.`
      : "None of the model's danger structures lies on this path (checked to 200 mm). That is the model, not a patient: the danger structures in the atlas notes below still lie near this site. The atlas gives no published depth limit for this site.",
  }
}
