// Reading the generator's tables by position: a short table is reported by name, never read as undefined.
import { describe, expect, it } from 'vitest'
import { itemAt, lastOf, segmentsOf } from '../../../src/model/lists'
import { ringParams } from '../../../src/model/thorax'

describe('model lists', () => {
  it('itemAt returns the entry, or names the table and its length when there is none', () => {
    expect(itemAt([0.1, 0.2], 1, 'tube radii')).toBe(0.2)
    expect(() => itemAt([0.1, 0.2], 2, 'tube radii')).toThrow('tube radii: no entry 2 (it has 2)')
    expect(() => itemAt([0.1], -1, 'tube radii')).toThrow(/tube radii: no entry -1/)
  })

  it('lastOf reads the last entry and refuses an empty list', () => {
    expect(lastOf(['a', 'b', 'c'], 'letters')).toBe('c')
    expect(() => lastOf([], 'rib 12')).toThrow('rib 12: no entry -1 (it has 0)')
  })

  it('segmentsOf walks a polyline pair by pair with the index of the first point', () => {
    expect(segmentsOf(['a', 'b', 'c'])).toEqual([
      ['a', 'b', 0],
      ['b', 'c', 1],
    ])
    expect(segmentsOf(['a'])).toEqual([])
  })

  it('the rib tables answer for ribs 1 to 12 only', () => {
    expect(ringParams(1).a).toBeGreaterThan(0)
    expect(ringParams(12).a).toBeGreaterThan(0)
    expect(() => ringParams(13)).toThrow('thorax: no rib 13 (ribs are numbered 1 to 12)')
    expect(() => ringParams(0)).toThrow(/no rib 0/)
  })
})
