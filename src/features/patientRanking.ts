// The live ranking for patient mode: painted regions (measured by the scene from the brush mask) plus tapped
// regions, ranked by the atlas engineers' src/atlas/rank.ts. One hook, so the panel list and the body
// show the same muscles.
import { useMemo } from 'react'
import { buildRankIndex, rankMuscles, type PainRegion, type RankedMuscle, type RankIndex } from '../atlas/rank'
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
    const id = m ? m[1] : p.regionId
    if (!wanted.has(id)) {
      continue
    }
    const side = m ? m[2] : 'midline'
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
  ranked: RankedMuscle[]
}

export function usePatientRanking(atlas: FeatureAtlas): PatientRanking {
  const painted = useFeatureStore((s) => s.paintedRegions)
  const tapped = useFeatureStore((s) => s.tappedRegions)
  return useMemo(() => {
    const pain = combinePain(painted, tapped)
    const ranked = rankMuscles(rankIndexOf(atlas), pain, {
      regionName: (id) => atlas.regionById.get(id)?.name ?? id.replace(/-/g, ' '),
    })
    return { pain, ranked }
  }, [atlas, painted, tapped])
}
