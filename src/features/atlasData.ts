// The atlas as the feature panels and scene need it: muscles by id, sources by id, pleura sites,
// contraindications and regions, loaded once (lazily, so the atlas JSON is not in the first JS chunk)
// through the atlas engineers' built-in loader. Indexes only; no clinical content is written here.
import { use } from 'react'
import type { BodyArea } from '../anatomy/ids'
import type { Contraindication, Muscle, PleuraSite, Region, Source, TriggerPoint } from '../atlas/schema'

export interface FeatureAtlas {
  muscles: readonly Muscle[]
  muscleById: ReadonlyMap<string, Muscle>
  sourceById: ReadonlyMap<string, Source>
  pleuraSiteById: ReadonlyMap<string, PleuraSite>
  contraindications: readonly Contraindication[]
  regions: readonly Region[]
  regionById: ReadonlyMap<string, Region>
}

export interface FeatureAtlasInput {
  muscles: readonly Muscle[]
  sources: readonly Source[]
  pleuraSites: readonly PleuraSite[]
  contraindications: readonly Contraindication[]
  regions: readonly Region[]
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
  }
}

let atlasPromise: Promise<FeatureAtlas> | null = null

/** Loads the built-in atlas once. */
export function loadFeatureAtlas(): Promise<FeatureAtlas> {
  atlasPromise ??= import('./atlasSource').then((m) => m.loadAtlasInput()).then(indexAtlas)
  return atlasPromise
}

/** The loaded atlas; suspends until it is there (components are wrapped in Suspense by index.ts). */
export function useFeatureAtlas(): FeatureAtlas {
  return use(loadFeatureAtlas())
}

/** A trigger point looked up by muscle and id. */
export function findTriggerPoint(atlas: FeatureAtlas, muscleId: string, triggerPointId: string): TriggerPoint | null {
  return atlas.muscleById.get(muscleId)?.triggerPoints.find((t) => t.id === triggerPointId) ?? null
}

/** Muscles of a body area that have atlas entries, in atlas order. */
export function musclesOfArea(atlas: FeatureAtlas, area: BodyArea): Muscle[] {
  return atlas.muscles.filter((m) => m.region === area)
}
