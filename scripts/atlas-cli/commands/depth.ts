// `depth <trigger-point-id>`: the model's skin-to-pleura depth along the trigger point's default needle
// path, beside the depth rule's recommended maximum for its site and build, with the rule's inputs. Reads
// models/body.glb (src/model/readGlb.ts) and measures with src/geometry (the same code as the simulator).
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { findTriggerPoint } from '../../../src/atlas/lookup'
import { BUILD_IDS, buildLabel, parseBuild } from '../../../src/atlas/builds'
import { MIN_TEACHABLE_MM, NO_MAXIMUM_TEXT, RULE_MARGIN_MM } from '../../../src/atlas/depthRule'
import { unknownIdMessage } from '../../../src/atlas/suggest'
import type { DepthReport } from '../../../src/geometry/depthReport'
import type { NeedleApproach } from '../../../src/geometry/needleApproach'
import { warnIfBuiltInFaulty } from '../context'
import { REPO_ROOT } from '../files'
import type { AtlasCommand } from '../types'

const MODEL_PATH = join(REPO_ROOT, 'models', 'body.glb')
const NEEDLE_APPROACHES: readonly NeedleApproach[] = ['straight', 'tangential', 'pincer']

function choice<T extends string>(value: string | true | undefined, allowed: readonly T[], fallback: T): T | null {
  if (value === undefined) {
    return fallback
  }
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : null
}

const mm = (v: number | null | undefined): number | null => (v === null || v === undefined ? null : Math.round(v * 10) / 10)
const m4 = (v: { x: number; y: number; z: number } | null): [number, number, number] | null =>
  v ? ([v.x, v.y, v.z].map((c) => Math.round(c * 10_000) / 10_000) as [number, number, number]) : null

/** The report with numbers rounded for print: 0.1 mm, 0.1 mm positions (4 decimals in metres). */
function rounded(report: DepthReport): Record<string, unknown> {
  return {
    ...report,
    build: { id: report.habitus, label: buildLabel(report.habitus) },
    triggerPointM: m4(report.triggerPointM),
    directionWorld: m4(report.directionWorld),
    skinEntryM: m4(report.skinEntryM),
    triggerPointDepthMm: mm(report.triggerPointDepthMm),
    modelDepthToPleuraMm: mm(report.modelDepthToPleuraMm),
    pleuraClearanceFromTriggerPointMm: mm(report.pleuraClearanceFromTriggerPointMm),
    hazardsAlongPath: report.hazardsAlongPath.map((h) => ({ ...h, depthMm: mm(h.depthMm) })),
  }
}

function measurementLine(
  m: DepthReport['pleuraSite'] extends infer S ? (S extends { measurements: (infer M)[] } ? M : never) : never,
): string {
  const figures = [
    m.meanMm !== undefined ? `mean ${m.meanMm}${m.sdMm !== undefined ? ` ± ${m.sdMm}` : ''} mm` : '',
    m.minMm !== undefined ? `min ${m.minMm} mm` : '',
    m.maxMm !== undefined ? `max ${m.maxMm} mm` : '',
    m.needleReachedPleuraMm !== undefined
      ? `a ${m.needleReachedPleuraMm} mm needle reached the pleura or lung${m.figureEvidence ? ` (${m.figureEvidence})` : ''}`
      : '',
    m.recommendedMaxMm !== undefined ? `recommends at most ${m.recommendedMaxMm} mm` : '',
  ].filter(Boolean)
  return `    [${m.source}] ${figures.length ? `${figures.join(', ')}; ` : ''}${m.population} (${m.group ? m.group.label : 'whole sample, not split by build'}). ${m.finding}`
}

