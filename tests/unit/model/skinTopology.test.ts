// The skin of each generated body (models/body.glb, models/body-female.glb) is one closed surface without pinches: no edge used by one triangle (a hole), none
// used by more than two (two sheets joined along an edge, where two parts of the body touch) and no vertex whose
// triangles do not form one closed fan (two sheets touching at a point). The counter is checked first on small
// meshes with each defect, so a count of zero on the skin means something. Its triangles face the way their neighbours
// do: a triangle turned over against them shows as an edged sliver (one of 19 mm² stood in front of the female ear).
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { meshTopology } from '../../../src/model/meshTopology'
import { turnedOverTriangles } from '../../../src/model/turnedOver'
import { readGlb } from '../../../src/model/readGlb'
import { BODIES } from '../helpers/bodies'

/** A closed tetrahedron with outward winding, its vertices numbered from `first`. */
const tetrahedron = (first: number): number[] => [0, 2, 1, 0, 1, 3, 1, 2, 3, 2, 0, 3].map((v) => v + first)

describe('mesh topology counter', () => {
  it('finds nothing wrong with a closed tetrahedron', () => {
    expect(meshTopology(tetrahedron(0), 4)).toMatchObject({ boundaryEdges: 0, nonManifoldEdges: 0, nonManifoldVertices: 0 })
  })

  it('counts the three border edges of a lone triangle', () => {
    expect(meshTopology([0, 1, 2], 3)).toMatchObject({ boundaryEdges: 3, nonManifoldEdges: 0, nonManifoldVertices: 3 })
  })

  it('counts an edge shared by two closed bodies, and its two end vertices', () => {
    // the second tetrahedron reuses vertices 0 and 1 of the first: edge 0-1 has four triangles
    const second = tetrahedron(4).map((v) => (v === 4 ? 0 : v === 5 ? 1 : v))
    const result = meshTopology([...tetrahedron(0), ...second], 8)
    expect(result).toMatchObject({ boundaryEdges: 0, nonManifoldEdges: 1, nonManifoldVertices: 2 })
    expect(result.nonManifoldVertexIds).toEqual([0, 1])
  })

  it('counts a vertex where two closed bodies touch at a point', () => {
    const second = tetrahedron(4).map((v) => (v === 4 ? 0 : v))
    expect(meshTopology([...tetrahedron(0), ...second], 8)).toMatchObject({ boundaryEdges: 0, nonManifoldEdges: 0, nonManifoldVertices: 1 })
  })
})

describe.each(BODIES)('$file: skin topology', ({ file }) => {
  it('is closed, with no pinch edges and no pinch vertices', async () => {
    const skin = (await readGlb(resolve(import.meta.dirname, '../../..', file))).byName.get('skin.midline')?.mesh
    expect(skin).toBeTruthy()
    const result = meshTopology(skin!.indices, skin!.positions.length / 3)
    expect(result.boundaryEdges).toBe(0)
    expect(result.nonManifoldEdges).toBe(0)
    expect(result.nonManifoldVertices).toBe(0)
  })

  it('has fewer than 10 triangles turned over against their neighbours (past 120 degrees), none of 1 mm² or more', async () => {
    const skin = (await readGlb(resolve(import.meta.dirname, '../../..', file))).byName.get('skin.midline')!.mesh!
    const { positions: P, indices: I } = skin
    const areasMm2 = turnedOverTriangles({ positions: P, indices: I }, { cosBelow: -0.5 }).map((t) => {
      const [a, b, c] = [I[3 * t]! * 3, I[3 * t + 1]! * 3, I[3 * t + 2]! * 3]
      const u = [0, 1, 2].map((k) => P[b + k]! - P[a + k]!)
      const v = [0, 1, 2].map((k) => P[c + k]! - P[a + k]!)
      return 0.5e6 * Math.hypot(u[1]! * v[2]! - u[2]! * v[1]!, u[2]! * v[0]! - u[0]! * v[2]!, u[0]! * v[1]! - u[1]! * v[0]!)
    })
    // before they were untangled (skin.ts) the male and female skins had 35 and 46, the largest 12.4 and 8.6 mm²; now
    // 3 and 7, all below 0.5 mm²
    expect(areasMm2.length).toBeLessThan(10)
    expect(Math.max(0, ...areasMm2)).toBeLessThan(1)
  })
})
