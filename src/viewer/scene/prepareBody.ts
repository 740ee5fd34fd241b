// Gives a loaded glTF scene the atlas look and the bookkeeping the viewer needs: each drawn mesh is tied to
// the structure (`<id>.<side>`) it belongs to, gets a material shared by its look (kind, layer, colour; muscles
// with fibre attributes the muscle look of muscleMaterial.ts), and nodes we cannot map are kept, drawn in grey
// and listed as unmapped.
import { Box3, Color, Mesh, MeshLambertMaterial, Sphere, Vector3, type Object3D } from 'three'
import { nodeName } from '../../anatomy/naming'
import type { Vec3Like } from '../../geometry/vec'
import { layerOf } from '../layers'
import type { StructureRecord } from '../store'
import { describeStructure, type StructureIdentity } from '../structureNames'
import { MuscleMaterial, hasFibres } from './muscleMaterial'
import { SkinMaterial } from './skinMaterial'
import type { ParsedGlb } from './parseGlb'

export type NodeMapper = (name: string, extras: unknown) => StructureIdentity | null

export interface PreparedBody {
  root: Object3D
  structures: StructureRecord[]
  /** Meshes drawn for each structure node name. */
  meshesOf: Map<string, Mesh[]>
  /** The structure each mapped mesh belongs to. */
  nodeOf: Map<Mesh, StructureRecord>
  unmappedMeshes: Mesh[]
  /** Original node names that could not be mapped to our vocabulary. */
  unmapped: string[]
  triangles: number
  bounds: Sphere
  /** Axis-aligned bounds of everything drawn. */
  box: Box3
  /** World position of each landmark node, keyed by its node name (`c7-spinous-process.midline`). */
  landmarks: ReadonlyMap<string, Vec3Like>
}

const BONE = new Color('#e6dcc3')
const SKIN = new Color('#e2ad8f')
const UNMAPPED = new Color('#9aa3ad')
const DANGER: Record<string, string> = {
  'parietal-pleura': '#4fc3d9',
  'sciatic-nerve': '#f2c230',
  'brachial-plexus': '#f2c230',
  'femoral-neurovascular-bundle': '#3d6fe0',
  'popliteal-vessels': '#3d6fe0',
  'vertebral-artery': '#e5533f',
  'common-carotid-artery': '#3d6fe0',
  'radial-nerve': '#f2c230',
  'anterior-tibial-neurovascular-bundle': '#3d6fe0',
}
const ORGAN: Record<string, string> = { lung: '#c7889f', kidney: '#8a4b35' }

function hash(s: string): number {
  let h = 2166136261
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619)
  return (h >>> 0) / 4294967295
}

/** Muscle red, shifted a little per muscle so neighbours can be told apart. */
function muscleColour(id: string): Color {
  const t = hash(id)
  const u = hash(id + '#')
  return new Color().setHSL((356 + t * 14) / 360, 0.5 + u * 0.15, 0.36 + ((t + u) / 2) * 0.1)
}

export function baseColourOf(s: Pick<StructureRecord, 'kind' | 'id'> | null): Color {
  if (!s) return UNMAPPED.clone()
  switch (s.kind) {
    case 'muscle':
      return muscleColour(s.id)
    case 'bone':
      return BONE.clone()
    case 'skin':
      return SKIN.clone()
    case 'organ':
      return new Color(ORGAN[s.id] ?? '#b07a8c')
    case 'danger':
      return new Color(DANGER[s.id] ?? '#f2c230')
    default:
      return UNMAPPED.clone()
  }
}

function triangleCount(mesh: Mesh): number {
  const g = mesh.geometry
  return Math.floor((g.index ? g.index.count : (g.attributes.position?.count ?? 0)) / 3)
}

/** Our own convention: glTF extras `{ kind, id, side, layer?, name }` on the `<id>.<side>` node. */
export const mapByOwnExtras: NodeMapper = (_name, extras) => {
  if (!extras || typeof extras !== 'object') return null
  const e = extras as Record<string, unknown>
  const kinds = ['bone', 'muscle', 'organ', 'danger', 'skin', 'landmark']
  if (typeof e.id !== 'string' || typeof e.kind !== 'string' || !kinds.includes(e.kind)) return null
  const side = e.side === 'left' || e.side === 'right' ? e.side : 'midline'
  return {
    id: e.id,
    side,
    kind: e.kind as StructureIdentity['kind'],
    layer: typeof e.layer === 'string' ? e.layer : undefined,
    name: typeof e.name === 'string' ? e.name : undefined,
  }
}

