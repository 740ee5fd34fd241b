// The depth rule: one recommended maximum needle depth per pleura site and build, computed from the site's
// published figures so the data cannot teach a number the rule does not support. Pure; used by the needle
// panel and `atlas depth` alike, and its inputs are returned so both can show how the number came about.
//
// Rule: the maximum is at least RULE_MARGIN_MM shallower than the smallest figure that applies to the site and
// build, rounded down to a whole millimetre. Figures that count: an observed minimum, the length of a needle
// documented to have reached the pleura or lung, and mean - 2 SD where mean and SD are published. A mean alone
// or a recommendation is context only. A whole-sample figure (a study that does not split by build) counts as
// the lean group's figure and so for lean and every larger build; a study group's figure counts for the builds
// its BMI range covers. A larger build never gets a deeper maximum than the next smaller one unless a figure of
// its own group exists. Below MIN_TEACHABLE_MM, or with no figure, there is no maximum.
import { BUILDS, BUILD_IDS, buildLabel, type BuildId } from './builds'
import type { PleuraMeasurement, PleuraSite, StudyGroup } from './schema'

/** Millimetres the maximum stays shallower than the smallest applicable figure. */
export const RULE_MARGIN_MM = 10
/** Below this a maximum is not given: perpendicular needling toward the pleura is not taught there. */
export const MIN_TEACHABLE_MM = 5

export type FigureKind =
  'observed-minimum' | 'needle-reached-pleura' | 'mean-minus-2sd' | 'mean-without-sd' | 'recommendation' | 'observed-maximum'

/** Kinds the rule takes a limit from; the others are shown as context. */
export const COUNTING_KINDS: readonly FigureKind[] = ['observed-minimum', 'needle-reached-pleura', 'mean-minus-2sd']

export interface RuleFigure {
  source: string
  kind: FigureKind
  /** The figure in mm (for mean - 2 SD, the result). */
  valueMm: number
  /** How the value was read or worked out, e.g. "48.6 − 2 × 11 = 26.6 mm". */
  working: string
  /** The study group as the study names it, or "whole sample, not split by build". */
  group: string
  /** Builds the figure applies to. */
  builds: BuildId[]
  /** True when the rule can take a limit from this kind of figure. */
  counts: boolean
  /** True when it counts and applies to the build asked for. */
  appliesToBuild: boolean
  /** True when the figure is of this build's own group (a whole-sample figure is the lean group's). */
  ownGroup: boolean
  /** Set when the figure comes only from a secondary source. */
  secondary: boolean
  note?: string
}

interface RuleBase {
  siteId: string
  build: BuildId
  /** Every figure of the site, each marked with whether it applied to this build. */
  inputs: RuleFigure[]
  ruleMarginMm: number
  /** The site's amber margin before the maximum. */
  amberMarginMm: number
  /** The rule's result for this build in one or two plain sentences. */
  explanation: string
}

export interface RuleMaximum extends RuleBase {
  maximumMm: number
  /** The figure the maximum is taken from (after any cap by a smaller build). */
  limitingFigure: RuleFigure
  /** Set when the maximum was capped by the next smaller build's. */
  cappedBy: { build: BuildId; maximumMm: number } | null
}

export interface RuleNoMaximum extends RuleBase {
  maximumMm: null
  reason: string
  /** What is taught instead (the site's technique text). */
  technique: string
  /** The smallest applicable figure, when one exists but leaves too little room. */
  limitingFigure: RuleFigure | null
}

export type DepthRuleResult = RuleMaximum | RuleNoMaximum

/** Panel text when there is no maximum. */
export const NO_MAXIMUM_TEXT = 'Perpendicular needling toward the pleura is not taught at this site.'

const WHOLE_SAMPLE = 'whole sample, not split by build'

const fmt = (mm: number): string => `${Math.round(mm * 10) / 10}`

/** Builds whose BMI range lies inside a study group's range. */
export function buildsOfGroup(group: StudyGroup): BuildId[] {
  return BUILDS.filter(
    (b) =>
      (group.bmiFrom === undefined || (b.bmiFrom !== null && b.bmiFrom >= group.bmiFrom)) &&
      (group.bmiBelow === undefined || (b.bmiBelow !== null && b.bmiBelow <= group.bmiBelow)),
  ).map((b) => b.id)
}

/** Builds a whole-sample figure counts for: lean and every larger build. */
const WHOLE_SAMPLE_BUILDS: BuildId[] = BUILD_IDS.slice(BUILD_IDS.indexOf('lean'))

