// The page's shell (src/app/mountApp.tsx: react-dom, the panels) as one chunk, fetched beside the entry. The entry
// loads the shell through import(), so that the body's request goes out before the shell's code is evaluated
// (src/main.tsx), but the shell is needed at once all the same. So:
//   - `group` puts every module the shell reaches through static imports, and the entry does not, in one chunk
//     (left to itself the bundler splits off each module the shell shares with a lazy part: more requests, worse
//     compression);
//   - the plugin adds to index.html a modulepreload link for that chunk and any chunk it imports statically, and
//     a stylesheet link for their CSS, so the browser fetches them beside the entry instead of after it has run.
import type { Plugin } from 'vite'

interface ChunkLike {
  type: 'chunk'
  fileName: string
  moduleIds: string[]
  imports: string[]
  viteMetadata?: { importedCss: Set<string> }
}

const normalise = (id: string): string => id.replace(/\\/g, '/')

/** Everything reached from `starts` through `next` (modules through their static imports, chunks through theirs). */
function reached(starts: string[], next: (id: string) => readonly string[]): Set<string> {
  const out = new Set<string>()
  const queue = [...starts]
  while (queue.length) {
    const id = queue.shift()!
    if (out.has(id)) continue
    out.add(id)
    queue.push(...next(id))
  }
  return out
}

export function shellChunk(shellModule: string): { plugin: Plugin; group: { name: string; test: (id: string) => boolean } } {
  let base = '/'
  const shellModules = new Set<string>()
  const plugin: Plugin = {
    name: 'tpa:shell-chunk',
    apply: 'build',
    configResolved(config) {
      base = config.base
    },
    buildEnd() {
      const ids = [...this.getModuleIds()]
      const importedIds = (id: string): readonly string[] => this.getModuleInfo(id)?.importedIds ?? []
      const shell = ids.find((id) => normalise(id).endsWith(shellModule))
      if (!shell) throw new Error(`shellChunk: ${shellModule} is not in the build`)
      const initial = reached(
        ids.filter((id) => this.getModuleInfo(id)?.isEntry),
        importedIds,
      )
      shellModules.clear()
      for (const id of reached([shell], importedIds)) if (!initial.has(id)) shellModules.add(id)
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle, chunk: entry }) {
        if (!bundle || !entry) return []
        const chunks = Object.values(bundle).filter((c): c is ChunkLike & (typeof bundle)[string] => c.type === 'chunk')
        const shell = chunks.find((c) => c.moduleIds.some((id) => normalise(id).endsWith(shellModule)))
        if (!shell) throw new Error(`shellChunk: no chunk is built from ${shellModule}`)
        const byFile = new Map(chunks.map((c) => [c.fileName, c]))
        const importsOf = (fileName: string): readonly string[] => byFile.get(fileName)?.imports ?? []
        // the entry and everything it imports statically are loaded (and preloaded) by Vite already
        const preloaded = reached([entry.fileName], importsOf)
        const js = [...reached([shell.fileName], importsOf)].filter((f) => !preloaded.has(f))
        const css = new Set(js.flatMap((f) => [...(byFile.get(f)?.viteMetadata?.importedCss ?? [])]))
        return [
          ...[...css].map((f) => ({
            tag: 'link',
            attrs: { rel: 'stylesheet', crossorigin: true, href: base + f },
            injectTo: 'head' as const,
          })),
          ...js.map((f) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: base + f },
            injectTo: 'head' as const,
          })),
        ]
      },
    },
  }
  return { plugin, group: { name: 'mountApp', test: (id) => shellModules.has(id) } }
}
