// Reads the parts of a body model GLB that the coverage check needs: the skin mesh in world space and the
// landmark nodes (`<id>.<side>`), following the node-naming contract in docs/ARCHITECTURE.md.
import { NodeIO, type Node, type mat4 } from '@gltf-transform/core'
import { ALL_EXTENSIONS } from '@gltf-transform/extensions'
import { MeshoptDecoder } from 'meshoptimizer'
import type { Side } from '../../src/anatomy/ids'
import type { LandmarkLookup } from '../../src/geometry/anchors'
import type { SkinMeshArrays } from './skinCoverage'

export interface SkinModel {
  skin: SkinMeshArrays
  lookup: LandmarkLookup
}

export async function readSkinModel(path: string): Promise<SkinModel> {
  await MeshoptDecoder.ready
  const io = new NodeIO().registerExtensions(ALL_EXTENSIONS).registerDependencies({ 'meshopt.decoder': MeshoptDecoder })
  const doc = await io.read(path)
  const nodes = doc.getRoot().listNodes()
  const skinNode =
    nodes.find((n) => (n.getExtras() as { kind?: string }).kind === 'skin' && n.getMesh()) ??
    nodes.find((n) => n.getName() === 'skin.midline')
  const primitive = skinNode?.getMesh()?.listPrimitives()[0]
  const positions = primitive?.getAttribute('POSITION')?.getArray()
  const normals = primitive?.getAttribute('NORMAL')?.getArray()
  const indices = primitive?.getIndices()?.getArray()
  if (!skinNode || !positions || !normals || !indices) {
    throw new Error(`${path}: no skin mesh with positions, normals and indices (node "skin.midline", extras.kind "skin")`)
  }
  if (normals.length !== positions.length) {
    throw new Error(`${path}: the skin has ${positions.length / 3} positions but ${normals.length / 3} normals`)
  }
  const byName = new Map<string, Node>(nodes.map((n) => [n.getName(), n]))
  const lookup: LandmarkLookup = (id: string, side: Side) => {
    const node = byName.get(`${id}.${side}`)
    if (!node) {
      return undefined
    }
    const [x, y, z] = node.getWorldTranslation()
    return { x, y, z }
  }
  return { skin: toWorld(new Float32Array(positions), new Float32Array(normals), indices, skinNode.getWorldMatrix()), lookup }
}

/** Applies a node's world matrix (column-major) to positions, and its rotation to normals. */
function toWorld(p: Float32Array, n: Float32Array, indices: ArrayLike<number>, m: mat4): SkinMeshArrays {
  // p and n have the same length (checked by the caller) and i + 2 < p.length
  for (let i = 0; i < p.length; i += 3) {
    const x = p[i]!,
      y = p[i + 1]!,
      z = p[i + 2]!
    p[i] = m[0] * x + m[4] * y + m[8] * z + m[12]
    p[i + 1] = m[1] * x + m[5] * y + m[9] * z + m[13]
    p[i + 2] = m[2] * x + m[6] * y + m[10] * z + m[14]
    const a = n[i]!,
      b = n[i + 1]!,
      c = n[i + 2]!
    const nx = m[0] * a + m[4] * b + m[8] * c,
      ny = m[1] * a + m[5] * b + m[9] * c,
      nz = m[2] * a + m[6] * b + m[10] * c
    const len = Math.hypot(nx, ny, nz) || 1
    n[i] = nx / len
    n[i + 1] = ny / len
    n[i + 2] = nz / len
  }
  return { positions: p, normals: n, indices }
}
