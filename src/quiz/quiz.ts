// Self-test for students: questions drawn from the atlas (name the highlighted muscle, name the muscle whose
// trigger point refers pain in the pattern shown, name a muscle's nerve). Pure: the random source is passed in,
// so a seed gives the same questions, and every question has exactly one right answer among its choices.
import type { Muscle } from '../atlas/schema'

export type QuestionKind = 'name-the-muscle' | 'referral-pattern' | 'innervation'

export const QUESTION_KINDS: readonly { id: QuestionKind; label: string }[] = [
  { id: 'name-the-muscle', label: 'Name the highlighted muscle' },
  { id: 'referral-pattern', label: 'Which muscle refers pain here?' },
  { id: 'innervation', label: 'Which nerve supplies it?' },
]

export interface QuizChoice {
  /** What is checked: a muscle id, or a nerve's name for innervation questions. */
  id: string
  label: string
}

export interface Question {
  kind: QuestionKind
  /** The muscle the question is about. */
  muscleId: string
  side: 'left' | 'right'
  /** For referral questions: the trigger point whose zones are shown. */
  triggerPointId?: string
  prompt: string
  choices: QuizChoice[]
  answerId: string
}

export interface QuizScore {
  asked: number
  correct: number
}

/** mulberry32: a small seeded random source in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function pick<T>(items: readonly T[], random: () => number): T {
  const item = items[Math.min(items.length - 1, Math.floor(random() * items.length))]
  if (item === undefined) throw new Error('quiz: no items to pick a question from')
  return item
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[out[i], out[j]] = [out[j]!, out[i]!] // 0 <= j <= i < out.length
  }
  return out
}

/** Up to `n` distinct items, those passing `preferred` first (each group in random order). */
function choose<T>(items: readonly T[], n: number, preferred: (t: T) => boolean, random: () => number): T[] {
  const first = shuffled(items.filter(preferred), random)
  const rest = shuffled(
    items.filter((t) => !preferred(t)),
    random,
  )
  return [...first, ...rest].slice(0, n)
}

/** Body regions of every trigger point's essential zone of a muscle. */
function essentialRegions(m: Muscle): Set<string> {
  const out = new Set<string>()
  for (const tp of m.triggerPoints) for (const r of tp.essentialZone.regions) out.add(r)
  return out
}

/** The nerve named in a muscle's innervation line. */
function nerveOf(m: Muscle): string {
  return m.innervation.nerve.trim()
}

// words that do not tell nerves apart (directions, joining words): two nerve lines that share any other word
// ("radial", "gluteal", "pectoral", "rami") may name the same nerve, so neither is offered as the other's wrong answer
const NERVE_STOPWORDS = new Set([
  'nerve',
  'nerves',
  'of',
  'the',
  'and',
  'with',
  'part',
  'parts',
  'branch',
  'division',
  'cranial',
  'xi',
  'to',
  'a',
  'anterior',
  'posterior',
  'medial',
  'lateral',
  'upper',
  'lower',
  'middle',
  'deep',
  'superficial',
  'superior',
  'inferior',
  'primary',
  'proprioceptive',
])

function nerveWords(nerve: string): Set<string> {
  const words = nerve
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length > 1 && !NERVE_STOPWORDS.has(w))
  return new Set(words)
}

/** Whether two innervation lines could name the same nerve (then neither may be the other's wrong answer). */
export function nervesOverlap(a: string, b: string): boolean {
  const wa = nerveWords(a)
  for (const w of nerveWords(b)) if (wa.has(w)) return true
  return false
}

export interface QuestionInput {
  muscles: readonly Muscle[]
  /** Muscle ids that the loaded model can show (a question about a muscle it lacks cannot be drawn). */
  available: ReadonlySet<string>
  kind: QuestionKind
  random: () => number
  /** Muscle ids asked recently, not asked again while others remain. */
  recent?: readonly string[]
  choiceCount?: number
}

/** A new question, or null when the atlas and model cannot make one of this kind. */
export function makeQuestion(input: QuestionInput): Question | null {
  const n = input.choiceCount ?? 4
  const pool = input.muscles.filter((m) => input.available.has(m.id))
  if (pool.length < 2) return null
  const recent = new Set(input.recent ?? [])
  const fresh = pool.filter((m) => !recent.has(m.id))
  const side: 'left' | 'right' = input.random() < 0.5 ? 'left' : 'right'

  if (input.kind === 'innervation') {
    const nerves = [...new Set(pool.map(nerveOf))]
    const wrongFor = (m: Muscle): string[] => nerves.filter((nerve) => !nervesOverlap(nerve, nerveOf(m)))
    const candidates = (fresh.length ? fresh : pool).filter((m) => wrongFor(m).length >= n - 1)
    if (!candidates.length) return null
    const target = pick(candidates, input.random)
    const right = nerveOf(target)
    const sameArea = new Set(pool.filter((m) => m.region === target.region).map(nerveOf))
    const wrong = choose(wrongFor(target), n - 1, (nerve) => sameArea.has(nerve), input.random)
    const choices = shuffled([right, ...wrong], input.random).map((nerve) => ({ id: nerve, label: nerve }))
    return { kind: 'innervation', muscleId: target.id, side, prompt: `Which nerve supplies ${target.name}?`, choices, answerId: right }
  }

  if (input.kind === 'referral-pattern') {
    // only muscles whose zones share no region with the target's count as wrong answers, so that exactly one
    // choice refers pain to the pattern shown
    const candidates = (fresh.length ? fresh : pool).filter((t) => {
      const regions = essentialRegions(t)
      return pool.filter((m) => m.id !== t.id && ![...essentialRegions(m)].some((r) => regions.has(r))).length >= n - 1
    })
    if (!candidates.length) return null
    const target = pick(candidates, input.random)
    const tp = pick(target.triggerPoints, input.random)
    const regions = essentialRegions(target)
    const others = pool.filter((m) => m.id !== target.id && ![...essentialRegions(m)].some((r) => regions.has(r)))
    const wrong = choose(others, n - 1, (m) => m.region === target.region, input.random)
    const choices = shuffled([target, ...wrong], input.random).map((m) => ({ id: m.id, label: m.name }))
    return {
      kind: 'referral-pattern',
      muscleId: target.id,
      side,
      triggerPointId: tp.id,
      prompt: 'Which muscle has a trigger point (marked) that refers pain to the area shown?',
      choices,
      answerId: target.id,
    }
  }

  const target = pick(fresh.length ? fresh : pool, input.random)
  const wrong = choose(
    pool.filter((m) => m.id !== target.id),
    n - 1,
    (m) => m.region === target.region,
    input.random,
  )
  const choices = shuffled([target, ...wrong], input.random).map((m) => ({ id: m.id, label: m.name }))
  return { kind: 'name-the-muscle', muscleId: target.id, side, prompt: 'Which muscle is highlighted?', choices, answerId: target.id }
}

/** The score after one answer. */
export function scoreAnswer(score: QuizScore, question: Question, choiceId: string): QuizScore {
  return { asked: score.asked + 1, correct: score.correct + (choiceId === question.answerId ? 1 : 0) }
}
