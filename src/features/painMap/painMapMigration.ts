// Version 1 pain maps to version 2: vertex indices become points on the body's surface, read off the skin the map
// was painted on. A version 1 map names the vertex count of its skin; only a skin with that count can say where its
// vertices were, so a map from another body stays version 1, kept whole and shown read-only (painMapFit.ts).
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

/** The maps of `maps` that are version 1 and painted on this skin, with their version 2 form. */
export function migratableMaps(maps: readonly PainMap[], skinPositions: Float32Array): { original: PainMapV1; migrated: PainMapV2 }[] {
  const out: { original: PainMapV1; migrated: PainMapV2 }[] = []
  for (const map of maps) {
    if (map.version === 1) {
      const migrated = migratePainMapV1(map, skinPositions)
      if (migrated) {
        out.push({ original: map, migrated })
      }
    }
  }
  return out
}
