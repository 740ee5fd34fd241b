// Deep links: parsing, hostile input, compact serialisation and round trips over many generated states.
import { describe, expect, it } from 'vitest'
import { seededRandom } from '../../../src/quiz/quiz'
import {
  APP_MODES,
  DEFAULT_URL_VIEW_STATE,
  LAYER_IDS,
  VIEW_IDS,
  serializeUrlState,
  type UrlViewState,
} from '../../../src/urlState/urlState'
import { MAX_LINK_LENGTH, defaultUrlViewState, parseUrlState } from '../../../src/urlState/urlStateParse'

/** A small seeded generator (mulberry32), so the property runs are the same on every machine. */
const seeded = seededRandom

const IDS = ['soleus', 'upper-trapezius', 'c7-spinous-process', 'parietal-pleura', 'lung']

function randomState(rand: () => number): UrlViewState {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!
  const state = defaultUrlViewState()
  state.view = rand() < 0.3 ? null : pick(VIEW_IDS)
  state.selection = rand() < 0.3 ? null : { id: pick(IDS), side: pick(['left', 'right', 'midline'] as const) }
  for (const layer of LAYER_IDS) {
    if (rand() < 0.5) state.layers[layer].visible = rand() < 0.5
    if (rand() < 0.5) state.layers[layer].opacity = Math.round(rand() * 100) / 100
  }
  state.mode = pick(APP_MODES)
  return state
}

