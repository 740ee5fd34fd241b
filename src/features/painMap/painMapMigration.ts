// Version 1 pain maps to version 2: vertex indices become points on the body's surface, read off the skin the map
// was painted on (the skin on screen, or a kept table of a shipped skin: legacySkins.ts). A map whose skin is
// neither stays version 1, kept whole and shown read-only (painMapFit.ts).
import { PAIN_MAP_VERSION, runsToMask, type PainMap, type PainMapV1, type PainMapV2 } from './painMapFormat'
import { maskToPoints } from './painMapPoints'

/** The version 2 form of `map` on the skin with these base-shape positions, or null when it was painted on another skin. */
export function migratePainMapV1(map: PainMapV1, skinPositions: Float32Array): PainMapV2 | null {
  const vertexCount = skinPositions.length / 3
  if (map.skinVertexCount !== vertexCount) {
    return null
  }
  return {
    format: map.format,
    version: PAIN_MAP_VERSION,
    id: map.id,
    name: map.name,
    createdAt: map.createdAt,
    updatedAt: map.updatedAt,
    paintedPoints: maskToPoints(runsToMask(map.paintedRuns, vertexCount), skinPositions),
    tappedRegions: [...map.tappedRegions],
  }
}

/** Whether a version 1 map can be converted here: painted on the skin on screen or on a skin with a kept table. */
export function canMigrate(map: PainMap, currentVertexCount: number, tables: Readonly<Record<number, string>>): map is PainMapV1 {
  return map.version === 1 && (map.skinVertexCount === currentVertexCount || tables[map.skinVertexCount] !== undefined)
}
