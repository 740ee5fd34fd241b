// Sternalis is a variant, drawn only when asked for, so the skin of both generated bodies does not show it: the skin
// is wrapped over a stand-in sunk into pectoralis major, and the strip itself stays under the skin. Wrapped over the
// strip, the skin rose over it as a ridge either side of the sternum (3.8 mm over the mean of the skin 1.5 cm either
// side on the male body, 2.9 mm on the female; docs/MODEL.md, "Sternalis: not in the skin's shape").
import { describe, expect, it } from 'vitest'
import { raycastAll } from '../../../src/geometry/meshBvh'
import { BODIES, bodyModelLoader } from '../helpers/bodies'
import { firstCrossingZ, insideByVote, meanXByBand, meshPositions, meshTrees } from '../helpers/modelTrees'

/** How far either side of the strip's middle the skin is compared (m). */
const BESIDE_M = 0.015
/** The bands of height the strip is followed in (m). */
const BAND_M = 0.01
/** The most the skin may rise over the strip's middle above the mean of the skin beside it (m). */
const MAX_RIDGE_M = 0.0022
/** The least skin in front of any point of the strip (m). */
const MIN_COVER_M = 0.0005
/** Forward, a little skewed so that the ray does not run exactly along the skin's edges. */
const FORWARD = { x: 0.0013, y: 0.0021, z: 1 }

describe.each(BODIES)('$file: the skin over sternalis', ({ file }) => {
  const load = bodyModelLoader(file)

  it.each(['left', 'right'])(
    'shows no ridge over the %s strip: at most 2.2 mm above the skin 1.5 cm either side of its middle',
    async (side) => {
      const m = await load()
      const skin = meshTrees(() => m)('skin.midline')
      const middles = meanXByBand(meshPositions(m, `sternalis.${side}`), BAND_M)
      // the bands at the strip's two ends hold only its rounded tips
      const inner = [...middles.keys()].sort((a, b) => a - b).slice(1, -1)
      expect(inner.length).toBeGreaterThan(8)
      for (const k of inner) {
        const y = k * BAND_M
        const middle = middles.get(k)!
        const beside = (firstCrossingZ(skin, middle - BESIDE_M, y, 'front') + firstCrossingZ(skin, middle + BESIDE_M, y, 'front')) / 2
        const ridge = firstCrossingZ(skin, middle, y, 'front') - beside
        expect(ridge, `y ${y.toFixed(2)}`).toBeLessThan(MAX_RIDGE_M)
      }
    },
  )

  it.each(['left', 'right'])('keeps the whole %s strip under the skin: at least 0.5 mm of skin in front of every vertex', async (side) => {
    const m = await load()
    const skin = meshTrees(() => m)('skin.midline')
    const p = meshPositions(m, `sternalis.${side}`)
    for (let i = 0; i < p.length; i += 3) {
      const v = { x: p[i]!, y: p[i + 1]!, z: p[i + 2]! }
      expect(insideByVote(skin, v), `vertex ${i / 3} inside the skin`).toBe(true)
      const hits = raycastAll(skin, v, FORWARD)
      expect(hits.length, `vertex ${i / 3}`).toBeGreaterThan(0)
      expect(Math.min(...hits.map((h) => h.distanceM)), `vertex ${i / 3}`).toBeGreaterThan(MIN_COVER_M)
    }
  })
})
