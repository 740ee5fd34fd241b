// Trapezius and the rhomboids over the interscapular strip at the thickness ultrasound measures in young men: HUNG (J
// Clin Ultrasound 39:78-82) gives 4.9 ± 1.0 mm (trapezius) and 6.3 ± 2.3 mm (rhomboid) near the medial scapular border.
// The model's sheets are meshed from overlapping fibres, which come out thicker than their nominal thickness, so the
// meshed layer is what is measured: straight in from behind at KIM-2002's sites, 5.5 cm lateral of the T4-T6 spines,
// where the needle depths are measured. Only the reference (male) body is held to it: the female body's muscles are
// the male body's, warped, and HUNG's women (3.4 ± 0.8 and 3.8 ± 1.7 mm) are not matched yet.
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { raycastAll } from '../../../src/geometry/meshBvh'
import { bodyModelFile } from '../../../src/model/bodyFiles'
import { readGlb } from '../../../src/model/readGlb'
import { meshTrees } from '../helpers/modelTrees'

const HUNG_MEN_MM = { trapezius: { mean: 4.9, sd: 1.0 }, rhomboid: { mean: 6.3, sd: 2.3 } }

describe.each([
  { muscle: 'trapezius', nodes: ['middle-trapezius', 'lower-trapezius'], hung: HUNG_MEN_MM.trapezius },
  { muscle: 'the rhomboids', nodes: ['rhomboids'], hung: HUNG_MEN_MM.rhomboid },
])('the reference body: $muscle 5.5 cm lateral of the T4-T6 spines', ({ nodes, hung }) => {
  it("is within HUNG's mean ± 2 SD for men, straight in from behind, on both sides", async () => {
    const model = await readGlb(resolve(import.meta.dirname, '../../..', bodyModelFile('male')))
    const tree = meshTrees(() => model)
    for (const level of ['t4', 't5', 't6']) {
      const y = model.byName.get(`${level}-spinous-process.midline`)!.positionM[1]
      for (const side of ['left', 'right'] as const) {
        const x = (side === 'left' ? 1 : -1) * 0.055
        const hits = nodes
          .flatMap((id) => raycastAll(tree(`${id}.${side}`), { x, y, z: -0.6 }, { x: 0, y: 0, z: 1 }).map((h) => h.distanceM))
          .sort((a, b) => a - b)
        expect(hits.length, `${level} ${side}: the ray meets the muscle`).toBeGreaterThanOrEqual(2)
        // the whole layer the ray crosses, from its first entry into any part to its last exit
        const thicknessMm = (hits[hits.length - 1]! - hits[0]!) * 1000
        expect(thicknessMm, `${level} ${side}`).toBeLessThanOrEqual(hung.mean + 2 * hung.sd)
        expect(thicknessMm, `${level} ${side}`).toBeGreaterThanOrEqual(hung.mean - 2 * hung.sd)
      }
    }
  })
})
