// The link carries the whole scene state: a busy scene survives writing and reading its link, every link written
// before the scene state existed reads as it did, and the new parameters refuse bad or hostile values one by one
// with a notice naming the parameter.
import { describe, expect, it } from 'vitest'
import { defaultSceneState, type SceneState } from '../../../src/sceneState/sceneState'
import { writeSceneLink } from '../../../src/urlState/sceneLink'
import { readSceneLink } from '../../../src/urlState/sceneLinkReader'
import { parseUrlState } from '../../../src/urlState/urlStateParse'
import { busyScene } from '../helpers/sceneStates'

describe('a scene state as a link', () => {
  it('writes nothing for the default scene', () => {
    expect(writeSceneLink(defaultSceneState())).toBe('')
  })

  it('writes a busy scene in short parameters and reads it back unchanged', () => {
    const link = writeSceneLink(busyScene())
    expect(link).toBe(
      '?view=posterior&sel=upper-trapezius.right&hide=skin,organs&opacity=superficial:0.4,bones:0.6&mode=present' +
        '&cam=0.45,1.62,-0.95,0.12,1.3,-0.05&hidden=deltoid.right,sternum.midline&tp=upper-trapezius-trp1' +
        '&compare=levator-scapulae&needle=open,40,pincer,12.5&build=high&body=female&variants=shown',
    )
    expect(readSceneLink(link)).toEqual({ state: busyScene(), notices: [] })
  })

  it('round-trips focus, isolation, area, field of view and a closed needle with settings', () => {
    const scenes: SceneState[] = [
      // a bone selected while a muscle stays in focus
      { ...busyScene(), selection: 'sternum.midline', mode: 'study' },
      // a muscle selected with no focus at all
      { ...defaultSceneState(), selection: 'soleus.left', focus: null },
      { ...defaultSceneState(), isolated: 'soleus.left', areaView: 'leg-foot', build: 'underweight' },
      { ...defaultSceneState(), camera: { view: null, pose: { position: [0, 1, 2], target: [0, 1, 0], fovDeg: 50 } } },
      { ...defaultSceneState(), needle: { open: false, lengthMm: 60, approach: 'tangential', depthMm: 3.25 } },
    ]
    for (const scene of scenes) {
      const link = writeSceneLink(scene)
      expect(readSceneLink(link), link).toEqual({ state: scene, notices: [] })
      expect(writeSceneLink(readSceneLink(link).state)).toBe(link)
    }
    expect(writeSceneLink(scenes[0]!)).toContain('focus=upper-trapezius.right')
    expect(writeSceneLink(scenes[1]!)).toContain('focus=none')
  })

  it('opens old links as before: a selected muscle is focused, the rest keeps its default', () => {
    const { state, notices } = readSceneLink('?view=posterior&sel=upper-trapezius.right&hide=skin&opacity=bones:0.4')
    expect(notices).toEqual([])
    expect(state).toEqual({
      ...defaultSceneState(),
      camera: { view: 'posterior', pose: null },
      selection: 'upper-trapezius.right',
      focus: { muscleId: 'upper-trapezius', side: 'right', triggerPointId: null },
      layers: { ...defaultSceneState().layers, skin: { visible: false, opacity: 0.25 }, bones: { visible: true, opacity: 0.4 } },
    })
    const cam = readSceneLink('?sel=infraspinatus.left&cam=0.45,1.62,-0.95,0.12,1.3,-0.05')
    expect(cam.state.camera.pose).toEqual({ position: [0.45, 1.62, -0.95], target: [0.12, 1.3, -0.05], fovDeg: 35 })
    expect(writeSceneLink(cam.state)).toBe('?sel=infraspinatus.left&cam=0.45,1.62,-0.95,0.12,1.3,-0.05')
  })

  it('drops a bad or hostile new parameter with a notice naming it, and keeps the rest', () => {
    const bad: [string, string][] = [
      ['hidden=soleus.left,<b>x</b>', '"hidden"'],
      [`hidden=${Array.from({ length: 201 }, (_, i) => `m${i}.left`).join(',')}`, '"hidden"'],
      ['isolate=javascript:alert(1)', '"isolate"'],
      ['focus=femur.left', '"focus"'],
      ['focus=soleus.midline', '"focus"'],
      ['tp=soleus-trp1', '"tp"'], // no muscle to belong to
      ['sel=soleus.left&tp=../../x', '"tp"'],
      ['compare=not-a-muscle', '"compare"'],
      ['area=everywhere', '"area"'],
      ['needle=open,30,straight,45', '"needle"'],
      ['needle=open,31.5,straight,1', '"needle"'],
      ['needle=open,30,sideways,1', '"needle"'],
      ['needle=open,30,straight,1,extra', '"needle"'],
      ['needle=open,1e3,straight,1', '"needle"'],
      ['build=giant', '"build"'],
      ['body=<script>', '"body"'],
      ['body=Female', '"body"'],
      ['variants=1', '"variants"'],
      ['variants=<img src=x>', '"variants"'],
      ['fov=0', '"fov"'],
      ['fov=NaN', '"fov"'],
    ]
    for (const [param, name] of bad) {
      const { state, notices } = readSceneLink(`?view=left&${param}`)
      expect(notices, param).toHaveLength(1)
      expect(notices[0], param).toContain(name)
      expect(notices[0], param).not.toContain('<b>')
      expect(state.camera.view, param).toBe('left')
      expect(state.needle.open, param).toBe(false)
      expect(state.body, param).toBe('male')
      expect(state.variantsShown, param).toBe(false)
    }
  })

  it('checks structures against the model when it is known, and leaves out only the unknown ones', () => {
    const known = new Set(['soleus.left', 'deltoid.right'])
    const { state, notices } = readSceneLink('?hidden=soleus.left,gone.right&isolate=deltoid.right', known)
    expect(state.hidden).toEqual(['soleus.left'])
    expect(state.isolated).toBe('deltoid.right')
    expect(notices).toEqual(['The link\'s "hidden" parameter names a structure that is not in this model, so that one is shown.'])
  })

  it('keeps the parameters the link-cleaning rules know about', () => {
    // the new names are ours: kept, not dropped as unknown
    expect(parseUrlState('?build=high&area=trunk').state).toMatchObject({ build: 'high', areaView: 'trunk' })
  })
})
