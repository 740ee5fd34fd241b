// The 3D view is a lazy part (src/viewer/App.tsx), so its code is requested only once the page's first chunk has run:
// on a busy machine those requests then queue behind the body model's download, and the view was mounted a third of
// a second after the model was ready. This build plugin names the view's chunk and every chunk it imports in
// <link rel="modulepreload"> tags, so the browser fetches and compiles them beside the first chunk; they still run
// only when the app imports them.
import type { Plugin } from 'vite'

export interface BuiltChunk {
  fileName: string
  facadeModuleId: string | null
  imports: readonly string[]
  isEntry: boolean
}

/** Files to preload for the lazy module ending in `moduleSuffix`: its chunk and all it imports, less the entry. */
export function chunksToPreload(chunks: readonly BuiltChunk[], moduleSuffix: string): string[] {
  const byName = new Map(chunks.map((c) => [c.fileName, c]))
  const root = chunks.find((c) => c.facadeModuleId?.replaceAll('\\', '/').endsWith(moduleSuffix))
  if (!root) throw new Error(`no chunk is built for ${moduleSuffix}: the 3D view's path changed?`)
  const seen = new Set<string>()
  const visit = (fileName: string): void => {
    if (seen.has(fileName)) return
    seen.add(fileName)
    for (const imported of byName.get(fileName)?.imports ?? []) visit(imported)
  }
  visit(root.fileName)
  return [...seen].filter((f) => !byName.get(f)?.isEntry)
}

export function preloadLazyView(moduleSuffix: string): Plugin {
  return {
    name: 'preload-lazy-view',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        if (!ctx.bundle) return []
        const chunks = Object.values(ctx.bundle).flatMap((c) => (c.type === 'chunk' ? [c] : []))
        return chunksToPreload(chunks, moduleSuffix).map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` },
          injectTo: 'head' as const,
        }))
      },
    },
  }
}
