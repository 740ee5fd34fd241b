// What the needle simulator tells the student for a tip depth: the warning level against the site's
// recommended maximum under the depth rule (atlas/depthRule.ts) and margin (geometry/warning.ts), the millimetres left, and the other danger
// structures still ahead or already reached in the model. Pure; the wording never calls a depth "safe".
import { buildLabel } from '../../atlas/builds'
import { depthRule, NO_MAXIMUM_TEXT, type DepthRuleResult } from '../../atlas/depthRule'
import type { Habitus, PleuraSite } from '../../atlas/schema'
import { needleWarning, type NeedleWarning, type WarningLevel } from '../../geometry/warning'
import type { NeedlePath } from './needlePath'

export interface NeedleReadout {
  level: WarningLevel
  /** Present for trigger points whose path can reach the pleura (the atlas names a pleura site). */
  pleura: (NeedleWarning & { recommendedMaxDepthMm: number | null; marginMm: number; siteName: string; rule: DepthRuleResult }) | null
  /** Other structures on the path with the millimetres left before each (negative once reached). */
  hazardsAhead: { name: string; depthMm: number; remainingMm: number }[]
  /** One sentence summing up the state, naming numbers and their origin. */
  message: string
}


function fmt(mm: number): string {
  return `${Math.round(mm * 10) / 10} mm`
}

/** The readout for a tip depth. `site` is the trigger point's pleura site, or null when it has none. */
export function needleReadout(
  path: NeedlePath,
  tipDepthMm: number,
  site: PleuraSite | null,
  habitus: Habitus,
): NeedleReadout {
  const hazardsAhead = path.hazards.map((h) => ({ name: h.name, depthMm: h.depthMm, remainingMm: h.depthMm - tipDepthMm }))
  const reached = hazardsAhead.filter((h) => h.remainingMm <= 0)
  if (site) {
    const rule = depthRule(site, habitus)
    const recommendedMaxDepthMm = rule.maximumMm
    const warning = needleWarning({ tipDepthMm, pleuraDepthMm: path.pleuraDepthMm, recommendedMaxDepthMm, marginMm: site.marginMm })
    const noMaximum = rule.maximumMm === null ? `No recommended maximum for ${buildLabel(habitus)} here: ${NO_MAXIMUM_TEXT} ` : ''
    const limitText =
      warning.limitFrom === 'recommended-max'
        ? `the recommended maximum of ${fmt(recommendedMaxDepthMm ?? 0)} for ${buildLabel(habitus)} (${site.name})`
        : `${fmt(warning.limitMm ?? 0)}, one ${fmt(site.marginMm)} margin before the pleura on this path in the model`
    let message: string
    if (warning.remainingToLimitMm === null) {
      message = `${noMaximum}The pleura is not on this path in the model.`
    } else if (rule.maximumMm === null && warning.level === 'clear') {
      message = `${noMaximum}Use the technique shown below. On this path in the model the pleura lies ${fmt(path.pleuraDepthMm ?? 0)} deep; the warning turns red ${fmt(site.marginMm)} before it.`
    } else if (warning.level === 'red') {
      message = `${noMaximum}Stop: the tip is at or past ${limitText}.`
    } else if (warning.level === 'amber') {
      message = `${noMaximum}Inside the ${fmt(site.marginMm)} margin: ${fmt(warning.remainingToLimitMm)} left before ${limitText}.`
    } else {
      message = `${noMaximum}${fmt(warning.remainingToLimitMm)} left before ${limitText}.`
    }
    const level: WarningLevel = reached.length > 0 ? 'red' : warning.level
    if (reached.length > 0 && warning.level !== 'red') {
      message = `The tip has reached ${reached.map((h) => h.name).join(', ')} in the model. ${message}`
    }
    return { level, pleura: { ...warning, recommendedMaxDepthMm, marginMm: site.marginMm, siteName: site.name, rule }, hazardsAhead, message }
  }
  if (reached.length > 0) {
    return {
      level: 'red',
      pleura: null,
      hazardsAhead,
      message: `The tip has reached ${reached.map((h) => h.name).join(', ')} in the model.`,
    }
  }
  const next = hazardsAhead[0]
  return {
    level: 'clear',
    pleura: null,
    hazardsAhead,
    message: next
      ? `${fmt(next.remainingMm)} left before ${next.name} on this path in the model. The atlas gives no published depth limit for this site.`
      : 'No danger structure of the model lies on this path within 200 mm. The atlas gives no published depth limit for this site.',
  }
}
