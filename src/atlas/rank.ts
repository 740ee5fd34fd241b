// Patient mode's reverse lookup: from a pain map (painted body regions) to the muscles whose referral
// zones best explain it, each with a one-line reason in plain language. Pure and deterministic, so the
// same ranking runs in the app (live while painting), in the CLI and in tests against facts.md §4.
import type { Muscle } from './schema'

/** A painted body region: a region id (optionally `<id>.<side>`) and how much of it hurts. */
export interface PainRegion {
  regionId: string
  /** Relative amount of pain there (painted coverage 0-1, or an area); 1 when omitted. */
  weight?: number
}

/** One muscle in the ranking. */
export interface RankedMuscle {
  muscleId: string
  muscleName: string
  /** Higher explains the map better; at most 1 + SPECIFICITY_BONUS. */
  score: number
  /** The trigger point whose zones explain the map best (the one to show on the body). */
  triggerPointId: string
  /** Painted regions in one of its essential (main) zones. */
  essentialRegions: string[]
  /** Painted regions only in a spillover zone. */
  spilloverRegions: string[]
  /** Painted regions outside all its zones. */
  unexplainedRegions: string[]
  /** One plain-language line, e.g. "Your temple pain matches its main referral zone." */
  reason: string
}

/** A spillover match counts for half an essential one: spillover pain is present in some patients only. */
export const SPILLOVER_WEIGHT = 0.5
/** Each unit of pain outside a muscle's zones takes off this much. */
export const OUTSIDE_PENALTY = 0.5
/** Small bonus for covering more of the muscle's main zone, so a fully matched pattern ranks first. */
export const SPECIFICITY_BONUS = 0.1

interface ZoneSets {
  essential: ReadonlySet<string>
  spillover: ReadonlySet<string>
}

interface IndexedTriggerPoint extends ZoneSets {
  id: string
}

interface IndexedMuscle extends ZoneSets {
  id: string
  name: string
  triggerPoints: IndexedTriggerPoint[]
}

/** The atlas's zones as region sets, built once per atlas so each ranking update is cheap. */
export interface RankIndex {
  readonly muscles: readonly IndexedMuscle[]
}

/** Indexes the essential and spillover regions of every trigger point, and their union per muscle. */
export function buildRankIndex(muscles: readonly Muscle[]): RankIndex {
  const indexed = [...muscles]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((muscle) => {
      const triggerPoints = muscle.triggerPoints.map((tp) => {
        const essential = new Set(tp.essentialZone.regions)
        const spillover = new Set((tp.spilloverZone?.regions ?? []).filter((r) => !essential.has(r)))
        return { id: tp.id, essential, spillover }
      })
      const essential = new Set(triggerPoints.flatMap((tp) => [...tp.essential]))
      const spillover = new Set(triggerPoints.flatMap((tp) => [...tp.spillover]).filter((r) => !essential.has(r)))
      return { id: muscle.id, name: muscle.name, essential, spillover, triggerPoints }
    })
  return { muscles: indexed }
}

/** Strips an optional `.left`/`.right`/`.midline` and sums weights per region (both temples count twice). */
export function normalisePainMap(pain: readonly PainRegion[]): Map<string, number> {
  const totals = new Map<string, number>()
  for (const { regionId, weight } of pain) {
    const id = regionId.replace(/\.(left|right|midline)$/, '')
    const w = weight ?? 1
    if (!(w >= 0) || !Number.isFinite(w)) {
      throw new RangeError(`pain weight for "${regionId}" must be a finite number ≥ 0, got ${weight}`)
    }
    if (w > 0) {
      totals.set(id, (totals.get(id) ?? 0) + w)
    }
  }
  return totals
}

interface Fit {
  score: number
  essentialW: number
  essential: string[]
  spillover: string[]
  unexplained: string[]
}

function fit(zones: ZoneSets, pain: ReadonlyMap<string, number>, totalW: number): Fit {
  let essentialW = 0
  let spilloverW = 0
  let outsideW = 0
  const essential: string[] = []
  const spillover: string[] = []
  const unexplained: string[] = []
  for (const [region, w] of pain) {
    if (zones.essential.has(region)) {
      essentialW += w
      essential.push(region)
    } else if (zones.spillover.has(region)) {
      spilloverW += w
      spillover.push(region)
    } else {
      outsideW += w
      unexplained.push(region)
    }
  }
  const coverage = zones.essential.size > 0 ? essential.length / zones.essential.size : 0
  const score =
    (essentialW + SPILLOVER_WEIGHT * spilloverW - OUTSIDE_PENALTY * outsideW) / totalW + SPECIFICITY_BONUS * coverage
  return { score, essentialW, essential, spillover, unexplained }
}

