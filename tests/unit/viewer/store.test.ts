// The viewer store's rules: selection only of structures the model has, Hide / Isolate / Show all, layer
// switches, and the smooth camera path that swings around the body instead of through it.
import { beforeEach, describe, expect, it } from 'vitest'
import { Vector3 } from 'three'
import { defaultLayers } from '../../../src/viewer/layers'
import { isStructureShown, useViewer, type StructureRecord } from '../../../src/viewer/store'
import { describeStructure } from '../../../src/viewer/structureNames'
import { layerOf } from '../../../src/viewer/layers'
import { interpolatePose } from '../../../src/viewer/scene/cameraMath'

const rec = (nodeName: string, layer: StructureRecord['layer']): StructureRecord => {
  const [id, side] = nodeName.split('.') as [string, StructureRecord['side']]
  return { nodeName, id, side, kind: 'muscle', layer, name: id, label: nodeName, group: 'trunk' }
}

// a variant muscle (present only in some people)
const sternalis: StructureRecord = { ...rec('sternalis.left', 'superficial'), variant: true }

beforeEach(() => {
  useViewer.setState({
    selection: null,
    hidden: [],
    isolated: null,
    highlight: null,
    focus: null,
    variantsShown: false,
    layers: defaultLayers(),
    notices: [],
  })
  useViewer.getState().setModel('test', [rec('soleus.left', 'deep'), rec('deltoid.left', 'superficial'), sternalis], [])
})

describe('viewer store', () => {
  it('selects only structures of the loaded model', () => {
    useViewer.getState().select('soleus.left')
    expect(useViewer.getState().selection).toBe('soleus.left')
    useViewer.getState().select('<script>.left')
    expect(useViewer.getState().selection).toBe('soleus.left')
  })

  it('Hide removes the selection from view, Isolate shows only it, Show all restores', () => {
    const s = useViewer.getState
    s().select('soleus.left')
    s().hideSelection()
    expect(s().selection).toBeNull()
    expect(isStructureShown(rec('soleus.left', 'deep'), s())).toBe(false)
    expect(isStructureShown(rec('deltoid.left', 'superficial'), s())).toBe(true)
    s().showAll()
    s().select('soleus.left')
    s().isolateSelection()
    expect(isStructureShown(rec('soleus.left', 'deep'), s())).toBe(true)
    expect(isStructureShown(rec('deltoid.left', 'superficial'), s())).toBe(false)
    s().showAll()
    expect(isStructureShown(rec('deltoid.left', 'superficial'), s())).toBe(true)
  })

  it('leaves a variant muscle out until variants are shown, unless it is chosen or isolated', () => {
    const s = useViewer.getState
    expect(s().variantsShown).toBe(false)
    expect(isStructureShown(sternalis, s())).toBe(false)
    expect(isStructureShown(rec('deltoid.left', 'superficial'), s())).toBe(true)
    // chosen (from the list, a search or a pain map's result), it is drawn, and left out again once let go
    s().select('sternalis.left')
    expect(isStructureShown(sternalis, s())).toBe(true)
    s().isolateSelection()
    s().select(null)
    expect(isStructureShown(sternalis, s())).toBe(true)
    s().showAll()
    expect(isStructureShown(sternalis, s())).toBe(false)
    s().setVariantsShown(true)
    expect(isStructureShown(sternalis, s())).toBe(true)
    // shown, it still follows its layer and Hide
    s().setLayer('superficial', { visible: false })
    expect(isStructureShown(sternalis, s())).toBe(false)
    s().setLayer('superficial', { visible: true })
    s().select('sternalis.left')
    s().hideSelection()
    expect(isStructureShown(sternalis, s())).toBe(false)
  })

  it("draws a variant muscle while it is the quiz's question or the muscle whose trigger points are shown", () => {
    const s = useViewer.getState
    useViewer.setState({ highlight: 'sternalis.left' })
    expect(isStructureShown(sternalis, s())).toBe(true)
    useViewer.setState({ highlight: null, focus: { muscleId: 'sternalis', side: 'left' } })
    expect(isStructureShown(sternalis, s())).toBe(true)
    // the other side's focus does not draw this side
    useViewer.setState({ focus: { muscleId: 'sternalis', side: 'right' } })
    expect(isStructureShown(sternalis, s())).toBe(false)
    useViewer.setState({ focus: null })
    expect(isStructureShown(sternalis, s())).toBe(false)
  })

  it('takes which muscles are variants from the muscle identities: sternalis is one, pectoralis major is not', () => {
    expect(describeStructure({ kind: 'muscle', id: 'sternalis', side: 'left' }, layerOf).variant).toBe(true)
    expect(describeStructure({ kind: 'muscle', id: 'pectoralis-major', side: 'left' }, layerOf).variant).toBeUndefined()
  })

  it('a switched-off layer hides its structures', () => {
    useViewer.getState().setLayer('deep', { visible: false })
    expect(isStructureShown(rec('soleus.left', 'deep'), useViewer.getState())).toBe(false)
    expect(isStructureShown(rec('deltoid.left', 'superficial'), useViewer.getState())).toBe(true)
  })

  it('a new model drops a selection it does not contain', () => {
    useViewer.getState().select('soleus.left')
    useViewer.getState().setModel('other', [rec('deltoid.left', 'superficial')], ['widget'])
    expect(useViewer.getState().selection).toBeNull()
    expect(useViewer.getState().unmapped).toEqual(['widget'])
  })

  it('the same notice is shown once', () => {
    useViewer.getState().notify('warning', 'The link was odd.')
    useViewer.getState().notify('warning', 'The link was odd.')
    expect(useViewer.getState().notices).toHaveLength(1)
  })
})

describe('camera path', () => {
  it('swings from the front to the back around the body, keeping its distance', () => {
    const target = new Vector3(0, 0.9, 0)
    const from = { position: new Vector3(0, 0.9, 3), target, fovDeg: 35 }
    const to = { position: new Vector3(0, 0.9, -3), target, fovDeg: 35 }
    const out = { position: new Vector3(), target: new Vector3(), fovDeg: 0 }
    for (const t of [0.25, 0.5, 0.75]) {
      interpolatePose(from, to, t, out)
      expect(out.position.distanceTo(target)).toBeCloseTo(3, 5)
    }
  })
})
