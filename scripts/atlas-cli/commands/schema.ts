// `schema`: writes the editor JSON Schemas generated from the zod schemas to data/schema/ (also run as
// `npm run atlas:schema`); with --check it only reports whether the committed files are current.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { generateAtlasJsonSchemas, schemaFileText } from '../../../src/atlas/jsonSchema'
import { DATA_DIR } from '../files'
import type { AtlasCommand } from '../types'

const SCHEMA_DIR = join(DATA_DIR, 'schema')

const command: AtlasCommand = {
  name: 'schema',
  usage: 'schema [--check] [--json]',
  summary: 'Write the JSON Schemas for editors to data/schema/ (--check: only compare).',
  run(args, ctx) {
    const check = args.flags.check === true
    const docs = generateAtlasJsonSchemas()
    const stale: string[] = []
    for (const [file, doc] of Object.entries(docs)) {
      const path = join(SCHEMA_DIR, file)
      const text = schemaFileText(doc)
      const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined
      if (current === text) {
        continue
      }
      stale.push(`data/schema/${file}`)
      if (!check) {
        mkdirSync(SCHEMA_DIR, { recursive: true })
        writeFileSync(path, text)
      }
    }
    if (ctx.json) {
      ctx.printJson({ check, files: Object.keys(docs).map((f) => `data/schema/${f}`), changed: stale })
    } else if (check) {
      stale.forEach((f) => ctx.out(`${f}: out of date; run npm run atlas:schema`))
      ctx.out(stale.length === 0 ? 'JSON Schemas are up to date' : `${stale.length} JSON Schema file(s) out of date`)
    } else {
      ctx.out(stale.length === 0 ? 'JSON Schemas already up to date' : `wrote ${stale.join(', ')}`)
    }
    return check && stale.length > 0 ? 1 : 0
  },
}

export default command
