// The "Quiz" tab: students test themselves on the atlas (name the highlighted muscle, name the muscle whose
// trigger point refers pain to the pattern shown, name a muscle's nerve). Questions come from src/quiz (pure);
// this panel only shows them and sets the view: the highlighted muscle or the trigger point's zones, with every
// name label hidden until the answer is given. The score stays in this tab (nothing is stored or sent).
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useViewer } from '../store'
import { loadAtlas, useAtlasVersion } from '../atlasEntry'
import { useFeatureStore } from '../../features/store'
import type { Muscle } from '../../atlas/schema'
import { QUESTION_KINDS, makeQuestion, scoreAnswer, seededRandom, type Question, type QuestionKind, type QuizScore } from '../../quiz/quiz'

const RECENT = 6

function useAtlasMuscles(): readonly Muscle[] | null {
  const version = useAtlasVersion()
  const [muscles, setMuscles] = useState<readonly Muscle[] | null>(null)
  useEffect(() => {
    let live = true
    loadAtlas().then(
      ({ atlas }) => live && setMuscles(atlas.muscles),
      () => live && setMuscles([]),
    )
    return () => {
      live = false
    }
  }, [version])
  return muscles
}

export function QuizPanel(): React.JSX.Element {
  const muscles = useAtlasMuscles()
  const structures = useViewer((s) => s.structures)
  const available = useMemo(() => new Set(structures.filter((r) => r.kind === 'muscle').map((r) => r.id)), [structures])
  const [kind, setKind] = useState<QuestionKind>('name-the-muscle')
  const [question, setQuestion] = useState<Question | null>(null)
  const [answer, setAnswer] = useState<string | null>(null)
  const [score, setScore] = useState<QuizScore>({ asked: 0, correct: 0 })
  const [problem, setProblem] = useState<string | null>(null)
  const random = useRef(seededRandom(Date.now() & 0xffffffff))
  const recent = useRef<string[]>([])

  const ask = useCallback(
    (k: QuestionKind) => {
      if (!muscles) return
      const q = makeQuestion({ muscles, available, kind: k, random: random.current, recent: recent.current })
      setAnswer(null)
      setQuestion(q)
      setProblem(q ? null : 'This atlas and model cannot make a question of this kind (too few muscles with distinct answers).')
      if (q) recent.current = [q.muscleId, ...recent.current].slice(0, RECENT)
    },
    [muscles, available],
  )

  // the view follows the question: highlight or zones, names hidden until answered
  useEffect(() => {
    const viewer = useViewer.getState()
    const features = useFeatureStore.getState()
    if (!question) {
      viewer.setQuizView({ highlight: null, namesHidden: false })
      features.setQuizTriggerPoint(null)
      return
    }
    const answered = answer !== null
    const node = `${question.muscleId}.${question.side}`
    if (question.kind === 'referral-pattern') {
      viewer.setQuizView({ highlight: answered ? node : null, namesHidden: !answered })
      features.setQuizTriggerPoint({ muscleId: question.muscleId, triggerPointId: question.triggerPointId!, side: question.side })
    } else {
      viewer.setQuizView({ highlight: node, namesHidden: question.kind === 'name-the-muscle' && !answered, frame: !answered })
      features.setQuizTriggerPoint(null)
    }
    if (!answered && viewer.selection) viewer.select(null)
  }, [question, answer])

  // leaving the tab ends the quiz view
  useEffect(
    () => () => {
      useViewer.getState().setQuizView({ highlight: null, namesHidden: false })
      useFeatureStore.getState().setQuizTriggerPoint(null)
    },
    [],
  )

  useEffect(() => {
    if (window.__tpa)
      window.__tpa.quizAnswer =
        question && answer === null ? (question.choices.find((c) => c.id === question.answerId)?.label ?? null) : null
  }, [question, answer])

  if (!muscles) return <p className="muted">Loading the atlas…</p>
  const right = question?.choices.find((c) => c.id === question.answerId)
  const muscleName = question ? muscles.find((m) => m.id === question.muscleId)?.name : undefined
  return (
    <div className="quiz">
      <fieldset className="quiz-kinds">
        <legend>Question type</legend>
        {QUESTION_KINDS.map((k) => (
          <label key={k.id}>
            <input
              type="radio"
              name="quiz-kind"
              checked={kind === k.id}
              onChange={() => {
                setKind(k.id)
                if (question) ask(k.id)
              }}
            />
            {k.label}
          </label>
        ))}
      </fieldset>
      {!question && (
        <button type="button" className="primary" onClick={() => ask(kind)}>
          Start quiz
        </button>
      )}
      {problem && <p className="muted">{problem}</p>}
      {question && (
        <section aria-label="Question" className="quiz-question">
          <p className="quiz-prompt">{question.prompt}</p>
          {question.kind === 'referral-pattern' && (
            <p className="muted">The solid area is where the pain is most often felt, the dotted area where it can spread.</p>
          )}
          <div role="group" aria-label="Answers" className="quiz-choices">
            {question.choices.map((c) => {
              const state = answer === null ? '' : c.id === question.answerId ? ' right' : c.id === answer ? ' wrong' : ''
              return (
                <button
                  key={c.id}
                  type="button"
                  className={`quiz-choice${state}`}
                  disabled={answer !== null}
                  aria-pressed={answer === c.id}
                  onClick={() => {
                    setAnswer(c.id)
                    setScore((s) => scoreAnswer(s, question, c.id))
                  }}
                >
                  {c.label}
                </button>
              )
            })}
          </div>
          <div aria-live="polite" className="quiz-feedback">
            {answer !== null && (
              <p>
                {answer === question.answerId ? <strong>Correct.</strong> : <strong>Not quite.</strong>}{' '}
                {question.kind === 'innervation' ? `${muscleName}: ${right?.label}.` : `It is ${right?.label}.`}
              </p>
            )}
          </div>
          {answer !== null && (
            <div className="quiz-actions">
              <button type="button" className="primary" onClick={() => ask(kind)}>
                Next question
              </button>
              <button type="button" onClick={() => useViewer.getState().select(`${question.muscleId}.${question.side}`, { frame: true })}>
                Select {muscleName}
              </button>
            </div>
          )}
          <p className="quiz-score" aria-live="polite">
            Score: {score.correct} of {score.asked}
          </p>
        </section>
      )}
    </div>
  )
}
