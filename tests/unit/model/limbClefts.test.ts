// The clefts between the upper arms and the chest wall and between the thighs (src/model/limbClefts.ts): on a small
// grid with a trunk and two arms whose skin the blend has joined, the cleft opens the skin between each arm and the
// trunk, never brings it inside the cover, and leaves it alone where arm and trunk meet. On both generated bodies, the
// skin of each arm stands apart from the trunk's from below the axilla down past the elbow, and the thighs' skins
// stand apart from below the crotch down to the calves.
import { describe, expect, it } from 'vitest'
import { raycastAll } from '../../../src/geometry/meshBvh'
import { type LimbCleft, carveLimbClefts } from '../../../src/model/limbClefts'
import { type BodyModel } from '../../../src/model/readGlb'
import { smin, taperedCapsule } from '../../../src/model/sdf'
import { emptyGrid } from '../../../src/model/splat'
import type { GridSamples } from '../../../src/model/surfaceNets'
import type { Vec3 } from '../../../src/model/vec'
import { BODIES, bodyModelLoader } from '../helpers/bodies'
import { meshTrees } from '../helpers/modelTrees'

const LAYER_M = 0.012
const COVER_M = 0.004

/** A trunk (a vertical capsule of radius 0.15 m) and two arms whose axes run from (±topX, 1.4) to (±bottomX, 1.0): the
 * structures' field, the skin's (joined across the gap by a wide blend, as the skin's blur joins them) and the cover. */
function scene(topX: number, bottomX: number): { grid: GridSamples; under: Float32Array; cover: Float32Array; cleft: LimbCleft } {
  const trunk = taperedCapsule([0, 0.8, -0.02], [0, 1.6, -0.02], 0.15, 0.15)
  const arm = (s: number) => taperedCapsule([s * topX, 1.4, -0.02], [s * bottomX, 1.0, -0.02], 0.03, 0.03)
  const arms = [arm(1), arm(-1)]
  const grid = emptyGrid({ min: [-0.3, 0.95, -0.1], max: [0.3, 1.45, 0.06] }, 0.005, 0.05)
  const under = new Float32Array(grid.values.length)
  const cover = new Float32Array(grid.values.length)
  const [nx, ny, nz] = grid.dims
  for (let k = 0, idx = 0; k < nz; k++) {
    for (let j = 0; j < ny; j++) {
      for (let i = 0; i < nx; i++, idx++) {
        const [x, y, z] = [grid.origin[0] + i * grid.cellM, grid.origin[1] + j * grid.cellM, grid.origin[2] + k * grid.cellM]
        const t = trunk.distance(x, y, z)
        const a = Math.min(...arms.map((p) => p.distance(x, y, z)))
        under[idx] = Math.min(t, a)
        cover[idx] = under[idx]! - COVER_M
        grid.values[idx] = Math.min(smin(t - LAYER_M, a - LAYER_M, 0.05), cover[idx]!)
      }
    }
  }
  const cleft: LimbCleft = {
    axis: [
      [topX, 1.4, -0.02],
      [bottomX, 1.0, -0.02],
    ],
    topY: 1.4,
    bottomY: 0.98,
    reachZM: 0.08,
    limbRadiusM: 0.06,
    scanToX: 0.02,
  }
  return { grid, under, cover, cleft }
}

function valueAt(grid: GridSamples, values: Float32Array, [x, y, z]: Vec3): number {
  const [nx, ny] = grid.dims
  const [i, j, k] = [0, 1, 2].map((a) => Math.round(([x, y, z][a]! - grid.origin[a]!) / grid.cellM))
  return values[i! + nx * (j! + ny * k!)]!
}

