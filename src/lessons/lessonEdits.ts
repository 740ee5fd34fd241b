// Every edit an instructor makes to a lesson, as a pure function from one lesson value to the next: the store keeps
// the values in an undo history (editHistory.ts), and the panel only calls these. A lesson always keeps at least one
// step, and ids stay unique within it.
import type { SceneState } from '../sceneState/sceneState'
import { LESSON_FORMAT, LESSON_VERSION, MAX_LESSON_STEPS, newLessonId } from './lessonLimits'
import type { Lesson, LessonStep } from './lessonFormat'
import { touched } from './annotationEdits'

export { addArrow, addPin, removeArrow, removePin, updateArrow, updatePin } from './annotationEdits'

export function newLesson(scene: SceneState, title = 'New lesson', author = ''): Lesson {
  return {
    format: LESSON_FORMAT,
    version: LESSON_VERSION,
    id: newLessonId('lesson'),
    title,
    author,
    summary: '',
    builtIn: false,
    updatedAt: new Date().toISOString(),
    steps: [newStep(scene)],
  }
}

export function newStep(scene: SceneState): LessonStep {
  return { id: newLessonId('step'), title: '', caption: '', notes: '', sources: [], scene: structuredClone(scene), pins: [], arrows: [] }
}

const inRange = (lesson: Lesson, index: number): boolean => Number.isInteger(index) && index >= 0 && index < lesson.steps.length

/** A new step from `scene`, placed after `afterIndex` (at the end when omitted). */
export function addStep(lesson: Lesson, scene: SceneState, afterIndex = lesson.steps.length - 1): Lesson {
  if (lesson.steps.length >= MAX_LESSON_STEPS) return lesson
  const at = Math.min(Math.max(afterIndex + 1, 0), lesson.steps.length)
  const steps = [...lesson.steps]
  steps.splice(at, 0, newStep(scene))
  return touched(lesson, steps)
}

/** A copy of step `index` right after it, with new ids for it and its pins and arrows. */
export function duplicateStep(lesson: Lesson, index: number): Lesson {
  const step = lesson.steps[index]
  if (!step || lesson.steps.length >= MAX_LESSON_STEPS) return lesson
  const copy: LessonStep = {
    ...structuredClone(step),
    id: newLessonId('step'),
    pins: step.pins.map((p) => ({ ...structuredClone(p), id: newLessonId('pin') })),
    arrows: step.arrows.map((a) => ({ ...structuredClone(a), id: newLessonId('arrow') })),
  }
  const steps = [...lesson.steps]
  steps.splice(index + 1, 0, copy)
  return touched(lesson, steps)
}

/** Removes step `index`; the last step of a lesson stays. */
export function deleteStep(lesson: Lesson, index: number): Lesson {
  if (!inRange(lesson, index) || lesson.steps.length <= 1) return lesson
  return touched(
    lesson,
    lesson.steps.filter((_, i) => i !== index),
  )
}

/** Moves step `from` to position `to` (both clamped to the lesson). */
export function moveStep(lesson: Lesson, from: number, to: number): Lesson {
  if (!inRange(lesson, from)) return lesson
  const target = Math.min(Math.max(to, 0), lesson.steps.length - 1)
  if (target === from) return lesson
  const steps = [...lesson.steps]
  const [step] = steps.splice(from, 1)
  if (!step) return lesson
  steps.splice(target, 0, step)
  return touched(lesson, steps)
}

export type StepPatch = Partial<Pick<LessonStep, 'title' | 'caption' | 'notes' | 'scene'>>

export function updateStep(lesson: Lesson, index: number, patch: StepPatch): Lesson {
  const step = lesson.steps[index]
  if (!step) return lesson
  return touched(
    lesson,
    lesson.steps.map((s, i) => (i === index ? { ...s, ...patch } : s)),
  )
}

export function setLessonTitle(lesson: Lesson, title: string, author = lesson.author): Lesson {
  return { ...lesson, title, author, updatedAt: new Date().toISOString() }
}

/** An editable copy of a built-in lesson (built-in lessons are read-only). */
export function copyOfLesson(lesson: Lesson): Lesson {
  return {
    ...structuredClone(lesson),
    id: newLessonId('lesson'),
    builtIn: false,
    title: `${lesson.title} (copy)`,
    updatedAt: new Date().toISOString(),
  }
}
