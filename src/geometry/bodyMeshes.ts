// Adapts a read model (src/model/readGlb.ts: nodes with extras and world-space arrays) to the inputs of
// the geometry code: the landmark lookup, the skin in a build (morph deltas applied) and the BVH meshes
// of the pleura and the other danger structures. Pure: the caller reads the file.
import type { Side } from '../anatomy/ids'
import { buildMorphWeights, type BuildId } from '../atlas/builds'
import { HAND_MUSCLE_IDS, NEEDLING_HAZARD_IDS } from '../anatomy/ids'
import { parseNodeName } from '../anatomy/naming'
import type { BodyModel, MeshData, ModelNode } from '../model/readGlb'
import { scaledLookup, type LandmarkLookup } from './anchors'
import type { DepthScene } from './depthReport'
import type { SkeletonParts } from './limbSetAside'
import { buildBvhMesh, type BvhMesh } from './meshBvh'

/** The skin node's name in every conforming model. */
export const SKIN_NODE = 'skin.midline'
/** Danger-structure id of the parietal pleura, measured separately from the other hazards. */
export const PLEURA_ID = 'parietal-pleura'

/** Landmark lookup over a model's landmark nodes (`<landmark-id>.<side>`, kind "landmark"). */
export function landmarkLookupFromModel(model: Pick<BodyModel, 'byName'>): LandmarkLookup {
  return scaledLookup((landmarkId: string, side: Side) => {
    const node = model.byName.get(`${landmarkId}.${side}`)
    if (!node || (node.extras.kind !== undefined && node.extras.kind !== 'landmark')) {
      return undefined
    }
    const [x, y, z] = node.positionM
    return { x, y, z }
  })
}

/** The skin mesh of a model; throws naming the node when it is missing. */
export function skinMesh(model: Pick<BodyModel, 'byName'>): MeshData {
  const mesh = model.byName.get(SKIN_NODE)?.mesh
  if (!mesh) {
    throw new Error(`the model has no mesh node "${SKIN_NODE}"`)
  }
  return mesh
}

/**
 * Skin vertex positions for a build: the base shape plus each morph target's deltas times the build's weight
 * (src/atlas/builds.ts buildMorphWeights). Throws naming the morph target when the model lacks it.
 */
export function skinPositionsForBuild(skin: MeshData, build: BuildId): Float32Array {
  const weights = Object.entries(buildMorphWeights(build)).filter(([, w]) => w !== 0)
  if (weights.length === 0) {
    return skin.positions
  }
  const out = Float32Array.from(skin.positions)
  for (const [name, w] of weights) {
    const target = skin.morphTargets.find((t) => t.name === name)
    if (!target) {
      throw new Error(`the skin has no morph target "${name}" (has: ${skin.morphTargets.map((t) => t.name).join(', ') || 'none'})`)
    }
    if (target.positionDeltas.length !== skin.positions.length) {
      throw new Error(`morph target "${name}" has ${target.positionDeltas.length / 3} deltas for ${skin.positions.length / 3} vertices`)
    }
    for (let i = 0; i < out.length; i++) {
      // deltas and out have the same length (checked above)
      out[i]! += w * target.positionDeltas[i]!
    }
  }
  return out
}

/**
 * Structures checked along a needle path besides the pleura: every danger structure, the lung and kidney,
 * and the heart. The app's panel and `atlas depth` both measure against exactly these.
 */
export const NEEDLE_PATH_HAZARD_IDS: readonly string[] = [...NEEDLING_HAZARD_IDS.filter((id) => id !== PLEURA_ID), 'heart']

function isHazard(node: ModelNode): boolean {
  const id = typeof node.extras.id === 'string' ? node.extras.id : parseNodeName(node.name).id
  return node.mesh !== null && (id === PLEURA_ID || NEEDLE_PATH_HAZARD_IDS.includes(id))
}

/** BVH meshes of the pleura and of every other structure a needle path is checked against (NEEDLE_PATH_HAZARD_IDS). */
export function hazardMeshes(model: Pick<BodyModel, 'nodes'>): { pleura: BvhMesh[]; hazards: BvhMesh[] } {
  const pleura: BvhMesh[] = []
  const hazards: BvhMesh[] = []
  for (const node of model.nodes) {
    if (!isHazard(node) || !node.mesh || node.mesh.indices.length < 3) {
      continue
    }
    const bvh = buildBvhMesh(node.name, node.mesh)
    if (node.extras.id === PLEURA_ID || node.name.startsWith(`${PLEURA_ID}.`)) {
      pleura.push(bvh)
    } else {
      hazards.push(bvh)
    }
  }
  return { pleura, hazards }
}

/**
 * Bones and muscles of the arm below the shoulder: the part the arm-away techniques move (geometry/limbSetAside.ts).
 * The deltoid and the muscles from trunk or scapula to the humerus stay with the shoulder.
 */
export const ARM_STRUCTURE_IDS: readonly string[] = [
  'humerus',
  'radius',
  'ulna',
  'hand',
  'biceps-brachii',
  'triceps-brachii',
  'brachialis',
  'brachioradialis',
  'pronator-teres',
  'flexor-carpi-radialis',
  'palmaris-longus',
  'flexor-carpi-ulnaris',
  'flexor-digitorum-superficialis',
  'wrist-extensors',
  'extensor-digitorum',
  'supinator',
  'anconeus',
  ...HAND_MUSCLE_IDS,
]

/** Whether a model node is a bone or muscle, and whether it is the arm's (ARM_STRUCTURE_IDS) or the rest's. */
export function skeletonPartOf(extras: { kind?: unknown; id?: unknown }): 'limb' | 'trunk' | null {
  if ((extras.kind !== 'bone' && extras.kind !== 'muscle') || typeof extras.id !== 'string') {
    return null
  }
  return ARM_STRUCTURE_IDS.includes(extras.id) ? 'limb' : 'trunk'
}

/** BVH meshes of every bone and muscle of a model (both sides), the arm's apart from the rest. */
export function skeletonParts(model: Pick<BodyModel, 'nodes'>): SkeletonParts {
  const limb: BvhMesh[] = []
  const trunk: BvhMesh[] = []
  for (const node of model.nodes) {
    const part = skeletonPartOf(node.extras)
    if (!part || !node.mesh || node.mesh.indices.length < 3) {
      continue
    }
    ;(part === 'limb' ? limb : trunk).push(buildBvhMesh(node.name, node.mesh))
  }
  return { limb, trunk }
}

/**
 * Builds depth scenes per build from one model, reusing the hazard BVHs (only the skin changes shape).
 * Building a skin BVH takes a moment, so each build is built on first use and kept.
 */
export function depthScenes(model: BodyModel): (build: BuildId) => DepthScene {
  const landmarks = landmarkLookupFromModel(model)
  const skin = skinMesh(model)
  const { pleura, hazards } = hazardMeshes(model)
  const skeleton = skeletonParts(model)
  const cache = new Map<BuildId, DepthScene>()
  return (build) => {
    let scene = cache.get(build)
    if (!scene) {
      const positions = skinPositionsForBuild(skin, build)
      // Normals of the base shape do not fit a morphed skin: let the BVH derive them from the faces.
      const normals = positions === skin.positions ? skin.normals : null
      scene = {
        landmarks,
        skin: buildBvhMesh(`${SKIN_NODE}:${build}`, { positions, indices: skin.indices, normals }),
        pleura,
        hazards,
        skeleton,
      }
      cache.set(build, scene)
    }
    return scene
  }
}
