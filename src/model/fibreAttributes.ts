// How a muscle mesh carries its fibres in the glTF file: one custom vertex attribute, `_FIBRE` (glTF requires
// the leading underscore; three's GLTFLoader lower-cases it into the geometry attribute `_fibre`), a normalised
// UNSIGNED_SHORT VEC4 per vertex:
//   x, y  the fibre direction (origin toward insertion, world space), octahedral-encoded, 8 bits each
//   z     the tendon weight, 0 fleshy belly .. 1 tendon or aponeurosis, 8 bits
//   w     where the vertex lies across the fibres, in striation periods / ACROSS_MAX_PERIODS, 16 bits
// The 8-bit values sit in the high byte (the low byte is zero and costs next to nothing once meshopt-compressed).
// One attribute rather than three keeps the file's JSON small (one accessor and one buffer view per muscle).
// The generator encodes, the model reader and the tests decode (from the normalised values every loader gives),
// and the viewer's muscle material decodes the same way in its vertex shader.

/** glTF attribute name. */
export const FIBRE_ATTRIBUTE = '_FIBRE'

/** The geometry attribute name three's GLTFLoader gives a custom glTF attribute. */
export function threeAttributeName(gltfName: string): string {
  return gltfName.toLowerCase()
}

/** Largest across-fibre coordinate the file can hold (periods); the step is 1/65535 of it (0.004 period). */
export const ACROSS_MAX_PERIODS = 256

/** A normalised value (0..1) read back as an 8-bit high byte: multiply by this, times 255, to get the byte. */
export const HIGH_BYTE_SCALE = 65535 / 65280

/** The fibres of a mesh, decoded. */
export interface DecodedFibres {
  /** Unit fibre direction per vertex, xyz. */
  directions: Float32Array
  /** Tendon weight per vertex, 0..1. */
  tendon: Float32Array
  /** Across-fibre coordinate per vertex, striation periods. */
  across: Float32Array
}

/** Octahedral encoding of a unit vector: two numbers in -1..1. */
export function octEncode(x: number, y: number, z: number): [number, number] {
  const s = Math.abs(x) + Math.abs(y) + Math.abs(z) || 1
  const u = x / s
  const v = y / s
  if (z >= 0) return [u, v]
  return [(1 - Math.abs(v)) * (u >= 0 ? 1 : -1), (1 - Math.abs(u)) * (v >= 0 ? 1 : -1)]
}

/** The unit vector of an octahedral pair. */
export function octDecode(u: number, v: number): [number, number, number] {
  let x = u
  let y = v
  const z = 1 - Math.abs(u) - Math.abs(v)
  if (z < 0) {
    x = (1 - Math.abs(v)) * (u >= 0 ? 1 : -1)
    y = (1 - Math.abs(u)) * (v >= 0 ? 1 : -1)
  }
  const l = Math.hypot(x, y, z) || 1
  return [x / l, y / l, z / l]
}

const highByte = (unit01: number): number => Math.round(Math.min(Math.max(unit01, 0), 1) * 255) * 256

/** Encodes per-vertex fibres into the `_FIBRE` attribute's unsigned shorts (4 per vertex); throws when an
 * across-fibre coordinate is outside 0..ACROSS_MAX_PERIODS. */
export function encodeFibreAttribute(f: { fibres: Float32Array; tendon: Float32Array; across: Float32Array }): Uint16Array<ArrayBuffer> {
  const n = f.tendon.length
  const out = new Uint16Array(4 * n)
  for (let i = 0; i < n; i++) {
    const [u, v] = octEncode(f.fibres[3 * i]!, f.fibres[3 * i + 1]!, f.fibres[3 * i + 2]!)
    const a = f.across[i]!
    if (!(a >= 0 && a <= ACROSS_MAX_PERIODS)) throw new Error(`across-fibre coordinate ${a} outside 0..${ACROSS_MAX_PERIODS}`)
    out[4 * i] = highByte(u * 0.5 + 0.5)
    out[4 * i + 1] = highByte(v * 0.5 + 0.5)
    out[4 * i + 2] = highByte(f.tendon[i]!)
    out[4 * i + 3] = Math.round((a / ACROSS_MAX_PERIODS) * 65535)
  }
  return out
}

/** Decodes the `_FIBRE` attribute from its normalised values (0..1, 4 per vertex, as a glTF loader returns them). */
export function decodeFibreAttribute(normalised: ArrayLike<number>): DecodedFibres {
  const n = Math.floor(normalised.length / 4)
  const directions = new Float32Array(3 * n)
  const tendon = new Float32Array(n)
  const across = new Float32Array(n)
  const byte = (x: number): number => Math.round(x * HIGH_BYTE_SCALE * 255) / 255
  for (let i = 0; i < n; i++) {
    const d = octDecode(byte(normalised[4 * i]!) * 2 - 1, byte(normalised[4 * i + 1]!) * 2 - 1)
    directions.set(d, 3 * i)
    tendon[i] = byte(normalised[4 * i + 2]!)
    across[i] = normalised[4 * i + 3]! * ACROSS_MAX_PERIODS
  }
  return { directions, tendon, across }
}
