// `list`: the muscles in the built-in atlas with their trigger points, for a quick overview.
import { warnIfBuiltInFaulty } from '../context'
import type { AtlasCommand } from '../types'

const command: AtlasCommand = {
  name: 'list',
  usage: 'list [--json]',
  summary: 'List the muscles in the atlas and their trigger points.',
  run(_args, ctx) {
    const { atlas } = ctx.builtIn()
    warnIfBuiltInFaulty(ctx)
    if (ctx.json) {
      ctx.printJson(
        atlas.muscles.map((m) => ({
          id: m.id,
          name: m.name,
          latin: m.latin,
          region: m.region,
          triggerPoints: m.triggerPoints.map((t) => ({ id: t.id, name: t.name })),
        })),
      )
      return 0
    }
    const width = Math.max(...atlas.muscles.map((m) => m.id.length), 10)
    for (const m of atlas.muscles) {
      ctx.out(`${m.id.padEnd(width)}  ${m.name} [${m.region}]: ${m.triggerPoints.map((t) => t.id).join(', ')}`)
    }
    const points = atlas.muscles.reduce((n, m) => n + m.triggerPoints.length, 0)
    ctx.out(`${atlas.muscles.length} muscles, ${points} trigger points`)
    return 0
  },
}

export default command
