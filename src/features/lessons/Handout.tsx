// The lesson handout: a picture of each step as the audience sees it, with its number, title, caption and sources,
// laid out for the browser's Print / Save as PDF. The pictures are taken by showing each step in turn and reading
// the 3D view once the camera has come to rest, with the step's pins and arrows drawn in; the step that was on
// screen is shown again afterwards.
import { useEffect, useState, type ReactElement } from 'react'
import { createPortal } from 'react-dom'
import type { Lesson } from '../../lessons/lessonFormat'
import { useAppStore } from '../../store/appStore'
import { captureViewPngWithMarks, waitForStillView } from '../scene/capture'
import { Caption } from './Caption'

export function Handout({ lesson, onClose }: { lesson: Lesson; onClose: () => void }): ReactElement {
  const [pictures, setPictures] = useState<(string | null)[]>([])
  const done = pictures.length === lesson.steps.length
  useEffect(() => {
    let live = true
    const { showLessonStep, lessonStepIndex } = useAppStore.getState()
    void (async () => {
      const taken: (string | null)[] = []
      for (let i = 0; i < lesson.steps.length && live; i++) {
        showLessonStep(i)
        await waitForStillView()
        taken.push(captureViewPngWithMarks())
        if (live) setPictures([...taken])
      }
      if (live) showLessonStep(lessonStepIndex)
    })()
    return () => {
      live = false
    }
  }, [lesson])
  useEffect(() => {
    document.body.classList.add('tpa-handout-open')
    return () => document.body.classList.remove('tpa-handout-open')
  }, [])
  return createPortal(
    <div className="tpa-f tpa-handout" role="dialog" aria-modal="true" aria-label={`Handout: ${lesson.title}`}>
      <div className="tpa-handout-bar">
        <span role="status">{done ? 'Ready to print.' : `Preparing pictures: step ${pictures.length + 1} of ${lesson.steps.length}…`}</span>
        <button type="button" disabled={!done} onClick={() => window.print()}>
          Print or save as PDF
        </button>
        <button type="button" onClick={onClose}>
          Close handout
        </button>
      </div>
      <h1>{lesson.title}</h1>
      {lesson.author ? <p className="tpa-handout-author">{lesson.author}</p> : null}
      <ol className="tpa-handout-steps">
        {lesson.steps.map((step, i) => (
          <li key={step.id}>
            {pictures[i] ? (
              <img src={pictures[i] ?? undefined} alt={`Step ${i + 1}: the 3D view`} />
            ) : (
              <div className="tpa-handout-placeholder" aria-hidden="true" />
            )}
            <div>
              <h2>
                {i + 1}. {step.title || 'Step'}
              </h2>
              <Caption text={step.caption} />
              {step.sources.length > 0 ? <p className="tpa-f-muted">Sources: {step.sources.join(', ')}</p> : null}
            </div>
          </li>
        ))}
      </ol>
      <p className="tpa-f-muted">Made with Trigger Point Atlas, an educational atlas; not medical advice.</p>
    </div>,
    document.body,
  )
}
