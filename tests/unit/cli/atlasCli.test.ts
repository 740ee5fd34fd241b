// The atlas command line, run as a user runs it (a child process through tsx): exit codes, one line per
// fault naming file and JSON path, and --json output that is only JSON.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { loadCommands } from '../../../scripts/atlas-cli/registry'
import { builtInJson } from '../../fixtures/atlas/helpers'

const TSX = join('node_modules', '.bin', 'tsx')

function atlas(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(TSX, ['scripts/atlas-cli.ts', ...args], { encoding: 'utf8', timeout: 60_000 })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

const tmp = mkdtempSync(join(tmpdir(), 'atlas-cli-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

describe('atlas CLI', () => {
  it('validate: the built-in atlas passes, exit 0', () => {
    const r = atlas('validate')
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^OK: \d+ file\(s\), 0 error\(s\)/m)
  })

  it('validate --json: prints only JSON with counts and no faults', () => {
    const r = atlas('validate', '--json')
    expect(r.code).toBe(0)
    const out = JSON.parse(r.stdout)
    expect(out).toMatchObject({ ok: true, kind: 'built-in', errors: 0, faults: [] })
    expect(out.muscles).toBeGreaterThanOrEqual(40)
    expect(out.triggerPoints).toBeGreaterThanOrEqual(60)
  })

  it('validate <dir>: an instructor folder with faults exits 1, one line per fault with file and JSON path', () => {
    const dir = join(tmp, 'course')
    const muscle = builtInJson('data/atlas/soleus.json')
    muscle.id = 'plantaris'
    muscle.triggerPoints = muscle.triggerPoints.map((t: Record<string, any>) => ({ ...t, id: `plantaris-${t.id}` }))
    muscle.triggerPoints[0].location.landmark = 'heel-bone'
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, 'plantaris.json'), JSON.stringify(muscle, null, 2))
    writeFileSync(join(dir, 'broken.json'), '{"id": "x",\n  oops}')
    const r = atlas('validate', dir)
    expect(r.code).toBe(1)
    const lines = r.stdout.trim().split('\n')
    expect(lines).toContain(
      `${join(dir, 'broken.json')}: not valid JSON: unexpected "o" where a property name in double quotes was expected at line 2, column 3 (whole file left out)`,
    )
    expect(
      lines.some((l) => l.startsWith(`${join(dir, 'plantaris.json')}: triggerPoints.0.location.landmark: unknown landmark "heel-bone"`)),
    ).toBe(true)
    expect(lines.some((l) => l.startsWith(`${join(dir, 'plantaris.json')}: id: warning: muscle "plantaris" is not in the model`))).toBe(
      true,
    )
    expect(lines[lines.length - 1]).toMatch(/^FAILED: 2 file\(s\), 2 error\(s\), 1 warning\(s\)/)

    const j = atlas('validate', dir, '--json')
    expect(j.code).toBe(1)
    const out = JSON.parse(j.stdout)
    expect(out).toMatchObject({ ok: false, kind: 'instructor', mode: 'add', errors: 2, warnings: 1 })
    expect(out.faults.map((f: { path: string }) => f.path)).toContain('triggerPoints.0.location.landmark')
  })

  it('validate <file>: a 50 MB file is refused by size without being read', () => {
    const big = join(tmp, 'huge.json')
    writeFileSync(big, Buffer.alloc(50 * 1024 * 1024, 0x20))
    const r = atlas('validate', big)
    expect(r.code).toBe(1)
    expect(r.stdout).toContain(`${big}: file is 50.0 MB, over the 5.0 MB limit for an atlas file; it was not read`)
  })

  it('validate <built-in file>: checks it as part of the built-in atlas', () => {
    const r = atlas('validate', 'data/atlas/soleus.json', '--json')
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: true, kind: 'built-in', files: 1 })
  })

  it('list --json: every muscle with its trigger point ids', () => {
    const r = atlas('list', '--json')
    expect(r.code).toBe(0)
    const muscles = JSON.parse(r.stdout) as { id: string; triggerPoints: { id: string }[] }[]
    expect(muscles.length).toBeGreaterThanOrEqual(40)
    expect(muscles.find((m) => m.id === 'soleus')?.triggerPoints.length).toBeGreaterThan(0)
  })

  it('show <muscle-id>: text and --json; an unknown id exits 1 with a suggestion and no stdout', () => {
    const text = atlas('show', 'upper-trapezius')
    expect(text.code).toBe(0)
    expect(text.stdout).toMatch(/^Upper trapezius/)
    expect(text.stdout).toContain('upper-trapezius-lung-apex')
    const j = atlas('show', 'soleus', '--json')
    const out = JSON.parse(j.stdout)
    expect(out.muscle.id).toBe('soleus')
    expect(out.sources.length).toBeGreaterThan(0)
    const missing = atlas('show', 'solues', '--json')
    expect(missing.code).toBe(1)
    expect(missing.stdout).toBe('')
    expect(missing.stderr).toContain('unknown muscle "solues" (did you mean "soleus"?)')
  })

  it('show <muscle-id> --authors: adds the author-only notes that the app never shows, each under what it is about', () => {
    const plain = atlas('show', 'triceps-brachii')
    expect(plain.code).toBe(0)
    expect(plain.stdout).not.toContain('author note')
    const authors = atlas('show', 'triceps-brachii', '--authors')
    expect(authors.code).toBe(0)
    const lines = authors.stdout.split('\n')
    const zoneNote = lines.findIndex(
      (l) => l === '      author note: Travell & Simons as taught (the medial border of the medial head), not checked in the book.',
    )
    expect(zoneNote).toBeGreaterThan(0)
    expect(lines[zoneNote - 1]).toMatch(/^ {4}essential zone: Inner elbow \[medial-elbow\]/)
    expect(authors.stdout).toContain('    author note: Symptoms: Travell & Simons as taught, not checked in the book.')
    expect(authors.stdout).toContain('      author note: Precautions: standard anatomy, not checked in an anatomy text yet.')
  })

  it('refers <region-id> --json: essential before spillover (heel: soleus and the foot muscles essential)', () => {
    const r = atlas('refers', 'heel', '--json')
    expect(r.code).toBe(0)
    const matches = JSON.parse(r.stdout) as { muscleId: string; zone: string }[]
    const essential = matches.filter((m) => m.zone === 'essential').map((m) => m.muscleId)
    expect(essential).toEqual(expect.arrayContaining(['soleus', 'abductor-hallucis', 'quadratus-plantae']))
    const zones = matches.map((m) => m.zone)
    expect(zones.indexOf('spillover') === -1 || zones.lastIndexOf('essential') < zones.indexOf('spillover')).toBe(true)
  })

  it('unknown command exits 2; help lists the commands', () => {
    expect(atlas('frobnicate').code).toBe(2)
    const help = atlas('help', '--json')
    expect(help.code).toBe(0)
    expect((JSON.parse(help.stdout) as { name: string }[]).map((c) => c.name)).toEqual(
      expect.arrayContaining(['validate', 'list', 'show', 'refers', 'schema']),
    )
  })

  it('finds commands by file in scripts/atlas-cli/commands/', async () => {
    const { commands, problems } = await loadCommands()
    expect(problems).toEqual([])
    expect([...commands.keys()]).toEqual(expect.arrayContaining(['validate', 'list', 'show', 'refers', 'schema']))
  })
})
