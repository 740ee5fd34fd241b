// Patient ranking glue: painted and tapped regions combine into one pain map, and a ranked muscle is shown
// on the side(s) where the pain is; plus the ranking over the built-in atlas for a temple and a heel map.
import { describe, expect, it } from 'vitest'
import { rankByArea, rankMuscles } from '../../../src/atlas/rank'
import { loadBuiltInAtlas } from '../../../src/atlas/builtin'
import { combinePain, shownRankedMuscle, sidesOfPain } from '../../../src/features/patientRanking'

describe('combinePain', () => {
  it('keeps the larger painted weight and counts a tapped region as fully painted', () => {
    const pain = combinePain(
      [
        { regionId: 'temple.right', weight: 0.4 },
        { regionId: 'heel.left', weight: 0.2 },
      ],
      ['temple.right', 'calf.left'],
    )
    expect(pain).toEqual([
      { regionId: 'temple.right', weight: 1 },
      { regionId: 'heel.left', weight: 0.2 },
      { regionId: 'calf.left', weight: 1 },
    ])
  })
})

describe('sidesOfPain', () => {
  it('shows a muscle on the side of the matching pain; midline pain shows both sides', () => {
    const pain = [{ regionId: 'temple.right' }, { regionId: 'sternum.midline' }, { regionId: 'heel.left' }]
    expect(sidesOfPain(pain, ['temple'])).toEqual(['right'])
    expect(sidesOfPain(pain, ['sternum']).sort()).toEqual(['left', 'right'])
    expect(sidesOfPain(pain, ['calf'])).toEqual([])
  })
})

describe('ranking the built-in atlas for patient maps (facts.md §4)', () => {
  const { atlas } = loadBuiltInAtlas()
  it('temple pain ranks upper trapezius in the top 3', () => {
    const top = rankMuscles(atlas.muscles, combinePain([], ['temple.right']))
      .slice(0, 3)
      .map((r) => r.muscleId)
    expect(top).toContain('upper-trapezius')
  })
  it('heel pain ranks soleus in the top 3', () => {
    const top = rankMuscles(atlas.muscles, combinePain([{ regionId: 'heel.left', weight: 0.8 }], []))
      .slice(0, 3)
      .map((r) => r.muscleId)
    expect(top).toContain('soleus')
  })
})

describe('shownRankedMuscle', () => {
  const { atlas } = loadBuiltInAtlas()
  const pain = combinePain([], ['temple.right', 'heel.left', 'low-back.left'])
  const ranking = { ranked: rankMuscles(atlas.muscles, pain), areas: rankByArea(atlas.muscles, pain) }
  it('shows the top muscle of the first area unless one was picked', () => {
    expect(shownRankedMuscle(ranking, null)?.muscleId).toBe(ranking.areas[0]!.muscles[0]!.muscleId)
    expect(shownRankedMuscle(ranking, 'soleus')?.muscleId).toBe('soleus')
    expect(shownRankedMuscle(ranking, 'no-such-muscle')?.muscleId).toBe(ranking.areas[0]!.muscles[0]!.muscleId)
  })
})
