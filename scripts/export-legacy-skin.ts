// `npx tsx scripts/export-legacy-skin.ts [models/body.glb]`: writes the skin vertex positions of a body model to
// public/legacy-skins/skin-<vertex count>.bin, so version 1 pain maps painted on that skin (they name vertices by
// index) can still be converted after the model has been regenerated (src/features/painMap/legacySkins.ts).
// Format: little-endian Int16 triples, x, y, z per vertex in 0.1 mm steps, body frame. Run it on the model a
// release shipped before replacing that model.
import { mkdir, writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { skinMesh } from '../src/geometry/bodyMeshes'
import { readGlb } from '../src/model/readGlb'
import { encodeLegacySkin } from '../src/features/painMap/legacySkins'

const modelPath = resolve(process.argv[2] ?? 'models/body.glb')
const positions = skinMesh(await readGlb(modelPath)).positions
const bytes = encodeLegacySkin(positions)
const dir = resolve(import.meta.dirname, '../public/legacy-skins')
await mkdir(dir, { recursive: true })
const out = resolve(dir, `skin-${positions.length / 3}.bin`)
await writeFile(out, bytes)
console.log(`wrote ${out}: ${positions.length / 3} vertices, ${bytes.length} bytes`)
