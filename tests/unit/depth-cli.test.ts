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

  it('exits 2 on a habitus it does not know', () => {
    expect(atlas('depth', 'rhomboids-trp-major', '--habitus', 'obese').status).toBe(2)
  })

  it.skipIf(!existsSync('models/body.glb'))('prints the model depth, the published figures and the recommended maximum as JSON', () => {
    const r = atlas('depth', 'rhomboids-trp-major', '--habitus', 'lean', '--json')
    expect(r.status).toBe(0)
    const out = JSON.parse(r.stdout)
    expect(out.triggerPointId).toBe('rhomboids-trp-major')
    expect(out.habitus).toBe('lean')
    expect(typeof out.modelDepthToPleuraMm).toBe('number')
    expect(out.pleuraSite.id).toBe('interscapular')
    // data/pleura-sites.json: lean maximum 15 mm with a 4 mm margin (ARM-2014 skin-to-rib 21 − 4 mm, capped at the average figure 24 − 9 mm).
    expect(out.pleuraSite.recommendedMaxDepthMm).toBe(15)
    expect(out.pleuraSite.marginMm).toBe(4)
    expect(out.pleuraSite.measurements.map((m: { source: string }) => m.source)).toContain('KIM-2002')
  })

  it.skipIf(!existsSync('models/body.glb'))('gives a readable summary without --json', () => {
    const r = atlas('depth', 'rhomboids-trp-major', '--habitus', 'high')
    expect(r.status).toBe(0)
    expect(r.stdout).toContain('Skin to pleura along the path (model):')
    expect(r.stdout).toContain('Recommended maximum depth (high)')
  })
})