/** "temple", "temple and jaw", "temple, jaw and neck". */
function listPhrase(items: readonly string[]): string {
  if (items.length <= 1) {
    return items.join('')
  }
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}

/** Plain region wording from a region's display name: "Temple (side of the forehead)" → "temple". */
export function regionPhrase(name: string): string {
  return name.replace(/\s*\(.*?\)\s*/g, ' ').trim().toLowerCase()
}

/** The one-line reason shown with a ranked muscle. */
export function reasonLine(
  essential: readonly string[],
  spillover: readonly string[],
  unexplained: readonly string[],
  regionName: (regionId: string) => string,
): string {
  const names = (ids: readonly string[]): string => listPhrase(ids.map(regionName))
  const parts: string[] = []
  if (essential.length > 0) {
    parts.push(`your ${names(essential)} pain matches its main referral zone`)
  }
  if (spillover.length > 0) {
    parts.push(
      `${essential.length > 0 ? 'and ' : ''}your ${names(spillover)} pain is where it sometimes also refers`,
    )
  }
  let line = parts.join(' ')
  if (unexplained.length > 0) {
    line += `; it does not explain your ${names(unexplained)} pain`
  }
  return `${line.charAt(0).toUpperCase()}${line.slice(1)}.`
}

export interface RankOptions {
  /** Display name for a region id; defaults to the id with spaces. Patient names are simplified by regionPhrase. */
  regionName?: (regionId: string) => string
  /** Keep only the best N muscles. */
  limit?: number
}

/**
 * Ranks muscles for a pain map. A muscle's zones are the union of its trigger points' zones. Score per
 * muscle = (essential pain + ½ spillover pain − ½ pain outside its zones) / all pain, plus a small bonus
 * for the share of its main zone that is painted. Muscles whose zones touch no painted region are left out.
 * Ties break on essential pain, then on fewer zone regions (the more specific pattern), then on muscle id.
 */
export function rankMuscles(
  atlas: RankIndex | readonly Muscle[],
  pain: readonly PainRegion[],
  options: RankOptions = {},
): RankedMuscle[] {
  const index = 'muscles' in atlas ? atlas : buildRankIndex(atlas as readonly Muscle[])
  const painMap = normalisePainMap(pain)
  let totalW = 0
  for (const w of painMap.values()) {
    totalW += w
  }
  if (totalW === 0) {
    return []
  }
  const regionName = (id: string): string =>
    options.regionName ? regionPhrase(options.regionName(id)) : id.replace(/-/g, ' ')
  const ranked: (RankedMuscle & { essentialW: number; zoneSize: number })[] = []
  for (const muscle of index.muscles) {
    const whole = fit(muscle, painMap, totalW)
    if (whole.essential.length === 0 && whole.spillover.length === 0) {
      continue
    }
    let best = muscle.triggerPoints[0]
    let bestScore = -Infinity
    for (const tp of muscle.triggerPoints) {
      const s = fit(tp, painMap, totalW).score
      if (s > bestScore) {
        bestScore = s
        best = tp
      }
    }
    const order = (ids: string[]): string[] => ids.sort((a, b) => (painMap.get(b) ?? 0) - (painMap.get(a) ?? 0) || a.localeCompare(b))
    const essentialRegions = order(whole.essential)
    const spilloverRegions = order(whole.spillover)
    const unexplainedRegions = order(whole.unexplained)
    ranked.push({
      muscleId: muscle.id,
      muscleName: muscle.name,
      score: whole.score,
      triggerPointId: best.id,
      essentialRegions,
      spilloverRegions,
      unexplainedRegions,
      reason: reasonLine(essentialRegions, spilloverRegions, unexplainedRegions, regionName),
      essentialW: whole.essentialW,
      zoneSize: muscle.essential.size + muscle.spillover.size,
    })
  }
  ranked.sort(
    (a, b) =>
      b.score - a.score || b.essentialW - a.essentialW || a.zoneSize - b.zoneSize || a.muscleId.localeCompare(b.muscleId),
  )
  const limited = options.limit !== undefined ? ranked.slice(0, options.limit) : ranked
  return limited.map(({ essentialW: _e, zoneSize: _z, ...rest }) => rest)
}
