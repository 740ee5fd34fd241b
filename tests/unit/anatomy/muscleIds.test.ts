import { describe, expect, it } from 'vitest'
import { MUSCLES } from '../../../src/anatomy/ids'
import { ATLAS_MUSCLE_IDS, MUSCLE_IDS, muscleOnSide } from '../../../src/anatomy/muscleIds'

describe('atlas muscle ids', () => {
  it('are the ids of MUSCLES, in the same order, each once, each with a name', () => {
    expect(MUSCLES.map((m) => m.id)).toEqual([...MUSCLE_IDS])
    expect(ATLAS_MUSCLE_IDS.size).toBe(MUSCLE_IDS.length)
    for (const m of MUSCLES) expect(m.name.length, m.id).toBeGreaterThan(2)
  })

  it('muscleOnSide reads an atlas muscle on the left or right, and nothing else', () => {
    expect(muscleOnSide('soleus.left')).toEqual({ muscleId: 'soleus', side: 'left' })
    expect(muscleOnSide('upper-trapezius.right')).toEqual({ muscleId: 'upper-trapezius', side: 'right' })
    expect(muscleOnSide('soleus.midline')).toBeNull()
    expect(muscleOnSide('soleus')).toBeNull()
    expect(muscleOnSide('sternum.midline')).toBeNull()
    expect(muscleOnSide('rectus-abdominis.left')).toBeNull()
    expect(muscleOnSide(null)).toBeNull()
    expect(muscleOnSide('rectus-abdominis.left', new Set(['rectus-abdominis']))).toEqual({ muscleId: 'rectus-abdominis', side: 'left' })
  })
})
