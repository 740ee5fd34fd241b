// Trapezius over the interscapular strip at the thickness ultrasound measures in young men: HUNG (J Clin Ultrasound
// 39:78-82) gives 4.9 ± 1.0 mm near the medial scapular border (men). The model's sheet, meshed from overlapping
// fibres, came out at 7.3 / 6.6 / 5.9 mm there; the sites are KIM-2002's, 5.5 cm lateral of the T4-T6 spines, where
// the needle depths are measured. Only the reference (male) body is held to it: the female body's muscles are the male body's,
// warped, and HUNG's women (3.4 ± 0.8 mm) are not matched yet.
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { raycastAll } from '../../../src/geometry/meshBvh'
import { bodyModelFile } from '../../../src/model/bodyFiles'
import { readGlb } from '../../../src/model/readGlb'
import { meshTrees } from '../helpers/modelTrees'

const HUNG_TRAPEZIUS_MEN_MM = { mean: 4.9, sd: 1.0 }
const TRAPEZIUS_NODES = ['middle-trapezius', 'lower-trapezius']

describe('the reference body: trapezius 5.5 cm lateral of the T4-T6 spines', () => {
  it("is within HUNG's mean ± 2 SD for men (2.9-6.9 mm), straight in from behind, on both sides", async () => {
    const model = await readGlb(resolve(import.meta.dirname, '../../..', bodyModelFile('male')))
    const tree = meshTrees(() => model)
    for (const level of ['t4', 't5', 't6']) {
      const y = model.byName.get(`${level}-spinous-process.midline`)!.positionM[1]
      for (const side of ['left', 'right'] as const) {
        const x = (side === 'left' ? 1 : -1) * 0.055
        const hits = TRAPEZIUS_NODES.flatMap((id) =>
          raycastAll(tree(`${id}.${side}`), { x, y, z: -0.6 }, { x: 0, y: 0, z: 1 }).map((h) => h.distanceM),
        ).sort((a, b) => a - b)
        expect(hits.length, `${level} ${side}: the ray meets trapezius`).toBeGreaterThanOrEqual(2)
        // the whole layer the ray crosses, from its first entry into either part to its last exit
        const thicknessMm = (hits[hits.length - 1]! - hits[0]!) * 1000
        expect(thicknessMm, `${level} ${side}`).toBeLessThanOrEqual(HUNG_TRAPEZIUS_MEN_MM.mean + 2 * HUNG_TRAPEZIUS_MEN_MM.sd)
        expect(thicknessMm, `${level} ${side}`).toBeGreaterThanOrEqual(HUNG_TRAPEZIUS_MEN_MM.mean - 2 * HUNG_TRAPEZIUS_MEN_MM.sd)
      }
    }
  })
})
