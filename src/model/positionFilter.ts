// Re-encodes the float positions of a meshopt-compressed GLB with EXT_meshopt_compression's EXPONENTIAL filter.
// gltf-transform's encoder keeps every POSITION accessor (base shape and morph-target deltas) bit-exact, and those
// float bytes are most of the body's file. The filter stores each coordinate as an integer mantissa with a clamped
// exponent (meshoptimizer's "Clamped" mode), which the vertex codec packs far more tightly. Every decoder of the
// extension (three's MeshoptDecoder, gltf-transform with meshoptimizer) still returns float32 metres, so node
// transforms stay identity. With 16 mantissa bits a coordinate below 1 m moves by at most 2^-16 m (0.015 mm), one
// between 1 and 2 m by at most 2^-15 m (0.031 mm). Accessor min/max are rewritten from the decoded values.
import { MeshoptDecoder, MeshoptEncoder } from 'meshoptimizer'

/** Mantissa bits of the filtered positions: see the error bound above. */
export const POSITION_MANTISSA_BITS = 16

const GLB_MAGIC = 0x46546c67 // "glTF"
const CHUNK_JSON = 0x4e4f534a // "JSON"
const CHUNK_BIN = 0x004e4942 // "BIN\0"
const FLOAT = 5126
const EXT = 'EXT_meshopt_compression'

interface MeshoptViewDef {
  buffer: number
  byteOffset?: number
  byteLength: number
  byteStride: number
  count: number
  mode: 'ATTRIBUTES' | 'TRIANGLES' | 'INDICES'
  filter?: string
}

interface GltfJson {
  buffers?: { byteLength: number; uri?: string }[]
  bufferViews?: { buffer: number; byteOffset?: number; byteLength: number; extensions?: Record<string, unknown> }[]
  accessors?: {
    bufferView?: number
    byteOffset?: number
    componentType: number
    type: string
    count: number
    min?: number[]
    max?: number[]
  }[]
  meshes?: { primitives: { attributes: Record<string, number>; targets?: Record<string, number>[] }[] }[]
}

function pad4(n: number): number {
  return (n + 3) & ~3
}

function splitGlb(glb: Uint8Array): { json: GltfJson; bin: Uint8Array } {
  const view = new DataView(glb.buffer, glb.byteOffset, glb.byteLength)
  if (view.getUint32(0, true) !== GLB_MAGIC || view.getUint32(16, true) !== CHUNK_JSON) throw new Error('positionFilter: not a GLB')
  const jsonLength = view.getUint32(12, true)
  const json = JSON.parse(new TextDecoder().decode(glb.subarray(20, 20 + jsonLength))) as GltfJson
  const binStart = 20 + jsonLength
  if (view.getUint32(binStart + 4, true) !== CHUNK_BIN) throw new Error('positionFilter: the GLB has no BIN chunk')
  return { json, bin: glb.subarray(binStart + 8, binStart + 8 + view.getUint32(binStart, true)) }
}

function joinGlb(json: GltfJson, bin: Uint8Array): Uint8Array {
  const text = new TextEncoder().encode(JSON.stringify(json))
  const jsonLength = pad4(text.length)
  const binLength = pad4(bin.length)
  const out = new Uint8Array(12 + 8 + jsonLength + 8 + binLength)
  const view = new DataView(out.buffer)
  view.setUint32(0, GLB_MAGIC, true)
  view.setUint32(4, 2, true)
  view.setUint32(8, out.length, true)
  view.setUint32(12, jsonLength, true)
  view.setUint32(16, CHUNK_JSON, true)
  out.set(text, 20)
  out.fill(0x20, 20 + text.length, 20 + jsonLength)
  view.setUint32(20 + jsonLength, binLength, true)
  view.setUint32(24 + jsonLength, CHUNK_BIN, true)
  out.set(bin, 28 + jsonLength)
  return out
}

/** Accessor indices used as POSITION by any primitive or morph target. */
function positionAccessors(json: GltfJson): Set<number> {
  const found = new Set<number>()
  for (const mesh of json.meshes ?? []) {
    for (const prim of mesh.primitives) {
      if (prim.attributes.POSITION !== undefined) found.add(prim.attributes.POSITION)
      for (const t of prim.targets ?? []) if (t.POSITION !== undefined) found.add(t.POSITION)
    }
  }
  return found
}

