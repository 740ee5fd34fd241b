// Ray picking against the drawn structures, accelerated by three-mesh-bvh (a bounds tree per geometry and
// first-hit-only queries), with the plain three.js raycast kept for the benchmark's naive comparison.
import { Mesh, Raycaster, Vector2, type Camera, type Intersection } from 'three'
import { acceleratedRaycast, computeBoundsTree } from 'three-mesh-bvh'
import type { BufferGeometry } from 'three'

const naiveRaycast = Mesh.prototype.raycast

/** Builds bounds trees one geometry at a time, yielding between meshes so the page stays responsive. */
export async function buildBoundsTrees(meshes: readonly Mesh[], isCancelled: () => boolean): Promise<void> {
  for (const mesh of meshes) {
    if (isCancelled()) return
    const g = mesh.geometry as BufferGeometry & { boundsTree?: unknown }
    if (!g.boundsTree) computeBoundsTree.call(g)
    mesh.raycast = acceleratedRaycast
    await new Promise((r) => setTimeout(r, 0))
  }
}

export interface PickHit {
  mesh: Mesh
  point: Intersection['point']
  distanceM: number
}

const raycaster = new Raycaster() as Raycaster & { firstHitOnly?: boolean }
const ndc = new Vector2()

/** The nearest hit among `meshes` along the ray through (xNdc, yNdc), or null. */
export function pickAt(camera: Camera, meshes: readonly Mesh[], xNdc: number, yNdc: number, naive = false): PickHit | null {
  ndc.set(xNdc, yNdc)
  raycaster.setFromCamera(ndc, camera)
  raycaster.firstHitOnly = !naive
  const hits: Intersection[] = []
  let best: Intersection | null = null
  for (const mesh of meshes) {
    hits.length = 0
    if (naive) naiveRaycast.call(mesh, raycaster, hits)
    else mesh.raycast(raycaster, hits)
    for (const h of hits) if (!best || h.distance < best.distance) best = h
  }
  return best ? { mesh: best.object as Mesh, point: best.point.clone(), distanceM: best.distance } : null
}
