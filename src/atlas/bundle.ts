// The instructor's atlas file: one JSON file that can carry muscles and, when needed, their own sources,
// regions, pleura sites and contraindications. The built-in atlas keeps one muscle per file; an
// instructor shares a single file, so this shape exists for that.
import { redFlagSchema } from './redFlagSchema'
import { z } from './zod'
import { contraindicationSchema, muscleSchema, pleuraSiteSchema, regionSchema, sourceSchema } from './schema'

/** The collections a bundle may hold, by key. */
export const BUNDLE_KEYS = ['muscles', 'regions', 'sources', 'pleuraSites', 'contraindications', 'redFlags'] as const
export type BundleKey = (typeof BUNDLE_KEYS)[number]

/** Keys that describe the file itself and are ignored by the loader. */
export const BUNDLE_META_KEYS = ['$schema', 'title', 'author', 'description'] as const

/** The full bundle schema, used for the editor's JSON Schema (the loader validates entry by entry). */
export const atlasBundleSchema = z
  .object({
    $schema: z.string().optional(),
    title: z.string().optional(),
    author: z.string().optional(),
    description: z.string().optional(),
    muscles: z.array(muscleSchema).optional(),
    regions: z.array(regionSchema).optional(),
    sources: z.array(sourceSchema).optional(),
    pleuraSites: z.array(pleuraSiteSchema).optional(),
    contraindications: z.array(contraindicationSchema).optional(),
    redFlags: z.array(redFlagSchema).optional(),
  })
  .strict()
