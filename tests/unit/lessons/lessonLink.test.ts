import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { decodeLessonFragment, encodeLessonFragment, MAX_LESSON_LINK_CHARS } from '../../../src/lessons/lessonLink'

async function deflateRaw(text: string): Promise<Uint8Array> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'))
  return new Uint8Array(await new Response(stream).arrayBuffer())
}
const base64url = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64url')

describe('lesson links', () => {
  it('round-trips a lesson through the fragment, compressed', async () => {
    const lesson = { title: 'Neck pain', steps: Array.from({ length: 10 }, (_, i) => ({ caption: `Step ${i} of the upper trapezius` })) }
    const encoded = await encodeLessonFragment(lesson)
    expect(encoded.ok).toBe(true)
    if (!encoded.ok) return
    expect(encoded.fragment.startsWith('lesson=')).toBe(true)
    expect(encoded.fragment.length).toBeLessThan(JSON.stringify(lesson).length)
    expect(await decodeLessonFragment(`#${encoded.fragment}`)).toEqual({ ok: true, json: lesson })
  })

  it('says how long a lesson link would be when it is over the limit', async () => {
    // Random text does not compress: well over the limit.
    const noise = randomBytes(20_000).toString('base64')
    const encoded = await encodeLessonFragment({ caption: noise })
    expect(encoded.ok).toBe(false)
    if (!encoded.ok) expect(encoded.tooLongChars).toBeGreaterThan(MAX_LESSON_LINK_CHARS)
  })

  it('refuses damaged, oversized and hostile links with a message', async () => {
    expect(await decodeLessonFragment('#view=anterior')).toEqual({ ok: false, problem: 'the link carries no lesson' })
    const bad = await decodeLessonFragment('#lesson=<script>')
    expect(bad.ok || bad.problem).toMatch(/damaged/)
    const cut = await encodeLessonFragment({ title: 'x'.repeat(500), steps: [1, 2, 3] })
    if (!cut.ok) throw new Error('expected a short link')
    const truncated = await decodeLessonFragment(cut.fragment.slice(0, cut.fragment.length - 6))
    expect(truncated.ok).toBe(false)
    const long = await decodeLessonFragment(`lesson=${'A'.repeat(MAX_LESSON_LINK_CHARS)}`)
    expect(long.ok || long.problem).toMatch(/over the 16000/)
    // A small link that would inflate to tens of megabytes stops at the cap.
    const bomb = base64url(await deflateRaw(' '.repeat(8 * 1024 * 1024)))
    expect(bomb.length).toBeLessThan(MAX_LESSON_LINK_CHARS)
    const inflated = await decodeLessonFragment(`lesson=${bomb}`)
    expect(inflated.ok || inflated.problem).toMatch(/unpacks to more than 1024 kB/)
    const notJson = await decodeLessonFragment(`lesson=${base64url(await deflateRaw('{"title": '))}`)
    expect(notJson.ok || notJson.problem).toMatch(/not valid JSON/)
  })
})
