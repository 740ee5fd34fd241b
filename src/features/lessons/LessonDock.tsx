// The lesson dock under the 3D view: with no lesson open, the library (built-in lessons, the lessons saved in this
// browser, a new lesson from the current view, a lesson file to open); with one open, its steps as a strip and the
// step on screen to edit: caption, speaker notes, pins and arrows, with undo and redo, then present, copy a link,
// export a file or print a handout. Edits are pure functions (src/lessons/lessonEdits.ts) kept in the store's
// history; a saved lesson is written back to this browser's database as it changes.
import { useEffect, useRef, useState, type ReactElement } from 'react'
import { loadBuiltInLessons } from '../../lessons/builtInLessons'
import { captionPlainText, MAX_CAPTION_CHARS, MAX_NOTES_CHARS } from '../../lessons/caption'
import {
  addStep,
  copyOfLesson,
  deleteStep,
  duplicateStep,
  moveStep,
  newLesson,
  removeArrow,
  removePin,
  setLessonTitle,
  updateArrow,
  updatePin,
  updateStep,
} from '../../lessons/lessonEdits'
import { MAX_LABEL_CHARS, MAX_TITLE_CHARS, type Lesson } from '../../lessons/lessonFormat'
import { idbLessonStorage } from '../../lessons/lessonIdb'
import { deleteLesson, loadLessons, saveLesson } from '../../lessons/lessonRepository'
import { useAppStore } from '../../store/appStore'
import { lessonCanRedo, lessonCanUndo, openLessonOf } from '../../store/lessonSlice'
import { captureSceneState } from '../../store/sceneStateSlice'
import { downloadLessonFile, lessonLink, readLessonFile } from './lessonIo'
import { Handout } from './Handout'

const storage = idbLessonStorage()
const SAVE_DELAY_MS = 400

const capture = () => captureSceneState(useAppStore)

export function LessonDock(): ReactElement | null {
  const open = useAppStore((s) => s.lessonDockOpen)
  const lesson = useAppStore(openLessonOf)
  if (!open) return null
  return (
    <section className="tpa-f tpa-lesson-dock" aria-label="Lesson">
      {lesson ? <LessonEditor lesson={lesson} /> : <LessonLibrary />}
    </section>
  )
}

