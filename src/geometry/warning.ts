// The simulator's warning level for a needle tip at a depth: clear, amber inside the margin before the
// limit, red at the limit. The limit always falls before the pleura, so red shows before the tip gets there.

export type WarningLevel = 'clear' | 'amber' | 'red'

export interface WarningInput {
  /** Depth of the needle tip below the skin along its path, mm. */
  tipDepthMm: number
  /** Skin-to-pleura distance along this path in the model, mm; null when the path misses the pleura. */
  pleuraDepthMm: number | null
  /** Recommended maximum depth for the site and habitus (data/pleura-sites.json), mm. */
  recommendedMaxDepthMm: number
  /** Millimetres before the limit at which the warning turns amber (data/pleura-sites.json). */
  marginMm: number
}

export interface NeedleWarning {
  level: WarningLevel
  /** The depth at which the warning turns red, mm. */
  limitMm: number
  /**
   * 'recommended-max': the site's recommended maximum; 'model-pleura': the pleura on this path lies
   * shallower than that, so the limit is set one margin before the pleura.
   */
  limitFrom: 'recommended-max' | 'model-pleura'
  /** Millimetres left before the limit (negative once past it). */
  remainingToLimitMm: number
  /** Millimetres left before the pleura on this path; null when the path misses it. */
  remainingToPleuraMm: number | null
}

/** Warning level and remaining distances for a simulated needle tip. */
export function needleWarning(input: WarningInput): NeedleWarning {
  const { tipDepthMm, pleuraDepthMm, recommendedMaxDepthMm, marginMm } = input
  if (!(marginMm >= 0) || !(recommendedMaxDepthMm > 0)) {
    throw new RangeError(`needleWarning: marginMm must be ≥ 0 and recommendedMaxDepthMm > 0`)
  }
  let limitMm = recommendedMaxDepthMm
  let limitFrom: NeedleWarning['limitFrom'] = 'recommended-max'
  if (pleuraDepthMm !== null && pleuraDepthMm - marginMm < limitMm) {
    limitMm = Math.max(0, pleuraDepthMm - marginMm)
    limitFrom = 'model-pleura'
  }
  const remainingToLimitMm = limitMm - tipDepthMm
  const level: WarningLevel = remainingToLimitMm <= 0 ? 'red' : remainingToLimitMm <= marginMm ? 'amber' : 'clear'
  return {
    level,
    limitMm,
    limitFrom,
    remainingToLimitMm,
    remainingToPleuraMm: pleuraDepthMm === null ? null : pleuraDepthMm - tipDepthMm,
  }
}

/**
 * The warning where a site may have no recommended maximum (null: perpendicular needling toward the chest is
 * not taught there). Without a maximum the limit is one margin before the model's pleura on this path; with
 * neither a maximum nor a pleura on the path there is no limit to warn against, and the result is null.
 */
export function needleWarningOrNone(
  input: Omit<WarningInput, 'recommendedMaxDepthMm'> & { recommendedMaxDepthMm: number | null },
): NeedleWarning | null {
  if (input.recommendedMaxDepthMm !== null) {
    return needleWarning({ ...input, recommendedMaxDepthMm: input.recommendedMaxDepthMm })
  }
  if (input.pleuraDepthMm === null) {
    return null
  }
  return needleWarning({ ...input, recommendedMaxDepthMm: Number.POSITIVE_INFINITY })
}
