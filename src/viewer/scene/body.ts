// The one handle on the body on screen, built once from the prepared model (prepareBody.ts): its root, the
// meshes of each structure by node name `<id>.<side>` (src/anatomy/naming.ts), the skin, and the landmark
// positions with the lookup that geometry/anchors.ts places trigger points and zones with. Plain lookups over
// maps filled once: no scene traversal, no polling. BodyContext.tsx hands it to the scene's components.
import type { Mesh } from 'three'
import type { Side } from '../../anatomy/ids'
import { nodeName, SIDES } from '../../anatomy/naming'
import { landmarkLookupFromNodes, type LandmarkLookup } from '../../geometry/anchors'
import { SKIN_NODE } from '../../geometry/bodyMeshes'
import type { PreparedBody } from './prepareBody'

/** One side of a structure as the model holds it. */
export interface StructureSide {
  nodeName: string
  side: Side
  meshes: readonly Mesh[]
}

export interface Body extends PreparedBody {
  /** The meshes drawn for node `<id>.<side>`; empty when the model has no such node or the name is not one. */
  node(name: string): readonly Mesh[]
  /** The sides the model holds of structure `id` (left, right, midline, in that order), each with its meshes. */
  structure(id: string): readonly StructureSide[]
  /** The skin mesh (`skin.midline`), or null when the model has none. */
  skin: Mesh | null
  /** The landmark lookup of geometry/anchors.ts over those positions. */
  lookup: LandmarkLookup
}

/** A body with a skin: what the trigger-point marks, zones, pain brush and needle draw on. */
export type SkinnedBody = Body & { skin: Mesh }

/** The body when it has a skin, else null. */
export function withSkin(body: Body | null): SkinnedBody | null {
  return body?.skin ? (body as SkinnedBody) : null
}

const NO_MESHES: readonly Mesh[] = Object.freeze([])

/**
 * The meshes of node `name` (`<id>.<side>`, as naming.ts formats it) in a prepared body. One map read, nothing
 * built: the labels ask for the selection's meshes in every frame.
 */
export function meshesOfNode(body: Pick<PreparedBody, 'meshesOf'>, name: string): readonly Mesh[] {
  return body.meshesOf.get(name) ?? NO_MESHES
}

/** Every side the prepared body holds of structure `id`. */
export function sidesOfStructure(body: Pick<PreparedBody, 'meshesOf'>, id: string): StructureSide[] {
  const found: StructureSide[] = []
  for (const side of SIDES) {
    const name = nodeName(id, side)
    const meshes = body.meshesOf.get(name)
    if (meshes?.length) found.push({ nodeName: name, side, meshes })
  }
  return found
}

/** The handle on a prepared body. */
export function bodyHandle(prepared: PreparedBody): Body {
  return {
    ...prepared,
    node: (name) => meshesOfNode(prepared, name),
    structure: (id) => sidesOfStructure(prepared, id),
    skin: meshesOfNode(prepared, SKIN_NODE)[0] ?? null,
    lookup: landmarkLookupFromNodes(prepared.landmarks),
  }
}
