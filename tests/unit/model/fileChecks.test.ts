// The checks a user's model file passes before three's loader sees it (src/modelFile/): nothing from elsewhere,
// size and triangle caps, finite numbers, and a readable GLB container. Each case is a real glTF JSON or GLB.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkModelFile } from '../../../src/modelFile/checkModelFile'
import { externalResourceProblem, externalResources } from '../../../src/modelFile/externalResources'
import { countNonFinite, nonFiniteJsonNumbers } from '../../../src/modelFile/finiteNumbers'
import { readGlbChunks } from '../../../src/modelFile/glbChunks'
import { MAX_MODEL_FILE_BYTES, MAX_MODEL_TRIANGLES, fileSizeProblem, formatMegabytes } from '../../../src/modelFile/limits'
import { countTriangles } from '../../../src/modelFile/triangleCount'

/** A GLB container around `json` (an object, or JSON text as is), with a BIN chunk of `binBytes` zero bytes. */
function glb(json: unknown, binBytes?: number): ArrayBuffer {
  const text = new TextEncoder().encode(typeof json === 'string' ? json : JSON.stringify(json))
  const jsonLen = Math.ceil(text.length / 4) * 4
  const binLen = binBytes === undefined ? 0 : Math.ceil(binBytes / 4) * 4
  const total = 12 + 8 + jsonLen + (binBytes === undefined ? 0 : 8 + binLen)
  const out = new Uint8Array(total)
  const dv = new DataView(out.buffer)
  dv.setUint32(0, 0x46546c67, true)
  dv.setUint32(4, 2, true)
  dv.setUint32(8, total, true)
  dv.setUint32(12, jsonLen, true)
  dv.setUint32(16, 0x4e4f534a, true)
  out.fill(0x20, 20, 20 + jsonLen)
  out.set(text, 20)
  if (binBytes !== undefined) {
    dv.setUint32(20 + jsonLen, binLen, true)
    dv.setUint32(24 + jsonLen, 0x004e4942, true)
  }
  return out.buffer
}

/** One triangle mesh of `count` indices, used by `nodes` nodes, with the given buffers and images. */
function gltf(opts: { buffers?: unknown[]; images?: unknown[]; count?: number; nodes?: number; min?: number[] } = {}) {
  const count = opts.count ?? 3
  return {
    asset: { version: '2.0' },
    buffers: opts.buffers ?? [{ byteLength: 48 }],
    ...(opts.images ? { images: opts.images } : {}),
    accessors: [
      { componentType: 5126, type: 'VEC3', count: 3, min: opts.min ?? [0, 0, 0], max: [1, 1, 1] },
      { componentType: 5125, type: 'SCALAR', count },
    ],
    meshes: [{ primitives: [{ attributes: { POSITION: 0 }, indices: 1 }] }],
    nodes: Array.from({ length: opts.nodes ?? 1 }, (_, i) => ({ name: `part ${i}`, mesh: 0 })),
    scenes: [{ nodes: Array.from({ length: opts.nodes ?? 1 }, (_, i) => i) }],
  }
}

describe('external resources', () => {
  it('accepts the GLB binary chunk (no URI) and data: URIs', () => {
    const json = gltf({
      buffers: [{ byteLength: 48 }, { byteLength: 4, uri: 'data:application/octet-stream;base64,AAAAAA==' }],
      images: [{ uri: 'DATA:image/png;base64,iVBORw0KGgo=' }, { bufferView: 0, mimeType: 'image/png' }],
    })
    expect(externalResources(json)).toEqual([])
    expect(externalResourceProblem(json)).toBeNull()
  })

  it('names each buffer and image that points elsewhere, with its URI', () => {
    const json = gltf({
      buffers: [
        { byteLength: 48, uri: 'http://example.invalid/x.bin' },
        { byteLength: 8, uri: 'parts/rest.bin', name: 'rest' },
      ],
      images: [{ uri: 'https://cdn.example.invalid/skin.png' }, { uri: '//example.invalid/p.png' }, { uri: 'blob:abc' }],
    })
    expect(externalResources(json)).toEqual([
      { what: 'buffer 0', uri: 'http://example.invalid/x.bin' },
      { what: 'buffer 1 ("rest")', uri: 'parts/rest.bin' },
      { what: 'image 0', uri: 'https://cdn.example.invalid/skin.png' },
      { what: 'image 1', uri: '//example.invalid/p.png' },
      { what: 'image 2', uri: 'blob:abc' },
    ])
    const problem = externalResourceProblem(json)!
    expect(problem).toContain('buffer 0 → "http://example.invalid/x.bin"')
    expect(problem).toContain('buffer 1 ("rest") → "parts/rest.bin"')
    expect(problem).toContain('and 2 more')
    expect(problem).toContain('data: URIs')
  })

  it('refuses URIs that only look embedded and odd values', () => {
    const json = gltf({ buffers: [{ uri: ' data:,x' }, { uri: 'file:///etc/passwd' }, { uri: '' }, { uri: 42 }] })
    expect(externalResources(json).map((r) => r.uri)).toEqual([' data:,x', 'file:///etc/passwd', '', '42'])
  })
})

