// Validation of the landmark table and a lookup over it. The generator refuses to run on a table with a missing,
// duplicated or implausible entry, and the error names the entry, so a typo cannot silently bend the body.
import { LANDMARKS } from '../anatomy/ids'
import { JOINT_CENTRES, LANDMARK_TABLE, type LandmarkEntry, STATURE_M } from './landmarks'
import { type Vec3, mirrorX } from './vec'

/** Internal points the skeleton needs besides the palpable landmarks. */
export const REQUIRED_JOINT_IDS: readonly string[] = JOINT_CENTRES.map((j) => j.id)

export interface LandmarkTables {
  landmarks: readonly LandmarkEntry[]
  joints: readonly LandmarkEntry[]
}

export const REFERENCE_TABLES: LandmarkTables = { landmarks: LANDMARK_TABLE, joints: JOINT_CENTRES }

/**
 * Check a table against the shared vocabulary (every LANDMARKS id, with the same sidedness) and the joint list, and
 * check each position: finite, inside the body's box, left copies on +X, midline points on x = 0. Throws one Error
 * listing every problem, each naming its entry.
 */
export function validateTables(tables: LandmarkTables): void {
  const problems: string[] = []
  const check = (entries: readonly LandmarkEntry[], required: readonly { id: string; sides: string }[], what: string): void => {
    const seen = new Map<string, LandmarkEntry>()
    for (const [i, e] of entries.entries()) {
      const where = `${what}[${i}] "${e?.id ?? '?'}"`
      if (!e || typeof e.id !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(e.id)) {
        problems.push(`${where}: id must be kebab-case`)
        continue
      }
      if (seen.has(e.id)) problems.push(`${where}: duplicate entry`)
      seen.set(e.id, e)
      const p = e.positionM
      if (!Array.isArray(p) || p.length !== 3 || !p.every((v) => typeof v === 'number' && Number.isFinite(v))) {
        problems.push(`${where}: positionM must be three finite numbers (metres), got ${JSON.stringify(p)}`)
        continue
      }
      if (p[1] < 0 || p[1] > STATURE_M + 0.001) problems.push(`${where}: height ${p[1]} m is outside 0..${STATURE_M} m`)
      if (Math.abs(p[0]) > 0.5 || Math.abs(p[2]) > 0.3) problems.push(`${where}: ${JSON.stringify(p)} lies outside the body's box`)
      if (e.sides === 'midline' && Math.abs(p[0]) > 1e-9) problems.push(`${where}: a midline point must have x = 0, got ${p[0]}`)
      if (e.sides === 'bilateral' && !(p[0] > 0)) problems.push(`${where}: a bilateral entry gives the LEFT copy (x > 0), got x = ${p[0]}`)
    }
    for (const r of required) {
      const e = seen.get(r.id)
      if (!e) problems.push(`${what}: missing entry "${r.id}"`)
      else if (e.sides !== r.sides) problems.push(`${what} "${r.id}": sides must be "${r.sides}", got "${e.sides}"`)
    }
    for (const id of seen.keys()) {
      if (!required.some((r) => r.id === id)) problems.push(`${what} "${id}": not a known id`)
    }
  }
  check(tables.landmarks, LANDMARKS, 'landmark table')
  check(
    tables.joints,
    JOINT_CENTRES.map((j) => ({ id: j.id, sides: j.sides })),
    'joint table',
  )
  if (problems.length > 0) throw new Error(`Bad landmark table:\n  ${problems.join('\n  ')}`)
}

export type Side = 'left' | 'right' | 'midline'

/** Lookup of validated positions; `left` returns the table value, `right` its mirror. */
export class Landmarks {
  private readonly byId = new Map<string, LandmarkEntry>()
  constructor(tables: LandmarkTables) {
    validateTables(tables)
    for (const e of [...tables.landmarks, ...tables.joints]) this.byId.set(e.id, e)
  }
  entry(id: string): LandmarkEntry {
    const e = this.byId.get(id)
    if (!e) throw new Error(`landmark table: no entry "${id}"`)
    return e
  }
  /** Position of a landmark (the left copy by default for bilateral ones). */
  at(id: string, side: Side = 'left'): Vec3 {
    const e = this.entry(id)
    return side === 'right' && e.sides === 'bilateral' ? mirrorX(e.positionM) : e.positionM
  }
  all(): LandmarkEntry[] {
    return [...this.byId.values()]
  }
}
