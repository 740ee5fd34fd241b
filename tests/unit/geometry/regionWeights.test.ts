import { describe, expect, it } from 'vitest'
import type { Region } from '../../../src/atlas/schema'
import { landmarkLookupFromNodes } from '../../../src/geometry/anchors'
import { buildRegionFootprints, regionWeightsFromMask, vertexAreasM2 } from '../../../src/geometry/regionWeights'
import { buildSkinGrid } from '../../../src/geometry/skinGrid'

/** A flat "back" in the plane z = 0 facing +Z, 1 cm lattice from x −0.3..0.3, y 0..0.6, with triangles. */
function sheet(): { positions: Float32Array; normals: Float32Array; indices: Uint32Array } {
  const nx = 61,
    ny = 61
  const positions = new Float32Array(nx * ny * 3)
  const normals = new Float32Array(nx * ny * 3)
  for (let i = 0; i < nx; i++) {
    for (let j = 0; j < ny; j++) {
      const v = i * ny + j
      positions[v * 3] = -0.3 + i * 0.01
      positions[v * 3 + 1] = j * 0.01
      normals[v * 3 + 2] = 1
    }
  }
  const indices: number[] = []
  for (let i = 0; i < nx - 1; i++) {
    for (let j = 0; j < ny - 1; j++) {
      const a = i * ny + j,
        b = (i + 1) * ny + j,
        c = (i + 1) * ny + j + 1,
        d = i * ny + j + 1
      indices.push(a, b, c, a, c, d)
    }
  }
  return { positions, normals, indices: Uint32Array.from(indices) }
}

const lookup = landmarkLookupFromNodes(
  new Map([
    ['iliac-crest.left', { x: 0.15, y: 0.15, z: 0 }],
    ['iliac-crest.right', { x: -0.15, y: 0.15, z: 0 }],
    ['l3-spinous-process.midline', { x: 0, y: 0.45, z: 0 }],
  ]),
)

const regions: Region[] = [
  { id: 'buttock', name: 'Buttock', sides: 'bilateral', patches: [{ from: { landmark: 'iliac-crest' }, radiusM: 0.08 }] },
  { id: 'low-back', name: 'Low back', sides: 'midline', patches: [{ from: { landmark: 'l3-spinous-process' }, radiusM: 0.1 }] },
  { id: 'heel', name: 'Heel', sides: 'bilateral', patches: [{ from: { landmark: 'calcaneus' }, radiusM: 0.05 }] },
]

describe('vertexAreasM2', () => {
  it('shares each triangle’s area among its corners, summing to the sheet’s area', () => {
    const { positions, indices } = sheet()
    const areas = vertexAreasM2(positions, indices)
    expect(areas.reduce((s, a) => s + a, 0)).toBeCloseTo(0.36, 5)
  })
})

describe('region weights from a painted mask', () => {
  const { positions, normals, indices } = sheet()
  const grid = buildSkinGrid(positions, normals, 0.03)
  const { footprints, problems } = buildRegionFootprints(grid, lookup, regions, vertexAreasM2(positions, indices))

  it('places bilateral regions on both sides and reports a region whose landmark is missing', () => {
    expect(footprints.map((f) => `${f.regionId}.${f.side}`).sort()).toEqual(['buttock.left', 'buttock.right', 'low-back.midline'])
    expect(problems.map((p) => p.regionId)).toEqual(['heel', 'heel'])
    expect(problems[0]?.message).toContain('calcaneus')
  })

  it('reports the painted share of each region and ignores regions barely grazed', () => {
    const mask = new Uint8Array(grid.vertexCount)
    // Paint the whole left half of the sheet (x > 0.05): all of the left buttock, none of the right,
    // and a sliver of the low back.
    for (let v = 0; v < grid.vertexCount; v++) {
      if (positions[v * 3]! > 0.05) {
        mask[v] = 1
      }
    }
    const weights = regionWeightsFromMask(footprints, mask)
    expect(weights[0]).toEqual({ regionId: 'buttock.left', weight: expect.closeTo(1, 5) })
    expect(weights.find((w) => w.regionId === 'buttock.right')).toBeUndefined()
    const lowBack = regionWeightsFromMask(footprints, mask, 0).find((w) => w.regionId === 'low-back.midline')!
    expect(lowBack.weight).toBeGreaterThan(0)
    expect(lowBack.weight).toBeLessThan(0.3)
  })

  it('reads a mask shorter than the skin as unpainted beyond its end', () => {
    const full = new Uint8Array(grid.vertexCount)
    const half = Math.floor(grid.vertexCount / 2)
    full.fill(1, 0, half)
    const short = new Uint8Array(half).fill(1)
    expect(regionWeightsFromMask(footprints, full, 0).length).toBeGreaterThan(0)
    expect(regionWeightsFromMask(footprints, short, 0)).toEqual(regionWeightsFromMask(footprints, full, 0))
    expect(regionWeightsFromMask(footprints, new Uint8Array(0), 0)).toEqual([])
  })

  it('gives half coverage when half a region is painted', () => {
    const mask = new Float32Array(grid.vertexCount)
    for (let v = 0; v < grid.vertexCount; v++) {
      if (positions[v * 3 + 1]! > 0.45 + 1e-4) {
        mask[v] = 1
      }
    }
    const lowBack = regionWeightsFromMask(footprints, mask).find((w) => w.regionId === 'low-back.midline')!
    // The upper half of a disc, minus the row of vertices on its diameter.
    expect(lowBack.weight).toBeGreaterThan(0.42)
    expect(lowBack.weight).toBeLessThan(0.5)
  })
})
