// The skins that version 1 pain maps were painted on. A version 1 map names skin vertices by index, which only
// the skin it was painted on can place; when the body model is regenerated, that skin is kept here as a small
// table of vertex positions (public/legacy-skins/, written by scripts/export-legacy-skin.ts), fetched only when
// a version 1 map of that skin needs converting.

/** Vertex counts of shipped skins with a kept position table, and the table's path under the app's base URL. */
export const LEGACY_SKIN_TABLES: Readonly<Record<number, string>> = {
  43_878: 'legacy-skins/skin-43878.bin',
}

/** Table step: 0.1 mm per unit, so Int16 covers ±3.27 m. */
const UNITS_PER_M = 10_000

/** Positions (metres, x, y, z per vertex) as little-endian Int16 triples in 0.1 mm steps. */
export function encodeLegacySkin(positions: Float32Array): Uint8Array {
  const bytes = new Uint8Array(positions.length * 2)
  const view = new DataView(bytes.buffer)
  for (let i = 0; i < positions.length; i++) {
    const units = Math.round(positions[i]! * UNITS_PER_M)
    if (units < -32_768 || units > 32_767) {
      throw new Error(`skin coordinate ${positions[i]} m is outside the table's ±3.27 m`)
    }
    view.setInt16(i * 2, units, true)
  }
  return bytes
}

/** Decodes a table; null when its size does not match `vertexCount` vertices. */
export function decodeLegacySkin(bytes: ArrayBuffer, vertexCount: number): Float32Array | null {
  if (bytes.byteLength !== vertexCount * 6) {
    return null
  }
  const view = new DataView(bytes)
  const positions = new Float32Array(vertexCount * 3)
  for (let i = 0; i < positions.length; i++) {
    positions[i] = view.getInt16(i * 2, true) / UNITS_PER_M
  }
  return positions
}

/**
 * The positions of the skin a version 1 map of `vertexCount` vertices was painted on: the skin on screen when it
 * has that count, else the kept table (fetched with `fetchBytes`), else null (a skin no table was kept for).
 */
export async function legacySkinPositions(
  vertexCount: number,
  current: Float32Array,
  fetchBytes: (path: string) => Promise<ArrayBuffer>,
  tables: Readonly<Record<number, string>> = LEGACY_SKIN_TABLES,
): Promise<Float32Array | null> {
  if (current.length === vertexCount * 3) {
    return current
  }
  const path = tables[vertexCount]
  if (!path) {
    return null
  }
  return decodeLegacySkin(await fetchBytes(path), vertexCount)
}
