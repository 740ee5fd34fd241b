// Decides what the scene draws for the current state: which trigger points get a mark, on which side,
// and which zones are painted in the primary and the compare channel. Pure, so "the number of marks drawn
// equals the atlas count for the selection" is a tested rule, not a rendering accident.
import type { BodyArea } from '../../anatomy/ids'
import type { Muscle, TriggerPoint } from '../../atlas/schema'

export type PlanSide = 'left' | 'right'

export interface PlannedTriggerPoints {
  muscleId: string
  triggerPoints: readonly TriggerPoint[]
  sides: readonly PlanSide[]
}

export interface PlannedMark {
  muscleId: string
  triggerPointId: string
  side: PlanSide
  role: 'primary' | 'compare'
  /** The trigger point the user chose (drawn larger). */
  chosen: boolean
}

export interface DisplayPlan {
  /** Zones painted in the primary colour (solid essential, stippled spillover). */
  primary: PlannedTriggerPoints[]
  /** Zones painted in the compare colour (hatched). */
  compare: PlannedTriggerPoints[]
  marks: PlannedMark[]
}

export interface DisplayInput {
  muscleById: ReadonlyMap<string, Muscle>
  muscles: readonly Muscle[]
  focus: { muscleId: string; side: PlanSide } | null
  triggerPoint: { muscleId: string; triggerPointId: string } | null
  compareMuscleId: string | null
  areaView: BodyArea | null
  /** Patient mode: the muscles to show for the pain map (both sides where the pain is). */
  patientMuscles?: readonly { muscleId: string; sides: readonly PlanSide[] }[]
  /** A quiz question: one trigger point's zones and mark, nothing else (wins over focus and area view). */
  quiz?: { muscleId: string; triggerPointId: string; side: PlanSide } | null
}

function marksOf(planned: PlannedTriggerPoints, role: PlannedMark['role'], chosenId: string | null): PlannedMark[] {
  const marks: PlannedMark[] = []
  for (const side of planned.sides) {
    for (const tp of planned.triggerPoints) {
      marks.push({ muscleId: planned.muscleId, triggerPointId: tp.id, side, role, chosen: tp.id === chosenId })
    }
  }
  return marks
}

/** What to draw. Area view wins over the focus muscle; a quiz question over both; patient muscles over all. */
export function planDisplay(input: DisplayInput): DisplayPlan {
  const primary: PlannedTriggerPoints[] = []
  const compare: PlannedTriggerPoints[] = []
  const marks: PlannedMark[] = []

  if (input.patientMuscles && input.patientMuscles.length > 0) {
    for (const pm of input.patientMuscles) {
      const muscle = input.muscleById.get(pm.muscleId)
      if (muscle && pm.sides.length > 0) {
        const planned = { muscleId: muscle.id, triggerPoints: muscle.triggerPoints, sides: pm.sides }
        primary.push(planned)
        marks.push(...marksOf(planned, 'primary', null))
      }
    }
    return { primary, compare, marks }
  }

  if (input.quiz) {
    const muscle = input.muscleById.get(input.quiz.muscleId)
    const tp = muscle?.triggerPoints.find((t) => t.id === input.quiz!.triggerPointId)
    if (muscle && tp) {
      const planned = { muscleId: muscle.id, triggerPoints: [tp], sides: [input.quiz.side] }
      primary.push(planned)
      marks.push(...marksOf(planned, 'primary', tp.id))
    }
    return { primary, compare, marks }
  }

  if (input.areaView) {
    for (const muscle of input.muscles) {
      if (muscle.region === input.areaView) {
        const planned = { muscleId: muscle.id, triggerPoints: muscle.triggerPoints, sides: ['left', 'right'] as const }
        primary.push(planned)
        marks.push(...marksOf(planned, 'primary', null))
      }
    }
    return { primary, compare, marks }
  }

  if (input.focus) {
    const muscle = input.muscleById.get(input.focus.muscleId)
    if (muscle) {
      const chosenId = input.triggerPoint?.muscleId === muscle.id ? input.triggerPoint.triggerPointId : null
      const chosen = chosenId ? muscle.triggerPoints.filter((t) => t.id === chosenId) : []
      // Marks: every trigger point of the muscle (the chosen one larger); zones: the chosen one's, or all.
      primary.push({
        muscleId: muscle.id,
        triggerPoints: chosen.length > 0 ? chosen : muscle.triggerPoints,
        sides: [input.focus.side],
      })
      marks.push(...marksOf({ muscleId: muscle.id, triggerPoints: muscle.triggerPoints, sides: [input.focus.side] }, 'primary', chosenId))
    }
    const other = input.compareMuscleId ? input.muscleById.get(input.compareMuscleId) : undefined
    if (other && other.id !== input.focus.muscleId) {
      const planned = { muscleId: other.id, triggerPoints: other.triggerPoints, sides: [input.focus.side] }
      compare.push(planned)
      marks.push(...marksOf(planned, 'compare', null))
    }
  }
  return { primary, compare, marks }
}
