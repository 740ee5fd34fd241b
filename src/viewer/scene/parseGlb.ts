// Turns GLB bytes into a three scene with the meshopt decoder bundled locally (nothing is fetched from a
// CDN), and keeps each node's original glTF name: three's loader strips the "." from "soleus.left".
// The file is checked before the loader sees it (nothing from elsewhere, size and triangle caps, finite
// numbers: src/modelFile/) and its decoded positions after, so a refused model never replaces the body.
import type { Object3D } from 'three'
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js'
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js'
import { checkModelFile } from '../../modelFile/checkModelFile'
import { nonFiniteProblem } from '../../modelFile/finiteNumbers'
import { meshesWithNonFinitePositions } from './decodedGeometry'

export interface ParsedGlb {
  scene: Object3D
  /** The glTF node name each object came from (three sanitises object.name). */
  originalName: Map<Object3D, string>
}

export async function parseGlb(buffer: ArrayBuffer): Promise<ParsedGlb> {
  const { problem } = checkModelFile(buffer)
  if (problem) throw new Error(problem)
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
  const nonFinite = nonFiniteProblem(meshesWithNonFinitePositions(gltf.scene, (o) => originalName.get(o)))
  if (nonFinite) throw new Error(nonFinite)
  return { scene: gltf.scene, originalName }
}
