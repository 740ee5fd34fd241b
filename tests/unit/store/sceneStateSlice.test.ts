// Capture and apply of the scene state on a plain store: applying then capturing gives back the same state, the
// state lands in one update, the mode's exit step runs so nothing of the previous mode stays, the camera is asked
// for the exact pose once a body is on screen, and structures the model lacks are left out.
import { beforeEach, describe, expect, it } from 'vitest'
import { createAppStore, type AppState } from '../../../src/store/appStore'
import { captureSceneState } from '../../../src/store/sceneStateSlice'
import { defaultSceneState, type SceneState } from '../../../src/sceneState/sceneState'
import type { StructureRecord } from '../../../src/store/viewerSlice'
import { busyScene } from '../helpers/sceneStates'

function rec(nodeName: string, kind: StructureRecord['kind'] = 'muscle'): StructureRecord {
  const [id, side] = nodeName.split('.') as [string, 'left' | 'right' | 'midline']
  return {
    nodeName,
    id,
    side,
    name: id,
    group: 'trunk',
    synonyms: [],
    kind,
    layer: kind === 'muscle' ? 'superficial' : 'bones',
    label: nodeName,
  }
}

const MODEL = [
  rec('upper-trapezius.right'),
  rec('levator-scapulae.right'),
  rec('deltoid.right'),
  rec('sternum.midline', 'bone'),
  rec('soleus.left'),
]

let store: ReturnType<typeof createAppStore>
beforeEach(() => {
  store = createAppStore()
  store.getState().setModel('test', MODEL, [])
})

describe('capture and apply the scene state', () => {
  it('a fresh store captures the default scene', () => {
    expect(captureSceneState(createAppStore())).toEqual(defaultSceneState())
  })

  it('apply then capture gives back the same state, before and after the body is on screen', () => {
    for (const ready of [false, true]) {
      store = createAppStore()
      store.getState().setModel('test', MODEL, [])
      if (ready) store.getState().setLoad({ phase: 'ready' })
      const scene = busyScene()
      store.getState().applySceneState(scene)
      expect(captureSceneState(store), `body on screen: ${ready}`).toEqual(scene)
      const other: SceneState = {
        ...defaultSceneState(),
        mode: 'patient',
        isolated: 'soleus.left',
        areaView: 'leg-foot',
        camera: { view: 'left', pose: null },
      }
      store.getState().applySceneState(other)
      expect(captureSceneState(store)).toEqual(other)
    }
  })

  it('lands in one update of the store, mode steps and camera request included', () => {
    store.getState().setLoad({ phase: 'ready' })
    store.getState().setNeedleActive(true)
    const updates: AppState[] = []
    const stop = store.subscribe((s) => updates.push(s))
    // study -> present: study's exit step closes the needle, the state opens it again, the camera is asked to move
    store.getState().applySceneState(busyScene())
    stop()
    expect(updates).toHaveLength(1)
    expect(updates[0]).toMatchObject({
      mode: 'present',
      selection: 'upper-trapezius.right',
      habitus: 'high',
      needleActive: true,
      compareMuscleId: 'levator-scapulae',
      cameraRequest: { kind: 'pose', pose: busyScene().camera.pose },
    })
  })

  it('runs the mode steps: leaving patient mode ends the brush, leaving study closes the needle', () => {
    store.getState().setMode('patient')
    store.getState().setPainting(true)
    store.getState().applySceneState({ ...busyScene(), mode: 'study', needle: { ...busyScene().needle, open: false } })
    expect(store.getState()).toMatchObject({ mode: 'study', painting: false, needleActive: false })

    // the needle open in study, then a patient-mode state: the needle is closed by study's exit step
    store.getState().setNeedleActive(true)
    store.getState().applySceneState({ ...defaultSceneState(), mode: 'patient' })
    expect(store.getState()).toMatchObject({ mode: 'patient', needleActive: false, painting: false })
  })

  it('does not leak the previous scene: a bare state clears selection, hiding, focus, compare and needle', () => {
    store.getState().applySceneState(busyScene())
    store.getState().applySceneState(defaultSceneState())
    expect(captureSceneState(store)).toEqual(defaultSceneState())
    expect(store.getState()).toMatchObject({ triggerPoint: null, focus: null, hidden: [], needleActive: false, habitus: 'average' })
  })

  it('asks the camera for the exact pose once a body is on screen, and for the named view when there is no pose', () => {
    store.getState().applySceneState(busyScene())
    expect(store.getState().cameraRequest).toBeNull() // no body yet: the camera takes the pose when it frames the body
    expect(store.getState().cameraPoseFromLink).toBe(true)
    store.getState().setLoad({ phase: 'ready' })
    store.getState().applySceneState(busyScene())
    expect(store.getState().cameraRequest).toMatchObject({ kind: 'pose', pose: busyScene().camera.pose })
    expect(store.getState().cameraPoseFromLink).toBe(false)
    store.getState().applySceneState({ ...busyScene(), camera: { view: 'superior', pose: null } })
    expect(store.getState().cameraRequest).toMatchObject({ kind: 'view', view: 'superior' })
  })

  it('leaves out structures the model on screen does not have', () => {
    store
      .getState()
      .applySceneState({ ...busyScene(), selection: 'gone.left', hidden: ['deltoid.right', 'gone.right'], isolated: 'gone.left' })
    expect(store.getState()).toMatchObject({ selection: null, hidden: ['deltoid.right'], isolated: null })
  })

  it('a named view keeps the selection', () => {
    store.getState().applySceneState(busyScene())
    store.getState().requestView('anterior')
    expect(captureSceneState(store)).toMatchObject({ selection: 'upper-trapezius.right', focus: busyScene().focus })
  })
})
