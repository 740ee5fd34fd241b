// `npm run -s atlas -- rank …` end to end: the same ranking as the app, on region ids from the command line.
import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'

function atlas(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync('npx', ['tsx', 'scripts/atlas-cli.ts', ...args], { encoding: 'utf8', timeout: 120_000 })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

describe('atlas rank', () => {
  it('ranks upper trapezius in the top 3 for temple pain, as JSON, with red flags and areas', () => {
    const r = atlas('rank', 'temple', '--json')
    expect(r.status).toBe(0)
    const out = JSON.parse(r.stdout) as {
      redFlags: { id: string }[]
      generalRedFlags: { id: string }[]
      regions: string[]
      areas: { heading: string; muscles: { muscleId: string }[] }[]
      muscles: { rank: number; muscleId: string; reason: string }[]
      otherCauses: string
    }
    expect(out.regions).toEqual(['temple'])
    expect(out.muscles.slice(0, 3).map((m) => m.muscleId)).toContain('upper-trapezius')
    expect(out.muscles.find((m) => m.muscleId === 'upper-trapezius')!.reason).toBe(
      'Your temple pain is in the area this muscle can refer pain to.',
    )
    expect(out.redFlags.map((f) => f.id)).toContain('head-temple-over-50')
    expect(out.generalRedFlags.map((f) => f.id)).toContain('anywhere-fever')
    expect(out.areas.map((a) => a.heading)).toEqual(['Your temple pain'])
    expect(out.otherCauses).toBe('Pain here can also come from joints, nerves or organs.')
  })

  it('lists the cardiac red flag before any muscle for chest and inner-arm pain', () => {
    const r = atlas('rank', 'anterior-chest,medial-arm', '--json')
    expect(r.status).toBe(0)
    const out = JSON.parse(r.stdout) as Record<string, unknown> & { redFlags: { id: string; urgency: string }[] }
    expect(out.redFlags[0]).toMatchObject({ id: 'chest-heart', urgency: 'emergency' })
    const keys = Object.keys(out)
    expect(keys.indexOf('redFlags')).toBeLessThan(keys.indexOf('areas'))
    expect(keys.indexOf('redFlags')).toBeLessThan(keys.indexOf('muscles'))
    expect(r.stdout.indexOf('chest-heart')).toBeLessThan(r.stdout.indexOf('"muscleId"'))
  })

  it('prints red flags first, then one list per area, without --json', () => {
    const r = atlas('rank', 'temple,heel,low-back')
    expect(r.status).toBe(0)
    const text = r.stdout
    expect(text.indexOf('Emergency: A sudden, very severe headache')).toBeGreaterThan(0)
    expect(text.indexOf('Emergency: Back pain with numbness')).toBeLessThan(text.indexOf('Your temple pain'))
    expect(text.indexOf('Your temple pain')).toBeLessThan(text.indexOf('Your lower back pain'))
    expect(text.indexOf('Your lower back pain')).toBeLessThan(text.indexOf('Your heel pain'))
    // soleus shares the top score with the foot muscles that refer to the heel (ties in name order)
    expect(text).toMatch(/Your heel pain: muscles that may refer pain there\n(\s+\d\. [^\n]* 1\.00 [^\n]*\n)*\s+\d\. Soleus\s+1\.00 /)
    expect(text).toContain('Pain here can also come from joints, nerves or organs.')
    expect(text).toContain('not a diagnosis')
    expect(text).not.toMatch(/match/i)
  })

  it('exits 1 naming an unknown region, with a suggestion', () => {
    const r = atlas('rank', 'temple,templ')
    expect(r.status).toBe(1)
    expect(r.stderr).toContain('unknown region "templ" (did you mean "temple"?)')
  })
})
