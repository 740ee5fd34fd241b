// Modes as definitions: leaving a mode undoes what it turned on (the brush, the needle), so the next mode starts
// clean, and the skin's shape follows the mode: the needle's build only while the simulator is open in study or
// present, the base shape in patient mode (the shape pain maps are painted on).
import { beforeEach, describe, expect, it } from 'vitest'
import { enterMode, MODE_DEFINITIONS, MODES, skinShapeWeights, type Mode } from '../../../src/modes/definitions'
import { useAppStore } from '../../../src/store/appStore'
import { defaultLayers } from '../../../src/viewer/layers'

const HIGH = { lean: 0, high: 1 }

beforeEach(() => {
  useAppStore.setState({
    mode: 'study',
    painting: false,
    needleActive: false,
    habitus: 'average',
    layers: defaultLayers(),
    layersBeforeMode: null,
  })
})

describe('mode definitions', () => {
  it('define study, patient and present, each with panels, scene flags and a side panel', () => {
    expect(MODES.map((m) => m.id)).toEqual(['study', 'patient', 'present'])
    for (const m of MODES) {
      expect(MODE_DEFINITIONS[m.id]).toBe(m)
      expect(['build', 'base']).toContain(m.scene.skinShape)
    }
    expect(MODE_DEFINITIONS.present.panels).toEqual({ structures: false, side: false })
    expect(MODE_DEFINITIONS.patient.scene).toMatchObject({ painting: true, needle: false, skinShape: 'base' })
  })

  it('every mode, left for every other, turns off what it turned on: painting, the needle', () => {
    for (const from of MODES.map((m) => m.id)) {
      for (const to of MODES.map((m) => m.id).filter((m) => m !== from)) {
        useAppStore.setState({ mode: 'study', painting: false, needleActive: false })
        useAppStore.getState().setMode(from)
        // what a user turns on in that mode
        if (MODE_DEFINITIONS[from].scene.painting) useAppStore.getState().setPainting(true)
        if (MODE_DEFINITIONS[from].scene.needle) useAppStore.getState().setNeedleActive(true)
        useAppStore.getState().setMode(to)
        const st = useAppStore.getState()
        expect(st.mode, `${from} -> ${to}`).toBe(to)
        expect(st.painting, `${from} -> ${to}: painting`).toBe(false)
        expect(st.needleActive, `${from} -> ${to}: needle`).toBe(false)
      }
    }
  })

  it('the skin keeps the base shape in patient mode and after leaving the needle simulator', () => {
    expect(skinShapeWeights('study', true, HIGH)).toEqual(HIGH)
    expect(skinShapeWeights('present', true, HIGH)).toEqual(HIGH)
    expect(skinShapeWeights('study', false, HIGH)).toEqual({})
    expect(skinShapeWeights('patient', true, HIGH)).toEqual({})
    // the needle open in study with a high build, then patient mode: the base shape
    useAppStore.getState().setNeedleActive(true)
    useAppStore.setState({ habitus: 'high' })
    useAppStore.getState().setMode('patient')
    const st = useAppStore.getState()
    expect(skinShapeWeights(st.mode as Mode, st.needleActive, HIGH)).toEqual({})
  })

  it('setting the mode it is already in runs no exit step', () => {
    useAppStore.getState().setMode('patient')
    useAppStore.getState().setPainting(true)
    useAppStore.getState().setMode('patient')
    expect(useAppStore.getState().painting).toBe(true)
  })

  it('patient mode shows the skin opaque (a body chart) and gives the layers back on leaving', () => {
    const store = useAppStore.getState()
    store.setLayer('skin', { opacity: 0.6 })
    store.setLayer('bones', { visible: false })
    store.setMode('patient')
    expect(useAppStore.getState().layers.skin).toEqual({ visible: true, opacity: 1 })
    expect(useAppStore.getState().layers.bones.visible).toBe(false)
    for (const to of ['study', 'present'] as const) {
      useAppStore.getState().setMode(to)
      expect(useAppStore.getState().layers.skin, `patient -> ${to}`).toEqual({ visible: true, opacity: 0.6 })
      expect(useAppStore.getState().layersBeforeMode).toBeNull()
      useAppStore.getState().setMode('patient')
    }
  })

  it('a layer the user changed while in patient mode stays as the user left it', () => {
    useAppStore.getState().setMode('patient')
    useAppStore.getState().setLayer('skin', { opacity: 0.4 })
    useAppStore.getState().setMode('study')
    expect(useAppStore.getState().layers.skin).toEqual({ visible: true, opacity: 0.4 })
  })

  it('a scene state in patient mode keeps the layers it names; leaving the mode gives the default skin back', () => {
    const given = { ...defaultLayers(), skin: { visible: true, opacity: 1 } }
    useAppStore.setState({ layers: given })
    enterMode(useAppStore, 'patient', { layersGiven: true })
    expect(useAppStore.getState().layers).toEqual(given)
    useAppStore.setState({ mode: 'patient' })
    useAppStore.getState().setMode('study')
    expect(useAppStore.getState().layers.skin).toEqual(defaultLayers().skin)
  })
})
