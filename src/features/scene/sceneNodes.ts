// Finding the model's structures in a loaded three scene by their glTF extras ({ kind, id, side }),
// not by object name: three's GLTFLoader strips the "." from "skin.midline", and the extras survive as
// userData. Also builds the landmark lookup that geometry/anchors.ts needs, from the landmark nodes.
import { Vector3, type Mesh, type Object3D } from 'three'
import type { LandmarkLookup } from '../../geometry/anchors'
import type { Vec3Like } from '../../geometry/vec'

interface Extras {
  kind?: unknown
  id?: unknown
  side?: unknown
}

function extrasOf(o: Object3D): Extras {
  return (o.userData ?? {}) as Extras
}

/** The first object whose extras match id and side, or whose name is `<id>.<side>` (or three's sanitised form). */
export function findNode(root: Object3D, id: string, side: string): Object3D | null {
  let found: Object3D | null = null
  const plainName = `${id}.${side}`
  const sanitised = `${id}${side}`
  root.traverse((o) => {
    if (found) {
      return
    }
    const e = extrasOf(o)
    if ((e.id === id && e.side === side) || o.name === plainName || o.name === sanitised) {
      found = o
    }
  })
  return found
}

/** The mesh of a node (the node itself, or its first mesh child for multi-primitive nodes). */
export function meshOf(node: Object3D | null): Mesh | null {
  if (!node) {
    return null
  }
  let mesh: Mesh | null = null
  node.traverse((o) => {
    if (!mesh && (o as Mesh).isMesh) {
      mesh = o as Mesh
    }
  })
  return mesh
}

/** The skin mesh (`skin.midline`, kind "skin"). */
export function findSkinMesh(root: Object3D): Mesh | null {
  let skin: Object3D | null = null
  root.traverse((o) => {
    if (!skin && extrasOf(o).kind === 'skin') {
      skin = o
    }
  })
  return meshOf(skin ?? findNode(root, 'skin', 'midline'))
}

/** All meshes of a danger structure or organ on both sides. */
export function findStructureMeshes(root: Object3D, id: string): Mesh[] {
  const meshes: Mesh[] = []
  for (const side of ['left', 'right', 'midline']) {
    const mesh = meshOf(findNode(root, id, side))
    if (mesh) {
      meshes.push(mesh)
    }
  }
  return meshes
}

/** World positions of every landmark node, keyed `<landmark-id>.<side>`. */
export function collectLandmarks(root: Object3D): Map<string, Vec3Like> {
  root.updateWorldMatrix(true, true)
  const points = new Map<string, Vec3Like>()
  const v = new Vector3()
  root.traverse((o) => {
    const e = extrasOf(o)
    if (e.kind === 'landmark' && typeof e.id === 'string' && typeof e.side === 'string') {
      o.getWorldPosition(v)
      points.set(`${e.id}.${e.side}`, { x: v.x, y: v.y, z: v.z })
    }
  })
  return points
}

/** A LandmarkLookup over collected landmark points. */
export function lookupFromLandmarks(points: ReadonlyMap<string, Vec3Like>): LandmarkLookup {
  return (landmarkId, side) => points.get(`${landmarkId}.${side}`)
}
