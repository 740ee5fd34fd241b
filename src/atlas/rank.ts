// Patient mode's reverse lookup: from a pain map (painted body regions) to the muscles whose referral
// zones may explain it, each with a one-line reason in plain language. Each trigger point is scored on its
// own and a muscle keeps its best one, so the number of trigger points or the size of a zone never decides;
// a map with separate areas is ranked per area. Pure and deterministic, so the same ranking runs in the app
// (live while painting), in the CLI and in tests.
import { areaPhrase, painAreas, type PainArea } from './painAreas'
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
  /** Higher explains the map better; at most 1 (all the pain in the main area of one trigger point). */
  score: number
  /** The trigger point whose zones explain the map best (the one scored and shown on the body). */
  triggerPointId: string
  /** Painted regions in that trigger point's essential (main) zone. */
  essentialRegions: string[]
  /** Painted regions only in its spillover zone. */
  spilloverRegions: string[]
  /** Painted regions only where the trigger point itself lies (its local zone). */
  localRegions: string[]
  /** Painted regions it does not explain. */
  unexplainedRegions: string[]
  /** One plain-language line, e.g. "Your temple pain is in the area this muscle can refer pain to." */
  reason: string
}

/** The main (essential) zone counts fully. */
export const ESSENTIAL_WEIGHT = 1
/** Spillover pain occurs in some patients only: it counts for less than half an essential region. */
export const SPILLOVER_WEIGHT = 0.4
/** Pain right at the trigger point (its local zone) counts like spillover. */
export const LOCAL_WEIGHT = 0.4
/** Each unit of pain a trigger point does not explain takes off this much. */
export const OUTSIDE_PENALTY = 0.5
/** Scores closer than this are equal (floating-point sums), so ties fall to the next rule. */
const SCORE_EPSILON = 1e-9

interface IndexedTriggerPoint {
  id: string
  essential: ReadonlySet<string>
  spillover: ReadonlySet<string>
  local: ReadonlySet<string>
}

interface IndexedMuscle {
  id: string
  name: string
  triggerPoints: IndexedTriggerPoint[]
}

/** The atlas's zones as region sets, built once per atlas so each ranking update is cheap. */
export interface RankIndex {
  readonly muscles: readonly IndexedMuscle[]
}

/** Indexes the essential, spillover and local regions of every trigger point. */
export function buildRankIndex(muscles: readonly Muscle[]): RankIndex {
  const indexed = [...muscles]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((muscle) => ({
      id: muscle.id,
      name: muscle.name,
      triggerPoints: muscle.triggerPoints.map((tp) => {
        const essential = new Set(tp.essentialZone.regions)
        const spillover = new Set((tp.spilloverZone?.regions ?? []).filter((r) => !essential.has(r)))
        const local = new Set((tp.localRegions ?? []).filter((r) => !essential.has(r) && !spillover.has(r)))
        return { id: tp.id, essential, spillover, local }
      }),
    }))
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
  /** Pain in the essential zone: the first tie-break. */
  essentialW: number
  essential: string[]
  spillover: string[]
  local: string[]
  unexplained: string[]
}

function fit(tp: IndexedTriggerPoint, pain: ReadonlyMap<string, number>, totalW: number): Fit {
  let essentialW = 0
  let partialW = 0
  let outsideW = 0
  const out: Omit<Fit, 'score' | 'essentialW'> = { essential: [], spillover: [], local: [], unexplained: [] }
  for (const [region, w] of pain) {
    if (tp.essential.has(region)) {
      essentialW += w
      out.essential.push(region)
    } else if (tp.spillover.has(region)) {
      partialW += SPILLOVER_WEIGHT * w
      out.spillover.push(region)
    } else if (tp.local.has(region)) {
      partialW += LOCAL_WEIGHT * w
      out.local.push(region)
    } else {
      outsideW += w
      out.unexplained.push(region)
    }
  }
  const score = (ESSENTIAL_WEIGHT * essentialW + partialW - OUTSIDE_PENALTY * outsideW) / totalW
  return { score, essentialW, ...out }
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
  return name
    .replace(/\s*\(.*?\)\s*/g, ' ')
    .trim()
    .toLowerCase()
}

/**
 * The one-line reason shown with a ranked muscle. It says where the pain lies relative to the muscle's
 * referral areas; it never says the pain "matches" or comes from the muscle.
 */
export function reasonLine(
  essential: readonly string[],
  spillover: readonly string[],
  unexplained: readonly string[],
  regionName: (regionId: string) => string,
  local: readonly string[] = [],
): string {
  const names = (ids: readonly string[]): string => listPhrase(ids.map(regionName))
  const parts: string[] = []
  if (essential.length > 0) {
    parts.push(`your ${names(essential)} pain is in the area this muscle can refer pain to`)
  }
  if (spillover.length > 0) {
    parts.push(`your ${names(spillover)} pain is in the wider area it sometimes also refers pain to`)
  }
  if (local.length > 0) {
    parts.push(`your ${names(local)} pain is where its trigger point lies`)
  }
  let line = parts.join('; ')
  if (unexplained.length > 0) {
    line += `; it does not explain your ${names(unexplained)} pain`
  }
  return `${line.charAt(0).toUpperCase()}${line.slice(1)}.`
}

