// After three has decoded a model: accessor min/max in the JSON can disagree with the data, so the decoded
// vertex positions (and morph-target offsets) of every mesh are checked for NaN and Infinity before the model
// replaces the body on screen; one bad value would make the bounds, the camera fit and Reset view NaN.
import type { BufferAttribute, InterleavedBufferAttribute, Mesh, Object3D } from 'three'
import { countNonFinite } from '../../modelFile/finiteNumbers'

function attributeNonFinite(attr: BufferAttribute | InterleavedBufferAttribute): number {
  if (!('isInterleavedBufferAttribute' in attr) || !attr.isInterleavedBufferAttribute) {
    return countNonFinite((attr as BufferAttribute).array)
  }
  let bad = 0
  for (let i = 0; i < attr.count; i++) {
    if (!Number.isFinite(attr.getX(i)) || !Number.isFinite(attr.getY(i)) || !Number.isFinite(attr.getZ(i))) bad++
  }
  return bad
}

/** Names (glTF node name where known) of meshes whose decoded positions hold NaN or Infinity. */
export function meshesWithNonFinitePositions(root: Object3D, nameOf: (o: Object3D) => string | undefined): string[] {
  const found: string[] = []
  root.traverse((o) => {
    const mesh = o as Mesh
    if (!mesh.isMesh) return
    const g = mesh.geometry
    const attrs = [g.attributes.position, ...(g.morphAttributes.position ?? [])].filter((a) => a !== undefined)
    if (attrs.some((a) => attributeNonFinite(a) > 0)) {
      let label: string | undefined
      for (let p: Object3D | null = mesh; p && !label; p = p.parent) label = nameOf(p)
      found.push(`mesh "${label || mesh.name || 'unnamed'}"`)
    }
  })
  return found
}
