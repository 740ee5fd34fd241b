// The meshes the needle panel measures a path against, taken from the loaded three scene: the skin shaped
// for the build (morph weights from src/atlas/builds.ts), both pleura meshes, and every other structure of
// NEEDLE_PATH_HAZARD_IDS, the same list `atlas depth` reads from the model file. BVHs are cached per mesh
// and morph weights (meshArrays.ts), so switching builds back and forth does not rebuild them.
import type { Mesh, Object3D } from 'three'
import type { BuildId } from '../../atlas/builds'
import { NEEDLE_PATH_HAZARD_IDS, PLEURA_ID, SKIN_NODE, skeletonPartOf } from '../../geometry/bodyMeshes'
import type { SkeletonParts } from '../../geometry/limbSetAside'
import type { BvhMesh } from '../../geometry/meshBvh'
import { bvhOf, habitusMorph } from './meshArrays'
import { findStructureMeshes } from './sceneNodes'

export interface NeedleMeshes {
  skin: BvhMesh
  pleura: BvhMesh[]
  hazards: BvhMesh[]
  /** Every bone and muscle, the arm's apart from the rest (geometry/limbSetAside.ts), as `atlas depth` reads them. */
  skeleton: SkeletonParts
}

/** Bone and muscle meshes under `root`, split as bodyMeshes.ts skeletonParts splits the model file's nodes. */
function skeletonMeshes(root: Object3D): SkeletonParts {
  const limb: BvhMesh[] = []
  const trunk: BvhMesh[] = []
  root.traverse((o) => {
    const mesh = o as Mesh
    if (!mesh.isMesh || !mesh.geometry) {
      return
    }
    // Extras sit on the mesh or on its node (multi-primitive nodes).
    const extras = (mesh.userData?.kind ? mesh.userData : mesh.parent?.userData) as
      { kind?: unknown; id?: unknown; side?: unknown } | undefined
    const part = extras ? skeletonPartOf(extras) : null
    if (part) {
      ;(part === 'limb' ? limb : trunk).push(bvhOf(mesh, `${String(extras!.id)}.${String(extras!.side ?? 'midline')}`))
    }
  })
  return { limb, trunk }
}

function sideOf(m: Mesh): string {
  return String(m.userData.side ?? m.parent?.userData.side ?? '?')
}

/** BVHs of the skin in a build, of the pleura and other danger structures, and of the bones and muscles under `root`. */
export function needleMeshes(skin: Mesh, root: Object3D, build: BuildId): NeedleMeshes {
  return {
    skin: bvhOf(skin, SKIN_NODE, habitusMorph(build)),
    pleura: findStructureMeshes(root, PLEURA_ID).map((m) => bvhOf(m, `${PLEURA_ID}.${sideOf(m)}`)),
    hazards: NEEDLE_PATH_HAZARD_IDS.flatMap((id) => findStructureMeshes(root, id).map((m) => bvhOf(m, `${id}.${sideOf(m)}`))),
    skeleton: skeletonMeshes(root),
  }
}
