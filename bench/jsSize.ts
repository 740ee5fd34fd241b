// The "initial JS" of a built page: its entry module scripts plus every chunk they import statically, gzipped
// (level 9). Dynamic import() chunks are loaded later and are not counted.
import { readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'

export interface InitialJs {
  files: { path: string; rawBytes: number; gzipBytes: number }[]
  rawBytes: number
  gzipBytes: number
}

/** Static import specifiers in an ES module (import … from "x", import "x", export … from "x"), not import("x"). */
export function staticImports(code: string): string[] {
  const out = new Set<string>()
  const patterns = [
    /\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g,
    /\bexport\s*(?:\*|\{[^}]*\})\s*(?:as\s+[\w$]+\s*)?from\s*["']([^"']+)["']/g,
  ]
  for (const re of patterns) for (const m of code.matchAll(re)) if (m[1]) out.add(m[1])
  return [...out]
}

/** Entry scripts and modulepreload links of an index.html (paths as written). */
export function htmlEntryScripts(html: string): string[] {
  const out = new Set<string>()
  for (const m of html.matchAll(/<script\b[^>]*\btype=["']module["'][^>]*\bsrc=["']([^"']+)["']/g)) if (m[1]) out.add(m[1])
  for (const m of html.matchAll(/<script\b[^>]*\bsrc=["']([^"']+)["'][^>]*\btype=["']module["']/g)) if (m[1]) out.add(m[1])
  for (const m of html.matchAll(/<link\b[^>]*\brel=["']modulepreload["'][^>]*\bhref=["']([^"']+)["']/g)) if (m[1]) out.add(m[1])
  return [...out]
}

/** Initial JS of the page `indexHtml` inside the built directory `distDir`. */
export function initialJs(distDir: string, indexHtml = 'index.html'): InitialJs {
  const root = resolve(distDir)
  const htmlPath = join(root, indexHtml)
  const html = readFileSync(htmlPath, 'utf8')
  const queue = htmlEntryScripts(html).map((src) => resolveAsset(root, dirname(htmlPath), src))
  const seen = new Set<string>()
  const files: InitialJs['files'] = []
  while (queue.length) {
    const file = queue.shift()!
    if (seen.has(file) || !file.endsWith('.js')) continue
    seen.add(file)
    const code = readFileSync(file)
    files.push({ path: file.slice(root.length + 1), rawBytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length })
    for (const spec of staticImports(code.toString('utf8'))) {
      if (spec.startsWith('.') || spec.startsWith('/')) queue.push(resolveAsset(root, dirname(file), spec))
    }
  }
  return {
    files,
    rawBytes: files.reduce((n, f) => n + f.rawBytes, 0),
    gzipBytes: files.reduce((n, f) => n + f.gzipBytes, 0),
  }
}

function resolveAsset(root: string, fromDir: string, spec: string): string {
  const clean = spec.split(/[?#]/)[0] ?? spec
  return clean.startsWith('/') ? join(root, clean) : resolve(fromDir, clean)
}
