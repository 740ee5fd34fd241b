// The generator itself: it refuses a bad landmark table with a message naming the entry, and the reference body
// passes the checks of every generated body (helpers/generatedBody.ts: deterministic, positions and fibres stored
// within their quantisation).
import { describe, expect, it } from 'vitest'
import { generateBody } from '../../../src/model/generate'
import { REFERENCE_TABLES } from '../../../src/model/landmarkTable'
import type { LandmarkEntry } from '../../../src/model/landmarks'
import { describeGeneratedBody } from '../helpers/generatedBody'

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
})

describeGeneratedBody('male')
