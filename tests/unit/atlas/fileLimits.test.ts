// The limits every atlas file meets in the app and the CLI alike: encodings decided by the byte-order mark,
// a nesting cap found without recursion, and the size cap.
import { describe, expect, it } from 'vitest'
import { loadBuiltInAtlas } from '../../../src/atlas/builtin'
import { decodeAtlasBytes, findExcessNesting, MAX_JSON_NESTING } from '../../../src/atlas/fileLimits'
import { formatFault } from '../../../src/atlas/faults'
import { parseJsonText } from '../../../src/atlas/jsonText'
import { openInstructorAtlas } from '../../../src/atlas/merge'
import { decodeOpenedFile, refuseByText } from '../../../src/atlas/openFile'
import { addingBundle, deeplyNested } from '../../fixtures/atlas/unsafeAtlas'

const base = loadBuiltInAtlas().atlas

function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2)
  out.set(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff])
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    const [hi, lo] = [c >> 8, c & 0xff]
    out.set(order === 'le' ? [lo, hi] : [hi, lo], 2 + i * 2)
  }
  return out
}

describe('atlas file encodings', () => {
  // Non-ASCII text (a degree sign, an en dash, an emoji outside the BMP) must come through every encoding.
  const json = JSON.stringify({ ...addingBundle(), title: 'Nacken – 30° medial 🧠' })
  const utf8 = new TextEncoder().encode(json)

  it('UTF-8 with or without a BOM and UTF-16 LE/BE with a BOM give the same text and the same atlas', () => {
    const variants = [utf8, new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]), utf16(json, 'le'), utf16(json, 'be')]
    const texts = variants.map((bytes) => {
      const decoded = decodeAtlasBytes('course.json', bytes)
      expect(decoded.ok).toBe(true)
      return decoded.ok ? decoded.text : ''
    })
    expect(new Set(texts)).toEqual(new Set([json]))
    const atlases = texts.map((text) => openInstructorAtlas(base, [{ path: 'course.json', text }], 'add'))
    expect(atlases[0]?.faults.filter((f) => f.severity === 'error')).toEqual([])
    for (const a of atlases) expect(a).toEqual(atlases[0])
  })

  it('anything else is refused with a message saying to save as UTF-8', () => {
    const le = utf16(json, 'le')
    const cases: [Uint8Array, RegExp][] = [
      [le.slice(2), /^course\.json: is not UTF-8 text \(it holds NUL bytes: UTF-16 without a byte-order mark/],
      [new Uint8Array([0xff, 0xfe, 0, 0, 0x7b, 0, 0, 0]), /^course\.json: is UTF-32 text, which an atlas file cannot be; save it as UTF-8/],
      [new Uint8Array([0x7b, 0xe9, 0x7d]), /^course\.json: is not UTF-8 text \(nor UTF-16 with a byte-order mark\); save it as UTF-8/],
      [
        new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x7b, 0x00]),
        /^course\.json: starts with a UTF-16 LE byte-order mark but is not valid UTF-16 LE text/,
      ],
    ]
    for (const [bytes, message] of cases) {
      const decoded = decodeAtlasBytes('course.json', bytes)
      expect(decoded.ok).toBe(false)
      if (!decoded.ok) expect(formatFault(decoded.fault)).toMatch(message)
    }
    const app = decodeOpenedFile('course.json', new Uint8Array([0x7b, 0xe9, 0x7d]))
    expect(!app.ok && app.message).toBe(
      'Could not open "course.json": it is not UTF-8 text (nor UTF-16 with a byte-order mark); save it as UTF-8. The atlas on screen is unchanged.',
    )
  })
})

describe('atlas file nesting', () => {
  it('100000 nested "[" give "nested deeper than" in the loader and the app, without throwing', () => {
    const text = deeplyNested(100_000)
    const parsed = parseJsonText({ path: 'deep.json', text })
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) {
      expect(formatFault(parsed.fault)).toBe(
        `deep.json: nested deeper than ${MAX_JSON_NESTING} levels (line 1, column ${MAX_JSON_NESTING + 1}); an atlas file needs far fewer, so it was not read further (whole file left out)`,
      )
    }
    expect(refuseByText('deep.json', text)).toMatch(
      /^Could not open "deep\.json": nested deeper than 64 levels .*The atlas on screen is unchanged\.$/,
    )
    const merged = openInstructorAtlas(base, [{ path: 'deep.json', text }], 'add')
    expect(merged.atlas.muscles).toHaveLength(base.muscles.length)
    // Deep but valid JSON, and deep objects, are refused the same way.
    const valid = `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`
    expect(parseJsonText({ path: 'deep.json', text: valid }).ok).toBe(false)
  })

  it('counts only brackets outside strings; the limit itself is allowed', () => {
    expect(findExcessNesting(JSON.stringify({ note: '[[[[[[[[[[' }), 3)).toBeNull()
    expect(findExcessNesting('[[["\\"[[[[["]]]', 3)).toBeNull()
    expect(findExcessNesting('[[[[]]]]', 3)).toMatchObject({ offset: 3, line: 1, column: 4 })
    expect(findExcessNesting('{\n "a": [\n  [\n   [1]\n  ]\n ]\n}', 3)).toMatchObject({ line: 4, column: 4 })
    const atLimit = `${'['.repeat(MAX_JSON_NESTING)}${']'.repeat(MAX_JSON_NESTING)}`
    expect(parseJsonText({ path: 'ok.json', text: atLimit }).ok).toBe(true)
  })

  it('every built-in file is well inside the limit', () => {
    const deepest = findExcessNesting(JSON.stringify(base), 20)
    expect(deepest).toBeNull()
  })
})
