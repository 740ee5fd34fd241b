// A shape's field where only its near part matters: a layer cut to the outline of a sheet of many primitives (a ring
// of orbicularis oculi has about two hundred) is sampled over a box mostly far from any of them, and shapeDistance
// looks at every primitive's box at every point. Here the primitives near each block of a lattice are listed once, and
// a point looks only at its block's.
import { latticeCache } from './latticeField'
import { type Primitive, type Shape, shapeDistance } from './sdf'

type Field = (x: number, y: number, z: number) => number

/**
 * The field of `shape` (a plain smooth union: no carve, no parts) near it: at a point of a block of the lattice of
 * `blockM`, the smooth union of the primitives whose boxes lie within `reachM` plus the blend radius of that block (the
 * others lie further than the blend radius beyond any value within `reachM`, where the smooth minimum no longer
 * reaches). Further than `reachM` from the shape the value is only known to be over `reachM`: the union of fewer
 * primitives, or, where no primitive's box is that near the block, `reachM` plus three quarters of the blend radius
 * (the smooth minimum lowers a union by at most a quarter of the blend radius).
 */
export function nearShapeDistance(shape: Shape, reachM: number, blockM: number): Field {
  if (shape.carve || shape.partOf) throw new Error('nearShapeDistance: only for a plain union of primitives')
  const beyondM = reachM + 0.75 * shape.blendM
  const blockShape = latticeCache((i, j, k): Shape | null => {
    const lo = [i * blockM, j * blockM, k * blockM]
    const near = shape.prims.filter((p) => boxGapM(p, lo, blockM) <= reachM + shape.blendM)
    return near.length > 0 ? { prims: near, blendM: shape.blendM } : null
  }, 'nearShapeDistance')
  return (x, y, z) => {
    const s = blockShape(Math.floor(x / blockM), Math.floor(y / blockM), Math.floor(z / blockM))
    return s ? shapeDistance(s, x, y, z) : beyondM
  }
}

/** Distance between a primitive's box and the block [lo, lo + size] (0 where they overlap). */
function boxGapM(p: Primitive, lo: readonly number[], size: number): number {
  let sum = 0
  for (let a = 0; a < 3; a++) {
    const gap = Math.max(p.bounds.min[a]! - (lo[a]! + size), lo[a]! - p.bounds.max[a]!, 0)
    sum += gap * gap
  }
  return Math.sqrt(sum)
}
