// What the code loaded at start may hold: the entry (src/main.tsx) and the page's shell it loads at once
// (src/app/mountApp.tsx, preloaded by index.html) with every module they reach through static imports load before
// anything is shown, so the heavy parts (the schema library, three.js and the 3D view, the atlas data) must be reached
// only through import(). And the entry itself stays small: it sends the body's request before the shell (react-dom,
// the panels) is evaluated. A test of the import graph, so a stray static import fails here with the chain that
// brought it in, not as a slower start measured later by `npm run bench`.
import { existsSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..')

/** Specifiers a module imports statically for their values (type-only imports are erased by the build). */
function staticValueImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false)
  const out: string[] = []
  for (const node of source.statements) {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause
      if (clause?.isTypeOnly) continue
      const named = clause?.namedBindings
      const onlyTypes =
        clause !== undefined &&
        !clause.name &&
        named !== undefined &&
        ts.isNamedImports(named) &&
        named.elements.length > 0 &&
        named.elements.every((e) => e.isTypeOnly)
      if (!onlyTypes) out.push((node.moduleSpecifier as ts.StringLiteral).text)
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && !node.isTypeOnly) {
      out.push((node.moduleSpecifier as ts.StringLiteral).text)
    }
  }
  return out
}

function resolveLocal(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec.replace(/\?.*$/, ''))
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate
  }
  return null
}

/** Every module and package reached from the entries, each with the module that first imported it. */
function firstChunkGraph(...entries: string[]): Map<string, string | null> {
  const reachedFrom = new Map<string, string | null>(entries.map((e) => [e, null]))
  const queue = [...entries]
  while (queue.length) {
    const file = queue.shift()!
    if (!/\.tsx?$/.test(file)) continue
    for (const spec of staticValueImports(file)) {
      const key = spec.startsWith('.')
        ? resolveLocal(file, spec)
        : `package:${spec
            .split('/')
            .slice(0, spec.startsWith('@') ? 2 : 1)
            .join('/')}`
      if (key === null || reachedFrom.has(key)) continue
      reachedFrom.set(key, file)
      if (!key.startsWith('package:')) queue.push(key)
    }
  }
  return reachedFrom
}

function chainTo(graph: Map<string, string | null>, key: string): string {
  const chain: string[] = []
  for (let k: string | null | undefined = key; k; k = graph.get(k)) chain.unshift(k.startsWith('package:') ? k : relative(ROOT, k))
  return chain.join(' -> ')
}

const ENTRY = join(ROOT, 'src', 'main.tsx')
const SHELL = join(ROOT, 'src', 'app', 'mountApp.tsx')

describe('the entry chunk', () => {
  const graph = firstChunkGraph(ENTRY)

  it('reaches the store and the body download (the walk itself works)', () => {
    expect(graph.has(join(ROOT, 'src', 'store', 'appStore.ts'))).toBe(true)
    expect(graph.has(join(ROOT, 'src', 'viewer', 'bodyChoice.ts'))).toBe(true)
  })

  it('leaves react-dom and the panels to the shell, which it imports with import()', () => {
    const shellOnly = ['package:react-dom', SHELL, join(ROOT, 'src', 'viewer', 'App.tsx')]
    expect(shellOnly.filter((k) => graph.has(k)).map((k) => chainTo(graph, k))).toEqual([])
    expect(readFileSync(ENTRY, 'utf8')).toMatch(/import\(['"]\.\/app\/mountApp['"]\)/)
  })
})

describe('the code loaded at start (the entry and the shell)', () => {
  const graph = firstChunkGraph(ENTRY, SHELL)

  it('reaches the store, the panels and react (the walk itself works)', () => {
    expect(graph.has('package:react')).toBe(true)
    expect(graph.has('package:react-dom')).toBe(true)
    expect(graph.has(join(ROOT, 'src', 'viewer', 'App.tsx'))).toBe(true)
    expect(graph.has(join(ROOT, 'src', 'store', 'appStore.ts'))).toBe(true)
  })

  it.each(['zod', 'three', '@react-three/fiber', '@react-three/drei', 'idb'])('does not import %s statically', (pkg) => {
    const key = `package:${pkg}`
    expect(graph.has(key) ? chainTo(graph, key) : null).toBeNull()
  })

  it('does not import the scene-state or lesson schemas, the link reader, the lesson editor, the quiz, the Open atlas steps, the service worker or the 3D view statically', () => {
    const lazyOnly = [
      'src/sceneState/sceneState.ts',
      'src/lessons/lessonFormat.ts',
      'src/lessons/lessonEdits.ts',
      'src/urlState/sceneLinkReader.ts',
      'src/urlState/urlStateParse.ts',
      'src/viewer/panels/QuizPanel.tsx',
      'src/viewer/atlasOpen.ts',
      'src/app/UpdatePrompt.tsx',
      'src/app/serviceWorker.ts',
      'src/viewer/scene/Viewport.tsx',
    ]
    const reached = lazyOnly.filter((f) => graph.has(join(ROOT, f))).map((f) => chainTo(graph, join(ROOT, f)))
    expect(reached).toEqual([])
  })
})
