// What the needle simulator tells the student for a tip depth: the warning level against the site's
// recommended maximum and margin (geometry/warning.ts), the millimetres left, and the other danger
// structures still ahead or already reached in the model. Pure; the wording never calls a depth "safe".
import type { Habitus, PleuraSite } from '../../atlas/schema'
import { needleWarning, type NeedleWarning, type WarningLevel } from '../../geometry/warning'
import type { NeedlePath } from './needlePath'

export interface NeedleReadout {
  level: WarningLevel
  /** Present for trigger points whose path can reach the pleura (the atlas names a pleura site). */
  pleura: (NeedleWarning & { recommendedMaxDepthMm: number; marginMm: number; siteName: string }) | null
  /** Other structures on the path with the millimetres left before each (negative once reached). */
  hazardsAhead: { name: string; depthMm: number; remainingMm: number }[]
  /** One sentence summing up the state, naming numbers and their origin. */
  message: string
}

const BUILD: Record<Habitus, string> = { lean: 'a lean build', average: 'an average build', high: 'a high-BMI build' }

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
    const recommendedMaxDepthMm = site.recommendedMaxDepthMm[habitus]
    const warning = needleWarning({ tipDepthMm, pleuraDepthMm: path.pleuraDepthMm, recommendedMaxDepthMm, marginMm: site.marginMm })
    const limitText =
      warning.limitFrom === 'recommended-max'
        ? `the recommended maximum of ${fmt(recommendedMaxDepthMm)} for ${BUILD[habitus]} (${site.name})`
        : `${fmt(warning.limitMm)}, one ${fmt(site.marginMm)} margin before the pleura on this path in the model`
    let message: string
    if (warning.level === 'red') {
      message = `Stop: the tip is at or past ${limitText}.`
    } else if (warning.level === 'amber') {
      message = `Inside the ${fmt(site.marginMm)} margin: ${fmt(warning.remainingToLimitMm)} left before ${limitText}.`
    } else {
      message = `${fmt(warning.remainingToLimitMm)} left before ${limitText}.`
    }
    const level: WarningLevel = reached.length > 0 ? 'red' : warning.level
    if (reached.length > 0 && warning.level !== 'red') {
      message = `The tip has reached ${reached.map((h) => h.name).join(', ')} in the model. ${message}`
    }
    return { level, pleura: { ...warning, recommendedMaxDepthMm, marginMm: site.marginMm, siteName: site.name }, hazardsAhead, message }
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