/**
 * Applies the EXPONENTIAL filter to every meshopt-compressed buffer view that holds only float VEC3 positions,
 * re-encodes it and lays the GLB's binary chunk out again. Other views are copied unchanged.
 */
export async function filterPositionViews(glb: Uint8Array, bits = POSITION_MANTISSA_BITS): Promise<Uint8Array> {
  await Promise.all([MeshoptEncoder.ready, MeshoptDecoder.ready])
  const { json, bin } = splitGlb(glb)
  const views = json.bufferViews ?? []
  const accessors = json.accessors ?? []
  const positions = positionAccessors(json)
  const accessorsOf = new Map<number, number[]>()
  accessors.forEach((a, i) => {
    if (a.bufferView !== undefined) accessorsOf.set(a.bufferView, [...(accessorsOf.get(a.bufferView) ?? []), i])
  })
  if (json.buffers?.[0]?.uri !== undefined) throw new Error('positionFilter: buffer 0 must be the GLB binary chunk')

  // Every range of buffer 0 in order of offset: compressed views (their meshopt extension points there) and plain views.
  const segments: { data: Uint8Array; place: (byteOffset: number, byteLength: number) => void }[] = []
  views.forEach((v, vi) => {
    const ext = v.extensions?.[EXT] as MeshoptViewDef | undefined
    if (ext && ext.buffer === 0) {
      let data = bin.subarray(ext.byteOffset ?? 0, (ext.byteOffset ?? 0) + ext.byteLength)
      const members = accessorsOf.get(vi) ?? []
      const onlyPositions =
        members.length > 0 &&
        members.every((i) => positions.has(i) && accessors[i]!.componentType === FLOAT && accessors[i]!.type === 'VEC3')
      if (ext.mode === 'ATTRIBUTES' && ext.filter === undefined && ext.byteStride === 12 && onlyPositions) {
        const raw = new Uint8Array(ext.count * 12)
        MeshoptDecoder.decodeGltfBuffer(raw, ext.count, 12, data, 'ATTRIBUTES')
        const floats = new Float32Array(raw.buffer, raw.byteOffset, ext.count * 3)
        const filtered = MeshoptEncoder.encodeFilterExp(floats, ext.count, 12, bits, 'Clamped')
        data = MeshoptEncoder.encodeGltfBuffer(filtered, ext.count, 12, 'ATTRIBUTES')
        ext.filter = 'EXPONENTIAL'
        const decoded = new Uint8Array(ext.count * 12)
        MeshoptDecoder.decodeGltfBuffer(decoded, ext.count, 12, data, 'ATTRIBUTES', 'EXPONENTIAL')
        const values = new Float32Array(decoded.buffer, decoded.byteOffset, ext.count * 3)
        for (const i of members) setBounds(accessors[i]!, values)
      }
      segments.push({
        data,
        place: (byteOffset, byteLength) => {
          ext.byteOffset = byteOffset
          ext.byteLength = byteLength
        },
      })
    } else if (v.buffer === 0) {
      segments.push({
        data: bin.subarray(v.byteOffset ?? 0, (v.byteOffset ?? 0) + v.byteLength),
        place: (byteOffset) => {
          v.byteOffset = byteOffset
        },
      })
    }
  })
  const total = segments.reduce((s, g) => s + pad4(g.data.length), 0)
  const out = new Uint8Array(total)
  let at = 0
  for (const g of segments) {
    out.set(g.data, at)
    g.place(at, g.data.length)
    at += pad4(g.data.length)
  }
  json.buffers![0]!.byteLength = total
  return joinGlb(json, out)
}

/** Sets an accessor's min/max from the decoded view it reads (xyz of each of its vertices). */
function setBounds(accessor: NonNullable<GltfJson['accessors']>[number], values: Float32Array): void {
  const first = (accessor.byteOffset ?? 0) / 12
  const min = [Infinity, Infinity, Infinity]
  const max = [-Infinity, -Infinity, -Infinity]
  for (let i = first; i < first + accessor.count; i++) {
    for (let k = 0; k < 3; k++) {
      const v = values[3 * i + k]!
      if (v < min[k]!) min[k] = v
      if (v > max[k]!) max[k] = v
    }
  }
  accessor.min = min
  accessor.max = max
}
