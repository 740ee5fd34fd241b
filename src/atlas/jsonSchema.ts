// JSON Schemas for editors, generated from the zod schemas (the single definition), so that an
// instructor's editor can complete and check atlas files as they type. `npm run atlas:schema` writes
// them to data/schema/; a test keeps the committed files equal to what this module generates.
import { z } from 'zod'
import { atlasBundleSchema } from './bundle'
import { lessonFileSchema } from '../lessons/lessonFormat'
import { redFlagSchema } from './redFlagSchema'
import { contraindicationSchema, muscleSchema, pleuraSiteSchema, regionSchema, sourceSchema } from './schema'

interface SchemaFile {
  file: string
  title: string
  description: string
  schema: z.ZodType
  /** Object files may carry a "$schema" key pointing at their schema; the loader ignores it. */
  allowsSchemaKey: boolean
}

const SCHEMA_FILES: readonly SchemaFile[] = [
  {
    file: 'muscle.schema.json',
    title: 'Trigger Point Atlas muscle',
    description: 'One muscle with its trigger points: data/atlas/<muscle-id>.json.',
    schema: muscleSchema,
    allowsSchemaKey: true,
  },
  {
    file: 'atlas-bundle.schema.json',
    title: "Trigger Point Atlas instructor's file",
    description: 'Muscles and, optionally, their own sources, regions, pleura sites and contraindications in one file.',
    schema: atlasBundleSchema,
    allowsSchemaKey: false,
  },
  {
    file: 'regions.schema.json',
    title: 'Trigger Point Atlas body regions',
    description: 'data/regions.json: body regions with their landmark-anchored skin patches.',
    schema: z.array(regionSchema),
    allowsSchemaKey: false,
  },
  {
    file: 'sources.schema.json',
    title: 'Trigger Point Atlas sources',
    description: 'data/sources.json: the bibliography every citation id resolves to.',
    schema: z.array(sourceSchema),
    allowsSchemaKey: false,
  },
  {
    file: 'pleura-sites.schema.json',
    title: 'Trigger Point Atlas pleura sites',
    description: 'data/pleura-sites.json: published skin-to-pleura measurements and derived maximum depths.',
    schema: z.array(pleuraSiteSchema),
    allowsSchemaKey: false,
  },
  {
    file: 'contraindications.schema.json',
    title: 'Trigger Point Atlas contraindications',
    description: 'data/contraindications.json: contraindications and precautions, clinician and patient wording.',
    schema: z.array(contraindicationSchema),
    allowsSchemaKey: false,
  },
  {
    file: 'red-flags.schema.json',
    title: 'Trigger Point Atlas red flags',
    description: 'data/red-flags.json: warning signs shown before any muscle, in plain words, with what to do and how fast.',
    schema: z.array(redFlagSchema),
    allowsSchemaKey: false,
  },
  {
    file: 'lesson.schema.json',
    title: 'Trigger Point Atlas lesson',
    description:
      'A lesson file (Export file / Open lesson file…): a title, an author line and ordered steps, each a scene state with a caption, speaker notes, pins and arrows. See docs/LESSONS.md.',
    schema: lessonFileSchema,
    allowsSchemaKey: false,
  },
]

/** File name → JSON Schema document, for every atlas file kind. */
export function generateAtlasJsonSchemas(): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {}
  for (const entry of SCHEMA_FILES) {
    const generated = z.toJSONSchema(entry.schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>
    addRefinements(generated)
    const doc: Record<string, unknown> = { ...generated, title: entry.title, description: entry.description }
    if (entry.allowsSchemaKey && isObject(doc.properties)) {
      doc.properties = { $schema: { type: 'string' }, ...doc.properties }
    }
    out[entry.file] = doc
  }
  return out
}

/** The text written to disk for a schema document (stable formatting, trailing newline). */
export function schemaFileText(doc: Record<string, unknown>): string {
  return `${JSON.stringify(doc, null, 2)}\n`
}

/**
 * z.toJSONSchema cannot express zod refinements; the one an editor can check is restated here: a needle
 * that can reach the pleura must name its pleura site.
 */
function addRefinements(node: unknown): void {
  if (Array.isArray(node)) {
    node.forEach(addRefinements)
    return
  }
  if (!isObject(node)) {
    return
  }
  const props = node.properties
  if (isObject(props) && 'pleuraReachable' in props && 'pleuraSiteId' in props) {
    node.if = { properties: { pleuraReachable: { const: true } }, required: ['pleuraReachable'] }
    node.then = { required: ['pleuraSiteId'] }
  }
  Object.values(node).forEach(addRefinements)
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
