// Questions asked of a loaded atlas: find a muscle or trigger point by id, search by name, and the
// reverse lookup at the heart of patient mode: which muscles refer pain to this body region.
import type { Muscle, PleuraSite, Region, Source, TriggerPoint } from './schema'
import type { Atlas } from './types'

export type ZoneKind = 'essential' | 'spillover'

/** A muscle that refers pain to a region, and through which of its trigger points. */
export interface ReferralMatch {
  muscle: Muscle
  /** "essential" when any of its trigger points has the region in its essential zone. */
  zone: ZoneKind
  triggerPoints: { triggerPoint: TriggerPoint; zone: ZoneKind }[]
}

export function findMuscle(atlas: Atlas, muscleId: string): Muscle | undefined {
  return atlas.muscles.find((m) => m.id === muscleId)
}

export function findTriggerPoint(atlas: Atlas, triggerPointId: string): { muscle: Muscle; triggerPoint: TriggerPoint } | undefined {
  for (const muscle of atlas.muscles) {
    const triggerPoint = muscle.triggerPoints.find((t) => t.id === triggerPointId)
    if (triggerPoint) {
      return { muscle, triggerPoint }
    }
  }
  return undefined
}

export function findRegion(atlas: Atlas, regionId: string): Region | undefined {
  return atlas.regions.find((r) => r.id === regionId)
}

export function findSource(atlas: Atlas, sourceId: string): Source | undefined {
  return atlas.sources.find((s) => s.id === sourceId)
}

export function findPleuraSite(atlas: Atlas, siteId: string): PleuraSite | undefined {
  return atlas.pleuraSites.find((s) => s.id === siteId)
}

/** The zone of a trigger point that covers a region, essential taking precedence; undefined if none does. */
export function zoneCovering(point: TriggerPoint, regionId: string): ZoneKind | undefined {
  if (point.essentialZone.regions.includes(regionId)) {
    return 'essential'
  }
  if (point.spilloverZone?.regions.includes(regionId)) {
    return 'spillover'
  }
  return undefined
}

/**
 * Muscles whose referral zones include `regionId`: those with an essential zone there first, then those
 * with only a spillover zone there; alphabetical by name within each group.
 */
export function musclesReferringTo(atlas: Atlas, regionId: string): ReferralMatch[] {
  const matches: ReferralMatch[] = []
  for (const muscle of atlas.muscles) {
    const triggerPoints = muscle.triggerPoints.flatMap((triggerPoint) => {
      const zone = zoneCovering(triggerPoint, regionId)
      return zone ? [{ triggerPoint, zone }] : []
    })
    if (triggerPoints.length > 0) {
      const zone: ZoneKind = triggerPoints.some((t) => t.zone === 'essential') ? 'essential' : 'spillover'
      matches.push({ muscle, zone, triggerPoints })
    }
  }
  const rank = (z: ZoneKind): number => (z === 'essential' ? 0 : 1)
  return matches.sort((a, b) => rank(a.zone) - rank(b.zone) || a.muscle.name.localeCompare(b.muscle.name))
}

/** Muscles whose id, name, Latin name or a synonym contains every word of the query (case-insensitive). */
export function searchMuscles(atlas: Atlas, query: string): Muscle[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean)
  if (words.length === 0) {
    return []
  }
  return atlas.muscles.filter((m) => {
    const text = [m.id, m.name, m.latin, ...m.synonyms].join(' ').toLowerCase()
    return words.every((w) => text.includes(w))
  })
}

/** Every source id a muscle entry cites, anywhere in it, in first-cited order. */
export function citedSourceIds(muscle: Muscle): string[] {
  const ids = new Set<string>(muscle.sources)
  for (const point of muscle.triggerPoints) {
    for (const list of [
      point.sources,
      point.essentialZone.sources,
      point.spilloverZone?.sources ?? [],
      point.needling.sources,
      point.needling.typicalDepth?.sources ?? [],
    ]) {
      list.forEach((id) => ids.add(id))
    }
  }
  return [...ids]
}
