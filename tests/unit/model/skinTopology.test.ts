// The skin of each generated body (models/body.glb, models/body-female.glb) is one closed surface without pinches: no edge used by one triangle (a hole), none
// used by more than two (two sheets joined along an edge, where two parts of the body touch) and no vertex whose
// triangles do not form one closed fan (two sheets touching at a point). The counter is checked first on small
// meshes with each defect, so a count of zero on the skin means something.
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { meshTopology } from '../../../src/model/meshTopology'
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
})
