// The live answer for patient mode: painted regions (measured by the scene from the brush mask) plus tapped
// regions give the red flags (src/atlas/redFlags.ts) and the ranking per area (src/atlas/rank.ts). One hook, so
// the panel, the printed summary and the body show the same flags and muscles.
import { useMemo } from 'react'
import { buildRankIndex, rankByArea, rankMuscles, type PainRegion, type RankedArea, type RankedMuscle, type RankIndex } from '../atlas/rank'
import { redFlagsForPain, type RedFlagsForPain } from '../atlas/redFlags'
import type { FeatureAtlas } from './atlasData'
import { useFeatureStore } from './store'

const indexCache = new WeakMap<FeatureAtlas, RankIndex>()

function rankIndexOf(atlas: FeatureAtlas): RankIndex {
  let index = indexCache.get(atlas)
  if (!index) {
    index = buildRankIndex(atlas.muscles)
    indexCache.set(atlas, index)
  }
  return index
}

/** Painted and tapped regions merged (a tapped region counts as fully painted). */
export function combinePain(painted: readonly PainRegion[], tapped: readonly string[]): PainRegion[] {
  const byRegion = new Map<string, number>()
  for (const p of painted) {
    byRegion.set(p.regionId, Math.max(byRegion.get(p.regionId) ?? 0, p.weight ?? 1))
  }
  for (const t of tapped) {
    byRegion.set(t, 1)
  }
  return [...byRegion.entries()].map(([regionId, weight]) => ({ regionId, weight }))
}

/** Sides on which a ranked muscle is shown: where the pain is (midline pain shows both sides). */
export function sidesOfPain(pain: readonly PainRegion[], regionIds: readonly string[]): ('left' | 'right')[] {
  const wanted = new Set(regionIds)
  const sides = new Set<'left' | 'right'>()
  for (const p of pain) {
    const m = /^(.*)\.(left|right|midline)$/.exec(p.regionId)
    const id = m?.[1] ?? p.regionId
    if (!wanted.has(id)) {
      continue
    }
    const side = m?.[2] ?? 'midline'
    if (side === 'left' || side === 'midline') {
      sides.add('left')
    }
    if (side === 'right' || side === 'midline') {
      sides.add('right')
    }
  }
  return [...sides]
}

export interface PatientRanking {
  pain: PainRegion[]
  /** The whole map ranked as one. */
  ranked: RankedMuscle[]
  /** The map's separate areas, each ranked on its own (one entry for a map with one area). */
  areas: RankedArea[]
  /** Red flags for the painted regions, and the general ones. */
  redFlags: RedFlagsForPain
}

/**
 * The muscle shown on the body: the one the person picked, else the first one listed (the top of the first
 * area, which is the top of the whole map when there is one area).
 */
export function shownRankedMuscle(ranking: Pick<PatientRanking, 'ranked' | 'areas'>, shownId: string | null): RankedMuscle | undefined {
  const listed = ranking.areas.flatMap((a) => a.muscles)
  return listed.find((r) => r.muscleId === shownId) ?? ranking.ranked.find((r) => r.muscleId === shownId) ?? listed[0]
}

export function usePatientRanking(atlas: FeatureAtlas): PatientRanking {
  const painted = useFeatureStore((s) => s.paintedRegions)
  const tapped = useFeatureStore((s) => s.tappedRegions)
  return useMemo(() => {
    const pain = combinePain(painted, tapped)
    const options = { regionName: (id: string) => atlas.regionById.get(id)?.name ?? id.replace(/-/g, ' ') }
    const ranked = rankMuscles(rankIndexOf(atlas), pain, options)
    const areas = rankByArea(rankIndexOf(atlas), pain, options)
    const redFlags = redFlagsForPain(
      atlas.redFlags,
      pain.map((p) => p.regionId),
    )
    return { pain, ranked, areas, redFlags }
  }, [atlas, painted, tapped])
}
