// World-space copies of the skin's positions and normals (base shape), the input the pure painting and
// brush code works on. The skin's node may carry a transform; landmarks are in world space, so the
// skin must be too.
import { Matrix3, Vector3, type Mesh } from 'three'

export interface SkinArrays {
  positions: Float32Array
  normals: Float32Array
  vertexCount: number
}

export function skinWorldArrays(skin: Mesh): SkinArrays {
  skin.updateWorldMatrix(true, false)
  const pos = skin.geometry.getAttribute('position')
  if (!skin.geometry.getAttribute('normal')) {
    skin.geometry.computeVertexNormals()
  }
  const nor = skin.geometry.getAttribute('normal')
  const vertexCount = pos.count
  const positions = new Float32Array(vertexCount * 3)
  const normals = new Float32Array(vertexCount * 3)
  const normalMatrix = new Matrix3().getNormalMatrix(skin.matrixWorld)
  const v = new Vector3()
  for (let i = 0; i < vertexCount; i++) {
    v.fromBufferAttribute(pos, i).applyMatrix4(skin.matrixWorld)
    positions[i * 3] = v.x
    positions[i * 3 + 1] = v.y
    positions[i * 3 + 2] = v.z
    v.fromBufferAttribute(nor, i).applyMatrix3(normalMatrix).normalize()
    normals[i * 3] = v.x
    normals[i * 3 + 1] = v.y
    normals[i * 3 + 2] = v.z
  }
  return { positions, normals, vertexCount }
}
