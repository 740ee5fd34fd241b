// The speaker-notes window (opened from a presented lesson as ?speaker-notes): the step on screen with its caption,
// the notes in large type, what comes next, and buttons that turn the presentation. It holds no lesson of its own;
// everything comes over the presenter channel.
import { useEffect, useRef, useState, type ReactElement } from 'react'
import { Caption } from './Caption'
import { PRESENTER_CHANNEL, type PresenterMessage } from './presenterChannel'

type StepMessage = Extract<PresenterMessage, { kind: 'step' }>

export function SpeakerNotes(): ReactElement {
  const [step, setStep] = useState<StepMessage | null>(null)
  const channel = useRef<BroadcastChannel | null>(null)
  useEffect(() => {
    const c = new BroadcastChannel(PRESENTER_CHANNEL)
    channel.current = c
    c.onmessage = (e: MessageEvent<PresenterMessage>) => {
      if (e.data.kind === 'step') setStep(e.data)
    }
    c.postMessage({ kind: 'hello' } satisfies PresenterMessage)
    return () => c.close()
  }, [])
  useEffect(() => {
    document.title = step ? `Notes: ${step.lessonTitle}` : 'Speaker notes'
  }, [step])
  const send = (kind: 'next' | 'previous'): void => channel.current?.postMessage({ kind } satisfies PresenterMessage)
  return (
    <main className="tpa-f tpa-notes-window">
      {!step ? (
        <p>Waiting for the presentation: start presenting a lesson in the main window.</p>
      ) : (
        <>
          <p className="tpa-f-muted">
            {step.lessonTitle}: step {step.stepIndex + 1} of {step.stepCount}
          </p>
          <h1>{step.title || `Step ${step.stepIndex + 1}`}</h1>
          <Caption text={step.caption} className="tpa-notes-caption" />
          <h2>Notes</h2>
          {step.notes ? <Caption text={step.notes} className="tpa-notes-text" /> : <p className="tpa-f-muted">No notes for this step.</p>}
          <p className="tpa-f-muted">Next: {step.nextTitle ?? (step.stepIndex + 1 < step.stepCount ? 'untitled step' : 'the end')}</p>
          <div className="tpa-lesson-row">
            <button type="button" onClick={() => send('previous')}>
              Previous step
            </button>
            <button type="button" onClick={() => send('next')}>
              Next step
            </button>
          </div>
        </>
      )}
    </main>
  )
}
