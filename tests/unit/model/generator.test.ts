// The generator itself: it refuses a bad landmark table with a message naming the entry, and it is deterministic:
// regenerating in memory gives exactly the bytes of the committed models/body.glb.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { generateBody } from '../../../src/model/generate'
import { REFERENCE_TABLES } from '../../../src/model/landmarkTable'
import type { LandmarkEntry } from '../../../src/model/landmarks'

const GLB = resolve(import.meta.dirname, '../../../models/body.glb')

describe('body generator', () => {
  it('fails on a missing landmark, naming it', async () => {
    const landmarks = REFERENCE_TABLES.landmarks.filter((l) => l.id !== 'acromion')
    await expect(generateBody({ ...REFERENCE_TABLES, landmarks })).rejects.toThrow(/missing entry "acromion"/)
  })

  it('fails on a bad position, naming the entry', async () => {
    const landmarks: LandmarkEntry[] = REFERENCE_TABLES.landmarks.map((l) =>
      l.id === 'inferior-angle-of-scapula' ? { ...l, positionM: [0.09, Number.NaN, -0.1] } : l,
    )
    await expect(generateBody({ ...REFERENCE_TABLES, landmarks })).rejects.toThrow(
      /"inferior-angle-of-scapula": positionM must be three finite numbers/,
    )
  })

  it('fails on a left copy placed on the right, naming the entry', async () => {
    const landmarks: LandmarkEntry[] = REFERENCE_TABLES.landmarks.map((l) =>
      l.id === 'psis' ? { ...l, positionM: [-0.04, 0.99, -0.09] } : l,
    )
    await expect(generateBody({ ...REFERENCE_TABLES, landmarks })).rejects.toThrow(/"psis": a bilateral entry gives the LEFT copy/)
  })

  it('fails on a missing joint centre, naming it', async () => {
    const joints = REFERENCE_TABLES.joints.filter((j) => j.id !== 'knee-joint')
    await expect(generateBody({ ...REFERENCE_TABLES, joints })).rejects.toThrow(/missing entry "knee-joint"/)
  })

  it('regenerates the committed models/body.glb byte for byte', async () => {
    const { glb } = await generateBody()
    const committed = new Uint8Array(readFileSync(GLB))
    expect(glb.length).toBe(committed.length)
    expect(Buffer.compare(Buffer.from(glb), Buffer.from(committed))).toBe(0)
  }, 600_000)
})
