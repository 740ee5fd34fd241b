// `show <muscle-id>`: one muscle in full: anatomy, trigger points, referral zones, needling and the
// sources it cites, as an instructor would check it against the clinical notes. With --authors it also prints
// the author-only notes (`authorNote`: where each piece comes from and what is still to check), which the app
// never shows.
import { BUILD_IDS } from '../../../src/atlas/builds'
import { depthRule } from '../../../src/atlas/depthRule'
import { citedSourceIds, findMuscle, findPleuraSite, findRegion, findSource } from '../../../src/atlas/lookup'
import type { Source } from '../../../src/atlas/schema'
import { unknownIdMessage } from '../../../src/atlas/suggest'
import { warnIfBuiltInFaulty } from '../context'
import type { AtlasCommand } from '../types'

const command: AtlasCommand = {
  name: 'show',
  usage: 'show <muscle-id> [--authors] [--json]',
  summary: 'Show one muscle in full, with the sources it cites; --authors adds the author-only notes.',
  run(args, ctx) {
    const id = args.positionals[0]
    if (!id) {
      ctx.err('usage: npm run -s atlas -- show <muscle-id>')
      return 2
    }
    const { atlas } = ctx.builtIn()
    warnIfBuiltInFaulty(ctx)
    const muscle = findMuscle(atlas, id)
    if (!muscle) {
      ctx.err(
        unknownIdMessage(
          'muscle',
          id,
          atlas.muscles.map((m) => m.id),
        ),
      )
      return 1
    }
    const sources = citedSourceIds(muscle)
      .map((s) => findSource(atlas, s))
      .filter((s): s is Source => s !== undefined)
    if (ctx.json) {
      ctx.printJson({ muscle, sources })
      return 0
    }
    const authors = args.flags.authors === true
    /** Prints an author-only note, indented under what it is about, when --authors is given. */
    const note = (indent: string, text: string | undefined): void => {
      if (authors && text) {
        ctx.out(`${indent}author note: ${text}`)
      }
    }
    const regionName = (r: string): string => `${findRegion(atlas, r)?.name ?? r} [${r}]`
    const cite = (ids: string[]): string => `[${ids.join('; ')}]`
    ctx.out(`${muscle.name} (${muscle.latin}) — ${muscle.id}, ${muscle.region}`)
    if (muscle.synonyms.length > 0) {
      ctx.out(`  also called: ${muscle.synonyms.join(', ')}`)
    }
    ctx.out(`  origin: ${muscle.origin}`)
    ctx.out(`  insertion: ${muscle.insertion}`)
    ctx.out(`  innervation: ${muscle.innervation.nerve} (${muscle.innervation.roots})`)
    ctx.out(`  action: ${muscle.action}`)
    ctx.out(`  anatomy evidence: ${muscle.anatomyEvidence} ${cite(muscle.sources)}`)
    note('  ', muscle.authorNote)
    for (const t of muscle.triggerPoints) {
      const n = t.needling
      ctx.out('')
      ctx.out(`  ${t.name} — ${t.id} (location ${t.locationEvidence})`)
      ctx.out(`    location: ${t.location.landmark}${t.location.offset ? ` ${JSON.stringify(t.location.offset)}` : ''}`)
      ctx.out(`    palpation: ${t.palpation}`)
      ctx.out(`    essential zone: ${t.essentialZone.regions.map(regionName).join(', ')} ${cite(t.essentialZone.sources)}`)
      note('      ', t.essentialZone.authorNote)
      if (t.spilloverZone) {
        ctx.out(`    spillover zone: ${t.spilloverZone.regions.map(regionName).join(', ')} ${cite(t.spilloverZone.sources)}`)
        note('      ', t.spilloverZone.authorNote)
      }
      ctx.out('    symptoms:')
      t.symptoms.forEach((symptom) => ctx.out(`      - ${symptom}`))
      note('    ', t.authorNote)
      ctx.out(`    needling: ${n.patientPosition} ${n.approach} ${cite(n.sources)}`)
      n.precautions.forEach((precaution) => ctx.out(`      - ${precaution}`))
      note('      ', n.authorNote)
      if (n.typicalDepth) {
        ctx.out(
          `    typical depth: ${n.typicalDepth.minMm}–${n.typicalDepth.maxMm} mm (${n.typicalDepth.note}) ${cite(n.typicalDepth.sources)}`,
        )
      }
      ctx.out(`    danger structures: ${n.dangerStructures.join(', ') || 'none listed'}`)
      if (n.pleuraReachable && n.pleuraSiteId) {
        const site = findPleuraSite(atlas, n.pleuraSiteId)
        const detail = site
          ? `: recommended maximum ${BUILD_IDS.map((b) => depthRule(site, b).maximumMm ?? 'none').join('/')} mm (${BUILD_IDS.join('/')})`
          : ''
        ctx.out(`    pleura reachable — site ${n.pleuraSiteId}${detail}`)
      }
    }
    ctx.out('')
    ctx.out('  sources:')
    for (const s of sources) {
      const title = s.title.replace(/\.$/, '')
      ctx.out(`    ${s.id}: ${s.authors}. ${title}. ${s.publication}${s.year ? ` (${s.year})` : ''} [${s.verification}]`)
    }
    return 0
  },
}

export default command
