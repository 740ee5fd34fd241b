// `npm run -s atlas -- rank …` end to end: the same ranking as the app, on region ids from the command line.
import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'

function atlas(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync('npx', ['tsx', 'scripts/atlas-cli.ts', ...args], { encoding: 'utf8', timeout: 120_000 })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

describe('atlas rank', () => {
  it('ranks upper trapezius in the top 3 for temple pain, as JSON', () => {
    const r = atlas('rank', 'temple', '--json')
    expect(r.status).toBe(0)
    const out = JSON.parse(r.stdout) as { regions: string[]; muscles: { rank: number; muscleId: string; reason: string }[] }
    expect(out.regions).toEqual(['temple'])
    expect(out.muscles.slice(0, 3).map((m) => m.muscleId)).toContain('upper-trapezius')
    expect(out.muscles.find((m) => m.muscleId === 'upper-trapezius')!.reason).toBe('Your temple pain matches its main referral zone.')
  })

  it('takes several comma-separated regions and prints a readable list without --json', () => {
    const r = atlas('rank', 'low-back,buttock,lateral-hip')
    expect(r.status).toBe(0)
    expect(r.stdout.split('\n')[1]).toMatch(/^\s+1\. Quadratus lumborum/)
    expect(r.stdout).toContain('not a diagnosis')
  })

  it('exits 1 naming an unknown region, with a suggestion', () => {
    const r = atlas('rank', 'temple,templ')
    expect(r.status).toBe(1)
    expect(r.stderr).toContain('unknown region "templ" (did you mean "temple"?)')
  })
})