describe('parseUrlState', () => {
  it('an empty query gives the default state and no notices', () => {
    for (const q of ['', '?', '#']) {
      const { state, notices } = parseUrlState(q)
      expect(state).toEqual(DEFAULT_URL_VIEW_STATE)
      expect(notices).toEqual([])
    }
  })

  it('reads view, selection, layers and mode', () => {
    const { state, notices } = parseUrlState('?view=posterior&sel=soleus.left&hide=skin,organs&opacity=bones:0.5&mode=patient')
    expect(notices).toEqual([])
    expect(state.view).toBe('posterior')
    expect(state.selection).toEqual({ id: 'soleus', side: 'left' })
    expect(state.layers.skin.visible).toBe(false)
    expect(state.layers.organs.visible).toBe(false)
    expect(state.layers.bones).toEqual({ visible: true, opacity: 0.5 })
    expect(state.layers.deep).toEqual(DEFAULT_URL_VIEW_STATE.layers.deep)
    expect(state.mode).toBe('patient')
  })

  it('accepts a hash-style or bare query', () => {
    expect(parseUrlState('#view=left').state.view).toBe('left')
    expect(parseUrlState('view=left').state.view).toBe('left')
  })

  it('drops a selection unknown to the model, naming the parameter, and keeps the rest', () => {
    const known = new Set(['soleus', 'deltoid'])
    const { state, notices } = parseUrlState('?view=anterior&sel=heel-bone.left', known)
    expect(state.selection).toBeNull()
    expect(state.view).toBe('anterior')
    expect(notices).toHaveLength(1)
    expect(notices[0]).toContain('"sel"')
    expect(parseUrlState('?sel=soleus.right', known).state.selection).toEqual({ id: 'soleus', side: 'right' })
    expect(parseUrlState('?sel=soleus.right', new Set(['soleus.right'])).state.selection).toEqual({ id: 'soleus', side: 'right' })
  })

  it('rejects a selection without a valid side', () => {
    for (const q of ['?sel=soleus', '?sel=soleus.up', '?sel=.left', '?sel=Soleus.left']) {
      const { state, notices } = parseUrlState(q)
      expect(state.selection).toBeNull()
      expect(notices.join(' ')).toContain('"sel"')
    }
  })

  const hostile: [string, string][] = [
    ['script tag in a value', '?sel=%3Cscript%3Ealert(1)%3C%2Fscript%3E.left'],
    ['script tag in view', '?view=<img src=x onerror=alert(1)>'],
    ['NaN opacity', '?opacity=skin:NaN'],
    ['negative opacity', '?opacity=skin:-0.5'],
    ['opacity above 1', '?opacity=skin:1.5'],
    ['Infinity opacity', '?opacity=skin:Infinity'],
    ['exponent opacity', '?opacity=skin:1e-1'],
    ['__proto__ layer', '?opacity=__proto__:0.5'],
    ['constructor layer', '?hide=constructor'],
    ['unknown layer', '?hide=skin,plasma'],
    ['unknown view', '?view=inferior'],
    ['unknown mode', '?mode=admin'],
    ['empty value', '?view='],
    ['repeated param', '?view=left&view=right'],
    ['huge value', `?sel=${'a'.repeat(500)}.left`],
    ['hide and show the same layer', '?hide=bones&show=bones'],
    ['malformed opacity', '?opacity=skin'],
    ['malformed opacity with extra part', '?opacity=skin:0.5:1'],
  ]
  for (const [what, query] of hostile) {
    it(`drops ${what} with a plain-text notice and the default for that part`, () => {
      let result!: ReturnType<typeof parseUrlState>
      expect(() => {
        result = parseUrlState(query)
      }).not.toThrow()
      expect(result.notices.length).toBeGreaterThan(0)
      for (const n of result.notices) {
        expect(n).not.toMatch(/[<>]/)
        expect(n.length).toBeLessThan(200)
      }
      expect(result.state).toEqual(DEFAULT_URL_VIEW_STATE)
      expect(({} as Record<string, unknown>).polluted).toBeUndefined()
      expect(Object.getPrototypeOf(result.state.layers)).toBe(Object.prototype)
    })
  }

  it('drops parameters that are not ours quietly, hostile names included', () => {
    expect(parseUrlState('?zoom=3')).toEqual({ state: DEFAULT_URL_VIEW_STATE, notices: [] })
    expect(parseUrlState('?%3Cscript%3E=1').notices).toEqual([])
    const proto = parseUrlState('?__proto__[polluted]=1&constructor[prototype][polluted]=1')
    expect(proto.state).toEqual(DEFAULT_URL_VIEW_STATE)
    expect(proto.notices).toEqual([])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('ignores an overlong link entirely with one notice', () => {
    const { state, notices } = parseUrlState(`?view=left&junk=${'x'.repeat(MAX_LINK_LENGTH)}`)
    expect(state).toEqual(DEFAULT_URL_VIEW_STATE)
    expect(notices).toHaveLength(1)
  })

  it('does not throw on malformed percent-encoding', () => {
    expect(() => parseUrlState('?view=%E0%A4%A&sel=%')).not.toThrow()
    expect(parseUrlState('?view=%E0%A4%A').state.view).toBeNull()
  })

  it('returns a state that does not share objects with the default', () => {
    const { state } = parseUrlState('')
    state.layers.skin.visible = !state.layers.skin.visible
    expect(parseUrlState('').state.layers.skin.visible).toBe(DEFAULT_URL_VIEW_STATE.layers.skin.visible)
  })
})

describe('serializeUrlState', () => {
  it('writes nothing for the default state', () => {
    expect(serializeUrlState(DEFAULT_URL_VIEW_STATE)).toBe('')
  })

  it('writes only what differs, compactly and in a fixed order', () => {
    const s = defaultUrlViewState()
    s.mode = 'present'
    s.view = 'posterior'
    s.selection = { id: 'upper-trapezius', side: 'right' }
    s.layers.skin.visible = false
    s.layers.bones.opacity = 0.333
    expect(serializeUrlState(s)).toBe('?view=posterior&sel=upper-trapezius.right&hide=skin&opacity=bones:0.33&mode=present')
  })

  it('hides a layer with "hide"; "show" turns a layer on and is redundant (no notice) for one already on', () => {
    const s = defaultUrlViewState()
    s.layers.skin.visible = false
    expect(serializeUrlState(s)).toBe('?hide=skin')
    const shown = parseUrlState('?show=skin')
    expect(shown.state.layers.skin.visible).toBe(true)
    expect(shown.notices).toEqual([])
  })
})

describe('round trip', () => {
  it('parse(serialize(state)) gives back the state, for 2000 generated states', () => {
    const rand = seeded(20261125)
    for (let i = 0; i < 2000; i++) {
      const state = randomState(rand)
      const link = serializeUrlState(state)
      const { state: back, notices } = parseUrlState(link, new Set(IDS))
      expect(notices, link).toEqual([])
      expect(back, link).toEqual(state)
    }
  })

  it('serialize(parse(link)) is stable: a second pass changes nothing', () => {
    const rand = seeded(7)
    for (let i = 0; i < 500; i++) {
      const link = serializeUrlState(randomState(rand))
      const again = serializeUrlState(parseUrlState(link).state)
      expect(again).toBe(link)
    }
  })
})

describe('the camera pose in a link (cam)', () => {
  it('reads six numbers of metres as the camera and the point it looks at, and writes them back to the millimetre', async () => {
    const { parseUrlState } = await import('../../../src/urlState/urlStateParse')
    const { state, notices } = parseUrlState('?sel=soleus.left&cam=0.3512,0.45,-1.2,0.05,0.4,-0.02')
    expect(notices).toEqual([])
    expect(state.camera).toEqual({ position: [0.3512, 0.45, -1.2], target: [0.05, 0.4, -0.02] })
    expect(serializeUrlState(state)).toBe('?sel=soleus.left&cam=0.351,0.45,-1.2,0.05,0.4,-0.02')
  })
  it('drops a broken or hostile pose with one notice and keeps the rest of the link', async () => {
    const { parseUrlState } = await import('../../../src/urlState/urlStateParse')
    for (const cam of [
      '1,2,3',
      '1,2,3,4,5,x',
      '1,2,3,4,5,6,7',
      '1e3,0,0,0,0,0',
      '500,0,0,0,0,0',
      'NaN,0,0,0,0,0',
      '0.1,0.2,0.3,0.1,0.2,0.3',
    ]) {
      const { state, notices } = parseUrlState(`?view=posterior&cam=${cam}`)
      expect(state.camera, cam).toBeNull()
      expect(state.view, cam).toBe('posterior')
      expect(notices, cam).toHaveLength(1)
      expect(notices[0], cam).toContain('"cam"')
    }
  })
})
