// `npm run model`: generate models/body.glb (the reference male body) and models/body-female.glb from the landmark
// table (src/model/landmarks.ts) and femaleBody.ts. Deterministic. `npm run model -- female` builds only one.
import { writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { BODY_SEXES, type BodySex } from '../src/anatomy/ids'
import { generateBody } from '../src/model/generate'
import { bodyModelFile } from '../src/model/bodyFiles'

const asked = process.argv.slice(2)
const sexes: BodySex[] = asked.length ? BODY_SEXES.filter((s) => asked.includes(s)) : [...BODY_SEXES]
try {
  for (const sex of sexes) {
    const started = performance.now()
    const out = resolve(import.meta.dirname, '..', bodyModelFile(sex))
    const result = await generateBody(undefined, (s) => console.log(`${sex}: ${s}`), sex)
    await writeFile(out, result.glb)
    console.log(
      `wrote ${out}: ${result.glb.length} bytes, ${result.triangles} triangles, ${((performance.now() - started) / 1000).toFixed(1)} s`,
    )
  }
} catch (e) {
  console.error((e as Error).message)
  process.exit(1)
}
