// A whole lesson travels in a link's fragment (#lesson=…), so a student opens exactly what the instructor built
// without any server: the lesson's JSON is deflated with the browser's CompressionStream and written as
// base64url. The fragment never reaches a server. A link is untrusted: its size is capped before and after
// inflating (a small link must not inflate into gigabytes), and what comes out is only JSON text for the lesson
// schema to judge. Pure apart from the standard streams API (present in browsers and Node).
import { hasLessonFragment, LESSON_FRAGMENT_KEY } from './lessonLimits'

export { hasLessonFragment, LESSON_FRAGMENT_KEY }

/** Longest lesson link fragment written or read, characters. A longer lesson is shared as a file instead. */
export const MAX_LESSON_LINK_CHARS = 16_000
/** Largest lesson JSON a link may inflate to, bytes (the lesson file limit, src/atlas/fileLimits.ts). */
export const MAX_LESSON_LINK_JSON_BYTES = 1024 * 1024

export type LessonLinkEncoding = { ok: true; fragment: string } | { ok: false; tooLongChars: number }
export type LessonLinkDecoding = { ok: true; json: unknown } | { ok: false; problem: string }

/** The link fragment (without '#') carrying `lesson`, or how long it would be when over the limit. */
export async function encodeLessonFragment(lesson: unknown): Promise<LessonLinkEncoding> {
  const packed = await deflate(new TextEncoder().encode(JSON.stringify(lesson)))
  const fragment = `${LESSON_FRAGMENT_KEY}=${toBase64Url(packed)}`
  return fragment.length <= MAX_LESSON_LINK_CHARS ? { ok: true, fragment } : { ok: false, tooLongChars: fragment.length }
}

/** The lesson JSON a fragment carries, or a message saying what is wrong with the link. */
export async function decodeLessonFragment(hash: string): Promise<LessonLinkDecoding> {
  const fragment = hash.replace(/^#/, '')
  if (!hasLessonFragment(fragment)) {
    return { ok: false, problem: 'the link carries no lesson' }
  }
  if (fragment.length > MAX_LESSON_LINK_CHARS) {
    return {
      ok: false,
      problem: `the lesson link is ${fragment.length} characters, over the ${MAX_LESSON_LINK_CHARS} a lesson link may have`,
    }
  }
  const bytes = fromBase64Url(fragment.slice(LESSON_FRAGMENT_KEY.length + 1))
  if (!bytes) {
    return { ok: false, problem: 'the lesson link is damaged (characters that a lesson link never holds; was it cut or edited?)' }
  }
  let inflated: Uint8Array
  try {
    const result = await inflate(bytes, MAX_LESSON_LINK_JSON_BYTES)
    if (!result) {
      return { ok: false, problem: `the lesson in the link unpacks to more than ${MAX_LESSON_LINK_JSON_BYTES / 1024} kB; it was not read` }
    }
    inflated = result
  } catch {
    return { ok: false, problem: 'the lesson link is damaged (it does not unpack; was it cut short?)' }
  }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(inflated)
  } catch {
    return { ok: false, problem: 'the lesson in the link is not text' }
  }
  try {
    return { ok: true, json: JSON.parse(text) as unknown }
  } catch {
    return { ok: false, problem: 'the lesson in the link is not valid JSON' }
  }
}

async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('deflate-raw'))
  return new Uint8Array(await new Response(stream).arrayBuffer())
}

/** The inflated bytes, or null as soon as they pass `limitBytes` (the stream is cancelled there). */
async function inflate(bytes: Uint8Array, limitBytes: number): Promise<Uint8Array | null> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > limitBytes) {
      await reader.cancel()
      return null
    }
    chunks.push(value)
  }
  const out = new Uint8Array(total)
  let at = 0
  for (const c of chunks) {
    out.set(c, at)
    at += c.byteLength
  }
  return out
}

const BASE64URL = /^[A-Za-z0-9_-]*$/

function toBase64Url(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!BASE64URL.test(text) || text.length % 4 === 1) return null
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4))
  const out = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i)
  return out
}
