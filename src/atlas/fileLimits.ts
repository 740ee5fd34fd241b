// The limits every atlas file meets before it is parsed, shared by the app ("Open atlas…") and the CLI so
// both refuse the same files with the same words: a size cap checked before reading, the text encodings
// accepted (UTF-8 with or without a byte-order mark, UTF-16 LE/BE with one) and a nesting-depth cap found
// by a flat scan, so a file of 100000 "[" gets a message instead of a stack overflow anywhere later.
import { fault } from './faults'
import type { AtlasFault } from './types'

/** Largest atlas file (or bundle) accepted. The whole built-in atlas is far smaller; anything bigger is a mistake. */
export const MAX_ATLAS_FILE_BYTES = 5 * 1024 * 1024

/** Deepest nesting of arrays and objects accepted. The deepest built-in file nests under 20 levels. */
export const MAX_JSON_NESTING = 64

/** A fault when `sizeBytes` is over the limit: call it before reading a file (the CLI and the app both do). */
export function checkFileSize(path: string, sizeBytes: number, limitBytes = MAX_ATLAS_FILE_BYTES): AtlasFault | null {
  if (sizeBytes <= limitBytes) {
    return null
  }
  return fault(
    path,
    [],
    `file is ${formatBytes(sizeBytes)}, over the ${formatBytes(limitBytes)} limit for an atlas file; it was not read`,
    'error',
    'whole file left out',
  )
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) {
    return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
  }
  if (bytes >= 1024) {
    return `${(bytes / 1024).toFixed(1)} kB`
  }
  return `${bytes} bytes`
}

/**
 * The text of an atlas file's bytes. The byte-order mark decides the encoding (UTF-8, UTF-16 LE, UTF-16 BE);
 * without one the file must be UTF-8. Anything else is a fault saying how to save the file instead.
 */
export function decodeAtlasBytes(path: string, bytes: Uint8Array): { ok: true; text: string } | { ok: false; fault: AtlasFault } {
  const refuse = (message: string) => ({ ok: false as const, fault: fault(path, [], message, 'error', 'whole file left out') })
  const [b0, b1, b2, b3] = bytes
  if ((b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) || (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff)) {
    return refuse('is UTF-32 text, which an atlas file cannot be; save it as UTF-8')
  }
  let encoding: 'utf-8' | 'utf-16le' | 'utf-16be' = 'utf-8'
  if (b0 === 0xff && b1 === 0xfe) {
    encoding = 'utf-16le'
  } else if (b0 === 0xfe && b1 === 0xff) {
    encoding = 'utf-16be'
  } else if (bytes.indexOf(0) !== -1) {
    // JSON text never holds a raw NUL; in a file without a byte-order mark it means UTF-16/32 or binary data.
    return refuse('is not UTF-8 text (it holds NUL bytes: UTF-16 without a byte-order mark, or not text at all); save it as UTF-8')
  }
  try {
    // The decoder drops the byte-order mark itself; "fatal" turns invalid sequences into an error.
    return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(bytes) }
  } catch {
    const name = encoding === 'utf-8' ? 'UTF-8' : encoding === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE'
    return refuse(
      encoding === 'utf-8'
        ? 'is not UTF-8 text (nor UTF-16 with a byte-order mark); save it as UTF-8'
        : `starts with a ${name} byte-order mark but is not valid ${name} text; save it as UTF-8`,
    )
  }
}

export interface NestingExcess {
  /** 0-based offset of the bracket that goes one level too deep. */
  offset: number
  line: number
  column: number
}

/**
 * Where the nesting of arrays and objects first goes deeper than `limit`, or null. One loop over the text,
 * skipping strings, with no recursion: safe on any input, valid JSON or not.
 */
export function findExcessNesting(text: string, limit = MAX_JSON_NESTING): NestingExcess | null {
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 0x5c /* \ */) {
        i++
      } else if (c === 0x22 /* " */) {
        inString = false
      }
    } else if (c === 0x22) {
      inString = true
    } else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      depth++
      if (depth > limit) {
        const before = text.slice(0, i)
        return { offset: i, line: before.split('\n').length, column: i - before.lastIndexOf('\n') }
      }
    } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) {
      depth = Math.max(0, depth - 1)
    }
  }
  return null
}

/** A fault when the text nests deeper than the limit: checked before parsing, in the app and the CLI. */
export function checkNesting(path: string, text: string, limit = MAX_JSON_NESTING): AtlasFault | null {
  const excess = findExcessNesting(text, limit)
  if (!excess) {
    return null
  }
  return fault(
    path,
    [],
    `nested deeper than ${limit} levels (line ${excess.line}, column ${excess.column}); an atlas file needs far fewer, so it was not read further`,
    'error',
    'whole file left out',
  )
}
