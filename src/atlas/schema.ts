// The atlas data model, as zod schemas: the single definition from which the app validates on load,
// the CLI validates files, and the JSON Schema for editors is generated. Cross-references (landmark,
// region, source and hazard ids) are checked separately in crossCheck.ts, since they need the whole atlas.
import { z } from './zod'
import { EVIDENCE_LEVELS } from './evidenceLevels'
import { BUILDS, BUILD_IDS } from './builds'

const kebabId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case id like "upper-trapezius"')
const nonEmpty = z.string().trim().min(1, 'must not be empty')
const sourceIds = z.array(kebabOrSourceId()).min(1, 'needs at least one citation (an id from data/sources.json)')
/**
 * For authors only: where a piece of content comes from and how far it was checked ("confirmed only through
 * secondary lay sources", "recalled from Travell & Simons, not checked in the book"). Never shown in the app's
 * panels or the printed summary, which state the evidence level in words instead; `atlas show --authors` prints it.
 */
const authorNote = nonEmpty.optional()

function kebabOrSourceId() {
  // Source ids follow the clinical notes: upper-case letters, digits and hyphens, e.g. "KEARNS-2022", "ML-5".
  return z.string().regex(/^[A-Z0-9]+(-[A-Z0-9]+)*$/, 'must be a source id like "KEARNS-2022"')
}

/**
 * An offset from a landmark in the body's own terms, in metres. "lateral" is away from the midline on the
 * side being placed (so one description serves the left and the right); for a midline landmark it points
 * toward the side of the structure being placed.
 */
export const bodyOffsetSchema = z
  .object({
    lateralM: z.number().min(-0.5).max(0.5).default(0),
    superiorM: z.number().min(-0.5).max(0.5).default(0),
    anteriorM: z.number().min(-0.5).max(0.5).default(0),
  })
  .strict()

/** A point placed against the model's palpable landmarks: never by vertex index, so any conforming model works. */
export const anchoredPointSchema = z
  .object({
    landmark: kebabId,
    offset: bodyOffsetSchema.optional(),
  })
  .strict()

export const facingSchema = z.enum(['anterior', 'posterior', 'lateral', 'medial', 'superior', 'inferior'])

/**
 * A patch on the skin: a capsule around the segment from `from` to `to` (a sphere when `to` is absent)
 * of radius `radiusM`. Skin vertices inside it are painted, with a soft edge. `facing`, when given,
 * limits the patch to skin whose outward normal points that way (so a patch on the back of the arm
 * does not show through on its front).
 */
export const skinPatchSchema = z
  .object({
    from: anchoredPointSchema,
    to: anchoredPointSchema.optional(),
    radiusM: z.number().positive().max(0.4),
    facing: facingSchema.optional(),
  })
  .strict()

export const referralZoneSchema = z
  .object({
    /** Body region ids (data/regions.json) that this zone covers: used by lookup and patient ranking. */
    regions: z.array(kebabId).min(1, 'a zone names at least one body region'),
    /** Where the zone is painted on the skin. */
    patches: z.array(skinPatchSchema).min(1, 'a zone needs at least one skin patch'),
    description: nonEmpty,
    /** Author-only note on the zone's provenance (see authorNote above). */
    authorNote,
    sources: sourceIds,
  })
  .strict()

export const depthRangeMmSchema = z
  .object({
    minMm: z.number().nonnegative(),
    maxMm: z.number().positive(),
    note: nonEmpty,
    sources: sourceIds,
  })
  .strict()
  .refine((d) => d.maxMm >= d.minMm, { message: 'maxMm must be at least minMm', path: ['maxMm'] })

export const needlingSchema = z
  .object({
    patientPosition: nonEmpty,
    approach: nonEmpty,
    /** Needle direction into the body, in body terms (need not be unit length; the app normalises it). */
    direction: bodyOffsetSchema,
    /**
     * For the tangential and pincer paths, where the technique fixes it: the way the needle travels within the skin
     * surface, in body terms (e.g. back-to-front through a fold lifted in a pincer grasp). Without it, those paths
     * follow the in-surface part of `direction`.
     */
    obliqueAxis: bodyOffsetSchema.optional(),
    /** Published typical depth, only where a source gives one: no invented numbers. */
    typicalDepth: depthRangeMmSchema.optional(),
    /** Hazards beneath: danger-structure or organ ids from src/anatomy/ids.ts. */
    dangerStructures: z.array(kebabId),
    /** Whether the needle path over the chest wall can reach the pleura. */
    pleuraReachable: z.boolean(),
    /** The published skin-to-pleura site (data/pleura-sites.json) that applies, when pleuraReachable. */
    pleuraSiteId: kebabId.optional(),
    /**
     * Why the needle cannot reach the pleura although the pleura is among the danger structures (e.g. a bony
     * backstop beneath the whole path); required in that case, so no pleura hazard goes unexplained.
     */
    pleuraNotReachableReason: nonEmpty.optional(),
    precautions: z.array(nonEmpty).default([]),
    /**
     * Why the simulator traces no needle path to this trigger point on the built-in body, shown to students in
     * place of model depths: no cited approach to follow, or a position the model's pose cannot show (an arm
     * that must be abducted). A depth measured along a path nobody teaches would teach a wrong number.
     */
    notSimulatedReason: nonEmpty.optional(),
    /** Author-only note on the provenance of the approach and precautions (see authorNote above). */
    authorNote,
    sources: sourceIds,
  })
  .strict()
  .refine((n) => !n.pleuraReachable || !!n.pleuraSiteId, {
    message: 'a trigger point whose needle can reach the pleura must name its pleuraSiteId',
    path: ['pleuraSiteId'],
  })
  .refine((n) => n.pleuraReachable || !n.dangerStructures.includes('parietal-pleura') || !!n.pleuraNotReachableReason, {
    message:
      'the pleura is a danger structure here but pleuraReachable is false: say why in pleuraNotReachableReason, or map it to a pleura site',
    path: ['pleuraNotReachableReason'],
  })

