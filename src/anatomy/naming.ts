// How structures are named, in one place: the kinds of structure a body model holds, and the node name
// `<id>.<side>` (e.g. "soleus.left", "sternum.midline") that the model, the atlas, the URL, the store and the
// scene use for one structure on one side. Pure.
import type { Side } from './ids'

/** What a node of a body model is (glTF extras.kind). */
export type StructureKind = 'bone' | 'muscle' | 'organ' | 'danger' | 'skin' | 'landmark'
export const STRUCTURE_KINDS: readonly StructureKind[] = ['bone', 'muscle', 'organ', 'danger', 'skin', 'landmark']

export const SIDES: readonly Side[] = ['left', 'right', 'midline']

/** A node name split into its id and side; side is null when the name has no known side suffix. */
export interface ParsedNodeName {
  id: string
  side: Side | null
}

/** Splits `<id>.<side>` at its last dot; a name without a known side keeps the whole name as its id. */
export function parseNodeName(name: string): ParsedNodeName {
  const dot = name.lastIndexOf('.')
  const suffix = dot > 0 ? name.slice(dot + 1) : ''
  if ((SIDES as readonly string[]).includes(suffix)) {
    return { id: name.slice(0, dot), side: suffix as Side }
  }
  return { id: name, side: null }
}

/** The node name of structure `id` on `side`. */
export function nodeName(id: string, side: Side): string {
  return `${id}.${side}`
}
