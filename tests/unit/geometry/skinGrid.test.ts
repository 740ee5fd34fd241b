// nearestSkinNormal: the skin over a point faces the way the nearest skin vertex's normal does, which tells a mark
// on the near side of the body from one on the far side.
import { describe, expect, it } from 'vitest'
import { buildSkinGrid, nearestSkinNormal } from '../../../src/geometry/skinGrid'

/** A sphere of radius `r` (metres) sampled on a latitude-longitude grid, with outward normals. */
function sphere(r: number, steps = 24): { positions: Float32Array; normals: Float32Array } {
  const positions: number[] = []
  const normals: number[] = []
  for (let i = 1; i < steps; i++) {
    const theta = (Math.PI * i) / steps
    for (let j = 0; j < 2 * steps; j++) {
      const phi = (Math.PI * j) / steps
      const n = [Math.sin(theta) * Math.cos(phi), Math.cos(theta), Math.sin(theta) * Math.sin(phi)]
      normals.push(...n)
      positions.push(...n.map((v) => v * r))
    }
  }
  return { positions: Float32Array.from(positions), normals: Float32Array.from(normals) }
}

describe('nearestSkinNormal', () => {
  const { positions, normals } = sphere(0.1)
  const grid = buildSkinGrid(positions, normals)

  it('gives the normal of the skin over a point just under it, on every side', () => {
    for (const axis of [
      { x: 1, y: 0, z: 0 },
      { x: -1, y: 0, z: 0 },
      { x: 0, y: 0, z: 1 },
      { x: 0, y: 0, z: -1 },
      { x: 0, y: 1, z: 0 },
    ]) {
      const n = nearestSkinNormal(grid, { x: axis.x * 0.08, y: axis.y * 0.08, z: axis.z * 0.08 })
      expect(n, JSON.stringify(axis)).not.toBeNull()
      expect(n!.x * axis.x + n!.y * axis.y + n!.z * axis.z, JSON.stringify(axis)).toBeGreaterThan(0.95)
    }
  })

  it('finds the skin from deep inside, and nothing beyond the search radius', () => {
    const n = nearestSkinNormal(grid, { x: 0.01, y: 0, z: 0 })
    expect(n!.x).toBeGreaterThan(0.9)
    expect(nearestSkinNormal(grid, { x: 2, y: 0, z: 0 }, 0.3)).toBeNull()
  })
})
