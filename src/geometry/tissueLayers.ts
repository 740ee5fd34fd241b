// The tissues a straight needle path crosses, in order: where it enters and leaves each muscle, bone, the
// pleura and the lung of the model, in millimetres from the skin entry. The simulator's depth section draws
// its to-scale cut from these. Pure: ray casts on BVH meshes (geometry/meshBvh.ts), no scene.
import { raycastAll, type BvhMesh } from './meshBvh'
import { dot, normalize, type Vec3Like } from './vec'

export type TissueKind = 'muscle' | 'bone' | 'pleura' | 'lung'

/** A mesh to cut, with what it is and a reader's name for it ("Upper trapezius", "Rib 2"). */
export interface TissueMesh {
  mesh: BvhMesh
  kind: TissueKind
  label: string
}

/** One stretch of the path inside a structure, mm from the skin entry. */
export interface TissueCrossing {
  kind: TissueKind
  label: string
  /** Mesh name, `<id>.<side>`. */
  name: string
  fromMm: number
  toMm: number
}

/**
 * Every stretch of the path (entry + t·direction, t in [0, maxDepthM]) that lies inside one of the meshes,
 * sorted by depth. Each mesh is treated as closed: a hit whose outward normal faces the needle is an entry,
 * one facing away an exit. A path that starts inside a mesh begins its stretch at 0; one that ends inside it
 * ends at maxDepthM. The pleura is a surface, not a tissue: it gives a stretch of zero length at its first hit.
 */
export function tissueCrossingsAlongPath(
  tissues: readonly TissueMesh[],
  entryM: Vec3Like,
  direction: Vec3Like,
  maxDepthM: number,
): TissueCrossing[] {
  const d = normalize(direction)
  const out: TissueCrossing[] = []
  for (const tissue of tissues) {
    const hits = raycastAll(tissue.mesh, entryM, d, 0, maxDepthM)
    const first = hits[0]
    if (!first) {
      continue
    }
    const base = { kind: tissue.kind, label: tissue.label, name: tissue.mesh.name }
    if (tissue.kind === 'pleura') {
      out.push({ ...base, fromMm: first.distanceM * 1000, toMm: first.distanceM * 1000 })
      continue
    }
    let openFromMm: number | null = dot(first.normal, d) > 0 ? 0 : null
    for (const hit of hits) {
      const mm = hit.distanceM * 1000
      const entering = dot(hit.normal, d) < 0
      if (entering && openFromMm === null) {
        openFromMm = mm
      } else if (!entering && openFromMm !== null) {
        if (mm - openFromMm > 0.05) {
          out.push({ ...base, fromMm: openFromMm, toMm: mm })
        }
        openFromMm = null
      }
    }
    if (openFromMm !== null) {
      out.push({ ...base, fromMm: openFromMm, toMm: maxDepthM * 1000 })
    }
  }
  return out.sort((a, b) => a.fromMm - b.fromMm || a.toMm - b.toMm || a.name.localeCompare(b.name))
}
