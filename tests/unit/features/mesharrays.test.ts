// The build shapes reach the needle depth: world arrays of a mesh with its "lean"/"high" morph targets
// applied (glTF morphs are relative), and the node's transform applied.
import { BoxGeometry, Float32BufferAttribute, Mesh } from 'three'
import { describe, expect, it } from 'vitest'
import { habitusMorph, worldMeshArrays } from '../../../src/features/scene/meshArrays'

function morphedBox(): Mesh {
  const g = new BoxGeometry(0.2, 0.2, 0.2)
  const count = g.getAttribute('position').count
  const lean = new Float32Array(count * 3)
  const high = new Float32Array(count * 3)
  for (let i = 0; i < count; i++) {
    lean[i * 3 + 2] = -0.01 // 10 mm thinner in z
    high[i * 3 + 2] = 0.02 // 20 mm thicker in z
  }
  g.morphAttributes.position = [new Float32BufferAttribute(lean, 3), new Float32BufferAttribute(high, 3)]
  g.morphTargetsRelative = true
  const mesh = new Mesh(g)
  mesh.updateMorphTargets()
  mesh.morphTargetDictionary = { lean: 0, high: 1 }
  mesh.position.set(1, 0, 0)
  return mesh
}

describe('worldMeshArrays', () => {
  it('applies the node transform', () => {
    const { positions } = worldMeshArrays(morphedBox())
    expect(positions[0]).toBeCloseTo(1.1, 6)
  })
  it("applies each build's morph weights by target name (src/atlas/builds.ts)", () => {
    const mesh = morphedBox()
    // lean (model BMI 21.1) is the base shape; underweight (17.9) the full "lean" target; high (27.5) the full
    // "high" target; average (24) the "high" target at (24 - 21.1) / (27.5 - 21.1).
    const base = worldMeshArrays(mesh, habitusMorph('lean')).positions
    const underweight = worldMeshArrays(mesh, habitusMorph('underweight')).positions
    const average = worldMeshArrays(mesh, habitusMorph('average')).positions
    const high = worldMeshArrays(mesh, habitusMorph('high')).positions
    expect(habitusMorph('lean')).toEqual({})
    expect(underweight[2]! - base[2]!).toBeCloseTo(-0.01, 6)
    expect(average[2]! - base[2]!).toBeCloseTo(0.02 * ((24 - 21.1) / (27.5 - 21.1)), 6)
    expect(high[2]! - base[2]!).toBeCloseTo(0.02, 6)
  })
})