export function prepareBody(parsed: ParsedGlb, mapNode: NodeMapper): PreparedBody {
  const root = parsed.scene
  root.updateMatrixWorld(true)
  const identityOf = new Map<Object3D, StructureRecord | null>()
  const byNode = new Map<string, StructureRecord>()
  const meshesOf = new Map<string, Mesh[]>()
  const nodeOf = new Map<Mesh, StructureRecord>()
  const unmappedMeshes: Mesh[] = []
  const unmapped = new Set<string>()
  let triangles = 0

  const resolve = (o: Object3D): StructureRecord | null => {
    if (identityOf.has(o)) return identityOf.get(o) ?? null
    let rec: StructureRecord | null = null
    const name = parsed.originalName.get(o)
    const hasOwnData = name !== undefined || Object.keys(o.userData ?? {}).length > 0
    const ident = hasOwnData ? mapNode(name ?? o.name, o.userData) : null
    if (ident && ident.kind !== 'landmark') {
      const described = describeStructure(ident, layerOf)
      rec = byNode.get(described.nodeName) ?? described
      byNode.set(rec.nodeName, rec)
    } else if (!ident && o.parent) {
      // Multi-primitive meshes become child objects of the node: they belong to the node's structure.
      rec = resolve(o.parent)
    }
    identityOf.set(o, rec)
    return rec
  }

  const meshes: Mesh[] = []
  const landmarks = new Map<string, Vec3Like>()
  const world = new Vector3()
  root.traverse((o) => {
    if ((o as Mesh).isMesh) {
      meshes.push(o as Mesh)
      return
    }
    // Landmarks are empty nodes: they are not drawn, only their world positions are kept (trigger points,
    // zones and needle paths are placed on them).
    const name = parsed.originalName.get(o)
    if (name === undefined && Object.keys(o.userData ?? {}).length === 0) return
    const ident = mapNode(name ?? o.name, o.userData)
    if (ident?.kind === 'landmark') {
      o.getWorldPosition(world)
      landmarks.set(nodeName(ident.id, ident.side), { x: world.x, y: world.y, z: world.z })
    }
  })
  // One material per look (kind, layer and colour): every structure drawn alike shares it, so the renderer
  // switches materials and uploads uniforms about as often as for the file's own materials, not once per
  // structure. A layer's opacity is the same for all of its structures; a highlighted mesh gets its own copy
  // (appearance.ts).
  const shared = new Map<string, MeshLambertMaterial>()
  for (const mesh of meshes) {
    const rec = resolve(mesh)
    triangles += triangleCount(mesh)
    const old = mesh.material
    // The body generator tints neighbouring muscles apart; keep its muscle colour when the file has one.
    const own = Array.isArray(old) ? undefined : (old as { color?: Color }).color
    const colour = rec?.kind === 'muscle' && own?.isColor ? own.clone() : baseColourOf(rec)
    // muscles that carry fibre attributes (our generator's) get the muscle look; any other mesh, and a foreign
    // model's muscles, plain Lambert
    const fibred = rec?.kind === 'muscle' && hasFibres(mesh.geometry)
    const key = rec ? `${rec.kind}|${rec.layer ?? ''}|${colour.getHexString()}${fibred ? '|fibres' : ''}` : 'unmapped'
    let material = shared.get(key)
    if (!material) {
      material = fibred
        ? new MuscleMaterial({ color: colour })
        : rec?.kind === 'skin'
          ? new SkinMaterial({ color: colour })
          : new MeshLambertMaterial({ color: colour })
      shared.set(key, material)
    }
    ;(Array.isArray(old) ? old : [old]).forEach((m) => m.dispose())
    mesh.material = material
    mesh.userData.sharedMaterial = material
    mesh.userData.baseColour = material.color.clone()
    mesh.geometry.computeBoundingSphere()
    if (!mesh.geometry.attributes.normal) mesh.geometry.computeVertexNormals()
    if (rec) {
      nodeOf.set(mesh, rec)
      const list = meshesOf.get(rec.nodeName) ?? []
      list.push(mesh)
      meshesOf.set(rec.nodeName, list)
      if (rec.kind === 'skin') mesh.renderOrder = 2
    } else {
      unmappedMeshes.push(mesh)
      let o: Object3D | null = mesh
      let label = ''
      while (o && !label) {
        label = parsed.originalName.get(o) ?? ''
        o = o.parent
      }
      unmapped.add(label || mesh.name || '(unnamed mesh)')
    }
  }
  // The body never moves once prepared (an opened model is uprighted and scaled before this): its matrices are
  // final, so the renderer need not recompose every node's matrix in each frame.
  root.updateMatrixWorld(true)
  root.traverse((o) => {
    o.matrixAutoUpdate = false
  })
  const box = new Box3().setFromObject(root)
  const bounds = box.isEmpty() ? new Sphere() : box.getBoundingSphere(new Sphere())
  const structures = [...byNode.values()].filter((s) => meshesOf.has(s.nodeName))
  return { root, structures, meshesOf, nodeOf, unmappedMeshes, unmapped: [...unmapped].sort(), triangles, bounds, box, landmarks }
}
