// Patient painting to region weights: which named body regions (data/regions.json) a painted skin-vertex
// mask covers, and how much of each. The regions are placed from landmarks, so a pain map painted on any
// conforming model turns into the same region ids that the ranking reads.
import type { Side } from '../anatomy/ids'
import type { Region } from '../atlas/schema'
import type { PainRegion } from '../atlas/rank'
import { AnchorError, UnknownLandmarkError, type LandmarkLookup } from './anchors'
import { patchWeightAt, resolveSkinPatch, snapPatchesToSkin } from './skinPaint'
import { forEachEntryInBox, type SkinGrid } from './skinGrid'

/** The skin vertices of one region on one side, with their patch weights times vertex area. */
export interface RegionFootprint {
  regionId: string
  side: Side
  vertices: Uint32Array
  /** Patch weight × vertex area (m²) per listed vertex. */
  weights: Float32Array
  /** Sum of `weights`: the region's weighted area, m². */
  totalWeight: number
}

export interface FootprintProblem {
  regionId: string
  side: Side
  message: string
}

/**
 * Area of skin around each vertex (m²): a third of each triangle it belongs to. Gives an even measure of
 * painted pain where the skin mesh is finer in some places than others.
 */
export function vertexAreasM2(positions: Float32Array, indices: ArrayLike<number>): Float32Array {
  const areas = new Float32Array(positions.length / 3)
  for (let t = 0; t + 2 < indices.length; t += 3) {
    const a = indices[t]! * 3,
      b = indices[t + 1]! * 3,
      c = indices[t + 2]! * 3
    const abx = positions[b]! - positions[a]!,
      aby = positions[b + 1]! - positions[a + 1]!,
      abz = positions[b + 2]! - positions[a + 2]!
    const acx = positions[c]! - positions[a]!,
      acy = positions[c + 1]! - positions[a + 1]!,
      acz = positions[c + 2]! - positions[a + 2]!
    const cx = aby * acz - abz * acy,
      cy = abz * acx - abx * acz,
      cz = abx * acy - aby * acx
    const third = Math.sqrt(cx * cx + cy * cy + cz * cz) / 6
    areas[indices[t]!]! += third
    areas[indices[t + 1]!]! += third
    areas[indices[t + 2]!]! += third
  }
  return areas
}

/**
 * Places every region's patches on the skin (ends snapped to the nearest skin, as zones are), on both sides
 * for bilateral regions, once per skin shape.
 * Regions with a missing landmark are reported and left out. Without `areasM2` every vertex counts the same.
 */
export function buildRegionFootprints(
  grid: SkinGrid,
  lookup: LandmarkLookup,
  regions: readonly Region[],
  areasM2?: Float32Array,
): { footprints: RegionFootprint[]; problems: FootprintProblem[] } {
  const footprints: RegionFootprint[] = []
  const problems: FootprintProblem[] = []
  const scratch = new Float32Array(grid.vertexCount)
  for (const region of regions) {
    const sides: Side[] = region.sides === 'bilateral' ? ['left', 'right'] : ['midline']
    for (const side of sides) {
      let patches
      try {
        patches = snapPatchesToSkin(
          grid,
          region.patches.map((p) => resolveSkinPatch(lookup, p, side)),
        )
      } catch (error) {
        if (error instanceof UnknownLandmarkError || error instanceof AnchorError) {
          problems.push({ regionId: region.id, side, message: error.message })
          continue
        }
        throw error
      }
      // Per-vertex maximum over the region's patches, visiting only grid cells near each patch.
      const touched: number[] = []
      for (const patch of patches) {
        const r = patch.radiusM
        forEachEntryInBox(
          grid,
          { x: Math.min(patch.aM.x, patch.bM.x) - r, y: Math.min(patch.aM.y, patch.bM.y) - r, z: Math.min(patch.aM.z, patch.bM.z) - r },
          { x: Math.max(patch.aM.x, patch.bM.x) + r, y: Math.max(patch.aM.y, patch.bM.y) + r, z: Math.max(patch.aM.z, patch.bM.z) + r },
          (e) => {
            const i3 = e * 3
            const p = grid.entryPositions
            const n = grid.entryNormals
            const w = patchWeightAt(patch, p[i3]!, p[i3 + 1]!, p[i3 + 2]!, n[i3]!, n[i3 + 1]!, n[i3 + 2]!)
            if (w > 0) {
              const v = grid.vertexOfEntry[e]!
              if (scratch[v] === 0) {
                touched.push(v)
              }
              scratch[v] = Math.max(scratch[v]!, w)
            }
          },
        )
      }
      touched.sort((a, b) => a - b)
      const vertices: number[] = []
      const weights: number[] = []
      let totalWeight = 0
      for (const v of touched) {
        const w = scratch[v]! * (areasM2 ? areasM2[v]! : 1)
        scratch[v] = 0
        vertices.push(v)
        weights.push(w)
        totalWeight += w
      }
      if (totalWeight === 0) {
        problems.push({ regionId: region.id, side, message: 'its patches cover no skin vertex on this model' })
        continue
      }
      footprints.push({ regionId: region.id, side, vertices: Uint32Array.from(vertices), weights: Float32Array.from(weights), totalWeight })
    }
  }
  return { footprints, problems }
}

/** Below this share of a region painted, a brush edge grazing it does not count as pain there. */
export const DEFAULT_MIN_COVERAGE = 0.1

/**
 * Region weights for a painted mask (one value per skin vertex, 0 = not painted, 1 = painted): for each
 * region and side, the painted share of its weighted area. Regions under `minCoverage` are dropped.
 * Returns `<region-id>.<side>` entries, ready for rankMuscles.
 */
export function regionWeightsFromMask(
  footprints: readonly RegionFootprint[],
  mask: ArrayLike<number>,
  minCoverage: number = DEFAULT_MIN_COVERAGE,
): PainRegion[] {
  const out: PainRegion[] = []
  for (const fp of footprints) {
    let painted = 0
    for (let i = 0; i < fp.vertices.length; i++) {
      const m = mask[fp.vertices[i]!] ?? 0 // a mask shorter than the skin leaves the rest unpainted
      if (m > 0) {
        painted += fp.weights[i]! * Math.min(1, m)
      }
    }
    const coverage = painted / fp.totalWeight
    if (coverage >= minCoverage && coverage > 0) {
      out.push({ regionId: `${fp.regionId}.${fp.side}`, weight: coverage })
    }
  }
  return out.sort((a, b) => (b.weight ?? 0) - (a.weight ?? 0) || a.regionId.localeCompare(b.regionId))
}
