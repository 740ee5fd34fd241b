// The 3D view starts preparing the body before its scene subscribes: both must get the one result, and a refused
// file must reject with the reason the scene shows.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { BodyRequest } from '../../../src/viewer/bodySource'
import { prepareRequest } from '../../../src/viewer/scene/bodyPreparation'

function request(bytes: ArrayBuffer, builtin = true): BodyRequest {
  return { label: builtin ? 'Built-in body' : 'file.glb', builtin, bytes: Promise.resolve(bytes) }
}

describe('prepareRequest', () => {
  it('prepares a request once, however often it is asked for', async () => {
    const file = readFileSync('models/body.glb')
    const req = request(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength))
    const first = prepareRequest(req)
    expect(prepareRequest(req)).toBe(first)
    const { prepared, frameNote } = await first
    expect(frameNote).toBeNull()
    expect(prepared.structures.some((s) => s.nodeName === 'upper-trapezius.left')).toBe(true)
  }, 60_000)

  it('rejects a file that is not a model with the reason, for each request anew', async () => {
    const junk = new TextEncoder().encode('not a model at all').buffer
    const req = request(junk, false)
    await expect(prepareRequest(req)).rejects.toThrow(/glTF|GLB|model/i)
    const again = request(junk, false)
    expect(prepareRequest(again)).not.toBe(prepareRequest(req))
  })
})
