// Node-side reader for models/body.glb (or any GLB following our naming convention): decodes meshopt, applies
// node world transforms and returns every node with its name, extras, world-space geometry, the skin's
// morph-target deltas and the muscles' fibre attributes as typed arrays. Used by the model tests and by
// needle-depth code that runs in node.
import { readFile } from 'node:fs/promises'
import { type Accessor, type Node, NodeIO, type mat4 } from '@gltf-transform/core'
import { ALL_EXTENSIONS } from '@gltf-transform/extensions'
import { MeshoptDecoder } from 'meshoptimizer'
import type { StructureKind } from '../anatomy/naming'
import { type DecodedFibres, FIBRE_ATTRIBUTE, decodeFibreAttribute } from './fibreAttributes'

export type NodeKind = StructureKind

export interface NodeExtras {
  kind: NodeKind
  id: string
  side: 'left' | 'right' | 'midline'
  name: string
  layer?: 'superficial' | 'deep'
  fma?: string
  ta?: string
  [key: string]: unknown
}

export interface MorphTargetDeltas {
  name: string
  /** Per-vertex position deltas (m), world orientation, same vertex order as `positions`. */
  positionDeltas: Float32Array
}

export interface MeshData {
  /** World-space vertex positions (m), xyz interleaved. */
  positions: Float32Array
  /** World-space unit normals, or null when the mesh has none. */
  normals: Float32Array | null
  /** Triangle list indices. */
  indices: Uint32Array
  morphTargets: MorphTargetDeltas[]
  /** A muscle's fibres (the `_FIBRE` attribute, fibreAttributes.ts), decoded, directions in world orientation;
   * absent when the mesh has none. */
  fibres?: DecodedFibres
}

export interface ModelNode {
  name: string
  extras: Partial<NodeExtras>
  /** World position of the node's origin (m): for landmarks, the landmark itself. */
  positionM: [number, number, number]
  /** Column-major 4x4 world matrix. */
  worldMatrix: number[]
  mesh: MeshData | null
}

export interface BodyModel {
  nodes: ModelNode[]
  byName: Map<string, ModelNode>
  /** The first scene's extras (the generated bodies say which body they are: `body: "male" | "female"`). */
  sceneExtras: Record<string, unknown>
}

function readVec3(acc: Accessor): Float32Array {
  const n = acc.getCount()
  const out = new Float32Array(n * 3)
  const el: [number, number, number] = [0, 0, 0]
  for (let i = 0; i < n; i++) {
    acc.getElement(i, el)
    out[3 * i] = el[0]
    out[3 * i + 1] = el[1]
    out[3 * i + 2] = el[2]
  }
  return out
}

/** Every element of an accessor as plain (for a normalised accessor: normalised) numbers. */
function readAll(acc: Accessor): Float32Array {
  const n = acc.getCount()
  const size = acc.getElementSize()
  const out = new Float32Array(n * size)
  const el: number[] = []
  for (let i = 0; i < n; i++) out.set(acc.getElement(i, el), i * size)
  return out
}

/** Transforms xyz triples in place (a's length is a multiple of 3, so i + 2 < a.length). */
function transformPoints(a: Float32Array, m: mat4, isDirection: boolean): void {
  for (let i = 0; i < a.length; i += 3) {
    const x = a[i]!,
      y = a[i + 1]!,
      z = a[i + 2]!
    const w = isDirection ? 0 : 1
    a[i] = m[0] * x + m[4] * y + m[8] * z + m[12] * w
    a[i + 1] = m[1] * x + m[5] * y + m[9] * z + m[13] * w
    a[i + 2] = m[2] * x + m[6] * y + m[10] * z + m[14] * w
  }
}

/** Normalises xyz triples in place (i + 2 < a.length as in transformPoints). */
function normaliseAll(a: Float32Array): void {
  for (let i = 0; i < a.length; i += 3) {
    const l = Math.hypot(a[i]!, a[i + 1]!, a[i + 2]!) || 1
    a[i]! /= l
    a[i + 1]! /= l
    a[i + 2]! /= l
  }
}

