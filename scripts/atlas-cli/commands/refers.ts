// `refers <region-id>`: which muscles refer pain to a body region, essential zones before spillover:
// the reverse lookup a clinician does when a patient points at where it hurts.
import { findRegion, musclesReferringTo } from '../../../src/atlas/lookup'
import { unknownIdMessage } from '../../../src/atlas/suggest'
import { warnIfBuiltInFaulty } from '../context'
import type { AtlasCommand } from '../types'

const command: AtlasCommand = {
  name: 'refers',
  usage: 'refers <region-id> [--json]',
  summary: 'Muscles whose referred pain reaches a region, essential before spillover.',
  run(args, ctx) {
    const regionId = args.positionals[0]
    if (!regionId) {
      ctx.err('usage: npm run -s atlas -- refers <region-id>')
      return 2
    }
    const { atlas } = ctx.builtIn()
    warnIfBuiltInFaulty(ctx)
    const region = findRegion(atlas, regionId)
    if (!region) {
      ctx.err(
        unknownIdMessage(
          'region',
          regionId,
          atlas.regions.map((r) => r.id),
        ),
      )
      return 1
    }
    const matches = musclesReferringTo(atlas, regionId)
    if (ctx.json) {
      ctx.printJson(
        matches.map((m) => ({
          muscleId: m.muscle.id,
          name: m.muscle.name,
          zone: m.zone,
          triggerPoints: m.triggerPoints.map((t) => ({ id: t.triggerPoint.id, name: t.triggerPoint.name, zone: t.zone })),
        })),
      )
      return 0
    }
    ctx.out(`${region.name} (${region.id}): ${matches.length} muscle(s) refer pain here`)
    for (const m of matches) {
      const points = m.triggerPoints.map((t) => `${t.triggerPoint.id} (${t.zone})`).join(', ')
      ctx.out(`  ${m.zone.padEnd(9)}  ${m.muscle.name} — ${points}`)
    }
    return 0
  },
}

export default command
