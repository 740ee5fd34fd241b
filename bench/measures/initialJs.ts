// Initial JS: what a visitor downloads before the page can start, i.e. the built entry chunk and its static
// imports, gzipped at level 9. Lazy chunks (dynamic import) are listed in the notes but not counted.
import { readFileSync, readdirSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { join } from 'node:path'
import { initialJs } from '../jsSize'
import type { Measure } from './types'

function allJsFiles(dir: string): string[] {
  const out: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name)
    if (entry.isDirectory()) out.push(...allJsFiles(p))
    else if (entry.name.endsWith('.js')) out.push(p)
  }
  return out
}

export const initialJsSize: Measure = {
  id: 'initial-js',
  method: 'entry module scripts of index.html plus every chunk they import statically, each gzipped (level 9); 1 kB = 1000 bytes.',
  async run(ctx) {
    const app = initialJs(ctx.appDistDir)
    const base = initialJs(ctx.baselineDistDir)
    const counted = new Set(app.files.map((f) => join(ctx.appDistDir, f.path)))
    const lazyFiles = allJsFiles(ctx.appDistDir).filter((f) => !counted.has(f))
    const lazyGzipBytes = lazyFiles.reduce((n, f) => n + gzipSync(readFileSync(f), { level: 9 }).length, 0)
    const kb = (b: number): number => Math.round(b / 100) / 10
    return [
      {
        id: 'initial-js',
        label: 'Initial JS, gzipped',
        unit: 'kB',
        app: kb(app.gzipBytes),
        baseline: kb(base.gzipBytes),
        aim: { kind: 'absolute', max: 400, unit: 'kB' },
        notes: [
          `app: ${app.files.map((f) => `${f.path} ${kb(f.gzipBytes)} kB`).join(', ')} (raw ${kb(app.rawBytes)} kB)`,
          `app: ${lazyFiles.length} lazy chunk(s), ${kb(lazyGzipBytes)} kB gzipped in all, load after start (the 3D view among them) and are not counted`,
          `baseline: ${base.files.map((f) => `${f.path} ${kb(f.gzipBytes)} kB`).join(', ')}`,
        ],
      },
    ]
  },
}
