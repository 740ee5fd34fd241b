// The quiz: every question from the built-in atlas has exactly one right answer among distinct choices, wrong
// answers for referral questions share no pain region with the right one, nerve distractors never name the same
// nerve, a seed repeats its questions, and the scene shows only the question's trigger point.
import { describe, expect, it } from 'vitest'
import { MUSCLE_IDS } from '../../../src/anatomy/ids'
import { loadBuiltInAtlas } from '../../../src/atlas/builtin'
import { planDisplay } from '../../../src/features/zones/displayPlan'
import { QUESTION_KINDS, makeQuestion, nervesOverlap, scoreAnswer, seededRandom, type Question } from '../../../src/quiz/quiz'

const { atlas } = loadBuiltInAtlas()
const available = new Set<string>(MUSCLE_IDS)
const byId = new Map(atlas.muscles.map((m) => [m.id, m]))

function essential(id: string): Set<string> {
  return new Set(byId.get(id)!.triggerPoints.flatMap((t) => t.essentialZone.regions))
}

function many(kind: Question['kind'], count: number, seed = 7): Question[] {
  const random = seededRandom(seed)
  const out: Question[] = []
  const recent: string[] = []
  for (let i = 0; i < count; i++) {
    const q = makeQuestion({ muscles: atlas.muscles, available, kind, random, recent })
    expect(q, `${kind} question ${i}`).not.toBeNull()
    out.push(q!)
    recent.unshift(q!.muscleId)
    recent.length = Math.min(recent.length, 6)
  }
  return out
}

describe('quiz questions from the built-in atlas', () => {
  for (const { id: kind } of QUESTION_KINDS) {
    it(`${kind}: four distinct choices, exactly one of them right`, () => {
      for (const q of many(kind, 60)) {
        expect(q.choices).toHaveLength(4)
        expect(new Set(q.choices.map((c) => c.id)).size).toBe(4)
        expect(q.choices.filter((c) => c.id === q.answerId)).toHaveLength(1)
        expect(byId.has(q.muscleId)).toBe(true)
      }
    })
  }

  it('name-the-muscle: the answer is the muscle asked about, wrong answers prefer its body area', () => {
    let sameArea = 0
    let wrongAnswers = 0
    for (const q of many('name-the-muscle', 60)) {
      expect(q.answerId).toBe(q.muscleId)
      for (const c of q.choices) {
        if (c.id === q.answerId) continue
        wrongAnswers++
        if (byId.get(c.id)!.region === byId.get(q.muscleId)!.region) sameArea++
      }
    }
    expect(sameArea / wrongAnswers).toBeGreaterThan(0.8)
  })

  it('referral-pattern: no wrong answer refers pain to any region of the right one', () => {
    for (const q of many('referral-pattern', 60)) {
      const right = essential(q.answerId)
      expect(byId.get(q.muscleId)!.triggerPoints.some((t) => t.id === q.triggerPointId)).toBe(true)
      for (const c of q.choices) {
        if (c.id === q.answerId) continue
        const overlap = [...essential(c.id)].filter((r) => right.has(r))
        expect(overlap, `${c.id} vs ${q.answerId}`).toEqual([])
      }
    }
  })

  it("innervation: the right nerve is the muscle's, and no wrong answer could name the same nerve", () => {
    for (const q of many('innervation', 60)) {
      expect(q.answerId).toBe(byId.get(q.muscleId)!.innervation.nerve)
      for (const c of q.choices) if (c.id !== q.answerId) expect(nervesOverlap(c.id, q.answerId), `${c.id} / ${q.answerId}`).toBe(false)
    }
    expect(nervesOverlap('Radial nerve', 'Posterior interosseous nerve (deep branch of the radial nerve)')).toBe(true)
    expect(nervesOverlap('Superior gluteal nerve', 'Inferior gluteal nerve')).toBe(true)
    expect(nervesOverlap('Tibial nerve', 'Femoral nerve')).toBe(false)
  })

  it('a seed repeats its questions; recent muscles are not asked again while others remain', () => {
    expect(many('name-the-muscle', 10, 42)).toEqual(many('name-the-muscle', 10, 42))
    const qs = many('name-the-muscle', 7, 3)
    expect(new Set(qs.map((q) => q.muscleId)).size).toBe(7)
  })

  it('asks only about muscles the model can show, and says when it cannot ask', () => {
    const two = new Set(['soleus', 'gastrocnemius'])
    const q = makeQuestion({ muscles: atlas.muscles, available: two, kind: 'name-the-muscle', random: seededRandom(1) })
    expect(q && two.has(q.muscleId)).toBe(true)
    expect(q!.choices.length).toBe(2)
    expect(
      makeQuestion({ muscles: atlas.muscles, available: new Set(['soleus']), kind: 'name-the-muscle', random: seededRandom(1) }),
    ).toBeNull()
    expect(makeQuestion({ muscles: atlas.muscles, available: two, kind: 'innervation', random: seededRandom(1) })).toBeNull()
  })

  it('counts right and wrong answers', () => {
    const q = many('name-the-muscle', 1)[0]!
    const wrong = q.choices.find((c) => c.id !== q.answerId)!.id
    expect(scoreAnswer(scoreAnswer({ asked: 0, correct: 0 }, q, q.answerId), q, wrong)).toEqual({ asked: 2, correct: 1 })
  })
})

describe('the scene for a referral question', () => {
  it("draws only the question's trigger point and its zones, on its side, over a focus muscle", () => {
    const m = byId.get('upper-trapezius')!
    const tp = m.triggerPoints[0]!
    const plan = planDisplay({
      muscles: atlas.muscles,
      muscleById: byId,
      focus: { muscleId: 'soleus', side: 'left' },
      triggerPoint: null,
      compareMuscleId: 'gastrocnemius',
      areaView: null,
      quiz: { muscleId: m.id, triggerPointId: tp.id, side: 'right' },
    })
    expect(plan.primary).toEqual([{ muscleId: m.id, triggerPoints: [tp], sides: ['right'] }])
    expect(plan.compare).toEqual([])
    expect(plan.marks.map((k) => [k.muscleId, k.triggerPointId, k.side])).toEqual([[m.id, tp.id, 'right']])
  })
})
