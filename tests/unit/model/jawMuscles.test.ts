// The jaw muscles in the model: the pterygoids lie deep to the ramus of the mandible, as they do in the body, and do
// not show on the surface of the face; the digastric lies below the mandible. (That every trigger point lies in its own
// muscle is tests/unit/model/triggerPointInMuscle.test.ts.)
import { existsSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { landmarkLookupFromModel } from '../../../src/geometry/bodyMeshes'
import { readGlb } from '../../../src/model/readGlb'

const MODEL = 'models/body.glb'

describe.skipIf(!existsSync(MODEL))('the jaw muscles of the model', () => {
  let model: Awaited<ReturnType<typeof readGlb>>
  beforeAll(async () => {
    model = await readGlb(MODEL)
  }, 120_000)

  it('the pterygoids lie deep (medial) to the ramus of the mandible and to masseter, the digastric below the mandible', () => {
    const meanX = (node: string): number => {
      const pos = model.byName.get(node)!.mesh!.positions
      let sum = 0
      for (let i = 0; i < pos.length; i += 3) sum += pos[i]!
      return sum / (pos.length / 3)
    }
    const maxX = (node: string): number => {
      const pos = model.byName.get(node)!.mesh!.positions
      let m = -Infinity
      for (let i = 0; i < pos.length; i += 3) m = Math.max(m, pos[i]!)
      return m
    }
    const angle = landmarkLookupFromModel(model)('angle-of-mandible', 'left')!
    // the left copies are on +X: deep to the ramus means nearer the midline than masseter's inner face
    for (const id of ['lateral-pterygoid', 'medial-pterygoid']) {
      expect(maxX(`${id}.left`), `${id} stays inside the ramus`).toBeLessThan(meanX('masseter.left'))
      expect(maxX(`${id}.left`), `${id} stays medial to the angle of the mandible`).toBeLessThan(angle.x + 0.012)
    }
    const pos = model.byName.get('digastric.left')!.mesh!.positions
    let top = -Infinity
    for (let i = 1; i < pos.length; i += 3) top = Math.max(top, pos[i]!)
    expect(top, 'digastric reaches no higher than the mastoid notch').toBeLessThan(
      landmarkLookupFromModel(model)('mastoid-process', 'left')!.y + 0.01,
    )
  })
})
