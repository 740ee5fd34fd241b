// The pins and arrows of a lesson's steps, as pure edits like those of lessonEdits.ts (which re-exports them). Their
// own module because placing a pin on the body is a store action, and the store is in the app's first chunk.
import { MAX_ARROWS_PER_STEP, MAX_PINS_PER_STEP, newLessonId } from './lessonLimits'
import type { Lesson, LessonArrow, LessonPin, LessonStep } from './lessonFormat'

/** The lesson with new steps, stamped as changed now. */
export const touched = (lesson: Lesson, steps: LessonStep[]): Lesson => ({ ...lesson, steps, updatedAt: new Date().toISOString() })

export function addPin(lesson: Lesson, index: number, pin: Omit<LessonPin, 'id'>): Lesson {
  const step = lesson.steps[index]
  if (!step || step.pins.length >= MAX_PINS_PER_STEP) return lesson
  return updateStepParts(lesson, index, { pins: [...step.pins, { ...pin, id: newLessonId('pin') }] })
}

export function updatePin(lesson: Lesson, index: number, pinId: string, patch: Partial<Omit<LessonPin, 'id'>>): Lesson {
  const step = lesson.steps[index]
  if (!step) return lesson
  return updateStepParts(lesson, index, { pins: step.pins.map((p) => (p.id === pinId ? { ...p, ...patch } : p)) })
}

export function removePin(lesson: Lesson, index: number, pinId: string): Lesson {
  const step = lesson.steps[index]
  if (!step) return lesson
  return updateStepParts(lesson, index, { pins: step.pins.filter((p) => p.id !== pinId) })
}

export function addArrow(lesson: Lesson, index: number, arrow: Omit<LessonArrow, 'id'>): Lesson {
  const step = lesson.steps[index]
  if (!step || step.arrows.length >= MAX_ARROWS_PER_STEP) return lesson
  return updateStepParts(lesson, index, { arrows: [...step.arrows, { ...arrow, id: newLessonId('arrow') }] })
}

export function updateArrow(lesson: Lesson, index: number, arrowId: string, patch: Partial<Omit<LessonArrow, 'id'>>): Lesson {
  const step = lesson.steps[index]
  if (!step) return lesson
  return updateStepParts(lesson, index, { arrows: step.arrows.map((a) => (a.id === arrowId ? { ...a, ...patch } : a)) })
}

export function removeArrow(lesson: Lesson, index: number, arrowId: string): Lesson {
  const step = lesson.steps[index]
  if (!step) return lesson
  return updateStepParts(lesson, index, { arrows: step.arrows.filter((a) => a.id !== arrowId) })
}

function updateStepParts(lesson: Lesson, index: number, parts: Partial<Pick<LessonStep, 'pins' | 'arrows'>>): Lesson {
  return touched(
    lesson,
    lesson.steps.map((s, i) => (i === index ? { ...s, ...parts } : s)),
  )
}
