// `npm run -s atlas -- depth …` end to end on models/body.glb and the built-in atlas.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

function atlas(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync('npx', ['tsx', 'scripts/atlas-cli.ts', ...args], { encoding: 'utf8', timeout: 120_000 })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

describe('atlas depth', () => {
  it('exits 1 with a clear message for an unknown trigger point', () => {
    const r = atlas('depth', 'upper-trapezius-trp9', '--json')
    expect(r.status).toBe(1)
    expect(r.stderr).toContain('unknown trigger point "upper-trapezius-trp9"')
    expect(r.stdout).toBe('')
  })

  it('exits 2 on a habitus it does not know, naming the builds with their BMI ranges', () => {
    const r = atlas('depth', 'rhomboids-trp-major', '--habitus', 'obese')
    expect(r.status).toBe(2)
    expect(r.stderr).toContain('underweight (Underweight (BMI < 18.5))')
    expect(r.stderr).toContain('got "obese"')
  })

  it.skipIf(!existsSync('models/body.glb'))("prints the model depth, the rule's maximum, limiting figure and inputs as JSON", () => {
    const r = atlas('depth', 'upper-trapezius-trp1', '--habitus', 'average', '--json')
    expect(r.status).toBe(0)
    const out = JSON.parse(r.stdout)
    expect(out.triggerPointId).toBe('upper-trapezius-trp1')
    expect(out.build).toEqual({ id: 'average', label: 'Average (BMI 23–24.9)' })
    expect(typeof out.modelDepthToPleuraMm).toBe('number')
    expect(out.pleuraSite.id).toBe('upper-trapezius-lung-apex')
    // SA-G: a 31 mm needle reached lung tissue; 10 mm shallower gives 21 mm.
    expect(out.pleuraSite.recommendedMaxDepthMm).toBe(21)
    expect(out.pleuraSite.rule.limitingFigure).toMatchObject({
      source: 'SA-G',
      kind: 'needle-reached-pleura',
      valueMm: 31,
      group: 'whole sample, not split by build',
    })
    expect(out.pleuraSite.rule.ruleMarginMm).toBe(10)
    expect(out.pleuraSite.rule.amberMarginMm).toBe(5)
    const inputs = out.pleuraSite.rule.inputs.map(
      (f: { source: string; kind: string; appliesToBuild: boolean }) => `${f.source}:${f.kind}:${f.appliesToBuild}`,
    )
    expect(inputs).toContain('GYER:observed-minimum:false')
    expect(inputs).toContain('THAI-MRI:mean-without-sd:false')
    expect(out.pleuraSite.sources).toContain('KEARNS-2022')
  })

  it.skipIf(!existsSync('models/body.glb'))('gives no maximum, with the reason and the technique, at the scalenes', () => {
    const r = atlas('depth', 'scalenes-trp-anterior', '--habitus', 'lean', '--json')
    expect(r.status).toBe(0)
    const out = JSON.parse(r.stdout)
    expect(out.pleuraSite.id).toBe('supraclavicular')
    expect(out.pleuraSite.recommendedMaxDepthMm).toBeNull()
    expect(out.pleuraSite.rule.maximumMm).toBeNull()
    expect(out.pleuraSite.rule.reason).toMatch(/No published figure/)
    expect(out.pleuraSite.rule.technique).toMatch(/pincer/i)
  })

  it.skipIf(!existsSync('models/body.glb'))('gives a readable summary without --json', () => {
    const r = atlas('depth', 'rhomboids-trp-major', '--habitus', 'high')
    expect(r.status).toBe(0)
    expect(r.stdout).toContain('Skin to pleura along the path (model):')
    expect(r.stdout).toContain('Recommended maximum depth (High BMI (BMI ≥ 25)): 7 mm')
    expect(r.stdout).toContain('Rule inputs (10 mm rule margin')
  })
})
