// Turning problems into faults an author can act on: one line naming the file, the JSON path and what
// is wrong, in the form used everywhere in the project
// (`data/atlas/soleus.json: triggerPoints.0.location.landmark: unknown landmark "heel-bone"`).
import type { z } from 'zod'
import type { AtlasFault, FaultSeverity, JsonPath } from './types'

/** Builds a fault; `effect` says what was left out because of it. */
export function fault(file: string, path: JsonPath, message: string, severity: FaultSeverity = 'error', effect?: string): AtlasFault {
  return effect ? { file, path, message, severity, effect } : { file, path, message, severity }
}

/** Dotted JSON path, e.g. "triggerPoints.0.location.landmark"; empty for the file's root. */
export function formatPath(path: JsonPath): string {
  return path.join('.')
}

/** One line per fault: `file: path: [warning: ]message (effect)`. */
export function formatFault(f: AtlasFault): string {
  const where = f.path.length > 0 ? `${f.file}: ${formatPath(f.path)}` : f.file
  const level = f.severity === 'warning' ? 'warning: ' : ''
  const effect = f.effect ? ` (${f.effect})` : ''
  return `${where}: ${level}${f.message}${effect}`
}

/** True when any fault is an error (the CLI's exit status). */
export function hasErrors(faults: readonly AtlasFault[]): boolean {
  return faults.some((f) => f.severity === 'error')
}

/**
 * Faults for zod issues, with messages rewritten for authors: a missing field says "missing", an unknown
 * key names itself (usually a typo), and the "Invalid input:" preamble is dropped.
 */
export function faultsFromIssues(
  file: string,
  basePath: JsonPath,
  issues: readonly z.core.$ZodIssue[],
  effect?: string,
  input?: unknown,
): AtlasFault[] {
  const out: AtlasFault[] = []
  for (const issue of issues) {
    const path = [...basePath, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))]
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        out.push(fault(file, [...path, key], 'unknown field (not part of the atlas format; check the spelling)', 'error', effect))
      }
      continue
    }
    const missing =
      (issue.code === 'invalid_type' || issue.code === 'invalid_value') &&
      input !== undefined &&
      issue.path.length > 0 &&
      isAbsent(input, issue.path)
    out.push(fault(file, path, missing ? missingMessage(issue) : issueMessage(issue), 'error', effect))
  }
  return out
}

function missingMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') {
    return `missing required field (expected ${issue.expected})`
  }
  return `missing required field (${issue.message.replace(/^Invalid (input|option): /, '')})`
}

/** True when the value at `path` inside `input` does not exist (its parent exists and lacks the key). */
function isAbsent(input: unknown, path: readonly PropertyKey[]): boolean {
  const key = path[path.length - 1]
  if (key === undefined) {
    return false // the whole input is never "absent": it is there to be read
  }
  let node: unknown = input
  for (const parent of path.slice(0, -1)) {
    if (typeof node !== 'object' || node === null) {
      return false
    }
    node = (node as Record<PropertyKey, unknown>)[parent]
  }
  return typeof node === 'object' && node !== null && (node as Record<PropertyKey, unknown>)[key] === undefined
}

function issueMessage(issue: z.core.$ZodIssue): string {
  const text = issue.message.replace(/^Invalid input: /, '')
  if (issue.code === 'invalid_type' && /received undefined$/.test(issue.message)) {
    return `missing required field (expected ${issue.expected})`
  }
  if (issue.code === 'invalid_type') {
    return `wrong type: ${text}`
  }
  return text
}
