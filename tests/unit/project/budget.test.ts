// Size budget of the committed models: each generated body must stay small enough to load quickly on a phone (the
// app loads only the chosen one). The files must exist (committed output of `npm run model`); a missing one fails
// here, loudly.
import { existsSync, readFileSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkModelFile } from '../../../src/modelFile/checkModelFile'
import { BODIES } from '../helpers/bodies'

const MODEL_BUDGET_BYTES = 4_000_000
const MODEL_BUDGET_TRIANGLES = 450_000

describe.each(BODIES)('size budget of $file', ({ file }) => {
  const path = resolve(import.meta.dirname, '../../..', file)
  it(`exists and is at most 4 MB (4,000,000 bytes) and ${MODEL_BUDGET_TRIANGLES.toLocaleString('en')} triangles`, () => {
    expect(existsSync(path), `${file} is missing: run \`npm run model\` and commit it`).toBe(true)
    expect(statSync(path).size).toBeLessThanOrEqual(MODEL_BUDGET_BYTES)
    const bytes = readFileSync(path)
    const check = checkModelFile(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength))
    expect(check.problem).toBeNull()
    expect(check.triangles).toBeLessThanOrEqual(MODEL_BUDGET_TRIANGLES)
  })
})
