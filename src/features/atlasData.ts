// The atlas as the feature panels and scene need it: muscles by id, sources by id, pleura sites,
// contraindications and regions, read from the app's one active atlas (src/atlas/active.ts: the built-in
// atlas, loaded lazily, until an instructor opens their own file). Indexes only; no clinical content here.
import { use, useSyncExternalStore } from 'react'
import { activeAtlas, fulfilled, subscribeActiveAtlas, type ActiveAtlas, type TrackedPromise } from '../atlas/active'
import type { BodyArea } from '../anatomy/ids'
import type { RedFlag } from '../atlas/redFlagSchema'
import type { Contraindication, Muscle, PleuraSite, Region, Source, TriggerPoint } from '../atlas/schema'

export interface FeatureAtlas {
  muscles: readonly Muscle[]
  muscleById: ReadonlyMap<string, Muscle>
  sourceById: ReadonlyMap<string, Source>
  pleuraSiteById: ReadonlyMap<string, PleuraSite>
  contraindications: readonly Contraindication[]
  regions: readonly Region[]
  regionById: ReadonlyMap<string, Region>
  /** Warning signs shown before any muscle (data/red-flags.json). */
  redFlags: readonly RedFlag[]
}

export interface FeatureAtlasInput {
  muscles: readonly Muscle[]
  sources: readonly Source[]
  pleuraSites: readonly PleuraSite[]
  contraindications: readonly Contraindication[]
  regions: readonly Region[]
  redFlags?: readonly RedFlag[]
}

/** Builds the lookup maps over loaded atlas data. */
export function indexAtlas(input: FeatureAtlasInput): FeatureAtlas {
  return {
    muscles: input.muscles,
    muscleById: new Map(input.muscles.map((m) => [m.id, m])),
    sourceById: new Map(input.sources.map((s) => [s.id, s])),
    pleuraSiteById: new Map(input.pleuraSites.map((p) => [p.id, p])),
    contraindications: input.contraindications,
    regions: input.regions,
    regionById: new Map(input.regions.map((r) => [r.id, r])),
    redFlags: input.redFlags ?? [],
  }
}

const indexed = new WeakMap<Promise<ActiveAtlas>, Promise<FeatureAtlas>>()

function warnFaults(active: ActiveAtlas): void {
  const errors = active.faults.filter((f) => f.severity === 'error')
  if (active.mode === 'builtin' && errors.length > 0) {
    console.warn(`Trigger Point Atlas: the built-in atlas has ${errors.length} fault(s); affected entries are left out`, errors)
  }
}

/** The indexed form of one active atlas, computed once per atlas (at once when it is already loaded). */
function featureAtlasFor(source: TrackedPromise<ActiveAtlas>): Promise<FeatureAtlas> {
  let p = indexed.get(source)
  if (!p) {
    if (source.status === 'fulfilled' && source.value) {
      warnFaults(source.value)
      p = fulfilled(indexAtlas(source.value.atlas))
    } else {
      const tracked: TrackedPromise<FeatureAtlas> = source.then((a) => {
        warnFaults(a)
        const value = indexAtlas(a.atlas)
        Object.assign(tracked, { status: 'fulfilled', value })
        return value
      })
      p = tracked
    }
    indexed.set(source, p)
  }
  return p
}

/** The active atlas, indexed (the built-in one is loaded on first call). */
export function loadFeatureAtlas(): Promise<FeatureAtlas> {
  return featureAtlasFor(activeAtlas())
}

/**
 * The active atlas; suspends until it is there (components are wrapped in Suspense by index.ts) and
 * re-renders when an instructor's atlas is opened.
 */
export function useFeatureAtlas(): FeatureAtlas {
  const source = useSyncExternalStore(subscribeActiveAtlas, activeAtlas)
  return use(featureAtlasFor(source))
}

/** A trigger point looked up by muscle and id. */
export function findTriggerPoint(atlas: FeatureAtlas, muscleId: string, triggerPointId: string): TriggerPoint | null {
  return atlas.muscleById.get(muscleId)?.triggerPoints.find((t) => t.id === triggerPointId) ?? null
}

/** Muscles of a body area that have atlas entries, in atlas order. */
export function musclesOfArea(atlas: FeatureAtlas, area: BodyArea): Muscle[] {
  return atlas.muscles.filter((m) => m.region === area)
}