function summary(report: DepthReport, muscleName: string, triggerPointName: string): string[] {
  const lines = [
    `${muscleName}: ${triggerPointName} (${report.triggerPointId}), ${report.side} side, ${buildLabel(report.habitus)}, ${report.approach} approach`,
  ]
  if (report.notSimulatedReason) {
    lines.push(`  No needle path is traced on the model for this trigger point: ${report.notSimulatedReason}`)
  } else if (!report.skinEntryM) {
    lines.push('  No skin entry point was found for this path on the model.')
  } else {
    lines.push(`  Skin to trigger point along the path (model): ${mm(report.triggerPointDepthMm)} mm`)
    lines.push(
      report.modelDepthToPleuraMm === null
        ? '  Skin to pleura along the path (model): the path does not meet the pleura within 200 mm'
        : `  Skin to pleura along the path (model): ${mm(report.modelDepthToPleuraMm)} mm (${report.pleuraMesh})`,
    )
  }
  if (report.pleuraClearanceFromTriggerPointMm !== null) {
    lines.push(`  Trigger point to the nearest pleura in any direction (model): ${mm(report.pleuraClearanceFromTriggerPointMm)} mm`)
  }
  const site = report.pleuraSite
  if (site) {
    const rule = site.rule
    lines.push(`  Pleura site "${site.name}" (${site.approach}). Sources: ${site.sources.join(', ')}.`)
    if (rule.maximumMm !== null) {
      lines.push(
        `  Recommended maximum depth (${buildLabel(report.habitus)}): ${rule.maximumMm} mm; amber margin ${site.marginMm} mm before it.`,
      )
    } else {
      lines.push(`  Recommended maximum depth (${buildLabel(report.habitus)}): none. ${rule.reason} ${NO_MAXIMUM_TEXT}`)
      lines.push(`  Technique instead: ${rule.technique}`)
    }
    lines.push(`  Rule: ${rule.explanation}`)
    lines.push(`  Rule inputs (${RULE_MARGIN_MM} mm rule margin; a maximum under ${MIN_TEACHABLE_MM} mm is not given):`)
    rule.inputs.forEach((f) =>
      lines.push(
        `    [${f.source}${f.secondary ? ', secondary' : ''}] ${f.group}: ${f.working} — ${f.appliesToBuild ? 'applies to this build' : f.counts ? `applies to ${f.builds.join(', ')}` : 'context only'}`,
      ),
    )
    lines.push('  Measurements as published:')
    site.measurements.forEach((m) => lines.push(measurementLine(m)))
    lines.push(`  How the site's figures compare: ${site.derivation}`)
  } else {
    lines.push(
      `  No published pleura site for this trigger point (atlas: pleura ${report.pleuraReachable ? 'reachable' : 'not reachable'} on this path).`,
    )
    if (report.pleuraNotReachableReason) {
      lines.push(`  Why the pleura is out of reach: ${report.pleuraNotReachableReason}`)
    }
  }
  if (report.hazardsAlongPath.length > 0) {
    lines.push(`  Other structures along the path: ${report.hazardsAlongPath.map((h) => `${h.name} at ${mm(h.depthMm)} mm`).join(', ')}`)
  }
  if (report.atlasDangerStructures.length > 0) {
    lines.push(`  Danger structures named by the atlas: ${report.atlasDangerStructures.join(', ')}`)
  }
  report.notes.forEach((n) => lines.push(`  Note: ${n}`))
  lines.push('  Model depths come from a generated model, not from a patient: use the published figures and their sources.')
  return lines
}

const command: AtlasCommand = {
  name: 'depth',
  usage:
    'depth <trigger-point-id> [--habitus underweight|lean|average|high] [--side left|right] [--approach straight|tangential|pincer] [--json]',
  valuedFlags: ['habitus', 'side', 'approach'],
  summary:
    "Model depth to the pleura along the needle path, with the depth rule's recommended maximum (or none, with the reason), its inputs and sources.",
  async run(args, ctx) {
    const triggerPointId = args.positionals[0]
    const habitusFlag = args.flags.habitus
    const habitus = habitusFlag === undefined ? 'average' : typeof habitusFlag === 'string' ? parseBuild(habitusFlag) : null
    if (habitusFlag !== undefined && !habitus) {
      ctx.err(`--habitus must be a build: ${BUILD_IDS.map((b) => `${b} (${buildLabel(b)})`).join(', ')}; got "${String(habitusFlag)}"`)
      return 2
    }
    const side = choice<'left' | 'right'>(args.flags.side, ['left', 'right'], 'left')
    const approach = choice<NeedleApproach>(args.flags.approach, NEEDLE_APPROACHES, 'straight')
    if (!triggerPointId || !habitus || !side || !approach) {
      ctx.err(`usage: npm run -s atlas -- ${command.usage}`)
      return 2
    }
    const { atlas } = ctx.builtIn()
    warnIfBuiltInFaulty(ctx)
    const found = findTriggerPoint(atlas, triggerPointId)
    if (!found) {
      const known = atlas.muscles.flatMap((m) => m.triggerPoints.map((t) => t.id))
      ctx.err(unknownIdMessage('trigger point', triggerPointId, known))
      return 1
    }
    if (!existsSync(MODEL_PATH)) {
      ctx.err('models/body.glb is missing: run `npm run model` first')
      return 1
    }
    // Loaded here, not at start-up: three, the BVH and the glTF reader are only needed by this command.
    const [{ depthScenes }, { depthReport }, { readGlb }] = await Promise.all([
      import('../../../src/geometry/bodyMeshes'),
      import('../../../src/geometry/depthReport'),
      import('../../../src/model/readGlb'),
    ])
    const scenes = depthScenes(await readGlb(MODEL_PATH))
    const report = depthReport(scenes(habitus), {
      muscle: found.muscle,
      triggerPoint: found.triggerPoint,
      side,
      habitus,
      approach,
      pleuraSites: atlas.pleuraSites,
    })
    if (ctx.json) {
      ctx.printJson(rounded(report))
      return 0
    }
    summary(report, found.muscle.name, found.triggerPoint.name).forEach((line) => ctx.out(line))
    return 0
  },
}

export default command
