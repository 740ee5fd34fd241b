// The JSON Schemas in data/schema/ are generated from the zod schemas; this keeps the committed files
// equal to what the code generates (run `npm run atlas:schema` after changing src/atlas/schema.ts).
import { readFileSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { generateAtlasJsonSchemas, schemaFileText } from '../../../src/atlas/jsonSchema'
import { muscleSchema } from '../../../src/atlas/schema'

describe('data/schema', () => {
  const generated = generateAtlasJsonSchemas()

  it('holds exactly the generated files, byte for byte', () => {
    expect(readdirSync('data/schema').sort()).toEqual(Object.keys(generated).sort())
    for (const [file, doc] of Object.entries(generated)) {
      expect(readFileSync(`data/schema/${file}`, 'utf8'), `${file} is stale: run npm run atlas:schema`).toBe(schemaFileText(doc))
    }
  })

  it('describes the muscle file: required fields, kebab-case ids, and no unknown keys', () => {
    const muscle = generated['muscle.schema.json'] as {
      required: string[]
      additionalProperties: boolean
      properties: Record<string, { pattern?: string }>
    }
    expect(muscle.required).toEqual(expect.arrayContaining(['id', 'name', 'latin', 'triggerPoints', 'sources']))
    expect(muscle.required).not.toContain('synonyms')
    expect(muscle.additionalProperties).toBe(false)
    expect(muscle.properties.id?.pattern).toBe('^[a-z0-9]+(-[a-z0-9]+)*$')
    expect(muscle.properties.$schema).toEqual({ type: 'string' })
    expect(z.toJSONSchema(muscleSchema, { io: 'input' })).toMatchObject({ type: 'object' })
  })

  it('restates the pleura-site rule that zod keeps in a refinement', () => {
    const muscle = generated['muscle.schema.json'] as any
    const needling = muscle.properties.triggerPoints.items.properties.needling
    expect(needling.then).toEqual({ required: ['pleuraSiteId'] })
    expect(needling.if.properties.pleuraReachable).toEqual({ const: true })
  })
})
