// Adapts a read model (src/model/readGlb.ts: nodes with extras and world-space arrays) to the inputs of
// the geometry code: the landmark lookup, the skin in a habitus (morph deltas applied) and the BVH meshes
// of the pleura and the other danger structures. Pure: the caller reads the file.
import type { Side } from '../anatomy/ids'
import type { Habitus } from '../atlas/schema'
import type { BodyModel, MeshData, ModelNode } from '../model/readGlb'
import type { LandmarkLookup } from './anchors'
import type { DepthScene } from './depthReport'
import { buildBvhMesh, type BvhMesh } from './meshBvh'

/** The skin node's name in every conforming model. */
export const SKIN_NODE = 'skin.midline'
/** Danger-structure id of the parietal pleura, measured separately from the other hazards. */
export const PLEURA_ID = 'parietal-pleura'

/** Landmark lookup over a model's landmark nodes (`<landmark-id>.<side>`, kind "landmark"). */
export function landmarkLookupFromModel(model: Pick<BodyModel, 'byName'>): LandmarkLookup {
  return (landmarkId: string, side: Side) => {
    const node = model.byName.get(`${landmarkId}.${side}`)
    if (!node || (node.extras.kind !== undefined && node.extras.kind !== 'landmark')) {
      return undefined
    }
    const [x, y, z] = node.positionM
    return { x, y, z }
  }
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
 * Skin vertex positions for a habitus: the base shape for "average", base + the morph target's deltas
 * (weight 1) for "lean" and "high". Throws naming the morph target when the model lacks it.
 */
export function skinPositionsForHabitus(skin: MeshData, habitus: Habitus): Float32Array {
  if (habitus === 'average') {
    return skin.positions
  }
  const target = skin.morphTargets.find((t) => t.name === habitus)
  if (!target) {
    throw new Error(`the skin has no morph target "${habitus}" (has: ${skin.morphTargets.map((t) => t.name).join(', ') || 'none'})`)
  }
  if (target.positionDeltas.length !== skin.positions.length) {
    throw new Error(`morph target "${habitus}" has ${target.positionDeltas.length / 3} deltas for ${skin.positions.length / 3} vertices`)
  }
  const out = new Float32Array(skin.positions.length)
  for (let i = 0; i < out.length; i++) {
    out[i] = skin.positions[i] + target.positionDeltas[i]
  }
  return out
}

function isHazard(node: ModelNode): boolean {
  return (node.extras.kind === 'danger' || node.extras.kind === 'organ') && node.mesh !== null
}

/** BVH meshes of the pleura and of every other danger structure and organ in the model. */
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
 * Builds depth scenes per habitus from one model, reusing the hazard BVHs (only the skin changes shape).
 * Building a skin BVH takes a moment, so each habitus is built on first use and kept.
 */
export function depthScenes(model: BodyModel): (habitus: Habitus) => DepthScene {
  const landmarks = landmarkLookupFromModel(model)
  const skin = skinMesh(model)
  const { pleura, hazards } = hazardMeshes(model)
  const cache = new Map<Habitus, DepthScene>()
  return (habitus) => {
    let scene = cache.get(habitus)
    if (!scene) {
      const positions = skinPositionsForHabitus(skin, habitus)
      scene = {
        landmarks,
        skin: buildBvhMesh(`${SKIN_NODE}:${habitus}`, { positions, indices: skin.indices, normals: skin.normals }),
        pleura,
        hazards,
      }
      cache.set(habitus, scene)
    }
    return scene
  }
}
