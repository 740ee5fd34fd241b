// Zone painting and region weights on the real skin of models/body.glb with the built-in atlas: the zones
// land where facts.md §1 says (upper trapezius: posterolateral neck, mastoid and temple [ML-5]; soleus:
// heel [facts §4 row 55]) and nowhere near the wrong end of the body.
import { existsSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadBuiltInAtlas } from '../../../src/atlas/builtin'
import { rankMuscles } from '../../../src/atlas/rank'
import type { LandmarkLookup } from '../../../src/geometry/anchors'
import { regionWeightsFromMask, type RegionFootprint } from '../../../src/geometry/regionWeights'
import { verticesWithin, type SkinGrid } from '../../../src/geometry/skinGrid'
import { paintSelections } from '../../../src/geometry/skinPaint'
import { placeTriggerPointZones } from '../../../src/geometry/zoneSelection'
import { loadModelSkin, nearestSkinPoint, type ModelSkin } from '../helpers/modelSkin'

const MODEL = 'models/body.glb'
const { atlas } = loadBuiltInAtlas()

describe.skipIf(!existsSync(MODEL))('zones on the model’s skin', () => {
  let skin: ModelSkin
  let grid: SkinGrid
  let lookup: LandmarkLookup
  let footprints: RegionFootprint[]

  beforeAll(async () => {
    skin = await loadModelSkin(MODEL, atlas.regions)
    ;({ grid, lookup, footprints } = skin)
  })

  /** The skin vertex nearest a landmark (landmarks are bony points under the skin). */
  function skinOver(landmark: string, side: 'left' | 'right'): { x: number; y: number; z: number } {
    const point = lookup(landmark, side)
    expect(point, `${landmark}.${side}`).toBeDefined()
    const over = nearestSkinPoint(skin, point!)
    expect(over, `skin within 10 cm of ${landmark}.${side}`).not.toBeNull()
    return over!
  }

  /** Largest weight of one channel among skin vertices within radiusM of the skin over a landmark. */
  function maxNear(
    weights: Float32Array,
    stride: number,
    channel: number,
    landmark: string,
    side: 'left' | 'right',
    radiusM: number,
  ): number {
    const centre = skinOver(landmark, side)
    let max = 0
    let count = 0
    verticesWithin(grid, centre, radiusM, (v) => {
      count++
      max = Math.max(max, weights[v * stride + channel]!)
    })
    expect(count, `skin vertices near ${landmark}.${side}`).toBeGreaterThan(0)
    return max
  }

  function paintMuscle(muscleId: string, side: 'left' | 'right'): Float32Array {
    const muscle = atlas.muscles.find((m) => m.id === muscleId)!
    const { selection, problems } = placeTriggerPointZones(lookup, muscle.triggerPoints, [side])
    expect(problems).toEqual([])
    return paintSelections(grid, [selection])
  }

  it('upper trapezius (left) paints the left temple, mastoid and posterolateral neck, not the heel or the right temple', () => {
    const w = paintMuscle('upper-trapezius', 'left')
    const essentialOrSpill = (landmark: string, side: 'left' | 'right', r: number): number =>
      Math.max(maxNear(w, 2, 0, landmark, side, r), maxNear(w, 2, 1, landmark, side, r))
    expect(maxNear(w, 2, 0, 'temple', 'left', 0.02)).toBeGreaterThan(0.5)
    expect(maxNear(w, 2, 0, 'mastoid-process', 'left', 0.02)).toBeGreaterThan(0.5)
    expect(essentialOrSpill('calcaneus', 'left', 0.1)).toBe(0)
    expect(essentialOrSpill('temple', 'right', 0.03)).toBe(0)
  })

  it('soleus (right) paints the right heel and not the head', () => {
    const w = paintMuscle('soleus', 'right')
    expect(maxNear(w, 2, 0, 'calcaneus', 'right', 0.05)).toBeGreaterThan(0.5)
    expect(Math.max(maxNear(w, 2, 0, 'temple', 'right', 0.1), maxNear(w, 2, 1, 'temple', 'right', 0.1))).toBe(0)
  })

  it('every muscle’s zones resolve on the model and paint some skin', () => {
    const unpainted: string[] = []
    for (const muscle of atlas.muscles) {
      const { selection, problems } = placeTriggerPointZones(lookup, muscle.triggerPoints, ['left', 'right'])
      expect(problems, muscle.id).toEqual([])
      const w = paintSelections(grid, [selection])
      let painted = 0
      for (let v = 0; v < grid.vertexCount; v++) {
        if (w[v * 2]! > 0) painted++
      }
      if (painted === 0) unpainted.push(muscle.id)
    }
    expect(unpainted, 'muscles whose essential zones paint no skin').toEqual([])
  })

  it('painting over the left temple gives temple region weight and ranks upper trapezius in the top 3', () => {
    const mask = new Uint8Array(grid.vertexCount)
    verticesWithin(grid, skinOver('temple', 'left'), 0.03, (v) => {
      mask[v] = 1
    })
    const pain = regionWeightsFromMask(footprints, mask)
    expect(pain[0]?.regionId).toBe('temple.left')
    expect(pain.some((p) => p.regionId.endsWith('.right'))).toBe(false)
    const top3 = rankMuscles(atlas.muscles, pain)
      .slice(0, 3)
      .map((m) => m.muscleId)
    expect(top3).toContain('upper-trapezius')
  })

  it('painting over the right heel ranks soleus and a foot muscle in the top 4', () => {
    const mask = new Uint8Array(grid.vertexCount)
    verticesWithin(grid, skinOver('calcaneus', 'right'), 0.04, (v) => {
      mask[v] = 1
    })
    const pain = regionWeightsFromMask(footprints, mask)
    expect(pain.map((p) => p.regionId)).toContain('heel.right')
    const top4 = rankMuscles(atlas.muscles, pain)
      .slice(0, 4)
      .map((m) => m.muscleId)
    expect(top4).toContain('soleus')
    expect(top4.some((m) => ['abductor-hallucis', 'quadratus-plantae'].includes(m))).toBe(true)
  })
})
