// Red flags: warning signs that pain may come from the heart, lungs, vessels, nerves, infection, a fracture
// or cancer rather than a muscle, and what to do about them. Kept apart from the muscle data (data/red-flags.json)
// because they are shown before any muscle and answer a different question: "do I need a doctor now?".
import { z } from './zod'

const kebabId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case id like "chest-heart"')
const nonEmpty = z.string().trim().min(1, 'must not be empty')
const sourceId = z.string().regex(/^[A-Z0-9]+(-[A-Z0-9]+)*$/, 'must be a source id like "NICE-NG158"')

/** How fast to act, most urgent first: the order flags are listed in. */
export const RED_FLAG_URGENCIES = ['emergency', 'same-day', 'soon'] as const
export const redFlagUrgencySchema = z.enum(RED_FLAG_URGENCIES)
export type RedFlagUrgency = z.infer<typeof redFlagUrgencySchema>

/**
 * "regions": shown when the pain map touches one of `regions`; "anywhere": shown with every map (the general
 * line); "after-needling": shown wherever dry needling is explained.
 */
export const redFlagScopeSchema = z.enum(['regions', 'anywhere', 'after-needling'])
export type RedFlagScope = z.infer<typeof redFlagScopeSchema>

export const redFlagSchema = z
  .object({
    id: kebabId,
    scope: redFlagScopeSchema,
    /** Body region ids (data/regions.json) whose pain brings this flag up; only for scope "regions". */
    regions: z.array(kebabId).default([]),
    /** A short plain heading, e.g. "Chest pain that could be your heart". */
    heading: nonEmpty,
    /** The warning signs in plain words. */
    signs: nonEmpty,
    /** The clinical term, shown in brackets after the signs. */
    condition: nonEmpty,
    urgency: redFlagUrgencySchema,
    /** Exactly what to do and how fast, in plain words. */
    whatToDo: nonEmpty,
    sources: z.array(sourceId).min(1, 'needs at least one citation (an id from data/sources.json)'),
  })
  .strict()
  .refine((f) => (f.scope === 'regions') === f.regions.length > 0, {
    message: 'a red flag with scope "regions" names at least one region, and only such a flag names regions',
    path: ['regions'],
  })

export type RedFlag = z.infer<typeof redFlagSchema>
