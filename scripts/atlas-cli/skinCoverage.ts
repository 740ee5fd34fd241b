// How much skin each region and each referral zone actually paints on a model. Zones are written against
// landmarks, so a model whose skin lies far from its bony landmarks (or whose arm is fused to the trunk)
// can leave a zone with nothing to paint; this measures it, using the same patch weights as the app.
import type { Side } from '../../src/anatomy/ids'
import type { SkinPatch } from '../../src/atlas/schema'
import type { Atlas } from '../../src/atlas/types'
import type { LandmarkLookup } from '../../src/geometry/anchors'
import { vertexAreasM2 as skinVertexAreasM2 } from '../../src/geometry/regionWeights'
import { patchWeightAt, resolveSkinPatch } from '../../src/geometry/skinPaint'

/** A skin mesh in world metres: xyz-interleaved positions and unit normals, and a triangle list. */
export interface SkinMeshArrays {
  positions: Float32Array
  normals: Float32Array
  indices: ArrayLike<number>
}

export interface PaintedArea {
  id: string
  /** For zones: the muscle, trigger point and zone kind it belongs to. */
  muscleId?: string
  zone?: 'essential' | 'spillover'
  side: Side
  /** Skin area (cm²) whose patch weight exceeds the threshold; 0 when a landmark is missing. */
  areaCm2: number
  /** Why nothing could be placed, when a landmark or side is missing on the model. */
  problem?: string
}

export interface CoverageReport {
  regions: PaintedArea[]
  zones: PaintedArea[]
  /** Skin area of the left half of the body (x ≥ 0), cm². */
  leftSkinCm2: number
  /** Share of the left half covered by at least one region, and by two or more, in percent. */
  coveredPercent: number
  overlapPercent: number
}

/** Area around each vertex (m²): the same measure the patient ranking uses (src/geometry/regionWeights.ts). */
export function vertexAreasM2(mesh: SkinMeshArrays): Float32Array {
  return skinVertexAreasM2(mesh.positions, mesh.indices)
}

/** Measures every region (left copy, or the midline one) and every trigger point zone (left side). */
export function measureCoverage(atlas: Atlas, mesh: SkinMeshArrays, lookup: LandmarkLookup, minWeight = 0.5): CoverageReport {
  if (mesh.normals.length !== mesh.positions.length) {
    throw new Error(`skin coverage: ${mesh.positions.length / 3} positions but ${mesh.normals.length / 3} normals`)
  }
  // one area, one hit count, one position and one normal per vertex: every read below is at v < vertexCount
  const areas = vertexAreasM2(mesh)
  const vertexCount = areas.length
  const regionHits = new Uint8Array(vertexCount)

  const paint = (patches: SkinPatch[], side: Side, mark: boolean): { areaCm2: number; problem?: string } => {
    let resolved
    try {
      resolved = patches.map((patch) => resolveSkinPatch(lookup, patch, side))
    } catch (e) {
      return { areaCm2: 0, problem: (e as Error).message }
    }
    const p = mesh.positions
    const n = mesh.normals
    let area = 0
    for (let v = 0; v < vertexCount; v++) {
      const i = v * 3
      let w = 0
      for (const patch of resolved) {
        w = Math.max(w, patchWeightAt(patch, p[i]!, p[i + 1]!, p[i + 2]!, n[i]!, n[i + 1]!, n[i + 2]!))
      }
      if (w > minWeight) {
        area += areas[v]!
        if (mark && regionHits[v]! < 255) {
          regionHits[v]!++
        }
      }
    }
    return { areaCm2: area * 1e4 }
  }

  const regions: PaintedArea[] = atlas.regions.map((region) => {
    const side: Side = region.sides === 'midline' ? 'midline' : 'left'
    return { id: region.id, side, ...paint(region.patches, side, true) }
  })
  const zones: PaintedArea[] = []
  for (const muscle of atlas.muscles) {
    for (const point of muscle.triggerPoints) {
      for (const [zone, z] of [
        ['essential', point.essentialZone],
        ['spillover', point.spilloverZone],
      ] as const) {
        if (z) {
          zones.push({ id: point.id, muscleId: muscle.id, zone, side: 'left', ...paint(z.patches, 'left', false) })
        }
      }
    }
  }
  let left = 0,
    covered = 0,
    overlap = 0
  for (let v = 0; v < vertexCount; v++) {
    if (mesh.positions[v * 3]! >= 0) {
      left += areas[v]!
      covered += regionHits[v]! >= 1 ? areas[v]! : 0
      overlap += regionHits[v]! >= 2 ? areas[v]! : 0
    }
  }
  const percent = (x: number): number => (left > 0 ? (100 * x) / left : 0)
  return { regions, zones, leftSkinCm2: left * 1e4, coveredPercent: percent(covered), overlapPercent: percent(overlap) }
}
