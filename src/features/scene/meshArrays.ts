// Plain world-space triangle arrays from a scene mesh, for the BVH queries of geometry/meshBvh.ts,
// optionally with morph targets applied (the skin's "lean" and "high" shapes, weighted per build).
import { Vector3, type BufferAttribute, type Mesh } from 'three'
import { buildMorphWeights, type BuildId } from '../../atlas/builds'
import { buildBvhMesh, type BvhMesh } from '../../geometry/meshBvh'

/** Morph weights by target name, e.g. { lean: 1 }. */
export type MorphWeights = Record<string, number>

export function worldMeshArrays(
  mesh: Mesh,
  morph: MorphWeights = {},
): { positions: Float32Array; indices: Uint32Array | null; normals: Float32Array | null } {
  mesh.updateWorldMatrix(true, false)
  const g = mesh.geometry
  const pos = g.getAttribute('position')
  const count = pos.count
  const positions = new Float32Array(count * 3)
  const v = new Vector3()
  const morphs: { attr: BufferAttribute; w: number }[] = []
  const dict = mesh.morphTargetDictionary ?? {}
  for (const [name, w] of Object.entries(morph)) {
    const i = dict[name]
    const attr = i === undefined ? undefined : (g.morphAttributes.position?.[i] as BufferAttribute | undefined)
    if (attr && w !== 0) {
      morphs.push({ attr, w })
    }
  }
  const relative = g.morphTargetsRelative
  const d = new Vector3()
  for (let i = 0; i < count; i++) {
    v.fromBufferAttribute(pos, i)
    for (const { attr, w } of morphs) {
      d.fromBufferAttribute(attr, i)
      if (relative) {
        v.addScaledVector(d, w)
      } else {
        v.lerp(d, w)
      }
    }
    v.applyMatrix4(mesh.matrixWorld)
    positions[i * 3] = v.x
    positions[i * 3 + 1] = v.y
    positions[i * 3 + 2] = v.z
  }
  const index = g.index ? Uint32Array.from(g.index.array as ArrayLike<number>) : null
  const nor = g.getAttribute('normal')
  let normals: Float32Array | null = null
  if (nor && morphs.length === 0) {
    normals = new Float32Array(count * 3)
    const nm = new Vector3()
    for (let i = 0; i < count; i++) {
      nm.fromBufferAttribute(nor, i).transformDirection(mesh.matrixWorld)
      normals[i * 3] = nm.x
      normals[i * 3 + 1] = nm.y
      normals[i * 3 + 2] = nm.z
    }
  }
  return { positions, indices: index, normals }
}

const bvhCache = new WeakMap<Mesh, Map<string, BvhMesh>>()

/** A BVH of a mesh in world space (cached per mesh and morph weights). */
export function bvhOf(mesh: Mesh, name: string, morph: MorphWeights = {}): BvhMesh {
  const key = JSON.stringify(morph)
  let perMesh = bvhCache.get(mesh)
  if (!perMesh) {
    perMesh = new Map()
    bvhCache.set(mesh, perMesh)
  }
  let bvh = perMesh.get(key)
  if (!bvh) {
    bvh = buildBvhMesh(name, worldMeshArrays(mesh, morph))
    perMesh.set(key, bvh)
  }
  return bvh
}

/** Morph weights of a build on the skin (src/atlas/builds.ts): fractions of the "lean" and "high" targets. */
export function habitusMorph(build: BuildId): MorphWeights {
  return buildMorphWeights(build)
}
