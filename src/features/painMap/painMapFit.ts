// Whether a saved pain map can be edited on the body on screen. A version 2 map keeps its painted skin as points on
// the body's surface and fits any body. A version 1 map still here was painted on another body model (one painted on
// this body is converted when the body is shown, painMapMigration.ts): it is kept whole and shown read-only, its
// tapped areas (named regions, body-independent) shown and its painted runs never touched.
import type { PainMap } from './painMapFormat'

export type PainMapFit =
  /** Its painted points go on the skin on screen and the patient may edit it. */
  | { kind: 'editable' }
  /** A version 1 map painted on another body model: shown read-only; its runs are kept unchanged and not drawn. */
  | { kind: 'other-body'; mapSkinVertexCount: number; bodySkinVertexCount: number }

/** How `map` fits the skin on screen (`bodySkinVertexCount` 0 means the body is not there yet: treated as editable). */
export function painMapFit(map: PainMap, bodySkinVertexCount: number): PainMapFit {
  if (map.version === 2 || bodySkinVertexCount === 0 || map.skinVertexCount === bodySkinVertexCount) {
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
