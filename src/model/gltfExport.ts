// Writes the generated body as a GLB with gltf-transform: one flat node per structure named `<id>.<side>` with its
// extras, empty landmark nodes, the skin with "lean"/"high" morph targets, then meshopt compression with its
// filters: normals octahedral in 8 bits (byte normals need KHR_mesh_quantization declared), positions and
// morph deltas still float32 metres so every node transform stays identity, but stored through the EXPONENTIAL
// filter (positionFilter.ts), which gltf-transform does not apply to POSITION itself. Muscles carry their fibres
// in one quantised custom attribute, `_FIBRE` (fibreAttributes.ts).
import { Document, NodeIO } from '@gltf-transform/core'
import { ALL_EXTENSIONS, EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions'
import { reorder } from '@gltf-transform/functions'
import { MeshoptEncoder } from 'meshoptimizer'
import { FIBRE_ATTRIBUTE, encodeFibreAttribute } from './fibreAttributes'
import type { VertexFibres } from './muscleFibres'
import { filterPositionViews } from './positionFilter'
import type { NodeExtras } from './readGlb'

export interface ExportMesh {
  nodeName: string
  extras: NodeExtras
  positions: Float32Array
  normals: Float32Array
  indices: Uint32Array
  colour: readonly [number, number, number]
  opacity?: number
  /** A muscle's per-vertex fibre direction, tendon weight and across-fibre coordinate (written as `_FIBRE`). */
  fibres?: VertexFibres
  morphTargets?: { name: string; positionDeltas: Float32Array; normalDeltas?: Float32Array }[]
}

export interface ExportLandmark {
  nodeName: string
  extras: NodeExtras
  positionM: readonly [number, number, number]
}

export async function writeGlb(
  meshes: readonly ExportMesh[],
  landmarks: readonly ExportLandmark[],
  sceneExtras?: Record<string, string | number>,
): Promise<Uint8Array> {
  const doc = new Document()
  doc.getRoot().getAsset().generator = 'trigger-point-atlas scripts/generate-model.ts'
  const buffer = doc.createBuffer()
  const scene = doc.createScene('body')
  if (sceneExtras) scene.setExtras({ ...sceneExtras })
  const materials = new Map<string, ReturnType<Document['createMaterial']>>()
  const materialFor = (kind: string, c: readonly [number, number, number], opacity: number) => {
    const key = `${kind}:${c.map((v) => v.toFixed(3)).join(',')}:${opacity}`
    let m = materials.get(key)
    if (!m) {
      m = doc
        .createMaterial(key)
        .setBaseColorFactor([c[0], c[1], c[2], opacity])
        .setRoughnessFactor(kind === 'bone' ? 0.7 : 0.55)
        .setMetallicFactor(0)
      if (opacity < 1) m.setAlphaMode('BLEND')
      materials.set(key, m)
    }
    return m
  }
  for (const m of meshes) {
    const prim = doc
      .createPrimitive()
      .setAttribute('POSITION', doc.createAccessor().setType('VEC3').setArray(new Float32Array(m.positions)).setBuffer(buffer))
      .setAttribute('NORMAL', doc.createAccessor().setType('VEC3').setArray(new Float32Array(m.normals)).setBuffer(buffer))
      .setIndices(doc.createAccessor().setType('SCALAR').setArray(new Uint32Array(m.indices)).setBuffer(buffer))
      .setMaterial(materialFor(m.extras.kind, m.colour, m.opacity ?? 1))
    if (m.fibres) {
      prim.setAttribute(
        FIBRE_ATTRIBUTE,
        doc.createAccessor().setType('VEC4').setArray(encodeFibreAttribute(m.fibres)).setNormalized(true).setBuffer(buffer),
      )
    }
    const mesh = doc.createMesh(m.nodeName).addPrimitive(prim)
    if (m.morphTargets && m.morphTargets.length) {
      for (const t of m.morphTargets) {
        const target = doc
          .createPrimitiveTarget(t.name)
          .setAttribute('POSITION', doc.createAccessor().setType('VEC3').setArray(new Float32Array(t.positionDeltas)).setBuffer(buffer))
        // normal deltas in normalized bytes (KHR_mesh_quantization), each clamped to ±1: a unit normal turned by
        // less than 60° changes each coordinate by less than that, and bytes compress to a quarter of floats
        if (t.normalDeltas)
          target.setAttribute(
            'NORMAL',
            doc.createAccessor().setType('VEC3').setArray(normalizedBytes(t.normalDeltas)).setNormalized(true).setBuffer(buffer),
          )
        prim.addTarget(target)
      }
      mesh.setWeights(m.morphTargets.map(() => 0))
      mesh.setExtras({ targetNames: m.morphTargets.map((t) => t.name) })
    }
    const node = doc
      .createNode(m.nodeName)
      .setMesh(mesh)
      .setExtras({ ...m.extras })
    scene.addChild(node)
  }
  for (const l of landmarks) {
    scene.addChild(
      doc
        .createNode(l.nodeName)
        .setTranslation([l.positionM[0], l.positionM[1], l.positionM[2]])
        .setExtras({ ...l.extras }),
    )
  }
  await MeshoptEncoder.ready
  await doc.transform(reorder({ encoder: MeshoptEncoder, target: 'size' }))
  doc.createExtension(KHRMeshQuantization).setRequired(true)
  doc.createExtension(EXTMeshoptCompression).setRequired(true).setEncoderOptions({
    method: EXTMeshoptCompression.EncoderMethod.FILTER,
  })
  const io = new NodeIO().registerExtensions(ALL_EXTENSIONS).registerDependencies({ 'meshopt.encoder': MeshoptEncoder })
  return filterPositionViews(await io.writeBinary(doc))
}

/** Values in [-1, 1] as normalized signed bytes (glTF: value = max(byte / 127, -1)); values beyond are clamped. */
export function normalizedBytes(values: Float32Array): Int8Array<ArrayBuffer> {
  const out = new Int8Array(values.length)
  for (let i = 0; i < values.length; i++) out[i] = Math.round(Math.min(Math.max(values[i]!, -1), 1) * 127)
  return out
}
