// Presenting a lesson: what the audience sees in present mode with a lesson open (the body large, the step's
// caption and sources in type readable from the back of a room, a step counter) and the presenter's controls: the
// keys clickers send, on-screen previous/next, B to blank, a typed number to jump, a laser pointer (hold L, or
// switch it on and hold the mouse), Escape to stop, and speaker notes in a second window that follows along.
import { useEffect, useRef, useState, type ReactElement } from 'react'
import { DIGIT_PAUSE_MS, presentAction, typedStepIndex } from '../../lessons/presentKeys'
import { useAppStore } from '../../store/appStore'
import { openLessonOf } from '../../store/lessonSlice'
import { Caption } from './Caption'
import { PRESENTER_CHANNEL, type PresenterMessage } from './presenterChannel'

export function LessonPresenter(): ReactElement | null {
  const presenting = useAppStore((s) => s.mode === 'present' && s.lessonHistory !== null)
  return presenting ? <Presenter /> : null
}

function Presenter(): ReactElement | null {
  const lesson = useAppStore(openLessonOf)
  const index = useAppStore((s) => s.lessonStepIndex)
  const blank = useAppStore((s) => s.lessonBlank)
  const typed = useRef('')
  const [typedShown, setTypedShown] = useState('')
  const [laserOn, setLaserOn] = useState(false)
  const [laserKey, setLaserKey] = useState(false)
  const [laserAt, setLaserAt] = useState<{ x: number; y: number } | null>(null)
  const [mouseDown, setMouseDown] = useState(false)
  const typedTimer = useRef(0)
  const channel = useRef<BroadcastChannel | null>(null)

  const count = lesson?.steps.length ?? 0
  const go = (i: number): void => {
    if (i >= 0 && i < count) useAppStore.getState().showLessonStep(i)
  }
  const exit = (): void => {
    useAppStore.getState().setMode('study')
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined)
  }

  // The presenter's keys; a typed step number jumps on Enter or after a short pause.
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      const target = e.target as HTMLElement | null
      if (target && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return
      if ((e.key === 'l' || e.key === 'L') && !e.repeat) {
        setLaserKey(true)
        return
      }
      const action = presentAction(e)
      if (!action) return
      // Heard before the 3D view's own keys (arrows orbit there): while presenting, they turn the steps.
      e.preventDefault()
      e.stopPropagation()
      const { lessonStepIndex, lessonBlank, setLessonBlank } = useAppStore.getState()
      const jump = (): void => {
        const i = typedStepIndex(typed.current, count)
        typed.current = ''
        setTypedShown('')
        if (i !== null) go(i)
      }
      switch (action.kind) {
        case 'next':
          go(lessonStepIndex + 1)
          break
        case 'previous':
          go(lessonStepIndex - 1)
          break
        case 'first':
          go(0)
          break
        case 'last':
          go(count - 1)
          break
        case 'blank':
          setLessonBlank(!lessonBlank)
          break
        case 'exit':
          exit()
          break
        case 'digit': {
          window.clearTimeout(typedTimer.current)
          typed.current = `${typed.current}${action.digit}`.slice(-3)
          setTypedShown(typed.current)
          typedTimer.current = window.setTimeout(() => jump(), DIGIT_PAUSE_MS)
          break
        }
        case 'go-typed':
          window.clearTimeout(typedTimer.current)
          jump()
          break
      }
    }
    const onUp = (e: KeyboardEvent): void => {
      if (e.key === 'l' || e.key === 'L') setLaserKey(false)
    }
    window.addEventListener('keydown', onKey, true)
    window.addEventListener('keyup', onUp)
    return () => {
      window.removeEventListener('keydown', onKey, true)
      window.removeEventListener('keyup', onUp)
      window.clearTimeout(typedTimer.current)
    }
    // `go` and `exit` read the store when called
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [count])

  // The laser follows the pointer while L is held, or while the laser is switched on and the mouse is held.
  useEffect(() => {
    const onMove = (e: PointerEvent): void => setLaserAt({ x: e.clientX, y: e.clientY })
    window.addEventListener('pointermove', onMove)
    return () => window.removeEventListener('pointermove', onMove)
  }, [])

  // Speaker notes: a second window (opened with the button) hears each step and can turn them.
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return
    const c = new BroadcastChannel(PRESENTER_CHANNEL)
    channel.current = c
    c.onmessage = (e: MessageEvent<PresenterMessage>) => {
      const { lessonStepIndex } = useAppStore.getState()
      if (e.data.kind === 'next') go(lessonStepIndex + 1)
      else if (e.data.kind === 'previous') go(lessonStepIndex - 1)
      else if (e.data.kind === 'hello') post()
    }
    return () => {
      c.close()
      channel.current = null
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])
  const post = (): void => {
    const s = useAppStore.getState()
    const l = openLessonOf(s)
    const step = l?.steps[s.lessonStepIndex]
    if (!l || !step) return
    channel.current?.postMessage({
      kind: 'step',
      lessonTitle: l.title,
      stepIndex: s.lessonStepIndex,
      stepCount: l.steps.length,
      title: step.title,
      caption: step.caption,
      notes: step.notes,
      nextTitle: l.steps[s.lessonStepIndex + 1]?.title ?? null,
    } satisfies PresenterMessage)
  }
  useEffect(post, [index, lesson])

  if (!lesson) return null
  const step = lesson.steps[index]
  if (!step) return null
  const laserVisible = laserAt !== null && (laserKey || (laserOn && mouseDown))
  return (
    <div className="tpa-f tpa-present" data-testid="lesson-presenter">
      {/* While the laser is switched on, the mouse points instead of turning the body. */}
      {laserOn ? (
        <div
          className="tpa-present-laser-surface"
          onPointerDown={() => setMouseDown(true)}
          onPointerUp={() => setMouseDown(false)}
          onPointerLeave={() => setMouseDown(false)}
        />
      ) : null}
      <p className="tpa-present-counter" aria-live="polite" aria-label={`Step ${index + 1} of ${lesson.steps.length}`}>
        {index + 1} / {lesson.steps.length}
        {typedShown ? <span className="tpa-present-typed"> → {typedShown}</span> : null}
      </p>
      {step.title || step.caption ? (
        <div className="tpa-present-caption" data-testid="lesson-caption">
          {step.title ? <h2>{step.title}</h2> : null}
          <Caption text={step.caption} />
          {step.sources.length > 0 ? <p className="tpa-present-sources">Sources: {step.sources.join(', ')}</p> : null}
        </div>
      ) : null}
      <div className="tpa-present-controls">
        <button type="button" onClick={() => go(index - 1)} disabled={index === 0} aria-label="Previous step">
          ‹
        </button>
        <button type="button" onClick={() => go(index + 1)} disabled={index === lesson.steps.length - 1} aria-label="Next step">
          ›
        </button>
        <button type="button" aria-pressed={laserOn} onClick={() => setLaserOn((v) => !v)}>
          Laser
        </button>
        <button
          type="button"
          onClick={() => {
            window.open(`${location.pathname}?speaker-notes`, 'tpa-speaker-notes', 'popup,width=760,height=560')
          }}
        >
          Speaker notes
        </button>
        <button type="button" onClick={exit}>
          Stop presenting
        </button>
      </div>
      {laserVisible ? <div className="tpa-present-laser" style={{ left: laserAt.x, top: laserAt.y }} aria-hidden="true" /> : null}
      {blank ? <div className="tpa-present-blank" role="img" aria-label="Screen blanked (press B to show it again)" /> : null}
    </div>
  )
}
