// Turns GLB bytes into a three scene with the meshopt decoder bundled locally (nothing is fetched from a
// CDN), and keeps each node's original glTF name: three's loader strips the "." from "soleus.left".
import type { Object3D } from 'three'
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js'
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js'

export interface ParsedGlb {
  scene: Object3D
  /** The glTF node name each object came from (three sanitises object.name). */
  originalName: Map<Object3D, string>
}

const GLB_MAGIC = 0x46546c67 // "glTF"

export async function parseGlb(buffer: ArrayBuffer): Promise<ParsedGlb> {
  if (buffer.byteLength < 12 || new DataView(buffer).getUint32(0, true) !== GLB_MAGIC) {
    throw new Error('it is not a binary glTF (.glb) file: the "glTF" header is missing')
  }
  const loader = new GLTFLoader()
  loader.setMeshoptDecoder(MeshoptDecoder)
  let gltf
  try {
    gltf = await loader.parseAsync(buffer, '')
  } catch (err) {
    throw new Error(`the glTF could not be read (${(err as Error).message || String(err)})`)
  }
  const originalName = new Map<Object3D, string>()
  const nodes = (gltf.parser.json as { nodes?: { name?: string }[] }).nodes ?? []
  gltf.scene.traverse((o) => {
    const assoc = gltf.parser.associations.get(o) as { nodes?: number } | undefined
    const idx = assoc?.nodes
    const name = idx !== undefined ? nodes[idx]?.name : undefined
    if (name) originalName.set(o, name)
  })
  return { scene: gltf.scene, originalName }
}