/**
 * How far a piece of content was checked, strongest first. "verified": checked in the source itself;
 * "summary-only": the source was seen only as a summary, an abstract page or a copy (an extract, a scan of
 * legends), so the full text was not checked; "secondary": confirmed only in a secondary or lay source;
 * "unconfirmed": recalled (usually from Travell & Simons as taught), not checked in any source.
 */
export { EVIDENCE_LEVELS }
export const evidenceSchema = z.enum(EVIDENCE_LEVELS)

export const triggerPointSchema = z
  .object({
    id: kebabId,
    name: nonEmpty,
    /** Where the TrP lies, against landmarks. */
    location: anchoredPointSchema,
    /** How sure the location is: "unconfirmed" means recalled from Travell & Simons, not checked in the text. */
    locationEvidence: evidenceSchema,
    /**
     * The body regions (data/regions.json) the trigger point itself lies in: its local zone. Pain right at the
     * spot counts for it in patient ranking, as spillover does.
     */
    localRegions: z.array(kebabId).optional(),
    palpation: nonEmpty,
    essentialZone: referralZoneSchema,
    spilloverZone: referralZoneSchema.optional(),
    symptoms: z.array(nonEmpty).min(1),
    perpetuatingFactors: z.array(nonEmpty).default([]),
    needling: needlingSchema,
    selfCare: z.array(nonEmpty).default([]),
    /** Author-only note on the provenance of the location, palpation and symptoms (see authorNote above). */
    authorNote,
    sources: sourceIds,
  })
  .strict()

export const innervationSchema = z
  .object({
    nerve: nonEmpty,
    roots: nonEmpty,
    note: z.string().optional(),
  })
  .strict()

export const muscleSchema = z
  .object({
    id: kebabId,
    name: nonEmpty,
    latin: nonEmpty,
    synonyms: z.array(nonEmpty).default([]),
    region: z.enum(['head-neck', 'shoulder-arm', 'trunk', 'hip-thigh', 'leg-foot']),
    origin: nonEmpty,
    insertion: nonEmpty,
    innervation: innervationSchema,
    action: nonEmpty,
    /**
     * "verified" only when the anatomy lines were checked in a textbook-grade source (one marked textbookGrade in
     * data/sources.json, e.g. Gray's or Moore); "secondary" when they rest on a cross-check such as ANAT.
     */
    anatomyEvidence: evidenceSchema,
    triggerPoints: z.array(triggerPointSchema).min(1, 'a muscle entry needs at least one trigger point'),
    /** Author-only note on the provenance of the anatomy lines (see authorNote above). */
    authorNote,
    sources: sourceIds,
  })
  .strict()

export const regionSchema = z
  .object({
    id: kebabId,
    /** Patient-friendly name, e.g. "Temple (side of the forehead)". */
    name: nonEmpty,
    /** "bilateral" regions exist on both sides; "midline" ones once. */
    sides: z.enum(['bilateral', 'midline']),
    patches: z.array(skinPatchSchema).min(1),
  })
  .strict()

export const sourceSchema = z
  .object({
    id: kebabOrSourceId(),
    authors: nonEmpty,
    /** Publication year; null only where the source list marks the year as unconfirmed. */
    year: z.number().int().min(1900).max(2100).nullable(),
    title: nonEmpty,
    publication: nonEmpty,
    doi: z.string().optional(),
    url: z.string().url().optional(),
    /**
     * "verified": read in the source itself; "summary-only": seen only as a summary, abstract page or copy;
     * "secondary": a secondary or lay source; "unconfirmed": not read (e.g. Travell & Simons as taught).
     */
    verification: evidenceSchema,
    /** A standard anatomy or clinical textbook (Gray's, Moore): the only grade that lets anatomy be "verified". */
    textbookGrade: z.boolean().optional(),
    /** What the source list says about this entry that the fields above cannot (what is unconfirmed, which edition). */
    note: z.string().optional(),
    /** True for a source the clinical notes evaluated and rejected: citing it is reported. */
    rejected: z.boolean().optional(),
  })
  .strict()

