// The scene state's schema: a complete state survives JSON, hostile input is refused with the field named, unknown
// ids are reported and left out, and saved states of earlier versions are migrated step by step.
import { describe, expect, it } from 'vitest'
import { BUILD_IDS } from '../../../src/atlas/builds'
import { NEEDLE_APPROACHES } from '../../../src/geometry/needleApproach'
import { MODES } from '../../../src/modes/definitions'
import { MAX_NEEDLE_LENGTH_MM as STORE_MAX_MM, MIN_NEEDLE_LENGTH_MM as STORE_MIN_MM } from '../../../src/store/featureSlice'
import {
  MAX_HIDDEN_STRUCTURES,
  MAX_NEEDLE_LENGTH_MM,
  MIN_NEEDLE_LENGTH_MM,
  SCENE_STATE_VERSION,
  STATE_APPROACHES,
  STATE_MODES,
  STATE_VIEWS,
  defaultSceneState,
  focusImpliedBy,
  migrateSceneState,
  readSceneState,
  withKnownIds,
  type SceneState,
} from '../../../src/sceneState/sceneState'
import { busyScene } from '../helpers/sceneStates'
import { VIEWS } from '../../../src/viewer/views'

function withChange(patch: (s: Record<string, any>) => void): Record<string, any> {
  const s = structuredClone(busyScene()) as Record<string, any>
  patch(s)
  return s
}

