// Turns a StructureSpec's field into a finished mesh: polygonise (surface nets), Taubin-smooth, simplify to the
// structure's triangle budget, compute normals. Left structures get a mirrored right copy unless they
// describe their own right side (the lungs, which the heart makes unequal).
import { type PartOf, type Shape, partFields, shapeDistance, unionBounds } from './sdf'
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
  if (shape.carve || shape.partOf) raw = polygonise(fieldOf(shape), bounds, cellM)
  else {
    const grid = emptyGrid(bounds, cellM, 4 * cellM + shape.blendM)
    splat(grid, shape.prims, shape.blendM, shape.blendM + 2 * cellM)
    raw = surfaceNets(grid)
  }
  if (raw.indices.length === 0) throw new Error('empty mesh')
  const smooth = taubinSmooth(raw, smoothIterations)
  const simple = await simplify(smooth, maxTriangles, cellM * 0.35)
  const c = compact(simple)
  if (shape.partOf) return finishPartBorder(c, { ...shape, partOf: shape.partOf }, cellM)
  return { positions: c.positions, indices: c.indices, normals: vertexNormals(c) }
}

/**
 * A part meshed on its own ends in a corner where it is cut from its neighbour; the polygoniser bevels that corner and
 * face normals bend round it, so the border showed as a dark groove. Along the cut, the outer vertices are put back on
 * the surface of the parts' union and shaded with its normal: both sides of a border then lie and shade as one surface.
 */
function finishPartBorder(mesh: IndexedMesh, shape: Shape & { partOf: PartOf }, cellM: number): FinishedMesh {
  const p = mesh.positions
  const normals = vertexNormals(mesh)
  const h = cellM * 0.25
  const gradient = (x: number, y: number, z: number): [number, number, number] => {
    const u = (a: number, b: number, c: number): number => partFields(shape, a, b, c).union
    return [
      (u(x + h, y, z) - u(x - h, y, z)) / (2 * h),
      (u(x, y + h, z) - u(x, y - h, z)) / (2 * h),
      (u(x, y, z + h) - u(x, y, z - h)) / (2 * h),
    ]
  }
  for (let i = 0; i < p.length; i += 3) {
    const { union, cut } = partFields(shape, p[i]!, p[i + 1]!, p[i + 2]!)
    // on the outer surface (not inside the sheet, on the face of the cut) and near the cut
    if (cut < -1.5 * cellM || Math.abs(union) > 0.5 * cellM) continue
    const g = gradient(p[i]!, p[i + 1]!, p[i + 2]!)
    const g2 = g[0] * g[0] + g[1] * g[1] + g[2] * g[2]
    if (g2 < 1e-8) continue
    for (let k = 0; k < 3; k++) p[i + k] = p[i + k]! - (union * g[k]!) / g2
    const len = Math.sqrt(g2)
    for (let k = 0; k < 3; k++) normals[i + k] = g[k]! / len
  }
  return { positions: p, indices: mesh.indices, normals }
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
  // the left copy's normals mirrored (a part's border normals come from its field, not from its faces)
  const normals = Float32Array.from(left.normals)
  for (let i = 0; i < normals.length; i += 3) normals[i] = -normals[i]!
  return { left, right: { ...m, normals } }
}
