// Link cleaning: tracking tags and parameters that are not ours are dropped quietly, a link's problems make ONE
// notice (listed, folded when many, capped), and the cleaned address is exactly what was applied.
import { describe, expect, it } from 'vitest'
import { MAX_LISTED_LINK_PROBLEMS, OPEN_LINK_PROBLEMS, linkNotice } from '../../../src/urlState/linkNotice'
import { DEFAULT_URL_VIEW_STATE, serializeUrlState } from '../../../src/urlState/urlState'
import { MAX_LINK_LENGTH, isTrackingParam, parseUrlState } from '../../../src/urlState/urlStateParse'

/** What the address bar shows after a link is opened (urlSync writes exactly this). */
function cleaned(query: string): string {
  return serializeUrlState(parseUrlState(query).state)
}

describe('tracking tags', () => {
  it('recognises the documented tags, utm_ by prefix, in either case', () => {
    for (const name of [
      'utm_source',
      'utm_medium',
      'UTM_Campaign',
      'utm_whatever',
      'fbclid',
      'gclid',
      'msclkid',
      'mc_cid',
      'mc_eid',
      '_ga',
      'ref',
    ]) {
      expect(isTrackingParam(name), name).toBe(true)
    }
    for (const name of ['view', 'sel', 'utm', 'reference', 'zoom', 'ga']) {
      expect(isTrackingParam(name), name).toBe(false)
    }
  })
  it('a link decorated with tracking tags applies cleanly, with no notice, and is cleaned of them', () => {
    const query = '?view=posterior&utm_source=newsletter&utm_medium=email&fbclid=IwAR3x&gclid=abc&mc_eid=1&_ga=2.1&ref=home'
    const { state, notices } = parseUrlState(query)
    expect(notices).toEqual([])
    expect(state.view).toBe('posterior')
    expect(cleaned(query)).toBe('?view=posterior')
  })
})

describe('parameters that are not ours', () => {
  it('300 unknown parameters, trackers and one bad value give one problem and a clean address', () => {
    const unknown = Array.from({ length: 300 }, (_, i) => `p${i}=${i}`).join('&')
    const query = `?${unknown}&utm_source=x&fbclid=y&view=posterior&mode=admin&hide=organs`
    expect(query.length).toBeLessThan(MAX_LINK_LENGTH)
    const { state, notices } = parseUrlState(query)
    expect(notices).toHaveLength(1)
    expect(notices[0]).toContain('"mode"')
    expect(state.view).toBe('posterior')
    expect(state.layers.organs.visible).toBe(false)
    expect(cleaned(query)).toBe('?view=posterior&hide=organs')
  })
  it('an address of only unknown, tracking and bad parameters is cleaned to nothing', () => {
    expect(cleaned('?zoom=3&utm_source=x&view=sideways')).toBe('')
    expect(parseUrlState('?zoom=3&utm_source=x&view=sideways').state).toEqual(DEFAULT_URL_VIEW_STATE)
  })
  it('a clean link of ours is left exactly as it is', () => {
    const link = '?view=posterior&sel=soleus.left&hide=skin,organs&opacity=bones:0.5&mode=patient'
    expect(cleaned(link)).toBe(link)
  })
})

describe('linkNotice: one notice per link', () => {
  it('no problems, no notice', () => {
    expect(linkNotice([])).toBeNull()
  })
  it('one problem is the notice itself, with nothing listed', () => {
    expect(linkNotice(['The link\'s "mode" parameter is not a known mode, so study mode is used.'])).toEqual({
      text: 'The link\'s "mode" parameter is not a known mode, so study mode is used.',
      details: [],
      folded: false,
    })
  })
  it('a few problems are listed openly under one line; repeats count once', () => {
    const notice = linkNotice(['a', 'b', 'a'])
    expect(notice?.text).toMatch(/^2 parts of this link could not be used/)
    expect(notice?.details).toEqual(['a', 'b'])
    expect(notice?.folded).toBe(false)
  })
  it('many problems are folded away and capped', () => {
    const problems = Array.from({ length: 20 }, (_, i) => `problem ${i}`)
    const notice = linkNotice(problems)!
    expect(notice.text).toMatch(/^20 parts/)
    expect(notice.folded).toBe(true)
    expect(notice.details).toHaveLength(MAX_LISTED_LINK_PROBLEMS + 1)
    expect(notice.details.at(-1)).toBe(`…and ${20 - MAX_LISTED_LINK_PROBLEMS} more.`)
    expect(linkNotice(problems.slice(0, OPEN_LINK_PROBLEMS + 1))!.folded).toBe(true)
    expect(linkNotice(problems.slice(0, OPEN_LINK_PROBLEMS))!.folded).toBe(false)
  })
  it('every problem a hostile link of ours can raise fits in one notice', () => {
    const { notices } = parseUrlState('?sel=<x>&view=../../etc&opacity=skin:<img>&hide=plasma&show=bones,plasma&mode=root')
    expect(notices.length).toBeGreaterThan(1)
    const notice = linkNotice(notices)!
    expect(notice.details.join(' ')).toContain('"sel"')
    expect(notice.details.join(' ')).not.toMatch(/[<>]/)
  })
})