describe('the scene state schema', () => {
  it('keeps its lists in step with the modules that own them', () => {
    expect([...STATE_MODES]).toEqual(MODES.map((m) => m.id))
    expect([...STATE_VIEWS]).toEqual(VIEWS.map((v) => v.id))
    expect([...STATE_APPROACHES]).toEqual([...NEEDLE_APPROACHES])
    expect([MIN_NEEDLE_LENGTH_MM, MAX_NEEDLE_LENGTH_MM]).toEqual([STORE_MIN_MM, STORE_MAX_MM])
    expect(BUILD_IDS).toContain(defaultSceneState().build)
  })

  it('reads the default and a busy scene back unchanged after JSON', () => {
    for (const scene of [defaultSceneState(), busyScene()]) {
      const read = readSceneState(JSON.parse(JSON.stringify(scene)))
      expect(read).toEqual({ ok: true, state: scene })
    }
  })

  it('refuses wrong types, naming the field', () => {
    const cases: [Record<string, any>, string][] = [
      [withChange((s) => (s.mode = 'admin')), 'mode:'],
      [withChange((s) => (s.camera.pose.position = [0, 'x', 0])), 'camera.pose.position.1:'],
      [withChange((s) => (s.camera.pose.target = [0, 1e9, 0])), 'camera.pose.target.1:'],
      [withChange((s) => (s.camera.pose.fovDeg = 500)), 'camera.pose.fovDeg:'],
      [withChange((s) => (s.camera.pose.target = s.camera.pose.position)), 'camera.pose:'],
      [withChange((s) => (s.layers.bones.opacity = 2)), 'layers.bones.opacity:'],
      [withChange((s) => (s.layers.plasma = { visible: true, opacity: 1 })), 'layers:'],
      [withChange((s) => (s.selection = '<script>alert(1)</script>')), 'selection:'],
      [withChange((s) => (s.hidden = ['soleus.left', 'soleus'])), 'hidden.1:'],
      [withChange((s) => (s.isolated = 42)), 'isolated:'],
      [withChange((s) => (s.focus.side = 'midline')), 'focus.side:'],
      [withChange((s) => (s.focus.triggerPointId = '../../etc')), 'focus.triggerPointId:'],
      [withChange((s) => (s.compareMuscleId = 'Upper Trapezius')), 'compareMuscleId:'],
      [withChange((s) => (s.areaView = 'everywhere')), 'areaView:'],
      [withChange((s) => (s.needle.lengthMm = 74.5)), 'needle.lengthMm:'],
      [withChange((s) => (s.needle.depthMm = 45)), 'needle.depthMm:'],
      [withChange((s) => (s.needle.approach = 'sideways')), 'needle.approach:'],
      [withChange((s) => (s.build = 'giant')), 'build:'],
      [withChange((s) => (s.extra = 1)), '(the state):'],
      [withChange((s) => delete s.needle), 'needle:'],
    ]
    for (const [input, field] of cases) {
      const read = readSceneState(input)
      expect(read.ok, field).toBe(false)
      if (!read.ok)
        expect(
          read.problems.some((p) => p.startsWith(field)),
          `${field} in ${read.problems.join(' | ')}`,
        ).toBe(true)
    }
  })

  it('refuses a huge list before reading it, and anything that is not an object', () => {
    const huge = withChange((s) => (s.hidden = Array.from({ length: 1_000_000 }, (_, i) => `m${i}.left`)))
    const started = performance.now()
    const read = readSceneState(huge)
    expect(performance.now() - started).toBeLessThan(50)
    expect(read).toEqual({ ok: false, problems: [`hidden: expected at most ${MAX_HIDDEN_STRUCTURES} hidden structures, got 1000000`] })
    const atCap = withChange((s) => (s.hidden = Array.from({ length: MAX_HIDDEN_STRUCTURES }, (_, i) => `m${i}.left`)))
    expect(readSceneState(atCap).ok).toBe(true)
    for (const input of [null, 'scene', 3, [], undefined]) expect(readSceneState(input).ok).toBe(false)
    // a prototype key is just an unknown key
    expect(readSceneState(JSON.parse(`{"__proto__":{"polluted":1},${JSON.stringify(busyScene()).slice(1)}`)).ok).toBe(false)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('reports unknown ids by field and keeps what is known', () => {
    const scene = withChange((s) => {
      s.selection = 'made-up.left'
      s.hidden = ['deltoid.right', 'nothing.left']
      s.isolated = 'soleus.left'
      s.focus = { muscleId: 'upper-trapezius', side: 'right', triggerPointId: 'upper-trapezius-trp9' }
      s.compareMuscleId = 'not-a-muscle'
    }) as SceneState
    const { state, problems } = withKnownIds(scene, {
      structures: new Set(['deltoid.right', 'soleus.left', 'upper-trapezius.right']),
      triggerPointIdsOf: (id) => (id === 'upper-trapezius' ? ['upper-trapezius-trp1', 'upper-trapezius-trp2'] : undefined),
    })
    expect(problems).toEqual([
      'selection: "made-up.left" is not a structure of this model',
      'hidden.1: "nothing.left" is not a structure of this model',
      'focus.triggerPointId: "upper-trapezius-trp9" is not a trigger point of upper-trapezius',
      'compareMuscleId: "not-a-muscle" is not a muscle of this atlas',
    ])
    expect(state).toMatchObject({
      selection: null,
      hidden: ['deltoid.right'],
      isolated: 'soleus.left',
      focus: { muscleId: 'upper-trapezius', side: 'right', triggerPointId: null },
      compareMuscleId: null,
    })
    const unknownFocus = withKnownIds({ ...busyScene(), focus: { muscleId: 'femur', side: 'left', triggerPointId: null } }, {})
    expect(unknownFocus.problems).toEqual(['focus.muscleId: "femur" is not a muscle of this atlas'])
    expect(unknownFocus.state.focus).toBeNull()
    expect(withKnownIds(busyScene(), {}).problems).toEqual([])
  })

  it('names the focus a selection implies: a muscle on its side, nothing for other structures', () => {
    expect(focusImpliedBy('soleus.left')).toEqual({ muscleId: 'soleus', side: 'left' })
    expect(focusImpliedBy('sternum.midline')).toBeNull()
    expect(focusImpliedBy('femur.left')).toBeNull()
    expect(focusImpliedBy(null)).toBeNull()
  })
})

describe('scene state versions', () => {
  it('this app writes version 3 and reads it without a migration', () => {
    expect(SCENE_STATE_VERSION).toBe(3)
    expect(migrateSceneState(busyScene())).toEqual({ ok: true, state: busyScene() })
  })

  it('reads a version 1 state, saved before there was a female body, as showing the male body', () => {
    const { body: _body, variantsShown: _variants, ...rest } = busyScene()
    const v1 = { ...rest, version: 1 }
    expect(readSceneState(v1)).toEqual({ ok: true, state: { ...busyScene(), body: 'male', variantsShown: false } })
    expect(v1.version).toBe(1)
  })

  it('reads a version 2 state, saved before variant muscles could be shown or left out, as leaving them out', () => {
    const { variantsShown: _variants, ...rest } = busyScene()
    const v2 = { ...rest, version: 2 }
    expect(readSceneState(v2)).toEqual({ ok: true, state: { ...busyScene(), variantsShown: false } })
    expect(v2.version).toBe(2)
  })

  it('migrates step by step up to the version asked for, leaving the input untouched', () => {
    const v1 = { version: 1, zoom: 2 }
    const calls: number[] = []
    const migrations = {
      1: (s: Record<string, unknown>) => (calls.push(1), { ...s, version: 2, zoomFactor: s.zoom, zoom: undefined }),
      2: (s: Record<string, unknown>) => (calls.push(2), { ...s, version: 3, fovDeg: 35 }),
    }
    const out = migrateSceneState(v1, migrations, 3)
    expect(out).toEqual({ ok: true, state: { version: 3, zoomFactor: 2, zoom: undefined, fovDeg: 35 } })
    expect(calls).toEqual([1, 2])
    expect(v1).toEqual({ version: 1, zoom: 2 })
    // from the middle of the chain only the later step runs
    calls.length = 0
    expect(migrateSceneState({ version: 2 }, migrations, 3).ok).toBe(true)
    expect(calls).toEqual([2])
  })

  it('refuses a newer version, no version, a missing or failing step, never guessing from the shape', () => {
    expect(readSceneState({ ...busyScene(), version: 4 })).toEqual({
      ok: false,
      problems: ['version: 4 is newer than this app reads (up to 3); update the app'],
    })
    const { version: _v, ...unversioned } = busyScene()
    expect(readSceneState(unversioned)).toEqual({ ok: false, problems: ['version: expected a whole number from 1'] })
    expect(readSceneState({ ...busyScene(), version: 1.5 }).ok).toBe(false)
    expect(migrateSceneState({ version: 1 }, {}, 2)).toEqual({ ok: false, problems: ['version: no migration from version 1'] })
    const failing = migrateSceneState(
      { version: 1 },
      {
        1: () => {
          throw new Error('bad field')
        },
      },
      2,
    )
    expect(failing).toEqual({ ok: false, problems: ['version: the migration from version 1 failed (bad field)'] })
    const wrong = migrateSceneState({ version: 1 }, { 1: (s) => ({ ...s }) }, 2)
    expect(wrong).toEqual({ ok: false, problems: ['version: the migration from version 1 did not give version 2'] })
  })
})
