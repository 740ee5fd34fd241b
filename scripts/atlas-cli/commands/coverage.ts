// `coverage [model.glb]`: how much skin each body region and each referral zone paints on a model, so an
// author sees at once which zones draw nothing (a landmark far under the skin, a fused arm and trunk).
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { REPO_ROOT } from '../files'
import { readSkinModel } from '../readModel'
import { measureCoverage, type PaintedArea } from '../skinCoverage'
import type { AtlasCommand } from '../types'

const command: AtlasCommand = {
  name: 'coverage',
  usage: 'coverage [model.glb] [--min-cm2 N] [--json]',
  summary: 'Skin area each region and referral zone paints on a model; exit 1 if any paints less than --min-cm2 (5).',
  valuedFlags: ['min-cm2'],
  async run(args, ctx) {
    const modelPath = args.positionals[0] ?? join(REPO_ROOT, 'models', 'body.glb')
    const minCm2 = Number(args.flags['min-cm2'] ?? 5)
    if (!Number.isFinite(minCm2) || minCm2 < 0) {
      ctx.err('--min-cm2 must be a number of square centimetres')
      return 2
    }
    if (!existsSync(modelPath)) {
      ctx.err(`${modelPath}: no such model (run npm run model, or give a .glb path)`)
      return 1
    }
    const { skin, lookup } = await readSkinModel(modelPath)
    const report = measureCoverage(ctx.builtIn().atlas, skin, lookup)
    const thin = (list: PaintedArea[]): PaintedArea[] => list.filter((a) => a.areaCm2 < minCm2)
    const thinRegions = thin(report.regions)
    const thinZones = thin(report.zones)
    if (ctx.json) {
      ctx.printJson({
        model: modelPath,
        minCm2,
        ...report,
        thinRegions: thinRegions.map((r) => r.id),
        thinZones: thinZones.map((z) => `${z.id} ${z.zone}`),
      })
    } else {
      for (const r of report.regions) {
        ctx.out(
          `region ${r.id.padEnd(24)} ${r.areaCm2.toFixed(0).padStart(5)} cm²${r.areaCm2 < minCm2 ? '  <-- paints almost nothing' : ''}${r.problem ? `  (${r.problem})` : ''}`,
        )
      }
      for (const z of thinZones) {
        ctx.out(`zone   ${z.id} ${z.zone}: ${z.areaCm2.toFixed(1)} cm²${z.problem ? ` (${z.problem})` : ''}`)
      }
      ctx.out(
        `${report.regions.length - thinRegions.length}/${report.regions.length} regions and ` +
          `${report.zones.length - thinZones.length}/${report.zones.length} zones paint at least ${minCm2} cm²; ` +
          `regions cover ${report.coveredPercent.toFixed(1)}% of the left half (${report.overlapPercent.toFixed(1)}% in two or more)`,
      )
    }
    return thinRegions.length + thinZones.length > 0 ? 1 : 0
  },
}

export default command
