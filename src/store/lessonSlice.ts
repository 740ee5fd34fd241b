// The lesson open in the app: its value with an undo history, the step on screen, where it came from, whether the
// presenter blanked the screen, and an annotation being placed on the body. Showing a step applies its scene state
// (src/store/sceneStateSlice.ts) in the mode in use: the study view while authoring, present while presenting.
import type { StateCreator } from 'zustand'
import { canRedo, canUndo, recordEdit, redo, startHistory, undo, type EditHistory } from '../lessons/editHistory'
import { addArrow, addPin } from '../lessons/annotationEdits'
import type { Lesson, SurfacePoint } from '../lessons/lessonFormat'
import type { AppState } from './appStore'

/** Where the open lesson came from: saved in this browser, built into the app, or opened from a link or a file. */
export type LessonOrigin = 'saved' | 'built-in' | 'link' | 'file'

export type LessonPlacing = { kind: 'pin' } | { kind: 'arrow'; from: SurfacePoint | null }

export interface LessonState {
  /** The open lesson with its edit history; null when none is open. */
  lessonHistory: EditHistory<Lesson> | null
  lessonOrigin: LessonOrigin
  /** The step on screen (0-based). */
  lessonStepIndex: number
  /** The lesson dock under the view is shown (the library when no lesson is open). */
  lessonDockOpen: boolean
  /** The presenter blanked the screen (B). */
  lessonBlank: boolean
  /** The next click on the body places this annotation on the step on screen. */
  lessonPlacing: LessonPlacing | null
}

export interface LessonActions {
  setLessonDockOpen(open: boolean): void
  /** Opens a lesson at a step and shows that step. */
  openLesson(lesson: Lesson, origin: LessonOrigin, stepIndex?: number): void
  closeLesson(): void
  /** Applies an edit (a pure function of the lesson, src/lessons/lessonEdits.ts and annotationEdits.ts) as one undo entry, or merged with the last one of the same key. */
  editLesson(edit: (lesson: Lesson) => Lesson, mergeKey?: string): void
  undoLessonEdit(): void
  redoLessonEdit(): void
  /** Shows step `index` (clamped): its scene in the mode in use, the blank screen lifted. */
  showLessonStep(index: number): void
  setLessonBlank(blank: boolean): void
  setLessonPlacing(placing: LessonPlacing | null): void
  /** A point picked on the body while placing: a pin, or an arrow's start then end. */
  placeLessonPoint(point: SurfacePoint): void
  /** The saved lesson has a new origin (a link's lesson saved to this browser, a built-in one copied). */
  setLessonOrigin(origin: LessonOrigin): void
}

export const lessonInitialState: LessonState = {
  lessonHistory: null,
  lessonOrigin: 'saved',
  lessonStepIndex: 0,
  lessonDockOpen: false,
  lessonBlank: false,
  lessonPlacing: null,
}

/** The open lesson, or null. */
export const openLessonOf = (s: Pick<LessonState, 'lessonHistory'>): Lesson | null => s.lessonHistory?.present ?? null
export const lessonCanUndo = (s: Pick<LessonState, 'lessonHistory'>): boolean => !!s.lessonHistory && canUndo(s.lessonHistory)
export const lessonCanRedo = (s: Pick<LessonState, 'lessonHistory'>): boolean => !!s.lessonHistory && canRedo(s.lessonHistory)

export const createLessonSlice: StateCreator<AppState, [], [], LessonState & LessonActions> = (set, get) => {
  const show = (index: number): void => {
    const lesson = openLessonOf(get())
    if (!lesson) return
    const i = Math.min(Math.max(Math.trunc(index), 0), lesson.steps.length - 1)
    const step = lesson.steps[i]
    if (!step) return
    set({ lessonStepIndex: i, lessonBlank: false, lessonPlacing: null })
    // A step plays in the mode in use: present while presenting, otherwise the study view it was built in.
    const mode = get().mode === 'present' ? 'present' : 'study'
    get().applySceneState({ ...step.scene, mode })
  }
  return {
    ...lessonInitialState,
    setLessonDockOpen(open) {
      set({ lessonDockOpen: open, lessonPlacing: null })
    },
    openLesson(lesson, origin, stepIndex = 0) {
      set({ lessonHistory: startHistory(lesson), lessonOrigin: origin, lessonDockOpen: true, lessonBlank: false, lessonPlacing: null })
      show(stepIndex)
    },
    closeLesson() {
      set({ lessonHistory: null, lessonStepIndex: 0, lessonBlank: false, lessonPlacing: null })
    },
    editLesson(edit, mergeKey) {
      const history = get().lessonHistory
      if (!history || get().lessonOrigin === 'built-in') return
      const next = edit(history.present)
      const lessonHistory = recordEdit(history, next, { mergeKey })
      set({ lessonHistory, lessonStepIndex: Math.min(get().lessonStepIndex, next.steps.length - 1) })
    },
    undoLessonEdit() {
      const history = get().lessonHistory
      if (!history) return
      const lessonHistory = undo(history)
      set({ lessonHistory, lessonStepIndex: Math.min(get().lessonStepIndex, lessonHistory.present.steps.length - 1) })
    },
    redoLessonEdit() {
      const history = get().lessonHistory
      if (!history) return
      const lessonHistory = redo(history)
      set({ lessonHistory, lessonStepIndex: Math.min(get().lessonStepIndex, lessonHistory.present.steps.length - 1) })
    },
    showLessonStep: show,
    setLessonBlank(blank) {
      set({ lessonBlank: blank })
    },
    setLessonPlacing(placing) {
      set({ lessonPlacing: placing })
    },
    placeLessonPoint(point) {
      const placing = get().lessonPlacing
      const lesson = openLessonOf(get())
      if (!placing || !lesson) return
      const index = get().lessonStepIndex
      const step = lesson.steps[index]
      if (!step) return
      if (placing.kind === 'pin') {
        get().editLesson((l) => addPin(l, index, { label: `Point ${step.pins.length + 1}`, at: point }))
        set({ lessonPlacing: null })
      } else if (!placing.from) {
        set({ lessonPlacing: { kind: 'arrow', from: point } })
      } else {
        const from = placing.from
        get().editLesson((l) => addArrow(l, index, { label: '', from, to: point }))
        set({ lessonPlacing: null })
      }
    },
    setLessonOrigin(origin) {
      set({ lessonOrigin: origin })
    },
  }
}
