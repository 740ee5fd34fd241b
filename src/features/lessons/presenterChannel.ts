// The messages between a presented lesson and its speaker-notes window (same origin, BroadcastChannel): the
// presenter announces each step; the notes window asks for the current one when it opens and can turn steps.
export const PRESENTER_CHANNEL = 'tpa-lesson-presenter'

export type PresenterMessage =
  | {
      kind: 'step'
      lessonTitle: string
      stepIndex: number
      stepCount: number
      title: string
      caption: string
      notes: string
      nextTitle: string | null
    }
  | { kind: 'hello' }
  | { kind: 'next' }
  | { kind: 'previous' }