/** The figures one measurement row gives, each with its kind. */
export function figuresOfMeasurement(m: PleuraMeasurement, build: BuildId): RuleFigure[] {
  const builds = m.group ? buildsOfGroup(m.group) : WHOLE_SAMPLE_BUILDS
  const group = m.group ? m.group.label : WHOLE_SAMPLE
  const own = m.group ? builds.includes(build) : build === 'lean'
  const out: RuleFigure[] = []
  const add = (kind: FigureKind, valueMm: number, working: string): void => {
    const counts = COUNTING_KINDS.includes(kind)
    out.push({
      source: m.source,
      kind,
      valueMm,
      working,
      group,
      builds,
      counts,
      appliesToBuild: counts && builds.includes(build),
      ownGroup: own,
      secondary: m.figureEvidence === 'secondary',
      ...(m.figureNote ? { note: m.figureNote } : {}),
    })
  }
  if (m.minMm !== undefined) add('observed-minimum', m.minMm, `smallest distance ${fmt(m.minMm)} mm`)
  if (m.needleReachedPleuraMm !== undefined) {
    add('needle-reached-pleura', m.needleReachedPleuraMm, `a ${fmt(m.needleReachedPleuraMm)} mm needle reached the pleura or lung`)
  }
  if (m.meanMm !== undefined && m.sdMm !== undefined) {
    const v = m.meanMm - 2 * m.sdMm
    add('mean-minus-2sd', v, `mean − 2 SD: ${fmt(m.meanMm)} − 2 × ${fmt(m.sdMm)} = ${fmt(v)} mm`)
  } else if (m.meanMm !== undefined) {
    add('mean-without-sd', m.meanMm, `mean ${fmt(m.meanMm)} mm, no SD published: context only`)
  }
  if (m.recommendedMaxMm !== undefined) {
    add('recommendation', m.recommendedMaxMm, `recommended maximum ${fmt(m.recommendedMaxMm)} mm: a recommendation, context only`)
  }
  if (m.maxMm !== undefined) add('observed-maximum', m.maxMm, `largest distance ${fmt(m.maxMm)} mm: context only`)
  return out
}

/** The figures a site gives for a build, in data order. */
export function ruleInputs(site: PleuraSite, build: BuildId): RuleFigure[] {
  return site.measurements.flatMap((m) => figuresOfMeasurement(m, build))
}

function smallest(figures: readonly RuleFigure[]): RuleFigure | null {
  let best: RuleFigure | null = null
  for (const f of figures) if (!best || f.valueMm < best.valueMm) best = f
  return best
}

function describe(f: RuleFigure): string {
  return `${f.source} (${f.group}${f.secondary ? ', secondary' : ''}): ${f.working}`
}

/** The recommended maximum for a site and build under the rule, with its inputs. */
export function depthRule(site: PleuraSite, build: BuildId): DepthRuleResult {
  const inputs = ruleInputs(site, build)
  const base = { siteId: site.id, build, inputs, ruleMarginMm: RULE_MARGIN_MM, amberMarginMm: site.marginMm }
  const applying = inputs.filter((f) => f.appliesToBuild)
  const limiting = smallest(applying)
  const ownGroupFigure = applying.some((f) => f.ownGroup)
  const label = buildLabel(build)
  const none = (reason: string, lim: RuleFigure | null): RuleNoMaximum => ({
    ...base,
    maximumMm: null,
    reason,
    technique: site.technique,
    limitingFigure: lim,
    explanation: `${label}: no recommended maximum. ${reason} ${NO_MAXIMUM_TEXT}`,
  })

  if (!limiting) {
    return none(
      `No published figure that the rule counts (an observed minimum, a needle that reached the pleura, or mean − 2 SD) exists for this site and build.`,
      null,
    )
  }
  const index = BUILD_IDS.indexOf(build)
  const smaller = index > 0 && !ownGroupFigure ? depthRule(site, BUILD_IDS[index - 1]!) : null
  if (smaller && smaller.maximumMm === null) {
    return none(
      `The next smaller build (${buildLabel(smaller.build)}) has no maximum, and no study of this build's group gives a figure, so a larger build does not get a deeper one.`,
      limiting,
    )
  }
  const own = Math.floor(limiting.valueMm - RULE_MARGIN_MM)
  if (own < MIN_TEACHABLE_MM) {
    return none(
      `The smallest applicable figure is ${describe(limiting)}; ${RULE_MARGIN_MM} mm shallower leaves ${fmt(limiting.valueMm - RULE_MARGIN_MM)} mm, less than ${MIN_TEACHABLE_MM} mm.`,
      limiting,
    )
  }
  if (smaller && smaller.maximumMm !== null && smaller.maximumMm < own) {
    return {
      ...base,
      maximumMm: smaller.maximumMm,
      limitingFigure: smaller.limitingFigure,
      cappedBy: { build: smaller.build, maximumMm: smaller.maximumMm },
      explanation: `${label}: ${smaller.maximumMm} mm, the same as the next smaller build (${buildLabel(smaller.build)}), because no study of this build's group gives a figure (this build's own smallest figure, ${describe(limiting)}, would allow ${own} mm).`,
    }
  }
  return {
    ...base,
    maximumMm: own,
    limitingFigure: limiting,
    cappedBy: null,
    explanation: `${label}: ${own} mm, ${RULE_MARGIN_MM} mm shallower than the smallest applicable figure, ${describe(limiting)}, rounded down.`,
  }
}

/** The rule's result for every build of a site. */
export function depthRuleByBuild(site: PleuraSite): Record<BuildId, DepthRuleResult> {
  return Object.fromEntries(BUILD_IDS.map((b) => [b, depthRule(site, b)])) as Record<BuildId, DepthRuleResult>
}
