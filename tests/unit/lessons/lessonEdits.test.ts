import { describe, expect, it } from 'vitest'
import { defaultSceneState } from '../../../src/sceneState/sceneState'
import { MAX_PINS_PER_STEP } from '../../../src/lessons/lessonFormat'
import {
  addArrow,
  addPin,
  addStep,
  copyOfLesson,
  deleteStep,
  duplicateStep,
  moveStep,
  newLesson,
  removeArrow,
  removePin,
  updateArrow,
  updateStep,
} from '../../../src/lessons/lessonEdits'

const scene = (selection: string | null) => ({ ...defaultSceneState(), selection })

describe('lesson edits', () => {
  it('adds, duplicates, moves and deletes steps without changing the lesson it was given', () => {
    const one = newLesson(scene('upper-trapezius.right'))
    const two = addStep(one, scene('levator-scapulae.right'))
    expect(one.steps.length).toBe(1)
    expect(two.steps.map((s) => s.scene.selection)).toEqual(['upper-trapezius.right', 'levator-scapulae.right'])
    const three = duplicateStep(two, 0)
    expect(three.steps.map((s) => s.scene.selection)).toEqual(['upper-trapezius.right', 'upper-trapezius.right', 'levator-scapulae.right'])
    expect(new Set(three.steps.map((s) => s.id)).size).toBe(3)
    const moved = moveStep(three, 2, 0)
    expect(moved.steps.map((s) => s.scene.selection)).toEqual(['levator-scapulae.right', 'upper-trapezius.right', 'upper-trapezius.right'])
    expect(moveStep(three, 0, 99).steps[2]?.id).toBe(three.steps[0]?.id)
    const deleted = deleteStep(moved, 0)
    expect(deleted.steps.length).toBe(2)
    expect(deleteStep(one, 0)).toBe(one)
  })

  it('a duplicated step has its own pins, so editing one leaves the other', () => {
    let lesson = newLesson(scene(null))
    lesson = addPin(lesson, 0, { label: 'Here', at: { pointM: [0.1, 1.4, 0.05] } })
    lesson = duplicateStep(lesson, 0)
    const pinId = lesson.steps[1]!.pins[0]!.id
    expect(pinId).not.toBe(lesson.steps[0]!.pins[0]!.id)
    lesson = removePin(lesson, 1, pinId)
    expect(lesson.steps[0]!.pins.length).toBe(1)
    expect(lesson.steps[1]!.pins.length).toBe(0)
  })

  it('labels and removes an arrow', () => {
    let lesson = addArrow(newLesson(scene(null)), 0, { label: '', from: { pointM: [0, 1, 0] }, to: { pointM: [0, 1.1, 0] } })
    const id = lesson.steps[0]!.arrows[0]!.id
    lesson = updateArrow(lesson, 0, id, { label: 'Refers here' })
    expect(lesson.steps[0]!.arrows[0]!.label).toBe('Refers here')
    expect(removeArrow(lesson, 0, id).steps[0]!.arrows).toEqual([])
  })

  it('edits captions and caps the pins of a step', () => {
    let lesson = updateStep(newLesson(scene(null)), 0, { caption: '**Upper trapezius**' })
    expect(lesson.steps[0]!.caption).toBe('**Upper trapezius**')
    for (let i = 0; i < MAX_PINS_PER_STEP + 3; i++) lesson = addPin(lesson, 0, { label: `p${i}`, at: { pointM: [0, 1, 0] } })
    expect(lesson.steps[0]!.pins.length).toBe(MAX_PINS_PER_STEP)
  })

  it('copies a built-in lesson into an editable one', () => {
    const builtIn = { ...newLesson(scene(null), 'Neck pain'), builtIn: true }
    const copy = copyOfLesson(builtIn)
    expect(copy.builtIn).toBe(false)
    expect(copy.id).not.toBe(builtIn.id)
    expect(copy.title).toBe('Neck pain (copy)')
  })
})
