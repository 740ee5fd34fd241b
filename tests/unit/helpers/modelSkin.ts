// The real skin of models/body.glb prepared once for the zone and region tests: the skin grid, the landmark
// lookup and the region footprints of the built-in atlas, and the skin point nearest a point under it.
import type { Region } from '../../../src/atlas/schema'
import type { LandmarkLookup } from '../../../src/geometry/anchors'
import { landmarkLookupFromModel, skinMesh } from '../../../src/geometry/bodyMeshes'
import { buildRegionFootprints, vertexAreasM2, type RegionFootprint } from '../../../src/geometry/regionWeights'
import { buildSkinGrid, verticesWithin, type SkinGrid } from '../../../src/geometry/skinGrid'
import { readGlb } from '../../../src/model/readGlb'

export interface ModelSkin {
  grid: SkinGrid
  lookup: LandmarkLookup
  footprints: RegionFootprint[]
  /** Regions that could not be placed on this skin. */
  problems: { regionId: string }[]
  positions: Float32Array
}

export async function loadModelSkin(path: string, regions: readonly Region[]): Promise<ModelSkin> {
  const model = await readGlb(path)
  const skin = skinMesh(model)
  const lookup = landmarkLookupFromModel(model)
  const grid = buildSkinGrid(skin.positions, skin.normals!)
  const { footprints, problems } = buildRegionFootprints(grid, lookup, regions, vertexAreasM2(skin.positions, skin.indices))
  return { grid, lookup, footprints, problems, positions: skin.positions }
}

/** The skin vertex nearest a point within 10 cm (landmarks are bony points under the skin), or null. */
export function nearestSkinPoint(skin: ModelSkin, point: { x: number; y: number; z: number }): { x: number; y: number; z: number } | null {
  let nearest = -1
  let nearestM = Infinity
  verticesWithin(skin.grid, point, 0.1, (v, d) => {
    if (d < nearestM) {
      nearestM = d
      nearest = v
    }
  })
  if (nearest < 0) return null
  const p = skin.positions
  return { x: p[nearest * 3]!, y: p[nearest * 3 + 1]!, z: p[nearest * 3 + 2]! }
}
