// `npm run model`: generate models/body.glb from the landmark table (src/model/landmarks.ts). Deterministic.
import { writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { generateBody } from '../src/model/generate'

const out = resolve(import.meta.dirname, '../models/body.glb')
const started = performance.now()
try {
  const result = await generateBody(undefined, (s) => console.log(s))
  await writeFile(out, result.glb)
  console.log(
    `wrote ${out}: ${result.glb.length} bytes, ${result.triangles} triangles, ${((performance.now() - started) / 1000).toFixed(1)} s`,
  )
} catch (e) {
  console.error((e as Error).message)
  process.exit(1)
}
