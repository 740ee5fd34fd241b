// The coverage check behind `atlas coverage`: skin area painted by a patch, measured on a mesh whose
// answer is known (a sphere), plus the cases that must report nothing painted.
import { describe, expect, it } from 'vitest'
import type { Side } from '../../../src/anatomy/ids'
import type { Region } from '../../../src/atlas/schema'
import { emptyAtlas } from '../../../src/atlas/types'
import { measureCoverage, vertexAreasM2, type SkinMeshArrays } from '../../../scripts/atlas-cli/skinCoverage'

const R = 0.1

/** A UV sphere of radius R at the origin, with outward normals. */
function sphere(segments = 96, rings = 64): SkinMeshArrays {
  const positions: number[] = []
  const indices: number[] = []
  for (let r = 0; r <= rings; r++) {
    const phi = (Math.PI * r) / rings
    for (let s = 0; s <= segments; s++) {
      const theta = (2 * Math.PI * s) / segments
      positions.push(R * Math.sin(phi) * Math.cos(theta), R * Math.cos(phi), R * Math.sin(phi) * Math.sin(theta))
    }
  }
  for (let r = 0; r < rings; r++) {
    for (let s = 0; s < segments; s++) {
      const a = r * (segments + 1) + s
      const b = a + segments + 1
      indices.push(a, b, a + 1, b, b + 1, a + 1)
    }
  }
  const p = new Float32Array(positions)
  return { positions: p, normals: p.map((v) => v / R), indices: new Uint32Array(indices) }
}

const mesh = sphere()
const lookup = (id: string, side: Side) =>
  id === 'temple' && side === 'left' ? { x: R, y: 0, z: 0 } : id === 'temple' && side === 'right' ? { x: -R, y: 0, z: 0 } : undefined

function region(id: string, patch: Region['patches'][number]): Region {
  return { id, name: id, sides: 'bilateral', patches: [patch] }
}

describe('skin coverage', () => {
  it('vertex areas sum to the sphere area', () => {
    const total = vertexAreasM2(mesh).reduce((s, a) => s + a, 0)
    expect(total).toBeCloseTo(4 * Math.PI * R * R, 3)
  })

  it('a sphere patch on the surface paints the spherical cap inside 85% of its radius', () => {
    const radiusM = 0.03
    const chord = 0.85 * radiusM
    const angle = 2 * Math.asin(chord / (2 * R))
    const capCm2 = 2 * Math.PI * R * R * (1 - Math.cos(angle)) * 1e4
    const atlas = { ...emptyAtlas(), regions: [region('temple', { from: { landmark: 'temple' }, radiusM })] }
    const report = measureCoverage(atlas, mesh, lookup)
    expect(report.regions[0]?.areaCm2).toBeGreaterThan(capCm2 * 0.9)
    expect(report.regions[0]?.areaCm2).toBeLessThan(capCm2 * 1.1)
    expect(report.coveredPercent).toBeCloseTo((100 * report.regions[0]!.areaCm2) / report.leftSkinCm2, 5)
  })

  it('facing limits the patch to skin pointing that way', () => {
    const atlas = {
      ...emptyAtlas(),
      regions: [region('temple', { from: { landmark: 'temple' }, radiusM: 0.03, facing: 'medial' })],
    }
    expect(measureCoverage(atlas, mesh, lookup).regions[0]?.areaCm2).toBe(0)
  })

  it('a patch placed far from the skin paints nothing, and a missing landmark says so', () => {
    const atlas = {
      ...emptyAtlas(),
      regions: [
        region('temple', { from: { landmark: 'temple', offset: { lateralM: 0.2, superiorM: 0, anteriorM: 0 } }, radiusM: 0.05 }),
        region('ear', { from: { landmark: 'tragus' }, radiusM: 0.05 }),
      ],
    }
    const [far, missing] = measureCoverage(atlas, mesh, lookup).regions
    expect(far?.areaCm2).toBe(0)
    expect(missing?.areaCm2).toBe(0)
    expect(missing?.problem).toMatch(/unknown landmark "tragus"/)
  })
})