describe('limb clefts', () => {
  it('opens the skin between each arm and the trunk where the blend had joined them', () => {
    // arms 4 cm clear of the trunk (medial edges at |x| = 0.19, trunk's side at 0.15)
    const { grid, under, cover, cleft } = scene(0.22, 0.22)
    const before = Float32Array.from(grid.values)
    for (const s of [1, -1]) expect(valueAt(grid, before, [s * 0.17, 1.2, -0.02])).toBeLessThan(0)
    carveLimbClefts(grid, under, cover, [cleft])
    for (const s of [1, -1]) {
      // the middle of the gap is outside the skin, in line with the arm and in front of and behind its axis
      for (const z of [-0.04, -0.02, 0]) expect(valueAt(grid, grid.values, [s * 0.17, 1.2, z])).toBeGreaterThan(0.002)
      // the arm and the trunk are still covered, each by more than the cover
      expect(valueAt(grid, grid.values, [s * 0.22, 1.2, -0.02])).toBeLessThan(-0.02)
      expect(valueAt(grid, grid.values, [s * 0.14, 1.2, -0.02])).toBeLessThan(0)
    }
    // left and right the same
    expect(valueAt(grid, grid.values, [0.175, 1.15, -0.02])).toBeCloseTo(valueAt(grid, grid.values, [-0.175, 1.15, -0.02]), 5)
  })

  it('never moves the skin inside its cover, nor out', () => {
    const { grid, under, cover, cleft } = scene(0.2, 0.24)
    const before = Float32Array.from(grid.values)
    carveLimbClefts(grid, under, cover, [cleft])
    let changed = 0
    for (let i = 0; i < before.length; i++) {
      expect(grid.values[i]!).toBeGreaterThanOrEqual(before[i]!)
      if (grid.values[i]! > before[i]!) {
        changed++
        expect(grid.values[i]!).toBeLessThanOrEqual(Math.max(cover[i]!, before[i]!) + 1e-6)
      }
    }
    expect(changed).toBeGreaterThan(100)
  })

  it('leaves the skin alone where arm and trunk meet', () => {
    // the arms' medial edges at |x| = 0.12: inside the trunk's side, no gap at any depth
    const { grid, under, cover, cleft } = scene(0.15, 0.15)
    const before = Float32Array.from(grid.values)
    carveLimbClefts(grid, under, cover, [cleft])
    expect(grid.values.filter((v, i) => v !== before[i]).length).toBe(0)
  })
})

/** x where a ray along -x at (y, z) from x = fromX crosses the skin, largest first. */
function skinCrossings(skin: ReturnType<ReturnType<typeof meshTrees>>, fromX: number, y: number, z: number): number[] {
  return raycastAll(skin, { x: fromX, y, z }, { x: -1, y: 0, z: 0 })
    .map((h) => fromX - h.distanceM)
    .sort((a, b) => b - a)
}

describe.each(BODIES)('$file: limbs apart from the trunk and from each other', ({ file }) => {
  const load = bodyModelLoader(file)
  const at = (m: BodyModel, name: string): Vec3 => m.byName.get(name)!.positionM as Vec3

  it('has each arm clear of the chest wall from below the axilla to past the elbow', async () => {
    const m = await load()
    const skin = meshTrees(() => m)('skin.midline')
    const acromion = at(m, 'acromion.left')
    const epicondyle = at(m, 'medial-epicondyle.left')
    // from 22 cm below the acromion (under the axillary folds) to 8 cm below the elbow, in line with the arm
    for (let y = acromion[1] - 0.22; y >= epicondyle[1] - 0.08; y -= 0.01) {
      for (const side of [1, -1]) {
        // this side's arm (in and out) and the trunk's side, all before the midline
        const onThisSide = skinCrossings(skin, 0.5, y, epicondyle[2] + 0.01).filter((x) => side * x > 0)
        expect(onThisSide.length, `y ${y.toFixed(2)} side ${side}`).toBeGreaterThanOrEqual(3)
      }
    }
  })

  it('has the thighs apart from below the crotch down to the calves', async () => {
    const m = await load()
    const skin = meshTrees(() => m)('skin.midline')
    const tuberosity = at(m, 'ischial-tuberosity.left')
    const malleolus = at(m, 'medial-malleolus.left')
    for (let y = tuberosity[1] - 0.07; y >= malleolus[1] + 0.3; y -= 0.01) {
      const xs = skinCrossings(skin, 0.4, y, 0)
      expect(xs.length, `y ${y.toFixed(2)}`).toBeGreaterThanOrEqual(4)
      // the two inner crossings lie either side of the midline
      expect(xs.some((x) => x > 0 && x < 0.04) && xs.some((x) => x < 0 && x > -0.04), `y ${y.toFixed(2)}`).toBe(true)
    }
  })
})
