// The built-in atlas as shipped: every JSON file under data/ (except the generated JSON Schemas and the lessons),
// bundled as text by Vite at build time and loaded with the built-in rules. Works in the app and in
// vitest; the CLI reads data/ from disk instead (scripts/atlas-cli/files.ts), since tsx has no Vite.
import { loadAtlas } from './load'
import type { AtlasFile, AtlasLoadResult } from './types'

const rawFiles = import.meta.glob(['/data/**/*.json', '!/data/schema/**', '!/data/lessons/**'], {
  eager: true,
  query: '?raw',
  import: 'default',
}) as Record<string, string>

/** The built-in atlas files, named by their repository path ("data/atlas/soleus.json"), sorted. */
export const BUILTIN_ATLAS_FILES: readonly AtlasFile[] = Object.entries(rawFiles)
  .map(([path, text]) => ({ path: path.replace(/^\//, ''), text }))
  .sort((a, b) => a.path.localeCompare(b.path))

let cached: AtlasLoadResult | undefined

/** The built-in atlas, loaded once; faults here are bugs in data/ (the tests keep them at zero). */
export function loadBuiltInAtlas(): AtlasLoadResult {
  cached ??= loadAtlas(BUILTIN_ATLAS_FILES, { builtIn: true })
  return cached
}
