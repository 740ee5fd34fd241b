// Records saved outside the app (a scene state in a link, a lesson in a file or the database) carry a version and
// are brought up to this app's version one append-only step at a time. One reader for both: a record without a
// whole-number version, of a newer version, or whose step is missing, throws or does not give the next version is
// refused with a message, and nothing is guessed from the record's shape. Never changes its input. Pure.

export type RecordMigration = (record: Record<string, unknown>) => Record<string, unknown>

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

export function migrateVersionedRecord(
  input: Record<string, unknown>,
  migrations: Readonly<Record<number, RecordMigration>>,
  target: number,
): { ok: true; record: Record<string, unknown> } | { ok: false; problems: string[] } {
  const version = input.version
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, problems: ['version: expected a whole number from 1'] }
  }
  if (version > target) {
    return { ok: false, problems: [`version: ${version} is newer than this app reads (up to ${target}); update the app`] }
  }
  let record: Record<string, unknown> = structuredClone(input)
  for (let v = version; v < target; v++) {
    const step = migrations[v]
    if (!step) return { ok: false, problems: [`version: no migration from version ${v}`] }
    try {
      record = step(record)
    } catch (err) {
      return {
        ok: false,
        problems: [`version: the migration from version ${v} failed (${err instanceof Error ? err.message : String(err)})`],
      }
    }
    if (!isRecord(record) || record.version !== v + 1) {
      return { ok: false, problems: [`version: the migration from version ${v} did not give version ${v + 1}`] }
    }
  }
  return { ok: true, record }
}