function LessonLibrary(): ReactElement {
  const { openLesson, setLessonDockOpen } = useAppStore.getState()
  const [builtIn, setBuiltIn] = useState<Lesson[]>([])
  const [saved, setSaved] = useState<Lesson[]>([])
  const [problems, setProblems] = useState<string[]>([])
  const [message, setMessage] = useState<string | null>(null)
  const [version, setVersion] = useState(0)
  const fileInput = useRef<HTMLInputElement>(null)
  useEffect(() => {
    let live = true
    void Promise.all([loadBuiltInLessons(), loadLessons(storage)]).then(
      ([b, s]) => {
        if (!live) return
        setBuiltIn(b.lessons)
        setSaved(s.lessons)
        setProblems([...b.problems, ...s.problems])
      },
      (err: unknown) => live && setProblems([`The saved lessons could not be read: ${err instanceof Error ? err.message : String(err)}`]),
    )
    return () => {
      live = false
    }
  }, [version])
  return (
    <div className="tpa-lesson-library">
      <div className="tpa-lesson-row">
        <h2>Lessons</h2>
        <button
          type="button"
          onClick={() => {
            const lesson = newLesson(capture())
            void saveLesson(storage, lesson).then(
              () => openLesson(lesson, 'saved'),
              (err: unknown) => setMessage(`The new lesson could not be saved: ${err instanceof Error ? err.message : String(err)}`),
            )
          }}
        >
          New lesson from this view
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
          Open lesson file…
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          aria-label="Lesson file"
          onChange={(e) => {
            const file = e.target.files?.[0]
            e.target.value = ''
            if (!file) return
            void readLessonFile(file).then((read) => (read.ok ? openLesson(read.lesson, 'file') : setMessage(read.message)))
          }}
        />
        <button type="button" className="tpa-lesson-close" onClick={() => setLessonDockOpen(false)}>
          Close
        </button>
      </div>
      {message ? (
        <p role="alert" className="tpa-lesson-problem">
          {message}
        </p>
      ) : null}
      <div className="tpa-lesson-lists">
        <div>
          <h3>Built-in lessons</h3>
          <ul aria-label="Built-in lessons">
            {builtIn.map((l) => (
              <li key={l.id}>
                <button type="button" onClick={() => openLesson(l, 'built-in')}>
                  {l.title}
                </button>{' '}
                <span className="tpa-f-muted">{l.steps.length} steps</span>
              </li>
            ))}
          </ul>
        </div>
        <div>
          <h3>My lessons (kept in this browser)</h3>
          {saved.length === 0 ? <p className="tpa-f-muted">None yet: start one from the current view.</p> : null}
          <ul aria-label="My lessons">
            {saved.map((l) => (
              <li key={l.id}>
                <button type="button" onClick={() => openLesson(l, 'saved')}>
                  {l.title}
                </button>{' '}
                <span className="tpa-f-muted">{l.steps.length} steps</span>{' '}
                <button
                  type="button"
                  aria-label={`Delete lesson ${l.title}`}
                  onClick={() => {
                    if (!window.confirm(`Delete the lesson "${l.title}" from this browser? Export it first to keep a copy.`)) return
                    void deleteLesson(storage, l.id).then(() => setVersion((v) => v + 1))
                  }}
                >
                  Delete
                </button>
              </li>
            ))}
          </ul>
        </div>
      </div>
      {problems.length > 0 ? (
        <ul className="tpa-lesson-problem" aria-label="Lessons that could not be read">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}

/** Writes a saved lesson back to the database shortly after it changes. */
function useAutosave(lesson: Lesson, saved: boolean): string | null {
  const [status, setStatus] = useState<string | null>(null)
  const first = useRef(true)
  useEffect(() => {
    if (first.current) {
      first.current = false
      return
    }
    if (!saved) return
    const timer = setTimeout(() => {
      void saveLesson(storage, lesson).then(
        () => setStatus('Saved in this browser'),
        (err: unknown) => setStatus(`Not saved: ${err instanceof Error ? err.message : String(err)}`),
      )
    }, SAVE_DELAY_MS)
    return () => clearTimeout(timer)
  }, [lesson, saved])
  return status
}

function LessonEditor({ lesson }: { lesson: Lesson }): ReactElement {
  // The presenter's code is fetched while the lesson is edited, so Present answers the first key at once.
  useEffect(() => void import('./LessonPresenter'), [])
  const origin = useAppStore((s) => s.lessonOrigin)
  const index = useAppStore((s) => s.lessonStepIndex)
  const canUndo = useAppStore(lessonCanUndo)
  const canRedo = useAppStore(lessonCanRedo)
  const placing = useAppStore((s) => s.lessonPlacing)
  const {
    editLesson,
    showLessonStep,
    undoLessonEdit,
    redoLessonEdit,
    closeLesson,
    setLessonPlacing,
    openLesson,
    setMode,
    setLessonOrigin,
  } = useAppStore.getState()
  const readOnly = origin === 'built-in'
  const status = useAutosave(lesson, origin === 'saved')
  const [message, setMessage] = useState<string | null>(null)
  const [link, setLink] = useState<string | null>(null)
  const [handout, setHandout] = useState(false)
  // the step being dragged, in a ref: the drop can arrive before React has re-rendered after the drag started
  const dragFrom = useRef<number | null>(null)
  const step = lesson.steps[index] ?? lesson.steps[0]!

  // Undo and redo from the keyboard, outside text fields (they keep their own).
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      const target = e.target as HTMLElement | null
      if (target && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return
      const key = e.key.toLowerCase()
      if (key === 'z' && !e.shiftKey) {
        e.preventDefault()
        useAppStore.getState().undoLessonEdit()
      } else if ((key === 'z' && e.shiftKey) || key === 'y') {
        e.preventDefault()
        useAppStore.getState().redoLessonEdit()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  const move = (from: number, to: number): void => {
    if (to < 0 || to >= lesson.steps.length || from === to) return
    editLesson((l) => moveStep(l, from, to))
    useAppStore.setState({ lessonStepIndex: to })
  }

  return (
    <div className="tpa-lesson-editor">
      <div className="tpa-lesson-row">
        <label>
          <span className="visually-hidden">Lesson title</span>
          <input
            type="text"
            className="tpa-lesson-title"
            aria-label="Lesson title"
            value={lesson.title}
            maxLength={MAX_TITLE_CHARS}
            readOnly={readOnly}
            onChange={(e) => editLesson((l) => setLessonTitle(l, e.target.value), 'title')}
          />
        </label>
        <input
          type="text"
          aria-label="Author"
          placeholder="Author"
          value={lesson.author}
          maxLength={MAX_TITLE_CHARS}
          readOnly={readOnly}
          onChange={(e) => editLesson((l) => setLessonTitle(l, l.title, e.target.value), 'author')}
        />
        <button type="button" disabled={!canUndo} onClick={undoLessonEdit} title="Undo (Ctrl+Z)">
          Undo
        </button>
        <button type="button" disabled={!canRedo} onClick={redoLessonEdit} title="Redo (Ctrl+Shift+Z)">
          Redo
        </button>
        <button
          type="button"
          className="tpa-lesson-primary"
          onClick={() => {
            setMode('present')
            showLessonStep(index)
            void document.documentElement.requestFullscreen?.().catch(() => undefined)
          }}
        >
          Present
        </button>
        <button
          type="button"
          onClick={() =>
            void lessonLink(lesson).then((made) => {
              if (!made.ok) {
                setLink(null)
                setMessage(made.message)
                return
              }
              setLink(made.url)
              void navigator.clipboard?.writeText(made.url).then(
                () =>
                  setMessage(
                    `Link copied (${made.url.length.toLocaleString('en')} characters). It holds the whole lesson; nothing is uploaded.`,
                  ),
                () => setMessage('Copy the link below (the browser did not allow copying it).'),
              )
            })
          }
        >
          Copy link
        </button>
        <button type="button" onClick={() => downloadLessonFile(lesson)}>
          Export file
        </button>
        <button type="button" onClick={() => setHandout(true)}>
          Handout
        </button>
        <button type="button" className="tpa-lesson-close" onClick={closeLesson}>
          Close lesson
        </button>
      </div>
      {readOnly ? (
        <p className="tpa-lesson-note">
          A built-in lesson (read-only).{' '}
          <button
            type="button"
            onClick={() => {
              const copy = copyOfLesson(lesson)
              void saveLesson(storage, copy).then(() => openLesson(copy, 'saved', index))
            }}
          >
            Make an editable copy
          </button>
        </p>
      ) : origin !== 'saved' ? (
        <p className="tpa-lesson-note">
          Opened from a {origin === 'link' ? 'link' : 'file'}; not kept in this browser yet.{' '}
          <button
            type="button"
            onClick={() =>
              void saveLesson(storage, lesson).then(
                () => setLessonOrigin('saved'),
                (err: unknown) => setMessage(`Not saved: ${err instanceof Error ? err.message : String(err)}`),
              )
            }
          >
            Save to my lessons
          </button>
        </p>
      ) : null}
      {message ? (
        <p role="status" className="tpa-lesson-note">
          {message}
        </p>
      ) : null}
      {link ? (
        <input type="text" readOnly aria-label="Lesson link" value={link} onFocus={(e) => e.target.select()} className="tpa-lesson-link" />
      ) : null}
      {status ? (
        <p className="tpa-f-muted" role="status">
          {status}
        </p>
      ) : null}

      <ol className="tpa-lesson-steps" aria-label="Steps">
        {lesson.steps.map((s, i) => (
          <li
            key={s.id}
            draggable={!readOnly}
            onDragStart={() => {
              dragFrom.current = i
            }}
            onDragOver={(e) => e.preventDefault()}
            onDrop={() => {
              if (dragFrom.current !== null) move(dragFrom.current, i)
              dragFrom.current = null
            }}
            onDragEnd={() => {
              dragFrom.current = null
            }}
          >
            <button
              type="button"
              aria-current={i === index ? 'step' : undefined}
              aria-keyshortcuts="Alt+ArrowLeft Alt+ArrowRight"
              onClick={() => showLessonStep(i)}
              onKeyDown={(e) => {
                if (readOnly || !e.altKey) return
                if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') {
                  e.preventDefault()
                  move(i, i - 1)
                } else if (e.key === 'ArrowRight' || e.key === 'ArrowDown') {
                  e.preventDefault()
                  move(i, i + 1)
                }
              }}
            >
              <span className="tpa-lesson-step-number">{i + 1}</span>{' '}
              {s.title || captionPlainText(s.caption).slice(0, 40) || 'Untitled step'}
            </button>
          </li>
        ))}
      </ol>
      {readOnly ? null : (
        <div className="tpa-lesson-row">
          <button
            type="button"
            className="tpa-lesson-primary"
            onClick={() => {
              editLesson((l) => addStep(l, capture(), index))
              useAppStore.setState({ lessonStepIndex: Math.min(index + 1, useAppStore.getState().lessonHistory!.present.steps.length - 1) })
            }}
          >
            Add step from this view
          </button>
          <button type="button" onClick={() => editLesson((l) => updateStep(l, index, { scene: capture() }))}>
            Update step from this view
          </button>
          <button type="button" onClick={() => editLesson((l) => duplicateStep(l, index))}>
            Duplicate step
          </button>
          <button type="button" disabled={index === 0} onClick={() => move(index, index - 1)}>
            Move earlier
          </button>
          <button type="button" disabled={index === lesson.steps.length - 1} onClick={() => move(index, index + 1)}>
            Move later
          </button>
          <button type="button" disabled={lesson.steps.length <= 1} onClick={() => editLesson((l) => deleteStep(l, index))}>
            Delete step
          </button>
        </div>
      )}

      <div className="tpa-lesson-step-editor" aria-label={`Step ${index + 1}`} role="group">
        <label>
          Step title
          <input
            type="text"
            value={step.title}
            maxLength={MAX_TITLE_CHARS}
            readOnly={readOnly}
            onChange={(e) => editLesson((l) => updateStep(l, index, { title: e.target.value }), `title:${step.id}`)}
          />
        </label>
        <label>
          Caption <span className="tpa-f-muted">(**bold**, *italic*, lines starting with "- " make a list)</span>
          <textarea
            rows={3}
            value={step.caption}
            maxLength={MAX_CAPTION_CHARS}
            readOnly={readOnly}
            onChange={(e) => editLesson((l) => updateStep(l, index, { caption: e.target.value }), `caption:${step.id}`)}
          />
        </label>
        <label>
          Speaker notes
          <textarea
            rows={3}
            value={step.notes}
            maxLength={MAX_NOTES_CHARS}
            readOnly={readOnly}
            onChange={(e) => editLesson((l) => updateStep(l, index, { notes: e.target.value }), `notes:${step.id}`)}
          />
        </label>
        <div>
          <strong>Pins and arrows</strong>{' '}
          {readOnly ? null : placing ? (
            <>
              <span role="status">
                {placing.kind === 'pin'
                  ? 'Click on the body to place the pin.'
                  : placing.from
                    ? 'Click where the arrow points to.'
                    : 'Click where the arrow starts.'}
              </span>{' '}
              <button type="button" onClick={() => setLessonPlacing(null)}>
                Cancel
              </button>
            </>
          ) : (
            <>
              <button type="button" onClick={() => setLessonPlacing({ kind: 'pin' })}>
                Add pin
              </button>{' '}
              <button type="button" onClick={() => setLessonPlacing({ kind: 'arrow', from: null })}>
                Add arrow
              </button>
            </>
          )}
          <ul aria-label="Pins">
            {step.pins.map((p, i) => (
              <li key={p.id}>
                <input
                  type="text"
                  aria-label={`Pin ${i + 1} label`}
                  value={p.label}
                  maxLength={MAX_LABEL_CHARS}
                  readOnly={readOnly}
                  onChange={(e) => editLesson((l) => updatePin(l, index, p.id, { label: e.target.value }), `pin:${p.id}`)}
                />
                {readOnly ? null : (
                  <button type="button" aria-label={`Remove pin ${p.label}`} onClick={() => editLesson((l) => removePin(l, index, p.id))}>
                    Remove
                  </button>
                )}
              </li>
            ))}
            {step.arrows.map((a, i) => (
              <li key={a.id}>
                <input
                  type="text"
                  aria-label={`Arrow ${i + 1} label`}
                  placeholder={`Arrow ${i + 1}`}
                  value={a.label}
                  maxLength={MAX_LABEL_CHARS}
                  readOnly={readOnly}
                  onChange={(e) => editLesson((l) => updateArrow(l, index, a.id, { label: e.target.value }), `arrow:${a.id}`)}
                />
                {readOnly ? null : (
                  <button type="button" aria-label={`Remove arrow ${i + 1}`} onClick={() => editLesson((l) => removeArrow(l, index, a.id))}>
                    Remove
                  </button>
                )}
              </li>
            ))}
          </ul>
        </div>
      </div>
      {handout ? <Handout lesson={lesson} onClose={() => setHandout(false)} /> : null}
    </div>
  )
}
