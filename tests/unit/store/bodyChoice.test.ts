// Choosing the other body in one update: the body changes, and a pain map painted on the body left behind is put
// away (still listed) so that nothing painted on the new skin can overwrite its points; a map of the chosen body, or
// one saved before there was a choice on the male body, stays open.
import { describe, expect, it } from 'vitest'
import { newPainMap } from '../../../src/features/painMap/painMapFormat'
import { createAppStore } from '../../../src/store/appStore'

describe('setBody', () => {
  it('changes the body and puts away a map painted on the other body, in the same update', () => {
    const store = createAppStore()
    const male = { ...newPainMap('m1', 'Neck', new Date(0), 'male'), paintedPoints: [1, 2, 3] }
    store.getState().setMaps([male], 'm1')
    store.getState().setPainMask(new Uint8Array([1, 0, 1]))
    store.getState().setTappedRegions(['temple.left'])
    const updates: { body: string; active: string | null }[] = []
    store.subscribe((s) => updates.push({ body: s.body, active: s.activeMapId }))
    store.getState().setBody('female')
    expect(updates).toEqual([{ body: 'female', active: null }])
    const s = store.getState()
    expect(s.maps).toEqual([male])
    expect(s.painMask).toBeNull()
    expect(s.tappedRegions).toEqual([])
  })

  it('keeps open a map of the chosen body, and treats a map without a body as painted on the male body', () => {
    const store = createAppStore()
    store.getState().setMaps([{ ...newPainMap('f1', 'Hip', new Date(0), 'female') }], 'f1')
    store.getState().setBody('female')
    expect(store.getState().activeMapId).toBe('f1')
    const { body: _body, ...older } = newPainMap('o1', 'Old', new Date(0))
    store.getState().setMaps([older], 'o1')
    store.getState().setBody('male')
    expect(store.getState().activeMapId).toBe('o1')
    store.getState().setBody('female')
    expect(store.getState().activeMapId).toBeNull()
  })
})
