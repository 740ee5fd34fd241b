// The simulator's warning level for a needle tip at a depth: clear, amber inside the margin before the
// limit, red at the limit. The limit always falls before the pleura, so red shows before the tip gets there.

export type WarningLevel = 'clear' | 'amber' | 'red'

export interface WarningInput {
  /** Depth of the needle tip below the skin along its path, mm. */
  tipDepthMm: number
  /** Skin-to-pleura distance along this path in the model, mm; null when the path misses the pleura. */
  pleuraDepthMm: number | null
  /** Recommended maximum depth for the site and build (src/atlas/depthRule.ts), mm; null where the rule gives none. */
  recommendedMaxDepthMm: number | null
  /** Millimetres before the limit at which the warning turns amber (data/pleura-sites.json). */
  marginMm: number
}

export interface NeedleWarning {
  level: WarningLevel
  /** The depth at which the warning turns red, mm; null when there is no maximum and the path misses the pleura. */
  limitMm: number | null
  /**
   * 'recommended-max': the site's recommended maximum; 'model-pleura': the pleura on this path lies
   * shallower than that (or the rule gives no maximum), so the limit is set one margin before the pleura;
   * null: no limit at all on this path.
   */
  limitFrom: 'recommended-max' | 'model-pleura' | null
  /** Millimetres left before the limit (negative once past it); null without a limit. */
  remainingToLimitMm: number | null
  /** Millimetres left before the pleura on this path; null when the path misses it. */
  remainingToPleuraMm: number | null
}

/** Warning level and remaining distances for a simulated needle tip. */
export function needleWarning(input: WarningInput): NeedleWarning {
  const { tipDepthMm, pleuraDepthMm, recommendedMaxDepthMm, marginMm } = input
  if (!(marginMm >= 0) || (recommendedMaxDepthMm !== null && !(recommendedMaxDepthMm > 0))) {
    throw new RangeError(`needleWarning: marginMm must be ≥ 0 and recommendedMaxDepthMm > 0 or null`)
  }
  let limitMm: number | null = recommendedMaxDepthMm
  let limitFrom: NeedleWarning['limitFrom'] = recommendedMaxDepthMm === null ? null : 'recommended-max'
  if (pleuraDepthMm !== null && (limitMm === null || pleuraDepthMm - marginMm < limitMm)) {
    limitMm = Math.max(0, pleuraDepthMm - marginMm)
    limitFrom = 'model-pleura'
  }
  const remainingToLimitMm = limitMm === null ? null : limitMm - tipDepthMm
  const level: WarningLevel =
    remainingToLimitMm === null ? 'clear' : remainingToLimitMm <= 0 ? 'red' : remainingToLimitMm <= marginMm ? 'amber' : 'clear'
  return {
    level,
    limitMm,
    limitFrom,
    remainingToLimitMm,
    remainingToPleuraMm: pleuraDepthMm === null ? null : pleuraDepthMm - tipDepthMm,
  }
}

/** A warning that has a limit to count down to. */
export type LimitedWarning = NeedleWarning & {
  limitMm: number
  limitFrom: 'recommended-max' | 'model-pleura'
  remainingToLimitMm: number
}

/**
 * The warning where a site may have no recommended maximum (null: perpendicular needling toward the pleura is
 * not taught there). Without a maximum the limit is one margin before the model's pleura on this path; with
 * neither a maximum nor a pleura on the path there is no limit to warn against, and the result is null.
 */
export function needleWarningOrNone(input: WarningInput): LimitedWarning | null {
  const warning = needleWarning(input)
  if (warning.limitMm === null || warning.limitFrom === null || warning.remainingToLimitMm === null) return null
  return { ...warning, limitMm: warning.limitMm, limitFrom: warning.limitFrom, remainingToLimitMm: warning.remainingToLimitMm }
}
