// `rank <region-id>[,<region-id>…]`: patient mode's answer on named regions: first the red flags for those
// regions and the general ones, then, per separate area of pain, the muscles whose referral zones may explain
// it, with the one-line reason the app shows.
import { rankByArea, rankMuscles } from '../../../src/atlas/rank'
import { OTHER_CAUSES_LINE, redFlagLine, redFlagsForPain } from '../../../src/atlas/redFlags'
import { unknownIdMessage } from '../../../src/atlas/suggest'
import { warnIfBuiltInFaulty } from '../context'
import type { AtlasCommand } from '../types'

const round = (n: number): number => Math.round(n * 1000) / 1000

const command: AtlasCommand = {
  name: 'rank',
  usage: 'rank <region-id>[,<region-id>…] [--json]',
  summary: 'Red flags for these regions, then muscles whose referral zones may explain pain there, per area.',
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
    const pain = regionIds.map((regionId) => ({ regionId }))
    const options = { regionName: (id: string) => names.get(id) ?? id }
    const flags = redFlagsForPain(atlas.redFlags, regionIds)
    const areas = rankByArea(atlas.muscles, pain, options)
    if (ctx.json) {
      const flagJson = (f: (typeof atlas.redFlags)[number]) => ({
        id: f.id,
        urgency: f.urgency,
        heading: f.heading,
        signs: f.signs,
        condition: f.condition,
        whatToDo: f.whatToDo,
        sources: f.sources,
      })
      const musclesJson = (list: ReturnType<typeof rankMuscles>) => list.map((m, i) => ({ rank: i + 1, ...m, score: round(m.score) }))
      ctx.printJson({
        redFlags: flags.forRegions.map(flagJson),
        generalRedFlags: flags.anywhere.map(flagJson),
        regions: regionIds,
        areas: areas.map((a) => ({ heading: a.heading, regions: a.regions, share: round(a.share), muscles: musclesJson(a.muscles) })),
        muscles: musclesJson(rankMuscles(atlas.muscles, pain, options)),
        otherCauses: OTHER_CAUSES_LINE,
      })
      return 0
    }
    ctx.out(`Pain in: ${regionIds.map((id) => names.get(id.replace(/\.(left|right|midline)$/, '')) ?? id).join(', ')}`)
    ctx.out('')
    ctx.out(flags.forRegions.length > 0 ? 'Get help first if you have any of these:' : 'See a doctor if you have any of these:')
    for (const flag of [...flags.forRegions, ...flags.anywhere]) {
      ctx.out(`  ! ${redFlagLine(flag)}`)
    }
    for (const area of areas) {
      ctx.out('')
      ctx.out(`${area.heading}: muscles that may refer pain there`)
      if (area.muscles.length === 0) {
        ctx.out('  No muscle in the atlas refers pain to this area.')
      }
      area.muscles.forEach((m, i) => {
        ctx.out(`${String(i + 1).padStart(3)}. ${m.muscleName.padEnd(34)} ${m.score.toFixed(2)}  ${m.reason}`)
      })
    }
    ctx.out('')
    ctx.out(OTHER_CAUSES_LINE)
    ctx.out('Education, not a diagnosis: a therapist confirms by examination.')
    return 0
  },
}

export default command