export interface RankOptions {
  /** Display name for a region id; defaults to the id with spaces. Patient names are simplified by regionPhrase. */
  regionName?: (regionId: string) => string
  /** Keep only the best N muscles (per area for rankByArea). */
  limit?: number
}

function totalWeight(painMap: ReadonlyMap<string, number>): number {
  let total = 0
  for (const w of painMap.values()) total += w
  return total
}

function phraseFor(options: RankOptions): (id: string) => string {
  return (id) => (options.regionName ? regionPhrase(options.regionName(id)) : id.replace(/-/g, ' '))
}

function rankPainMap(index: RankIndex, painMap: ReadonlyMap<string, number>, options: RankOptions): RankedMuscle[] {
  const totalW = totalWeight(painMap)
  if (totalW === 0) {
    return []
  }
  const regionName = phraseFor(options)
  const order = (ids: string[]): string[] => ids.sort((a, b) => (painMap.get(b) ?? 0) - (painMap.get(a) ?? 0) || a.localeCompare(b))
  const ranked: (RankedMuscle & { essentialW: number })[] = []
  for (const muscle of index.muscles) {
    let best: { tp: IndexedTriggerPoint; fit: Fit } | undefined
    for (const tp of muscle.triggerPoints) {
      const f = fit(tp, painMap, totalW)
      if (f.essential.length + f.spillover.length + f.local.length === 0) {
        continue
      }
      // Best score; on a tie, more pain in the main zone; then the first trigger point in the data.
      if (
        !best ||
        f.score > best.fit.score + SCORE_EPSILON ||
        (Math.abs(f.score - best.fit.score) <= SCORE_EPSILON && f.essentialW > best.fit.essentialW)
      ) {
        best = { tp, fit: f }
      }
    }
    if (!best) {
      continue
    }
    const { fit: f } = best
    const essentialRegions = order(f.essential)
    const spilloverRegions = order(f.spillover)
    const localRegions = order(f.local)
    const unexplainedRegions = order(f.unexplained)
    ranked.push({
      muscleId: muscle.id,
      muscleName: muscle.name,
      score: f.score,
      triggerPointId: best.tp.id,
      essentialRegions,
      spilloverRegions,
      localRegions,
      unexplainedRegions,
      reason: reasonLine(essentialRegions, spilloverRegions, unexplainedRegions, regionName, localRegions),
      essentialW: f.essentialW,
    })
  }
  ranked.sort((a, b) =>
    Math.abs(b.score - a.score) > SCORE_EPSILON ? b.score - a.score : b.essentialW - a.essentialW || a.muscleId.localeCompare(b.muscleId),
  )
  const limited = options.limit !== undefined ? ranked.slice(0, options.limit) : ranked
  return limited.map(({ essentialW: _e, ...rest }) => rest)
}

function indexOf(atlas: RankIndex | readonly Muscle[]): RankIndex {
  return 'muscles' in atlas ? atlas : buildRankIndex(atlas as readonly Muscle[])
}

/**
 * Ranks muscles for the whole pain map. Each trigger point is scored as (essential pain + 0.4 × spillover
 * pain + 0.4 × pain where it lies − 0.5 × pain it does not explain) / all pain; a muscle keeps its best trigger
 * point. Muscles with no trigger point explaining any painted region are left out. Ties break on pain in the
 * essential zone, then on muscle id, so the order never depends on how many trigger points or how large a
 * zone a muscle has.
 */
export function rankMuscles(atlas: RankIndex | readonly Muscle[], pain: readonly PainRegion[], options: RankOptions = {}): RankedMuscle[] {
  return rankPainMap(indexOf(atlas), normalisePainMap(pain), options)
}

/** One separate area of the pain map with its own ranking. */
export interface RankedArea {
  /** "Your heel pain", "Your chest and arm pain". */
  heading: string
  /** Painted region ids in the area, most pain first. */
  regions: string[]
  /** Share of all the painted pain that lies in this area (0-1). */
  share: number
  muscles: RankedMuscle[]
}

/**
 * The pain map split into separate areas (src/atlas/painAreas.ts), largest first, each ranked on its own
 * pain only, so a headache does not crowd out the heel and the low back. A map with one area gives one.
 */
export function rankByArea(atlas: RankIndex | readonly Muscle[], pain: readonly PainRegion[], options: RankOptions = {}): RankedArea[] {
  const index = indexOf(atlas)
  const painMap = normalisePainMap(pain)
  const totalW = totalWeight(painMap)
  if (totalW === 0) {
    return []
  }
  const regionName = phraseFor(options)
  return painAreas(painMap).map((area: PainArea) => {
    const areaPain = new Map(area.regions.map((r) => [r, painMap.get(r) ?? 0]))
    return {
      heading: `Your ${areaPhrase(area, regionName)} pain`,
      regions: area.regions,
      share: area.weight / totalW,
      muscles: rankPainMap(index, areaPain, options),
    }
  })
}
