// `rank <region-id>[,<region-id>…]`: patient mode's ranking on named regions: which muscles' referral
// zones best explain pain in these regions, with the one-line reason the app shows.
import { rankMuscles } from '../../../src/atlas/rank'
import { unknownIdMessage } from '../../../src/atlas/suggest'
import { warnIfBuiltInFaulty } from '../context'
import type { AtlasCommand } from '../types'

const command: AtlasCommand = {
  name: 'rank',
  usage: 'rank <region-id>[,<region-id>…] [--json]',
  summary: 'Muscles ranked by how well their referral zones explain pain in these regions.',
  run(args, ctx) {
    const regionIds = args.positionals
      .flatMap((p) => p.split(','))
      .map((id) => id.trim())
      .filter((id) => id.length > 0)
    if (regionIds.length === 0) {
      ctx.err('usage: npm run -s atlas -- rank <region-id>[,<region-id>…] [--json]')
      return 2
    }
    const { atlas } = ctx.builtIn()
    warnIfBuiltInFaulty(ctx)
    const known = atlas.regions.map((r) => r.id)
    const unknown = regionIds.filter((id) => !known.includes(id.replace(/\.(left|right|midline)$/, '')))
    if (unknown.length > 0) {
      unknown.forEach((id) => ctx.err(unknownIdMessage('region', id, known)))
      return 1
    }
    const names = new Map(atlas.regions.map((r) => [r.id, r.name]))
    const ranked = rankMuscles(
      atlas.muscles,
      regionIds.map((regionId) => ({ regionId })),
      { regionName: (id) => names.get(id) ?? id },
    )
    if (ctx.json) {
      ctx.printJson({
        regions: regionIds,
        muscles: ranked.map((m, i) => ({ rank: i + 1, ...m, score: Math.round(m.score * 1000) / 1000 })),
      })
      return 0
    }
    ctx.out(`Pain in: ${regionIds.map((id) => names.get(id.replace(/\.(left|right|midline)$/, '')) ?? id).join(', ')}`)
    if (ranked.length === 0) {
      ctx.out('No muscle in the atlas refers pain to these regions.')
      return 0
    }
    ranked.forEach((m, i) => {
      ctx.out(`${String(i + 1).padStart(3)}. ${m.muscleName.padEnd(34)} ${m.score.toFixed(2)}  ${m.reason}`)
    })
    ctx.out('Education, not a diagnosis: a therapist confirms by examination.')
    return 0
  },
}

export default command
