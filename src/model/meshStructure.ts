// Turns a StructureSpec's field into a finished mesh: polygonise (surface nets), Taubin-smooth, simplify to the
// structure's triangle budget, compute normals. Left structures get a mirrored right copy unless they
// describe their own right side (the lungs, which the heart makes unequal).
import { type Shape, shapeDistance, unionBounds } from './sdf'
import { compact, mirrorMesh, simplify, taubinSmooth, vertexNormals } from './meshOps'
import type { StructureSpec } from './structure'
import { emptyGrid, splat } from './splat'
import { polygonise, surfaceNets, type IndexedMesh } from './surfaceNets'

export interface FinishedMesh extends IndexedMesh {
  normals: Float32Array
}

export function fieldOf(shape: Shape): (x: number, y: number, z: number) => number {
  return (x, y, z) => shapeDistance(shape, x, y, z)
}

export async function meshShape(shape: Shape, cellM: number, maxTriangles: number, smoothIterations = 3): Promise<FinishedMesh> {
  const bounds = unionBounds(shape.prims, shape.blendM + cellM)
  let raw: IndexedMesh
  if (shape.carve) raw = polygonise(fieldOf(shape), bounds, cellM)
  else {
    const grid = emptyGrid(bounds, cellM, 4 * cellM + shape.blendM)
    splat(grid, shape.prims, shape.blendM, shape.blendM + 2 * cellM)
    raw = surfaceNets(grid)
  }
  if (raw.indices.length === 0) throw new Error('empty mesh')
  const smooth = taubinSmooth(raw, smoothIterations)
  const simple = await simplify(smooth, maxTriangles, cellM * 0.35)
  const c = compact(simple)
  return { positions: c.positions, indices: c.indices, normals: vertexNormals(c) }
}

export async function meshStructure(spec: StructureSpec): Promise<{ left: FinishedMesh; right?: FinishedMesh }> {
  let left: FinishedMesh
  try {
    left = await meshShape(spec.shape, spec.cellM, spec.maxTriangles)
  } catch (e) {
    throw new Error(`structure "${spec.id}": ${(e as Error).message}`)
  }
  if (spec.side === 'midline') return { left }
  if (spec.rightShape) {
    try {
      return { left, right: await meshShape(spec.rightShape, spec.cellM, spec.maxTriangles) }
    } catch (e) {
      throw new Error(`structure "${spec.id}" (right): ${(e as Error).message}`)
    }
  }
  const m = mirrorMesh(left)
  return { left, right: { ...m, normals: vertexNormals(m) } }
}
