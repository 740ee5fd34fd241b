// The rule that keeps an opened atlas from weakening the built-in safety data. An instructor's file may add
// pleura sites, contraindications and trigger points under new ids, but:
// - a built-in red flag, pleura site (its measurements, from which src/atlas/depthRule.ts computes the recommended
//   maximum, its margin and technique) or contraindication
//   cannot be replaced: an entry with a built-in id is refused unless it is an exact copy;
// - a trigger point with a built-in id keeps its needling safety data or makes it stricter: pleuraReachable
//   stays true, pleuraSiteId stays the same, every danger structure and precaution stays (more may be
//   added), and a published typical depth stays with a maximum no deeper than the built-in one.
// A built-in muscle keeps all its built-in trigger points (new ones may be added). A muscle breaking any of
// this is refused whole, so the built-in muscle stays as it was.
import { fault } from './faults'
import type { AtlasParts, Located } from './readFiles'
import type { Muscle, TriggerPoint } from './schema'
import type { Atlas, AtlasFault, JsonPath } from './types'

export interface SafetyGuardResult {
  /** The opened file's entries, minus the refused ones and minus exact copies of built-in entries. */
  parts: AtlasParts
  /** One error per refused field, naming it. */
  faults: AtlasFault[]
}

/** Applies the rule above to an opened file's schema-valid entries against the built-in atlas. */
export function guardBuiltInSafety(builtIn: Atlas, own: AtlasParts): SafetyGuardResult {
  const faults: AtlasFault[] = []
  const pleuraSites = guardFixed(
    own.pleuraSites,
    new Map(builtIn.pleuraSites.map((s) => [s.id, s])),
    'pleura site',
    ' (its published figures, from which the depth rule computes the recommended maximum, and its margin are safety data)',
    faults,
  )
  const contraindications = guardFixed(
    own.contraindications,
    new Map(builtIn.contraindications.map((c) => [c.id, c])),
    'contraindication',
    '',
    faults,
  )
  const redFlags = guardFixed(own.redFlags, new Map(builtIn.redFlags.map((f) => [f.id, f])), 'red flag', '', faults)
  const builtInPoints = new Map<string, TriggerPoint>()
  for (const muscle of builtIn.muscles) {
    for (const point of muscle.triggerPoints) builtInPoints.set(point.id, point)
  }
  const builtInMuscles = new Map(builtIn.muscles.map((m) => [m.id, m]))
  const muscles = own.muscles.filter((entry) => {
    const refusals = [...droppedTriggerPoints(entry, builtInMuscles), ...weakenedTriggerPoints(entry, builtInPoints)]
    faults.push(...refusals)
    return refusals.length === 0
  })
  return { parts: { ...own, pleuraSites, contraindications, redFlags, muscles }, faults }
}

/** Entries with a built-in id: exact copies are dropped quietly (the built-in one stays), others refused. */
function guardFixed<T extends { id: string }>(
  entries: Located<T>[],
  builtIn: Map<string, T>,
  kind: string,
  why: string,
  faults: AtlasFault[],
): Located<T>[] {
  return entries.filter((entry) => {
    const original = builtIn.get(entry.value.id)
    if (!original) return true
    if (!sameValue(original, entry.value)) {
      const message = `"${entry.value.id}" is a built-in ${kind} and cannot be replaced${why}; use a new id`
      faults.push(fault(entry.file, [...entry.path, 'id'], message, 'error', 'entry refused; the built-in one stays'))
    }
    return false
  })
}

/**
 * A built-in muscle keeps its built-in trigger points: otherwise one could be "renamed" into a new trigger
 * point with weaker needling data and the built-in one would vanish from the needle simulator.
 */
function droppedTriggerPoints(entry: Located<Muscle>, builtIn: Map<string, Muscle>): AtlasFault[] {
  const original = builtIn.get(entry.value.id)
  if (!original) return []
  const kept = new Set(entry.value.triggerPoints.map((t) => t.id))
  const dropped = original.triggerPoints.map((t) => t.id).filter((id) => !kept.has(id))
  if (dropped.length === 0) return []
  const names = dropped.map((id) => `"${id}"`).join(', ')
  const message = `leaves out the built-in trigger point${dropped.length === 1 ? '' : 's'} ${names} (or ${dropped.length === 1 ? 'it has' : 'they have'} faults); a built-in muscle keeps its trigger points: edit them within the safety rule, or add new ones`
  return [
    fault(
      entry.file,
      [...entry.path, 'triggerPoints'],
      message,
      'error',
      `muscle "${entry.value.id}" refused; the built-in safety data stays`,
    ),
  ]
}

/** Faults for every needling safety field of a built-in trigger point that this muscle weakens. */
function weakenedTriggerPoints(entry: Located<Muscle>, builtIn: Map<string, TriggerPoint>): AtlasFault[] {
  const faults: AtlasFault[] = []
  const effect = `muscle "${entry.value.id}" refused; the built-in safety data stays`
  entry.value.triggerPoints.forEach((point, i) => {
    const original = builtIn.get(point.id)
    if (!original) return
    const base: JsonPath = [...entry.path, 'triggerPoints', entry.triggerPointIndices?.[i] ?? i, 'needling']
    const refuse = (field: string, message: string): void => {
      const path = [...base, field]
      const text = `${message} (built-in trigger point "${point.id}": its needling safety data can be kept or made stricter, never weakened)`
      faults.push(fault(entry.file, path, text, 'error', effect))
    }
    const was = original.needling
    const now = point.needling
    if (was.pleuraReachable && !now.pleuraReachable) {
      refuse('pleuraReachable', 'cannot be set to false: the needle path can reach the pleura')
    }
    if (was.pleuraSiteId !== undefined && now.pleuraSiteId !== was.pleuraSiteId) {
      const to = now.pleuraSiteId === undefined ? 'removed' : `changed to "${now.pleuraSiteId}"`
      refuse('pleuraSiteId', `must stay "${was.pleuraSiteId}" (the site that sets the recommended maximum depth), not be ${to}`)
    }
    const dropped = was.dangerStructures.filter((id) => !now.dangerStructures.includes(id))
    if (dropped.length > 0) {
      refuse('dangerStructures', `drops ${dropped.map((id) => `"${id}"`).join(', ')}; danger structures can be added, not removed`)
    }
    const lost = was.precautions.filter((p) => !now.precautions.includes(p))
    if (lost.length > 0) {
      refuse(
        'precautions',
        `drops ${lost.length === 1 ? 'a built-in precaution' : `${lost.length} built-in precautions`} ("${lost[0]}"); precautions can be added, not removed`,
      )
    }
    if (was.typicalDepth && !now.typicalDepth) {
      refuse('typicalDepth', `cannot be removed (the built-in typical depth is ${was.typicalDepth.minMm}–${was.typicalDepth.maxMm} mm)`)
    } else if (was.typicalDepth && now.typicalDepth && now.typicalDepth.maxMm > was.typicalDepth.maxMm) {
      refuse('typicalDepth', `maxMm ${now.typicalDepth.maxMm} is deeper than the built-in ${was.typicalDepth.maxMm} mm`)
    }
  })
  return faults
}

/** Structural equality of two schema-checked values (plain JSON: objects, arrays, strings, numbers, booleans, null). */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((v, i) => sameValue(v, b[i]))
  }
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined)
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined)
  return ka.length === kb.length && ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
}
