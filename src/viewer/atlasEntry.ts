// The atlas entry of one muscle for the Details panel, loaded on demand (one small JSON chunk per muscle, so
// the atlas and its validator do not weigh on the first paint) and validated with the atlas schema before it is shown.
import type { Muscle } from '../atlas/schema'

const files = import.meta.glob<{ default: unknown }>('../../data/atlas/*.json')

export type AtlasLookup = { status: 'absent' } | { status: 'ok'; muscle: Muscle } | { status: 'invalid'; message: string }

const cache = new Map<string, Promise<AtlasLookup>>()

export function hasAtlasEntry(id: string): boolean {
  return `../../data/atlas/${id}.json` in files
}

export function loadAtlasEntry(id: string): Promise<AtlasLookup> {
  const cached = cache.get(id)
  if (cached) return cached
  const load = files[`../../data/atlas/${id}.json`]
  const result: Promise<AtlasLookup> = !load
    ? Promise.resolve({ status: 'absent' })
    : Promise.all([load(), import('../atlas/schema')]).then(
        ([mod, { muscleSchema }]) => {
          const parsed = muscleSchema.safeParse(mod.default)
          if (parsed.success) return { status: 'ok', muscle: parsed.data }
          const first = parsed.error.issues[0]
          return {
            status: 'invalid',
            message: `data/atlas/${id}.json: ${first ? `${first.path.join('.')}: ${first.message}` : 'invalid'}`,
          }
        },
        (err: unknown) => ({ status: 'invalid', message: `data/atlas/${id}.json could not be loaded (${String(err)})` }),
      )
  cache.set(id, result)
  return result
}
