// Reading atlas files safely: the size and nesting limits of fileLimits.ts checked before parsing (a 50 MB
// file must not freeze the app or the CLI, a 100000-deep one must not overflow the stack), and JSON
// syntax errors reported with line and column, which JSON.parse in current engines does not reliably give.
import { fault } from './faults'
import { checkFileSize, checkNesting, MAX_ATLAS_FILE_BYTES } from './fileLimits'
import type { AtlasFault, AtlasFile } from './types'

// The limits live in fileLimits.ts (shared with the CLI's reader); re-exported for existing importers.
export { MAX_ATLAS_FILE_BYTES, checkFileSize } from './fileLimits'

/** Parses one file's text: the value, or a fault for an oversize or non-JSON file. */
export function parseJsonText(
  file: AtlasFile,
  limitBytes = MAX_ATLAS_FILE_BYTES,
): { ok: true; value: unknown } | { ok: false; fault: AtlasFault } {
  const sizeFault = checkFileSize(file.path, textByteLength(file.text, limitBytes), limitBytes)
  if (sizeFault) {
    return { ok: false, fault: sizeFault }
  }
  // Editors on some systems save a byte-order mark; it is not an error worth bothering an author with.
  const text = file.text.charCodeAt(0) === 0xfeff ? file.text.slice(1) : file.text
  // Before any parsing: the syntax-error locator below recurses once per level of nesting.
  const nestingFault = checkNesting(file.path, text)
  if (nestingFault) {
    return { ok: false, fault: nestingFault }
  }
  try {
    return { ok: true, value: JSON.parse(text) }
  } catch {
    const where = locateJsonError(text)
    const message = where ? `not valid JSON: ${where.reason} at line ${where.line}, column ${where.column}` : 'not valid JSON'
    return { ok: false, fault: fault(file.path, [], message, 'error', 'whole file left out') }
  }
}

/** UTF-8 size of `text`, computed only as far as needed to compare it with the limit. */
function textByteLength(text: string, limitBytes: number): number {
  // Each UTF-16 unit is at least one UTF-8 byte and at most three.
  if (text.length > limitBytes || text.length * 3 <= limitBytes) {
    return text.length
  }
  return new TextEncoder().encode(text).byteLength
}

export interface JsonErrorLocation {
  offset: number
  line: number
  column: number
  reason: string
}

/** Where the first JSON syntax error is (1-based line and column), or null when the text is valid JSON. */
export function locateJsonError(text: string): JsonErrorLocation | null {
  let i = 0
  const fail = (reason: string): never => {
    throw new JsonSyntax(i, reason)
  }
  const describe = (): string => (i >= text.length ? 'unexpected end of file' : `unexpected ${JSON.stringify(text[i])}`)
  const skipSpace = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) {
      i++
    }
  }
  const literal = (word: string): void => {
    if (text.startsWith(word, i)) {
      i += word.length
    } else {
      fail(describe())
    }
  }
  const string = (): void => {
    i++
    while (i < text.length && text[i] !== '"') {
      const c = text.charCodeAt(i)
      if (c < 0x20) {
        fail('unescaped control character in a string')
      }
      if (text[i] === '\\') {
        i++
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) {
            fail('bad \\u escape in a string')
          }
          i += 4
        } else if (!'"\\/bfnrt'.includes(text[i] ?? '')) {
          fail('bad escape in a string')
        }
      }
      i++
    }
    if (i >= text.length) {
      fail('unterminated string')
    }
    i++
  }
  const number = (): void => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400))
    if (!match) {
      fail(describe())
    } else {
      i += match[0].length
    }
  }
  const value = (): void => {
    skipSpace()
    const c = text[i]
    if (c === '{') {
      i++
      skipSpace()
      if (text[i] === '}') {
        i++
        return
      }
      for (;;) {
        skipSpace()
        if (text[i] !== '"') {
          fail(`${describe()} where a property name in double quotes was expected`)
        }
        string()
        skipSpace()
        if (text[i] !== ':') {
          fail(`${describe()} where ":" was expected`)
        }
        i++
        value()
        skipSpace()
        if (text[i] === ',') {
          i++
          continue
        }
        if (text[i] === '}') {
          i++
          return
        }
        fail(`${describe()} where "," or "}" was expected`)
      }
    } else if (c === '[') {
      i++
      skipSpace()
      if (text[i] === ']') {
        i++
        return
      }
      for (;;) {
        value()
        skipSpace()
        if (text[i] === ',') {
          i++
          continue
        }
        if (text[i] === ']') {
          i++
          return
        }
        fail(`${describe()} where "," or "]" was expected`)
      }
    } else if (c === '"') {
      string()
    } else if (c === 't') {
      literal('true')
    } else if (c === 'f') {
      literal('false')
    } else if (c === 'n') {
      literal('null')
    } else if (c !== undefined && (c === '-' || (c >= '0' && c <= '9'))) {
      number()
    } else {
      fail(`${describe()} where a value was expected`)
    }
  }
  try {
    value()
    skipSpace()
    if (i < text.length) {
      fail(`${describe()} after the end of the JSON value`)
    }
    return null
  } catch (e) {
    if (!(e instanceof JsonSyntax)) {
      throw e
    }
    const before = text.slice(0, e.offset)
    const line = before.split('\n').length
    const column = e.offset - before.lastIndexOf('\n')
    return { offset: e.offset, line, column, reason: e.reason }
  }
}

class JsonSyntax extends Error {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {
    super(reason)
  }
}
