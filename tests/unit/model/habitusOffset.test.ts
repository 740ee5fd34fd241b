import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readGlb } from '../../../src/model/readGlb'
import { BODIES } from '../helpers/bodies'
import { countTurnedOver, habitusDeltas } from '../../../src/model/habitusOffset'
import { vertexNormals } from '../../../src/model/meshOps'
import type { IndexedMesh } from '../../../src/model/surfaceNets'

/** A 20 cm square sheet facing +z, 4 mm cells, its height z = f(x, y). */
function sheet(height: (x: number, y: number) => number): IndexedMesh {
  const n = 51
  const cell = 0.004
  const positions = new Float32Array(n * n * 3)
  for (let j = 0; j < n; j++)
    for (let i = 0; i < n; i++) {
      const x = (i - (n - 1) / 2) * cell
      const y = (j - (n - 1) / 2) * cell
      positions.set([x, y, height(x, y)], (j * n + i) * 3)
    }
  const indices: number[] = []
  for (let j = 0; j < n - 1; j++)
    for (let i = 0; i < n - 1; i++) {
      const a = j * n + i
      indices.push(a, a + 1, a + n + 1, a, a + n + 1, a + n)
    }
  return { positions, indices: Uint32Array.from(indices) }
}

const uniform = (mesh: IndexedMesh, m: number): Float32Array => new Float32Array(mesh.positions.length / 3).fill(m)

describe('habitusDeltas', () => {
  it('moves a flat sheet straight out by the given distance', () => {
    const flat = sheet(() => 0)
    const deltas = habitusDeltas(flat, vertexNormals(flat), uniform(flat, 0.03))
    for (let i = 0; i < deltas.length; i += 3) {
      expect(deltas[i]).toBeCloseTo(0, 9)
      expect(deltas[i + 1]).toBeCloseTo(0, 9)
      expect(deltas[i + 2]).toBeCloseTo(0.03, 6)
    }
  })

  it('fills a narrow groove instead of folding the sheet over itself, as moves along the own normals do', () => {
    // a groove 2 cm deep and about 2 cm wide, like the groove of the back, moved out by 3 cm
    const groove = sheet((x) => -0.02 * Math.exp(-((x / 0.01) ** 2)))
    const normals = vertexNormals(groove)
    const distance = uniform(groove, 0.03)
    const alongOwnNormals = new Float32Array(normals.length)
    for (let i = 0; i < normals.length; i++) alongOwnNormals[i] = normals[i]! * 0.03
    expect(countTurnedOver(groove, alongOwnNormals).triangles).toBeGreaterThan(50)
    const deltas = habitusDeltas(groove, normals, distance)
    expect(countTurnedOver(groove, deltas).triangles).toBe(0)
    // away from the groove the sheet still moves out by the whole distance
    const edge = 0
    expect(deltas[edge * 3 + 2]).toBeGreaterThan(0.029)
  })
})

describe.each(BODIES)('$file: the skin in each build', ({ file }) => {
  it.each(['lean', 'high'])(
    '%s: turns over less than 0.2% of the skin (moves along the own normals turned 5.4% in high)',
    async (build) => {
      const skin = (await readGlb(resolve(import.meta.dirname, '../../..', file))).byName.get('skin.midline')!.mesh!
      const target = skin.morphTargets.find((t) => t.name === build)!
      const turned = countTurnedOver({ positions: skin.positions, indices: Uint32Array.from(skin.indices!) }, target.positionDeltas)
      expect(turned.areaFraction).toBeLessThan(0.002)
    },
  )
})
