// The exporter stores positions and morph deltas through EXT_meshopt_compression's EXPONENTIAL filter. These tests
// hold it to its promise: float32 world-space metres after decoding (readGlb and three's GLTFLoader, the app's
// path); a coordinate within 2 m of the origin at most 2^-15 m (0.031 mm) from the exact value, a morph delta
// under 1 m at most 2^-16 m, so a morphed skin point at most 0.046 mm (the budget is 0.1 mm); identity node
// transforms, and accessor bounds that match the decoded data; on a synthetic mesh and on models/body.glb.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { BufferAttribute, Mesh, Object3D } from 'three'
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js'
import { MeshoptDecoder as ThreeMeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js'
import { beforeAll, describe, expect, it } from 'vitest'
import { type ExportMesh, writeGlb } from '../../../src/model/gltfExport'
import { readGlb } from '../../../src/model/readGlb'
import { readGlbChunks } from '../../../src/modelFile/glbChunks'
import { maxPositionLoss } from '../helpers/positionLoss'

const GLB = resolve(import.meta.dirname, '../../../models/body.glb')
const POSITION_BOUND_M = 2 ** -15
const DELTA_BOUND_M = 2 ** -16
const REQUIRED_M = 0.0001

/** A seeded random source (a linear congruential generator), so the synthetic mesh is the same every run. */
function seeded(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

/** A triangle soup filling a body-sized box (x ±0.95 m, y 0-1.98 m, z ±0.5 m) with two morph targets of up to ±5 cm. */
function syntheticMesh(): ExportMesh {
  const random = seeded(7)
  const n = 3000
  const positions = new Float32Array(3 * n)
  const normals = new Float32Array(3 * n)
  const lean = new Float32Array(3 * n)
  const high = new Float32Array(3 * n)
  for (let i = 0; i < n; i++) {
    positions.set([(random() - 0.5) * 1.9, random() * 1.98, random() - 0.5], 3 * i)
    const a = random() * 2 * Math.PI
    const z = random() * 2 - 1
    normals.set([Math.sqrt(1 - z * z) * Math.cos(a), Math.sqrt(1 - z * z) * Math.sin(a), z], 3 * i)
    lean.set([(random() - 0.5) * 0.1, (random() - 0.5) * 0.1, (random() - 0.5) * 0.1], 3 * i)
    high.set([(random() - 0.5) * 0.1, (random() - 0.5) * 0.1, (random() - 0.5) * 0.1], 3 * i)
  }
  return {
    nodeName: 'skin.midline',
    extras: { kind: 'skin', id: 'skin', side: 'midline', name: 'Skin' },
    positions,
    normals,
    indices: Uint32Array.from({ length: n }, (_, i) => i),
    colour: [0.8, 0.6, 0.5],
    morphTargets: [
      { name: 'lean', positionDeltas: lean },
      { name: 'high', positionDeltas: high },
    ],
  }
}

interface Json {
  nodes: { mesh?: number; matrix?: number[]; translation?: number[]; rotation?: number[]; scale?: number[] }[]
  meshes: { primitives: { attributes: Record<string, number>; targets?: Record<string, number>[] }[] }[]
  accessors: { bufferView: number; componentType: number; min: number[]; max: number[] }[]
  bufferViews: { extensions?: { EXT_meshopt_compression?: { filter?: string } } }[]
  extensionsRequired: string[]
}

/** Problems with how positions are stored: a filter other than EXPONENTIAL, a non-float type, a node transform. */
function storageProblems(bytes: Uint8Array): string[] {
  const json = readGlbChunks(bytes.slice().buffer).json as Json
  const problems: string[] = []
  if (!json.extensionsRequired.includes('EXT_meshopt_compression')) problems.push('EXT_meshopt_compression not required')
  json.nodes.forEach((n, i) => {
    if (n.mesh !== undefined && (n.matrix || n.translation || n.rotation || n.scale)) problems.push(`node ${i} has a transform`)
  })
  json.meshes.forEach((m, mi) =>
    m.primitives.forEach((p) => {
      for (const a of [p.attributes.POSITION!, ...(p.targets ?? []).map((t) => t.POSITION!)]) {
        const acc = json.accessors[a]!
        const filter = json.bufferViews[acc.bufferView]!.extensions?.EXT_meshopt_compression?.filter
        if (filter !== 'EXPONENTIAL') problems.push(`mesh ${mi} accessor ${a}: filter ${filter ?? 'none'}`)
        if (acc.componentType !== 5126) problems.push(`mesh ${mi} accessor ${a}: component type ${acc.componentType}`)
      }
    }),
  )
  return problems
}

/** Accessors whose min/max differ from the decoded values they bound (positions, three's decoder). */
function boundsMismatches(bytes: Uint8Array, scene: Object3D, parser: { associations: Map<object, unknown> }): string[] {
  const json = readGlbChunks(bytes.slice().buffer).json as Json
  const found: string[] = []
  scene.traverse((o) => {
    const mesh = o as Mesh
    if (!mesh.isMesh) return
    const meshIndex = (parser.associations.get(mesh) as { meshes?: number } | undefined)?.meshes
    if (meshIndex === undefined) return
    const prim = json.meshes[meshIndex]!.primitives[0]!
    const pairs: [number, BufferAttribute][] = [[prim.attributes.POSITION!, mesh.geometry.attributes.position as BufferAttribute]]
    ;(prim.targets ?? []).forEach((t, ti) => pairs.push([t.POSITION!, mesh.geometry.morphAttributes.position![ti] as BufferAttribute]))
    for (const [a, attr] of pairs) {
      const acc = json.accessors[a]!
      for (let k = 0; k < 3; k++) {
        let lo = Infinity
        let hi = -Infinity
        for (let i = 0; i < attr.count; i++) {
          lo = Math.min(lo, attr.getComponent(i, k))
          hi = Math.max(hi, attr.getComponent(i, k))
        }
        if (lo !== acc.min[k] || hi !== acc.max[k]) found.push(`accessor ${a} axis ${k}: ${acc.min[k]}..${acc.max[k]} vs ${lo}..${hi}`)
      }
    }
  })
  return found
}

async function loadWithThree(bytes: Uint8Array): Promise<{ scene: Object3D; parser: { associations: Map<object, unknown> } }> {
  const loader = new GLTFLoader()
  loader.setMeshoptDecoder(ThreeMeshoptDecoder)
  const gltf = await loader.parseAsync(bytes.slice().buffer, '')
  return { scene: gltf.scene, parser: gltf.parser }
}

describe('exported positions (EXPONENTIAL filter)', () => {
  const exact = syntheticMesh()
  let bytes: Uint8Array

  beforeAll(async () => {
    bytes = await writeGlb([exact], [])
  })

  it('decode with readGlb to within 2^-15 m (0.031 mm) of the exact positions, 2^-16 m of the morph deltas', async () => {
    const mesh = (await readGlb(bytes)).byName.get('skin.midline')!.mesh!
    expect(mesh.indices.length).toBe(exact.indices.length)
    const loss = maxPositionLoss(
      { positions: exact.positions, deltas: exact.morphTargets!.map((t) => t.positionDeltas) },
      { positions: mesh.positions, deltas: mesh.morphTargets.map((t) => t.positionDeltas) },
    )
    expect(loss.positionM).toBeGreaterThan(0)
    expect(loss.positionM).toBeLessThanOrEqual(POSITION_BOUND_M)
    expect(loss.deltaM).toBeLessThanOrEqual(DELTA_BOUND_M)
    expect(loss.morphedM).toBeLessThanOrEqual(REQUIRED_M)
  })

  it('decode with three GLTFLoader + MeshoptDecoder to the same float32 values as readGlb', async () => {
    const { scene } = await loadWithThree(bytes)
    const mesh = (await readGlb(bytes)).byName.get('skin.midline')!.mesh!
    let threeMesh: Mesh | undefined
    scene.traverse((o) => {
      if ((o as Mesh).isMesh) threeMesh = o as Mesh
    })
    const position = threeMesh!.geometry.attributes.position as BufferAttribute
    expect(position.array).toBeInstanceOf(Float32Array)
    expect(position.normalized).toBe(false)
    expect(Array.from(position.array)).toEqual(Array.from(mesh.positions))
    const morphs = threeMesh!.geometry.morphAttributes.position!.map((a) => Array.from((a as BufferAttribute).array))
    expect(morphs).toEqual(mesh.morphTargets.map((t) => Array.from(t.positionDeltas)))
  })

  it('declares the filter on every position view, keeps nodes untransformed and bounds each accessor by its decoded values', async () => {
    expect(storageProblems(bytes)).toEqual([])
    const { scene, parser } = await loadWithThree(bytes)
    expect(boundsMismatches(bytes, scene, parser)).toEqual([])
  })

  it('models/body.glb stores every position and morph delta the same way, with matching bounds', async () => {
    const body = new Uint8Array(readFileSync(GLB))
    expect(storageProblems(body)).toEqual([])
    const { scene, parser } = await loadWithThree(body)
    expect(boundsMismatches(body, scene, parser)).toEqual([])
  }, 60_000)
})
