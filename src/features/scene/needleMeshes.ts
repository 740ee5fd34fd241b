// The meshes the needle panel measures a path against, taken from the loaded three scene: the skin shaped
// for the build (morph weights from src/atlas/builds.ts), both pleura meshes, and every other structure of
// NEEDLE_PATH_HAZARD_IDS, the same list `atlas depth` reads from the model file. BVHs are cached per mesh
// and morph weights (meshArrays.ts), so switching builds back and forth does not rebuild them.
import type { Mesh, Object3D } from 'three'
import type { BuildId } from '../../atlas/builds'
import { NEEDLE_PATH_HAZARD_IDS, PLEURA_ID, SKIN_NODE } from '../../geometry/bodyMeshes'
import type { BvhMesh } from '../../geometry/meshBvh'
import { bvhOf, habitusMorph } from './meshArrays'
import { findStructureMeshes } from './sceneNodes'

export interface NeedleMeshes {
  skin: BvhMesh
  pleura: BvhMesh[]
  hazards: BvhMesh[]
}

function sideOf(m: Mesh): string {
  return String(m.userData.side ?? m.parent?.userData.side ?? '?')
}

/** BVHs of the skin in a build and of the pleura and other danger structures under `root`. */
export function needleMeshes(skin: Mesh, root: Object3D, build: BuildId): NeedleMeshes {
  return {
    skin: bvhOf(skin, SKIN_NODE, habitusMorph(build)),
    pleura: findStructureMeshes(root, PLEURA_ID).map((m) => bvhOf(m, `${PLEURA_ID}.${sideOf(m)}`)),
    hazards: NEEDLE_PATH_HAZARD_IDS.flatMap((id) => findStructureMeshes(root, id).map((m) => bvhOf(m, `${id}.${sideOf(m)}`))),
  }
}
