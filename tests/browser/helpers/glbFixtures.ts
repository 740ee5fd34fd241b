// Small GLB files built in node for the browser tests of "Open model…": one that follows our extras
// convention, one named the way other anatomy models name things (FMA ids, "Trapezius muscle (left)",
// "trapezius_L"), and a broken one. Boxes are enough: the tests check mapping and messages, not anatomy.
import { Document, NodeIO } from '@gltf-transform/core'

export interface BoxNode {
  name: string
  extras?: Record<string, unknown>
  /** Centre and size in metres. */
  center: [number, number, number]
  size: [number, number, number]
}

type Vec3 = readonly [number, number, number]

function boxArrays(
  center: Vec3,
  size: Vec3,
): { position: Float32Array<ArrayBuffer>; normal: Float32Array<ArrayBuffer>; index: Uint16Array<ArrayBuffer> } {
  const [cx, cy, cz] = center
  const [hx, hy, hz] = [size[0] / 2, size[1] / 2, size[2] / 2]
  const faces: { n: Vec3; u: Vec3; v: Vec3 }[] = [
    { n: [1, 0, 0], u: [0, 0, -1], v: [0, 1, 0] },
    { n: [-1, 0, 0], u: [0, 0, 1], v: [0, 1, 0] },
    { n: [0, 1, 0], u: [1, 0, 0], v: [0, 0, -1] },
    { n: [0, -1, 0], u: [1, 0, 0], v: [0, 0, 1] },
    { n: [0, 0, 1], u: [1, 0, 0], v: [0, 1, 0] },
    { n: [0, 0, -1], u: [-1, 0, 0], v: [0, 1, 0] },
  ]
  const position: number[] = []
  const normal: number[] = []
  const index: number[] = []
  faces.forEach(({ n, u, v }, f) => {
    for (const [a, b] of [
      [-1, -1],
      [1, -1],
      [1, 1],
      [-1, 1],
    ] as const) {
      position.push(cx + (n[0] + a * u[0] + b * v[0]) * hx, cy + (n[1] + a * u[1] + b * v[1]) * hy, cz + (n[2] + a * u[2] + b * v[2]) * hz)
      normal.push(...n)
    }
    const o = f * 4
    index.push(o, o + 1, o + 2, o, o + 2, o + 3)
  })
  return { position: new Float32Array(position), normal: new Float32Array(normal), index: new Uint16Array(index) }
}

/** A GLB with one box mesh per node. */
export async function makeBoxGlb(nodes: readonly BoxNode[]): Promise<Uint8Array> {
  const doc = new Document()
  const buffer = doc.createBuffer()
  const scene = doc.createScene('scene')
  const material = doc.createMaterial('grey').setBaseColorFactor([0.7, 0.7, 0.7, 1])
  for (const n of nodes) {
    const a = boxArrays(n.center, n.size)
    const prim = doc
      .createPrimitive()
      .setAttribute('POSITION', doc.createAccessor().setType('VEC3').setArray(a.position).setBuffer(buffer))
      .setAttribute('NORMAL', doc.createAccessor().setType('VEC3').setArray(a.normal).setBuffer(buffer))
      .setIndices(doc.createAccessor().setType('SCALAR').setArray(a.index).setBuffer(buffer))
      .setMaterial(material)
    const mesh = doc.createMesh(n.name).addPrimitive(prim)
    const node = doc.createNode(n.name).setMesh(mesh)
    if (n.extras) node.setExtras(n.extras)
    scene.addChild(node)
  }
  return new NodeIO().writeBinary(doc)
}

/** A model from elsewhere: standard anatomical names, one FMA-style name, and a part nobody can map. */
export function foreignModelNodes(): BoxNode[] {
  return [
    { name: 'Trapezius muscle (left)', center: [0.12, 1.45, -0.06], size: [0.16, 0.1, 0.05] },
    { name: 'trapezius_R', center: [-0.12, 1.45, -0.06], size: [0.16, 0.1, 0.05] },
    { name: 'Soleus muscle (right)', center: [-0.1, 0.3, -0.04], size: [0.08, 0.3, 0.06] },
    { name: 'Mystery widget 42', center: [0, 0.9, 0], size: [0.3, 0.5, 0.2] },
  ]
}

/** Bytes that start like a GLB but are cut off: the loader must fail and say so. */
export function brokenGlb(): Uint8Array {
  const bytes = new Uint8Array(64)
  const dv = new DataView(bytes.buffer)
  dv.setUint32(0, 0x46546c67, true) // "glTF"
  dv.setUint32(4, 2, true)
  dv.setUint32(8, 4096, true) // claims far more bytes than it has
  dv.setUint32(12, 2000, true)
  dv.setUint32(16, 0x4e4f534a, true) // "JSON"
  bytes.set(new TextEncoder().encode('{"asset":{"version":"2.0"'), 20)
  return bytes
}

/** The same model as BodyParts3D ships its parts: millimetres, Z up (our +Y becomes +Z, our +Z becomes -Y). */
export function zUpMillimetreNodes(): BoxNode[] {
  return foreignModelNodes().map((n) => ({
    ...n,
    center: [n.center[0] * 1000, -n.center[2] * 1000, n.center[1] * 1000],
    size: [n.size[0] * 1000, n.size[2] * 1000, n.size[1] * 1000],
  }))
}