function meshOf(node: Node, world: mat4): MeshData | null {
  const mesh = node.getMesh()
  if (!mesh) return null
  const positions: number[] = []
  const normals: number[] = []
  const indices: number[] = []
  const targetNames = ((mesh.getExtras() as { targetNames?: string[] }).targetNames ?? []) as string[]
  const deltas: number[][] = []
  const fibres = { directions: [] as number[], tendon: [] as number[], across: [] as number[] }
  let hasFibres = true
  let base = 0
  let hasNormals = true
  for (const prim of mesh.listPrimitives()) {
    const pos = prim.getAttribute('POSITION')
    if (!pos) continue
    const p = readVec3(pos)
    transformPoints(p, world, false)
    for (const v of p) positions.push(v)
    const nrm = prim.getAttribute('NORMAL')
    if (nrm) {
      const n = readVec3(nrm)
      transformPoints(n, world, true)
      normaliseAll(n)
      for (const v of n) normals.push(v)
    } else hasNormals = false
    const fibreAttr = prim.getAttribute(FIBRE_ATTRIBUTE)
    if (fibreAttr && fibreAttr.getElementSize() === 4) {
      const f = decodeFibreAttribute(readAll(fibreAttr))
      transformPoints(f.directions, world, true)
      normaliseAll(f.directions)
      for (const v of f.directions) fibres.directions.push(v)
      for (const v of f.tendon) fibres.tendon.push(v)
      for (const v of f.across) fibres.across.push(v)
    } else hasFibres = false
    const idx = prim.getIndices()
    const count = pos.getCount()
    if (idx) {
      const arr = idx.getArray()
      if (arr) for (let i = 0; i < arr.length; i++) indices.push(arr[i]! + base)
    } else for (let i = 0; i < count; i++) indices.push(base + i)
    prim.listTargets().forEach((t, ti) => {
      const d = t.getAttribute('POSITION')
      const v = d ? readVec3(d) : new Float32Array(count * 3)
      transformPoints(v, world, true)
      deltas[ti] = (deltas[ti] ?? []).concat(Array.from(v))
    })
    base += count
  }
  return {
    positions: Float32Array.from(positions),
    normals: hasNormals && normals.length ? Float32Array.from(normals) : null,
    indices: Uint32Array.from(indices),
    morphTargets: deltas.map((d, i) => ({ name: targetNames[i] ?? `target-${i}`, positionDeltas: Float32Array.from(d) })),
    ...(hasFibres && fibres.tendon.length
      ? {
          fibres: {
            directions: Float32Array.from(fibres.directions),
            tendon: Float32Array.from(fibres.tendon),
            across: Float32Array.from(fibres.across),
          },
        }
      : {}),
  }
}

/** Read a GLB from bytes or a file path. */
export async function readGlb(source: Uint8Array | string): Promise<BodyModel> {
  await MeshoptDecoder.ready
  const io = new NodeIO().registerExtensions(ALL_EXTENSIONS).registerDependencies({ 'meshopt.decoder': MeshoptDecoder })
  const bytes = typeof source === 'string' ? new Uint8Array(await readFile(source)) : source
  const doc = await io.readBinary(bytes)
  const nodes: ModelNode[] = []
  const visit = (node: Node): void => {
    const world = node.getWorldMatrix()
    nodes.push({
      name: node.getName(),
      extras: node.getExtras() as Partial<NodeExtras>,
      positionM: [world[12], world[13], world[14]],
      worldMatrix: Array.from(world),
      mesh: meshOf(node, world),
    })
    for (const c of node.listChildren()) visit(c)
  }
  const scenes = doc.getRoot().listScenes()
  for (const scene of scenes) for (const n of scene.listChildren()) visit(n)
  const sceneExtras = (scenes[0]?.getExtras() ?? {}) as Record<string, unknown>
  return { nodes, byName: new Map(nodes.map((n) => [n.name, n])), sceneExtras }
}