describe('triangle count from the JSON', () => {
  it('counts indexed triangles once per node that uses the mesh', () => {
    expect(countTriangles(gltf({ count: 300 }))).toBe(100)
    expect(countTriangles(gltf({ count: 300, nodes: 4 }))).toBe(400)
  })

  it('counts non-indexed, strip and fan primitives, and no triangles for lines and points', () => {
    const acc = [{ count: 9 }, { count: 10 }]
    const json = (mode: number | undefined, indices?: number) => ({
      accessors: acc,
      meshes: [
        {
          primitives: [
            { attributes: { POSITION: 0 }, ...(indices === undefined ? {} : { indices }), ...(mode === undefined ? {} : { mode }) },
          ],
        },
      ],
    })
    expect(countTriangles(json(undefined))).toBe(3)
    expect(countTriangles(json(5, 1))).toBe(8)
    expect(countTriangles(json(6))).toBe(7)
    expect(countTriangles(json(1))).toBe(0)
    expect(countTriangles(json(0, 1))).toBe(0)
  })

  it('refuses a model over the cap before decoding, naming the count and the cap', () => {
    const over = (MAX_MODEL_TRIANGLES + 1) * 3
    const check = checkModelFile(glb(gltf({ count: over }), 48))
    expect(check.triangles).toBe(MAX_MODEL_TRIANGLES + 1)
    expect(check.problem).toBe(
      `it has ${(MAX_MODEL_TRIANGLES + 1).toLocaleString('en-US')} triangles, and models can have at most ${MAX_MODEL_TRIANGLES.toLocaleString('en-US')}`,
    )
    expect(checkModelFile(glb(gltf({ count: MAX_MODEL_TRIANGLES * 3 }), 48)).problem).toBeNull()
  })
})

describe('finite numbers', () => {
  it('counts NaN and Infinity', () => {
    expect(countNonFinite(new Float32Array([0, NaN, 1, Infinity, -Infinity]))).toBe(3)
    expect(countNonFinite([1, 2, 3])).toBe(0)
  })

  it('finds non-finite node transforms and accessor bounds (1e999 parses as Infinity)', () => {
    const text =
      '{"asset":{"version":"2.0"},"nodes":[{"name":"arm","translation":[0,1e999,0]},{"scale":[1,1,1]}],' +
      '"accessors":[{"count":3,"min":[-1e999,0,0],"max":[1,1,1]}]}'
    expect(nonFiniteJsonNumbers(JSON.parse(text))).toEqual(['node "arm" translation', 'accessor 0 min/max'])
    const check = checkModelFile(glb(text))
    expect(check.problem).toContain('not finite (NaN or Infinity) in node "arm" translation, accessor 0 min/max')
  })
})

describe('file size', () => {
  it('has a 64 MB cap and says the size in MB', () => {
    expect(MAX_MODEL_FILE_BYTES).toBe(64 * 1024 * 1024)
    expect(fileSizeProblem(MAX_MODEL_FILE_BYTES)).toBeNull()
    expect(fileSizeProblem(1024 ** 3)).toBe('it is 1,024 MB, and model files can be at most 64 MB')
    expect(formatMegabytes(1.5 * 1024 * 1024)).toBe('1.5 MB')
  })
})

describe('GLB container', () => {
  it('reads the JSON and notes the BIN chunk', () => {
    const read = readGlbChunks(glb({ asset: { version: '2.0' } }, 16))
    expect(read.json).toEqual({ asset: { version: '2.0' } })
    expect(read.binByteLength).toBe(16)
    expect(readGlbChunks(glb({ asset: { version: '2.0' } })).binByteLength).toBeNull()
  })

  it('says what is wrong with a file that is not a GLB or is cut off', () => {
    expect(checkModelFile(new TextEncoder().encode('{"asset":{}}').buffer).problem).toContain('"glTF" header is missing')
    const cut = glb(gltf(), 48).slice(0, 40)
    expect(checkModelFile(cut).problem).toContain('cut off')
    const bad = new Uint8Array(glb({ asset: { version: '2.0' } }))
    bad[20] = 0x7b // "{{..." is not JSON
    bad[21] = 0x7b
    expect(checkModelFile(bad.buffer).problem).toContain('glTF JSON cannot be read')
  })

  it('passes the committed body model', () => {
    const bytes = readFileSync(resolve(import.meta.dirname, '../../../models/body.glb'))
    const check = checkModelFile(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength))
    expect(check.problem).toBeNull()
    expect(check.triangles).toBeGreaterThan(300_000)
    expect(check.triangles).toBeLessThan(MAX_MODEL_TRIANGLES)
  })
})
