// GLB files for the model-safety browser tests, packed by hand so each can say exactly what a hostile or broken
// file says: a buffer or an image that points at a URL or a relative path, positions holding NaN under accessor
// bounds that claim otherwise, a triangle count over the cap. The geometry is one box named "Mystery part".

/** The bytes of a GLB: the JSON text as given (so it can hold 1e999) and an optional BIN chunk. */
export function packGlb(jsonText: string, bin?: Uint8Array): Uint8Array {
  const json = new TextEncoder().encode(jsonText)
  const jsonLen = Math.ceil(json.length / 4) * 4
  const binLen = bin ? Math.ceil(bin.length / 4) * 4 : 0
  const total = 20 + jsonLen + (bin ? 8 + binLen : 0)
  const out = new Uint8Array(total)
  const dv = new DataView(out.buffer)
  dv.setUint32(0, 0x46546c67, true) // "glTF"
  dv.setUint32(4, 2, true)
  dv.setUint32(8, total, true)
  dv.setUint32(12, jsonLen, true)
  dv.setUint32(16, 0x4e4f534a, true) // "JSON"
  out.fill(0x20, 20, 20 + jsonLen)
  out.set(json, 20)
  if (bin) {
    dv.setUint32(20 + jsonLen, binLen, true)
    dv.setUint32(24 + jsonLen, 0x004e4942, true) // "BIN\0"
    out.set(bin, 28 + jsonLen)
  }
  return out
}

/** A 0.3 × 1.6 × 0.2 m box standing on the ground: 8 corners, 12 triangles. */
function boxBin(corrupt: boolean): { bin: Uint8Array; positionBytes: number; indexCount: number } {
  const positions = new Float32Array([0, 1, 2, 3, 4, 5, 6, 7].flatMap((i) => [i & 1 ? 0.15 : -0.15, i & 2 ? 1.6 : 0, i & 4 ? 0.1 : -0.1]))
  if (corrupt) {
    positions[4] = Number.NaN
    positions[9] = Number.POSITIVE_INFINITY
  }
  const indices = new Uint16Array([
    0, 2, 1, 1, 2, 3, 4, 5, 6, 5, 7, 6, 0, 1, 4, 1, 5, 4, 2, 6, 3, 3, 6, 7, 0, 4, 2, 2, 4, 6, 1, 3, 5, 3, 7, 5,
  ])
  const bin = new Uint8Array(positions.byteLength + indices.byteLength)
  bin.set(new Uint8Array(positions.buffer), 0)
  bin.set(new Uint8Array(indices.buffer), positions.byteLength)
  return { bin, positionBytes: positions.byteLength, indexCount: indices.length }
}

interface BoxOptions {
  /** The box's buffer lives at this URI instead of the BIN chunk. */
  bufferUri?: string
  /** Adds a base-colour texture whose image lives at this URI. */
  imageUri?: string
  /** Puts NaN and Infinity into two vertex positions while min/max still claim a finite box. */
  nonFinitePositions?: boolean
  /** Claims this many indices in the index accessor (the JSON lies; no data is added). */
  claimedIndexCount?: number
}

export function boxGlb(opts: BoxOptions = {}): Uint8Array {
  const { bin, positionBytes, indexCount } = boxBin(opts.nonFinitePositions === true)
  const buffer = opts.bufferUri ? { byteLength: bin.length, uri: opts.bufferUri } : { byteLength: bin.length }
  const material = opts.imageUri
    ? { name: 'painted', pbrMetallicRoughness: { baseColorTexture: { index: 0 } } }
    : { name: 'grey', pbrMetallicRoughness: { baseColorFactor: [0.7, 0.7, 0.7, 1] } }
  const json = {
    asset: { version: '2.0', generator: 'model-safety fixture' },
    buffers: [buffer],
    bufferViews: [
      { buffer: 0, byteOffset: 0, byteLength: positionBytes, target: 34962 },
      { buffer: 0, byteOffset: positionBytes, byteLength: bin.length - positionBytes, target: 34963 },
    ],
    accessors: [
      { bufferView: 0, componentType: 5126, type: 'VEC3', count: 8, min: [-0.15, 0, -0.1], max: [0.15, 1.6, 0.1] },
      { bufferView: 1, componentType: 5123, type: 'SCALAR', count: opts.claimedIndexCount ?? indexCount },
    ],
    ...(opts.imageUri ? { images: [{ uri: opts.imageUri }], textures: [{ source: 0 }] } : {}),
    materials: [material],
    meshes: [{ name: 'Mystery part', primitives: [{ attributes: { POSITION: 0 }, indices: 1, material: 0 }] }],
    nodes: [{ name: 'Mystery part', mesh: 0 }],
    scenes: [{ nodes: [0] }],
    scene: 0,
  }
  return packGlb(JSON.stringify(json), opts.bufferUri ? undefined : bin)
}
