// Reads the container of a binary glTF (.glb) without decoding any geometry: the header, the JSON chunk parsed
// as plain data, and whether a BIN chunk follows. Lets the model checks run before three's loader sees the file.

const GLB_MAGIC = 0x46546c67 // "glTF"
const CHUNK_JSON = 0x4e4f534a // "JSON"
const CHUNK_BIN = 0x004e4942 // "BIN\0"

export interface GlbContents {
  /** The parsed JSON chunk (not yet checked against the glTF schema). */
  json: unknown
  /** Byte length of the embedded BIN chunk, or null when the file has none. */
  binByteLength: number | null
}

/** Splits GLB bytes into their JSON and BIN chunks; throws an Error whose message says what is wrong. */
export function readGlbChunks(bytes: ArrayBuffer): GlbContents {
  const view = new DataView(bytes)
  if (bytes.byteLength < 12 || view.getUint32(0, true) !== GLB_MAGIC) {
    throw new Error('it is not a binary glTF (.glb) file: the "glTF" header is missing')
  }
  const version = view.getUint32(4, true)
  if (version !== 2) throw new Error(`it is glTF version ${version}; only glTF 2.0 can be opened`)
  const declared = view.getUint32(8, true)
  if (declared > bytes.byteLength) {
    throw new Error(`it is cut off: the header says ${declared} bytes, the file has ${bytes.byteLength}`)
  }
  if (bytes.byteLength < 20 || view.getUint32(16, true) !== CHUNK_JSON) {
    throw new Error('its first chunk is not the glTF JSON')
  }
  const jsonLength = view.getUint32(12, true)
  if (20 + jsonLength > declared) throw new Error('its JSON chunk runs past the end of the file')
  let json: unknown
  try {
    json = JSON.parse(new TextDecoder().decode(new Uint8Array(bytes, 20, jsonLength)))
  } catch (err) {
    throw new Error(`its glTF JSON cannot be read (${(err as Error).message})`)
  }
  let binByteLength: number | null = null
  const binStart = 20 + jsonLength
  if (binStart + 8 <= declared && view.getUint32(binStart + 4, true) === CHUNK_BIN) {
    binByteLength = view.getUint32(binStart, true)
  }
  return { json, binByteLength }
}
