// The meshes the needle panel measures a path against, taken from the body on screen (viewer/scene/body.ts): the skin shaped
// for the build (morph weights from src/atlas/builds.ts), both pleura meshes, and every other structure of
// NEEDLE_PATH_HAZARD_IDS, the same list `atlas depth` reads from the model file. BVHs are cached per mesh
// and morph weights (meshArrays.ts), so switching builds back and forth does not rebuild them.
import type { BuildId } from '../../atlas/builds'
import { NEEDLE_PATH_HAZARD_IDS, PLEURA_ID, SKIN_NODE, skeletonPartOf } from '../../geometry/bodyMeshes'
import type { SkeletonParts } from '../../geometry/limbSetAside'
import type { BvhMesh } from '../../geometry/meshBvh'
import type { SkinnedBody } from '../../viewer/scene/body'
import { bvhOf, habitusMorph } from './meshArrays'

export interface NeedleMeshes {
  skin: BvhMesh
  pleura: BvhMesh[]
  hazards: BvhMesh[]
  /** Every bone and muscle, the arm's apart from the rest (geometry/limbSetAside.ts), as `atlas depth` reads them. */
  skeleton: SkeletonParts
}

/** The body's bone and muscle meshes, split as bodyMeshes.ts skeletonParts splits the model file's nodes. */
function skeletonMeshes(body: Pick<SkinnedBody, 'nodeOf'>): SkeletonParts {
  const limb: BvhMesh[] = []
  const trunk: BvhMesh[] = []
  for (const [mesh, structure] of body.nodeOf) {
    const part = mesh.geometry ? skeletonPartOf(structure) : null
    if (part) {
      ;(part === 'limb' ? limb : trunk).push(bvhOf(mesh, structure.nodeName))
    }
  }
  return { limb, trunk }
}

/** BVHs of every side the body has of structure `id`, named by node. */
function structureBvhs(body: Pick<SkinnedBody, 'structure'>, id: string): BvhMesh[] {
  return body.structure(id).flatMap((s) => s.meshes.map((m) => bvhOf(m, s.nodeName)))
}

/** BVHs of the skin in a build, of the pleura and other danger structures, and of the bones and muscles of the body. */
export function needleMeshes(body: Pick<SkinnedBody, 'skin' | 'structure' | 'nodeOf'>, build: BuildId): NeedleMeshes {
  return {
    skin: bvhOf(body.skin, SKIN_NODE, habitusMorph(build)),
    pleura: structureBvhs(body, PLEURA_ID),
    hazards: NEEDLE_PATH_HAZARD_IDS.flatMap((id) => structureBvhs(body, id)),
    skeleton: skeletonMeshes(body),
  }
}
