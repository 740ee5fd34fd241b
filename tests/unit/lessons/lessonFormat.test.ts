import { describe, expect, it } from 'vitest'
import { defaultSceneState } from '../../../src/sceneState/sceneState'
import {
  LESSON_FORMAT,
  lessonToJson,
  MAX_LESSON_STEPS,
  migrateLesson,
  readLesson,
  type LessonMigration,
} from '../../../src/lessons/lessonFormat'
import { addPin, newLesson } from '../../../src/lessons/lessonEdits'

const lessonJson = (): Record<string, unknown> => {
  let lesson = newLesson({ ...defaultSceneState(), selection: 'upper-trapezius.right' }, 'Neck pain', 'A. Teacher')
  lesson = addPin(lesson, 0, {
    label: 'Trigger point',
    at: { landmark: 'acromion', side: 'right', offset: { lateralM: -0.08, superiorM: 0.04, anteriorM: -0.02 } },
  })
  return lessonToJson(lesson)
}

describe('lesson format', () => {
  it('reads back what it writes', () => {
    const json = lessonJson()
    const read = readLesson(json)
    expect(read.ok).toBe(true)
    if (!read.ok) return
    expect(lessonToJson(read.lesson)).toEqual(json)
    expect(read.lesson.steps[0]?.scene.selection).toBe('upper-trapezius.right')
  })

  it('names the field of every problem and refuses the lesson whole', () => {
    const json = lessonJson()
    const steps = json.steps as Record<string, unknown>[]
    steps[0]!.caption = 42
    const read = readLesson(json)
    expect(read.ok).toBe(false)
    if (!read.ok) expect(read.problems.join('\n')).toMatch(/^steps\.0\.caption: expected a caption as text/m)

    const badScene = lessonJson()
    ;((badScene.steps as Record<string, unknown>[])[0]!.scene as Record<string, unknown>).needle = {
      open: true,
      lengthMm: 30,
      approach: 'straight',
      depthMm: 90,
    }
    const r2 = readLesson(badScene)
    expect(r2.ok || r2.problems.join('\n')).toMatch(/steps\.0\.scene\.needle/)
  })

  it('refuses other files, newer versions, unknown fields and oversized lists', () => {
    expect(readLesson({ format: 'trigger-point-atlas/pain-map', version: 1 })).toEqual({
      ok: false,
      problems: [`format: expected "${LESSON_FORMAT}": this is not a Trigger Point Atlas lesson`],
    })
    expect(readLesson({ ...lessonJson(), version: 9 })).toMatchObject({
      ok: false,
      problems: [expect.stringMatching(/version: 9 is newer/)],
    })
    expect(readLesson({ ...lessonJson(), script: 'alert(1)' })).toMatchObject({
      ok: false,
      problems: [expect.stringMatching(/Unrecognized key/)],
    })
    const many = { ...lessonJson(), steps: Array.from({ length: MAX_LESSON_STEPS + 1 }, () => (lessonJson().steps as unknown[])[0]) }
    expect(readLesson(many)).toMatchObject({ ok: false, problems: [expect.stringMatching(/steps: expected at most 60 steps/)] })
    expect(readLesson(null)).toMatchObject({ ok: false })
    expect(readLesson([])).toMatchObject({ ok: false })
    const dup = lessonJson()
    const steps = dup.steps as Record<string, unknown>[]
    dup.steps = [steps[0], steps[0]]
    expect(readLesson(dup)).toMatchObject({ ok: false, problems: [expect.stringMatching(/steps\.1\.id: .* is used by an earlier step/)] })
  })

  it('keeps pin labels as text and refuses control characters', () => {
    const json = lessonJson()
    const step = (json.steps as Record<string, unknown>[])[0]!
    ;(step.pins as Record<string, unknown>[])[0]!.label = 'bad\u0007label'
    expect(readLesson(json)).toMatchObject({
      ok: false,
      problems: [expect.stringMatching(/steps\.0\.pins\.0\.label: expected a pin label without control characters/)],
    })
  })

  it('migrates an older lesson one version at a time and refuses a broken migration', () => {
    const migrations: Record<number, LessonMigration> = {
      1: (l) => ({ ...l, version: 2, subtitle: '' }),
      2: (l) => ({ ...l, version: 3, title: `${String(l.title)}!` }),
    }
    const migrated = migrateLesson({ version: 1, title: 'Neck' }, migrations, 3)
    expect(migrated).toEqual({ ok: true, lesson: { version: 3, title: 'Neck!', subtitle: '' } })
    expect(migrateLesson({ version: 1 }, { 1: (l) => ({ ...l }) }, 2)).toMatchObject({
      ok: false,
      problems: [expect.stringMatching(/did not give version 2/)],
    })
    expect(migrateLesson({ version: 1 }, {}, 2)).toMatchObject({ ok: false, problems: ['version: no migration from version 1'] })
    expect(migrateLesson({ version: 1.5 })).toMatchObject({ ok: false })
  })
})
