// Which body a saved pain map belongs to. Its points are millimetres on one body's skin, so a map is shown and edited
// only on the body it was painted on. Kept apart from painMapFormat.ts (and its schema) so the store can use it.
import type { BodySex } from '../../anatomy/ids'
import type { PainMap, PainMapV2 } from './painMapFormat'

/** The body a version 2 map was painted on (the male body for maps saved before there was a choice). */
export function painMapBody(map: PainMapV2): BodySex {
  return map.body ?? 'male'
}

/** Whether `map` was painted on `body` (a version 1 map is judged by its skin instead, painMapFit.ts). */
export function paintedOn(map: PainMap, body: BodySex): boolean {
  return map.version === 1 || painMapBody(map) === body
}
