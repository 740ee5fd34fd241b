// The app's schemas validate without compiling code at run time (the Content-Security-Policy forbids eval):
// src/atlas/zod.ts turns zod's JIT off before any schema is built, and the schema modules use it.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { z } from '../../../src/atlas/zod'
import { muscleSchema } from '../../../src/atlas/schema'

describe('zod for the app', () => {
  it('is jitless', () => {
    expect(z.config().jitless).toBe(true)
  })

  it('still validates and reports faults', () => {
    const soleus = JSON.parse(readFileSync('data/atlas/soleus.json', 'utf8'))
    expect(muscleSchema.safeParse(soleus).success).toBe(true)
    expect(muscleSchema.safeParse({ ...soleus, triggerPoints: 'none' }).success).toBe(false)
  })

  it('is the only way the app imports zod at run time', () => {
    for (const file of ['src/atlas/schema.ts', 'src/atlas/bundle.ts', 'src/features/painMap/painMapFormat.ts']) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/^import \{ z \} from 'zod'/m)
    }
  })
})
