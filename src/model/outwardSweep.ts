// The space a thin muscle sweeps when it is moved outward: used as a carve on a deeper muscle that bulges over it in
// the model, so that the deeper one ends at the thin muscle's inner face instead of covering it. The skin is built
// from the uncarved primitives, so the carve changes which muscle lies on top, not the body's outline or its depths.
import { type Bounds, type Primitive, type Shape, shapeDistance, unionBounds } from './sdf'
import type { Vec3 } from './vec'

/**
 * A primitive whose inside is every point within `depthM` outward (along `outward`, a unit direction at the point) of
 * the shape, and `clearM` inward of it. Sampled every `stepM`, which must be below the shape's thickness.
 */
export function outwardSweep(shape: Shape, outward: (p: Vec3) => Vec3, depthM: number, clearM: number, stepM = 0.0015): Primitive {
  const inner = unionBounds(shape.prims, shape.blendM)
  const reach = depthM + clearM
  const bounds: Bounds = {
    min: [inner.min[0] - reach, inner.min[1] - reach, inner.min[2] - reach],
    max: [inner.max[0] + reach, inner.max[1] + reach, inner.max[2] + reach],
  }
  return {
    bounds,
    distance: (x, y, z) => {
      // outside the box the distance to the box is a lower bound, enough for carving (which only acts inside)
      const ox = Math.max(bounds.min[0] - x, 0, x - bounds.max[0])
      const oy = Math.max(bounds.min[1] - y, 0, y - bounds.max[1])
      const oz = Math.max(bounds.min[2] - z, 0, z - bounds.max[2])
      const box = Math.sqrt(ox * ox + oy * oy + oz * oz)
      if (box > 0) return box + stepM
      const n = outward([x, y, z])
      let d = Infinity
      for (let s = -clearM; s <= depthM + 1e-9; s += stepM) d = Math.min(d, shapeDistance(shape, x - n[0] * s, y - n[1] * s, z - n[2] * s))
      return d
    },
  }
}
