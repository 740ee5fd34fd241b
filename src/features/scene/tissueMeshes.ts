// The model's meshes a needle path may cut, for the depth section: muscles, bones, the pleura and the lungs
// found by their glTF extras, kept only when their world bounding box lies across the path (so BVHs are
// built for a handful of meshes, not the whole body).
import { Box3, Ray, Vector3, type Mesh, type Object3D } from 'three'
import type { TissueKind, TissueMesh } from '../../geometry/tissueLayers'
import type { Vec3Like } from '../../geometry/vec'
import { bvhOf } from './meshArrays'

const KIND_OF: Record<string, TissueKind | undefined> = { muscle: 'muscle', bone: 'bone' }

function sentenceCase(id: string): string {
  const words = id.replace(/-/g, ' ')
  return words.charAt(0).toUpperCase() + words.slice(1)
}

const box = new Box3()
const ray = new Ray()
const hit = new Vector3()

/** Tissue meshes whose bounds the path (entry + t·direction, t ≤ maxDepthM) passes through. */
export function tissueMeshesAlongPath(root: Object3D, entryM: Vec3Like, direction: Vec3Like, maxDepthM: number): TissueMesh[] {
  ray.origin.set(entryM.x, entryM.y, entryM.z)
  ray.direction.set(direction.x, direction.y, direction.z).normalize()
  const found: TissueMesh[] = []
  root.updateWorldMatrix(true, true)
  root.traverse((o) => {
    const mesh = o as Mesh
    if (!mesh.isMesh || !mesh.geometry) {
      return
    }
    // Extras sit on the mesh or on its node (multi-primitive nodes).
    const extras = (mesh.userData?.kind ? mesh.userData : mesh.parent?.userData) as
      { kind?: string; id?: string; side?: string } | undefined
    if (!extras || typeof extras.id !== 'string') {
      return
    }
    let kind = KIND_OF[extras.kind ?? '']
    if (extras.id === 'parietal-pleura') {
      kind = 'pleura'
    } else if (extras.id === 'lung') {
      kind = 'lung'
    }
    if (!kind) {
      return
    }
    if (!mesh.geometry.boundingBox) {
      mesh.geometry.computeBoundingBox()
    }
    box.copy(mesh.geometry.boundingBox!).applyMatrix4(mesh.matrixWorld)
    const at = ray.intersectBox(box, hit)
    const inside = box.containsPoint(ray.origin)
    if (!inside && (!at || at.distanceTo(ray.origin) > maxDepthM)) {
      return
    }
    const name = `${extras.id}.${extras.side ?? 'midline'}`
    found.push({ mesh: bvhOf(mesh, name), kind, label: sentenceCase(extras.id) })
  })
  return found
}
