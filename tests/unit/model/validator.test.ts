// Every committed models/*.glb must pass the Khronos glTF validator with zero errors, so other viewers and tools
// accept it. The validator cannot decode EXT_meshopt_compression, so each file is decoded with gltf-transform and
// meshoptimizer's decoder first and written back as a plain GLB (every other extension it declares is kept).
import { readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { NodeIO } from '@gltf-transform/core'
import { ALL_EXTENSIONS } from '@gltf-transform/extensions'
import { validateBytes } from 'gltf-validator'
import { MeshoptDecoder } from 'meshoptimizer'
import { describe, expect, it } from 'vitest'

const MODELS = resolve(import.meta.dirname, '../../../models')
const files = readdirSync(MODELS)
  .filter((f) => f.toLowerCase().endsWith('.glb'))
  .sort()

async function plainGlb(path: string): Promise<Uint8Array> {
  await MeshoptDecoder.ready
  const io = new NodeIO().registerExtensions(ALL_EXTENSIONS).registerDependencies({ 'meshopt.decoder': MeshoptDecoder })
  const doc = await io.read(path)
  for (const ext of doc.getRoot().listExtensionsUsed()) {
    if (ext.extensionName === 'EXT_meshopt_compression') ext.dispose()
  }
  return io.writeBinary(doc)
}

describe('committed models pass the Khronos glTF validator', () => {
  it('there is at least one committed model', () => {
    expect(files.length).toBeGreaterThan(0)
  })
  for (const file of files) {
    it(`models/${file}: zero validator errors once meshopt is decoded`, async () => {
      const bytes = await plainGlb(join(MODELS, file))
      const report = await validateBytes(bytes, { maxIssues: 0 })
      const { numErrors, numWarnings, numInfos, numHints, messages } = report.issues
      const errorCodes = [...new Set(messages.filter((m) => m.severity === 0).map((m) => `${m.code}: ${m.message}`))]
      console.log(`models/${file}: ${numErrors} errors, ${numWarnings} warnings, ${numInfos} infos, ${numHints} hints`)
      expect(errorCodes.slice(0, 10)).toEqual([])
      expect(numErrors).toBe(0)
    })
  }
})
