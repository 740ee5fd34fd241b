// Decoded positions are checked after three's loader, because accessor min/max in the JSON can say the data is
// finite when it is not: NaN or Infinity in a mesh's positions or its morph targets names that mesh.
import { BufferAttribute, BufferGeometry, Group, InterleavedBuffer, InterleavedBufferAttribute, Mesh, type Object3D } from 'three'
import { describe, expect, it } from 'vitest'
import { meshesWithNonFinitePositions } from '../../../src/viewer/scene/decodedGeometry'

function meshWith(positions: number[], name: string): Mesh {
  const g = new BufferGeometry()
  g.setAttribute('position', new BufferAttribute(new Float32Array(positions), 3))
  const m = new Mesh(g)
  m.name = name
  return m
}

describe('decoded positions', () => {
  it('names meshes with NaN or Infinity in positions, by their glTF node name where known', () => {
    const root = new Group()
    const good = meshWith([0, 0, 0, 1, 0, 0, 0, 1, 0], 'good')
    const bad = meshWith([0, 0, 0, Number.NaN, 0, 0, 0, 1, 0], 'bad_mesh')
    const node = new Group()
    node.add(bad)
    root.add(good, node)
    const names = new Map<Object3D, string>([[node, 'bad.mesh']])
    expect(meshesWithNonFinitePositions(root, (o) => names.get(o))).toEqual(['mesh "bad.mesh"'])
    expect(meshesWithNonFinitePositions(good, () => undefined)).toEqual([])
  })

  it('checks morph-target positions and interleaved attributes', () => {
    const morphed = meshWith([0, 0, 0, 1, 0, 0, 0, 1, 0], 'morphed')
    morphed.geometry.morphAttributes.position = [new BufferAttribute(new Float32Array([0, 0, 0, 0, Infinity, 0, 0, 0, 0]), 3)]
    expect(meshesWithNonFinitePositions(morphed, () => undefined)).toEqual(['mesh "morphed"'])

    const g = new BufferGeometry()
    const data = new InterleavedBuffer(new Float32Array([0, 0, 0, 9, 1, 0, 0, 9, 0, -Infinity, 0, 9]), 4)
    g.setAttribute('position', new InterleavedBufferAttribute(data, 3, 0))
    expect(meshesWithNonFinitePositions(new Mesh(g), () => undefined)).toEqual(['mesh "unnamed"'])
    // The value outside the position (the 4th of each stride) is not a position.
    const fine = new InterleavedBuffer(new Float32Array([0, 0, 0, NaN, 1, 0, 0, NaN, 0, 1, 0, NaN]), 4)
    const g2 = new BufferGeometry()
    g2.setAttribute('position', new InterleavedBufferAttribute(fine, 3, 0))
    expect(meshesWithNonFinitePositions(new Mesh(g2), () => undefined)).toEqual([])
  })
})
