// Writes BENCHMARKS.md from the measured rows: one table (app, baseline, ratio, aim, verdict), the machine, the
// date, how each number was taken, and what was not measured.
import type { Measure, MeasureRow } from './measures/types'

export interface MachineInfo {
  cpu: string
  cores: number
  memoryGiB: number
  os: string
  node: string
  chromium: string
  webglRenderer: string
  commit: string
  modelBytes: number | null
  appTriangles: number | null
  /** The app's canvas size in CSS pixels, which the baseline page copies. */
  canvas: string
}

export interface ReportInput {
  dateIso: string
  machine: MachineInfo
  measures: readonly Measure[]
  rows: MeasureRow[]
  /** Measures that failed or were skipped, with the reason. */
  missing: { id: string; reason: string }[]
  runs: number
}

function fmt(value: number | null, unit: string): string {
  if (value === null || !Number.isFinite(value)) return 'not measured'
  const decimals = value >= 100 ? 0 : value >= 10 ? 1 : value >= 1 ? 2 : 3
  return `${value.toFixed(decimals)} ${unit}`
}

export function ratioOf(row: MeasureRow): number | null {
  if (row.app === null || row.baseline === null || !Number.isFinite(row.app) || !Number.isFinite(row.baseline)) return null
  if (row.baseline === 0) return null
  return row.app / row.baseline
}

/** "meets" / "misses" / "—" against the row's aim. */
export function verdict(row: MeasureRow): string {
  if (!row.aim) return '—'
  if (row.aim.kind === 'ratio') {
    const r = ratioOf(row)
    if (r === null) return 'not measured'
    return r <= row.aim.max ? 'meets' : 'misses'
  }
  if (row.app === null || !Number.isFinite(row.app)) return 'not measured'
  return row.app <= row.aim.max ? 'meets' : 'misses'
}

function aimText(row: MeasureRow): string {
  if (!row.aim) return '—'
  return row.aim.kind === 'ratio' ? `≤ ${row.aim.max}× baseline` : `≤ ${row.aim.max} ${row.aim.unit}`
}

export function renderReport(input: ReportInput): string {
  const { machine } = input
  const lines: string[] = []
  lines.push('# Benchmarks')
  lines.push('')
  lines.push(
    'Written by `npm run bench` (bench/run.ts): the built app and a bare three.js page that loads the same ' +
      '`models/body.glb` (bench/baseline/), driven in one headless Chromium session at 1280×720, device pixel ratio 1.',
  )
  lines.push('')
  lines.push('| Measure | App | Baseline | Ratio | Aim | Result |')
  lines.push('| --- | --- | --- | --- | --- | --- |')
  for (const row of input.rows) {
    const r = ratioOf(row)
    lines.push(
      `| ${row.label} | ${fmt(row.app, row.unit)} | ${fmt(row.baseline, row.unit)} | ${r === null ? '—' : `${r < 0.1 ? r.toPrecision(2) : r.toFixed(2)}×`} | ${aimText(row)} | ${verdict(row)} |`,
    )
  }
  for (const m of input.missing) lines.push(`| ${m.id} | not measured | not measured | — | — | ${m.reason.replace(/\|/g, '/')} |`)
  lines.push('')
  lines.push('## Machine')
  lines.push('')
  lines.push(`- Date: ${input.dateIso}`)
  lines.push(`- Commit: ${machine.commit}`)
  lines.push(`- CPU: ${machine.cpu}, ${machine.cores} cores; memory ${machine.memoryGiB.toFixed(0)} GiB; ${machine.os}`)
  lines.push(`- Node ${machine.node}; Chromium ${machine.chromium}`)
  lines.push(`- WebGL renderer: ${machine.webglRenderer}`)
  lines.push(
    `- Window 1280×720 at device pixel ratio 1; the app's canvas ${machine.canvas} (beside its panels), the baseline's canvas the same size`,
  )
  lines.push(
    `- Model: models/body.glb ${machine.modelBytes === null ? 'missing' : `${(machine.modelBytes / 1e6).toFixed(2)} MB`}` +
      `${machine.appTriangles ? `, ${machine.appTriangles} triangles drawn in the app's first view` : ''}`,
  )
  lines.push('')
  lines.push('## How each number is taken')
  lines.push('')
  for (const m of input.measures) lines.push(`- **${m.id}**: ${m.method}`)
  lines.push(`- Load-time measures take ${input.runs} loads per page; each value in the table is a median.`)
  lines.push('')
  lines.push('## Notes')
  lines.push('')
  for (const row of input.rows) for (const n of row.notes) lines.push(`- ${row.label}: ${n}`)
  lines.push(
    '- WebGL here is SwiftShader: the GPU work runs on the same 2 CPU cores as the page, so absolute times are far ' +
      'slower than on a real GPU. Use the ratios and the trend between runs, not the absolute numbers.',
  )
  lines.push('- Other work on the machine during a run shifts every number; spreads above show how much.')
  lines.push('')
  return lines.join('\n')
}
