// The atlas CLI on files that try to weaken built-in safety data or break the reading limits, run as a user
// runs it (a child process through tsx): a non-zero exit naming the field, every file of a folder reported
// even when one is nested 100000 levels deep, UTF-16 read as the app reads it, and never a stack trace.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { deeplyNested, weakenedUpperTrapezius, weakeningBundle } from '../../fixtures/atlas/unsafeAtlas'
import { builtInJson } from '../../fixtures/atlas/helpers'

const TSX = join('node_modules', '.bin', 'tsx')

function atlas(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(TSX, ['scripts/atlas-cli.ts', ...args], { encoding: 'utf8', timeout: 60_000 })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

/** A stack frame line as node prints them ("    at fn (file:line:col)"). */
const STACK_FRAME = /^\s+at /m

const tmp = mkdtempSync(join(tmpdir(), 'atlas-cli-safety-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

/** A muscle the model lacks (a warning naming its own file), so each file of a folder shows up in the report. */
function extraMuscle(id: string): Record<string, any> {
  const muscle = builtInJson('data/atlas/soleus.json')
  muscle.id = id
  muscle.triggerPoints = muscle.triggerPoints.map((t: Record<string, any>) => ({ ...t, id: `${id}-${t.id}` }))
  return muscle
}

function utf16le(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
}

describe('atlas CLI: built-in safety data and file limits', () => {
  it('validate <bundle>: overriding the lung-apex site and the contraindications exits 1 naming each field', () => {
    const file = join(tmp, 'deeper.json')
    writeFileSync(file, JSON.stringify(weakeningBundle(), null, 2))
    const r = atlas('validate', file)
    expect(r.code).toBe(1)
    const lines = r.stdout.trim().split('\n')
    expect(lines).toContain(
      `${file}: pleuraSites.0.id: "upper-trapezius-lung-apex" is a built-in pleura site and cannot be replaced (its published figures, from which the depth rule computes the recommended maximum, and its margin are safety data); use a new id (entry refused; the built-in one stays)`,
    )
    expect(
      lines.some(
        (l) => l.startsWith(`${file}: contraindications.0.id: "`) && l.includes('is a built-in contraindication and cannot be replaced'),
      ),
    ).toBe(true)
    expect(lines[lines.length - 1]).toMatch(/^FAILED: 1 file\(s\), \d+ error\(s\)/)
    expect(r.stdout + r.stderr).not.toMatch(STACK_FRAME)

    const j = atlas('validate', file, '--json')
    expect(j.code).toBe(1)
    expect(JSON.parse(j.stdout).faults.map((f: { path: string }) => f.path)).toContain('pleuraSites.0.id')
  })

  it('validate <muscle>: a built-in trigger point that no longer reaches the pleura exits 1 naming the field', () => {
    const file = join(tmp, 'upper-trapezius.json')
    writeFileSync(file, JSON.stringify(weakenedUpperTrapezius()))
    const r = atlas('validate', file, '--mode', 'replace')
    expect(r.code).toBe(1)
    expect(r.stdout).toContain(`${file}: triggerPoints.0.needling.pleuraReachable: cannot be set to false`)
    expect(r.stdout).toContain(`${file}: triggerPoints.0.needling.pleuraSiteId: must stay "upper-trapezius-lung-apex"`)
  })

  it('validate <dir>: a 100000-deep file is reported and every other file still is; exit 1, no stack trace', () => {
    const dir = join(tmp, 'course')
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, 'a-deep.json'), deeplyNested(100_000))
    writeFileSync(join(dir, 'b-plantaris.json'), JSON.stringify(extraMuscle('plantaris'), null, 2))
    writeFileSync(
      join(dir, 'c-flexor-digitorum-longus-utf16.json'),
      utf16le(JSON.stringify(extraMuscle('flexor-digitorum-longus'), null, 2)),
    )
    writeFileSync(join(dir, 'd-latin1.json'), Buffer.from('{"title": "M\xfcller"}', 'latin1'))
    const r = atlas('validate', dir)
    expect(r.code).toBe(1)
    const lines = r.stdout.trim().split('\n')
    expect(lines).toContain(
      `${join(dir, 'a-deep.json')}: nested deeper than 64 levels (line 1, column 65); an atlas file needs far fewer, so it was not read further (whole file left out)`,
    )
    expect(lines.some((l) => l.startsWith(`${join(dir, 'b-plantaris.json')}: id: warning: muscle "plantaris" is not in the model`))).toBe(
      true,
    )
    expect(
      lines.some((l) =>
        l.startsWith(
          `${join(dir, 'c-flexor-digitorum-longus-utf16.json')}: id: warning: muscle "flexor-digitorum-longus" is not in the model`,
        ),
      ),
    ).toBe(true)
    expect(lines).toContain(
      `${join(dir, 'd-latin1.json')}: is not UTF-8 text (nor UTF-16 with a byte-order mark); save it as UTF-8 (whole file left out)`,
    )
    expect(lines[lines.length - 1]).toMatch(/^FAILED: 3 file\(s\), 2 error\(s\), 2 warning\(s\)/)
    expect(r.stdout + r.stderr).not.toMatch(STACK_FRAME)
    expect(r.stderr).toBe('')
  })
})
