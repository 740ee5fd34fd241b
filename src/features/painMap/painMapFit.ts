// Whether a saved pain map can be edited on the body on screen. Painted areas are stored as runs of skin-vertex
// indices, which mean something only on the body model they were painted on: a map from another body (another
// skin vertex count) is kept whole and shown read-only, its tapped areas (named regions, body-independent) shown
// and its painted runs never touched. A later, mesh-independent format can add a kind here for maps it can carry
// across bodies, without changing what the panel does with the others.
import type { PainMap } from './painMapFormat'

export type PainMapFit =
  /** Painted on this body: its runs apply to the skin on screen and the patient may edit it. */
  | { kind: 'editable' }
  /** Painted on another body model: shown read-only; its runs are kept unchanged and not drawn. */
  | { kind: 'other-body'; mapSkinVertexCount: number; bodySkinVertexCount: number }

/** How `map` fits the skin on screen (`bodySkinVertexCount` 0 means the body is not there yet: treated as editable). */
export function painMapFit(map: PainMap, bodySkinVertexCount: number): PainMapFit {
  if (bodySkinVertexCount === 0 || map.skinVertexCount === bodySkinVertexCount) {
    return { kind: 'editable' }
  }
  return { kind: 'other-body', mapSkinVertexCount: map.skinVertexCount, bodySkinVertexCount }
}

/** The plain-language note shown over a read-only map. */
export function otherBodyNote(map: PainMap, fit: Extract<PainMapFit, { kind: 'other-body' }>): string {
  return (
    `"${map.name}" was painted on a different body model (${fit.mapSkinVertexCount.toLocaleString('en')} skin points; ` +
    `this one has ${fit.bodySkinVertexCount.toLocaleString('en')}). Its painted areas are kept unchanged in your saved ` +
    'map but cannot be drawn on this body, so only its tapped areas are shown. This map is read-only here.'
  )
}