/** The builds a depth is shown for (src/atlas/builds.ts): underweight, lean, average, high, each a BMI range. */
export const buildIdSchema = z.enum(BUILD_IDS)
/** Kept as the name used across the app for the chosen build. */
export const habitusSchema = buildIdSchema

const BUILD_BOUNDARIES = BUILDS.flatMap((b) => [b.bmiFrom, b.bmiBelow]).filter((v): v is number => v !== null)

/**
 * The group of a study a figure describes, as the study reports it, with its BMI range. The range must start and
 * end on build boundaries (src/atlas/builds.ts), so the group maps onto whole builds: ARM-2014's "BMI < 23" covers
 * underweight and lean. A row without a group is a whole sample that the study does not split by build.
 */
export const studyGroupSchema = z
  .object({
    /** The study's own words for the group, e.g. "BMI < 23" or "thin people". */
    label: nonEmpty,
    bmiFrom: z.number().positive().optional(),
    bmiBelow: z.number().positive().optional(),
  })
  .strict()
  .refine((g) => g.bmiFrom !== undefined || g.bmiBelow !== undefined, {
    message: 'a study group needs bmiFrom or bmiBelow (or leave the group out for a whole sample)',
  })
  .refine((g) => [g.bmiFrom, g.bmiBelow].every((v) => v === undefined || BUILD_BOUNDARIES.includes(v)), {
    message: `a study group's BMI range must start and end on build boundaries (${BUILD_BOUNDARIES.join(', ')})`,
  })

export const pleuraMeasurementSchema = z
  .object({
    source: kebabOrSourceId(),
    population: nonEmpty,
    method: nonEmpty,
    /** The study group the figures describe; absent for a whole sample not split by build. */
    group: studyGroupSchema.optional(),
    meanMm: z.number().positive().optional(),
    sdMm: z.number().nonnegative().optional(),
    /** Smallest distance observed (or the low end of a stated range). */
    minMm: z.number().positive().optional(),
    maxMm: z.number().positive().optional(),
    /** Length of a needle documented to have reached the pleura or lung. */
    needleReachedPleuraMm: z.number().positive().optional(),
    /** A depth the source recommends not to exceed: context, not a measured figure. */
    recommendedMaxMm: z.number().positive().optional(),
    /** Set when a figure on this row comes only from a secondary source; say which in figureNote. */
    figureEvidence: z.enum(['secondary']).optional(),
    /** Where a figure on this row comes from when not from `source` itself, or any other caveat about it. */
    figureNote: nonEmpty.optional(),
    finding: nonEmpty,
  })
  .strict()
  .refine((m) => m.sdMm === undefined || m.meanMm !== undefined, { message: 'sdMm needs meanMm', path: ['sdMm'] })
  .refine((m) => m.figureEvidence === undefined || m.figureNote !== undefined, {
    message: 'a secondary figure needs a figureNote naming where it comes from',
    path: ['figureNote'],
  })

export const pleuraSiteSchema = z
  .object({
    id: kebabId,
    name: nonEmpty,
    /** The approach the site's figures describe, e.g. "posterior, through the upper trapezius toward the cupula". */
    approach: nonEmpty,
    description: nonEmpty,
    measurements: z.array(pleuraMeasurementSchema).min(1),
    /**
     * How the recommended maximum follows from the measurements under the depth rule (src/atlas/depthRule.ts),
     * where the sources disagree, and which figure is kept. The maximum itself is computed by the rule.
     */
    derivation: nonEmpty,
    /** Millimetres before the recommended maximum at which the simulator turns amber. */
    marginMm: z.number().positive(),
    /** Shown when the rule gives no maximum: the technique taught here instead of needling toward the pleura. */
    technique: nonEmpty,
    sources: sourceIds,
  })
  .strict()

export const contraindicationSchema = z
  .object({
    id: kebabId,
    kind: z.enum(['absolute', 'relative']),
    /** Clinician wording. */
    text: nonEmpty,
    /** Patient wording for "tell your therapist if…". */
    patientText: nonEmpty,
    sources: sourceIds,
  })
  .strict()

export type BodyOffset = z.infer<typeof bodyOffsetSchema>
export type AnchoredPoint = z.infer<typeof anchoredPointSchema>
export type Facing = z.infer<typeof facingSchema>
export type SkinPatch = z.infer<typeof skinPatchSchema>
export type ReferralZone = z.infer<typeof referralZoneSchema>
export type Needling = z.infer<typeof needlingSchema>
export type TriggerPoint = z.infer<typeof triggerPointSchema>
export type Muscle = z.infer<typeof muscleSchema>
export type Region = z.infer<typeof regionSchema>
export type Source = z.infer<typeof sourceSchema>
export type Habitus = z.infer<typeof habitusSchema>
export type StudyGroup = z.infer<typeof studyGroupSchema>
export type PleuraMeasurement = z.infer<typeof pleuraMeasurementSchema>
export type PleuraSite = z.infer<typeof pleuraSiteSchema>
export type Contraindication = z.infer<typeof contraindicationSchema>
