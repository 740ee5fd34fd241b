// Size budget of the committed model: the built-in body must stay small enough to load quickly on a phone.
// The file must exist (it is committed output of `npm run model`); a missing model fails here, loudly.
import { existsSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const MODEL = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'models', 'body.glb')
const MODEL_BUDGET_BYTES = 4_000_000

describe('size budget', () => {
  it('models/body.glb exists and is at most 4 MB (4,000,000 bytes)', () => {
    expect(existsSync(MODEL), 'models/body.glb is missing: run `npm run model` and commit it').toBe(true)
    expect(statSync(MODEL).size).toBeLessThanOrEqual(MODEL_BUDGET_BYTES)
  })
})
