// A uniform grid over the skin's vertices, built once per skin shape, so that painting a patch or a brush
// stroke touches only the vertices near it instead of the whole skin (the repaint budget is one frame).
import type { Vec3Like } from './vec'

/** Skin vertices bucketed by grid cell; positions and normals are copied in cell order for locality. */
export interface SkinGrid {
  /** Number of skin vertices. */
  readonly vertexCount: number
  /** Edge of a cubic cell, in metres. */
  readonly cellSizeM: number
  /** World position of the minimum corner of cell (0, 0, 0). */
  readonly originM: Vec3Like
  /** Cells along x, y and z. */
  readonly dims: readonly [number, number, number]
  /** `cellStart[c]..cellStart[c+1]` indexes the entries of cell c in the arrays below. */
  readonly cellStart: Uint32Array
  /** Original vertex index of each entry, in cell order. */
  readonly vertexOfEntry: Uint32Array
  /** xyz of each entry, in cell order (metres). */
  readonly entryPositions: Float32Array
  /** Unit outward normal of each entry, in cell order. */
  readonly entryNormals: Float32Array
}

/** Default cell edge: a few centimetres, close to the smaller referral patches, keeps cells small and few. */
export const DEFAULT_CELL_SIZE_M = 0.04

/**
 * Buckets skin vertices into a uniform grid. `positions` and `normals` are xyz triples (metres, unit normals)
 * as read from the model; normals are renormalised here so weights do not depend on the exporter.
 */
export function buildSkinGrid(positions: Float32Array, normals: Float32Array, cellSizeM: number = DEFAULT_CELL_SIZE_M): SkinGrid {
  if (positions.length % 3 !== 0 || normals.length !== positions.length) {
    throw new RangeError(`skin arrays do not match: ${positions.length} position values and ${normals.length} normal values`)
  }
  if (!(cellSizeM > 0)) {
    throw new RangeError(`cellSizeM must be positive, got ${cellSizeM}`)
  }
  const vertexCount = positions.length / 3
  // Below, v < vertexCount indexes xyz triples of positions and normals (same length, checked above), c a cell of
  // the nx*ny*nz grid, and e an entry of the arrays built here, one per vertex: every typed-array read is in range.
  let minX = Infinity,
    minY = Infinity,
    minZ = Infinity
  let maxX = -Infinity,
    maxY = -Infinity,
    maxZ = -Infinity
  for (let i = 0; i < positions.length; i += 3) {
    const x = positions[i]!,
      y = positions[i + 1]!,
      z = positions[i + 2]!
    if (x < minX) minX = x
    if (y < minY) minY = y
    if (z < minZ) minZ = z
    if (x > maxX) maxX = x
    if (y > maxY) maxY = y
    if (z > maxZ) maxZ = z
  }
  if (vertexCount === 0) {
    minX = minY = minZ = maxX = maxY = maxZ = 0
  }
  const nx = Math.max(1, Math.floor((maxX - minX) / cellSizeM) + 1)
  const ny = Math.max(1, Math.floor((maxY - minY) / cellSizeM) + 1)
  const nz = Math.max(1, Math.floor((maxZ - minZ) / cellSizeM) + 1)
  const cellCount = nx * ny * nz
  const cellOfVertex = new Uint32Array(vertexCount)
  const counts = new Uint32Array(cellCount + 1)
  for (let v = 0; v < vertexCount; v++) {
    const cx = Math.min(nx - 1, Math.floor((positions[v * 3]! - minX) / cellSizeM))
    const cy = Math.min(ny - 1, Math.floor((positions[v * 3 + 1]! - minY) / cellSizeM))
    const cz = Math.min(nz - 1, Math.floor((positions[v * 3 + 2]! - minZ) / cellSizeM))
    const c = (cz * ny + cy) * nx + cx
    cellOfVertex[v] = c
    counts[c + 1]!++
  }
  const cellStart = new Uint32Array(cellCount + 1)
  for (let c = 0; c < cellCount; c++) {
    cellStart[c + 1] = cellStart[c]! + counts[c + 1]!
  }
  const cursor = cellStart.slice(0, cellCount)
  const vertexOfEntry = new Uint32Array(vertexCount)
  const entryPositions = new Float32Array(vertexCount * 3)
  const entryNormals = new Float32Array(vertexCount * 3)
  for (let v = 0; v < vertexCount; v++) {
    const e = cursor[cellOfVertex[v]!]!++
    vertexOfEntry[e] = v
    entryPositions[e * 3] = positions[v * 3]!
    entryPositions[e * 3 + 1] = positions[v * 3 + 1]!
    entryPositions[e * 3 + 2] = positions[v * 3 + 2]!
    const nxv = normals[v * 3]!,
      nyv = normals[v * 3 + 1]!,
      nzv = normals[v * 3 + 2]!
    const len = Math.sqrt(nxv * nxv + nyv * nyv + nzv * nzv) || 1
    entryNormals[e * 3] = nxv / len
    entryNormals[e * 3 + 1] = nyv / len
    entryNormals[e * 3 + 2] = nzv / len
  }
  return {
    vertexCount,
    cellSizeM,
    originM: { x: minX, y: minY, z: minZ },
    dims: [nx, ny, nz],
    cellStart,
    vertexOfEntry,
    entryPositions,
    entryNormals,
  }
}

/** Inclusive cell index range covering an axis-aligned box (metres), clamped to the grid. */
export interface CellRange {
  x0: number
  x1: number
  y0: number
  y1: number
  z0: number
  z1: number
}

/** The cells overlapping a box, or null when the box misses the grid entirely. */
export function cellRangeOfBox(grid: SkinGrid, min: Vec3Like, max: Vec3Like): CellRange | null {
  const [nx, ny, nz] = grid.dims
  const s = grid.cellSizeM
  const o = grid.originM
  const x0 = Math.max(0, Math.floor((min.x - o.x) / s))
  const y0 = Math.max(0, Math.floor((min.y - o.y) / s))
  const z0 = Math.max(0, Math.floor((min.z - o.z) / s))
  const x1 = Math.min(nx - 1, Math.floor((max.x - o.x) / s))
  const y1 = Math.min(ny - 1, Math.floor((max.y - o.y) / s))
  const z1 = Math.min(nz - 1, Math.floor((max.z - o.z) / s))
  if (x0 > x1 || y0 > y1 || z0 > z1) {
    return null
  }
  return { x0, x1, y0, y1, z0, z1 }
}

/**
 * Calls `visit(entry)` for every grid entry in the cells overlapping the box (a superset of the vertices
 * inside it; callers test the exact shape). Entry indexes address entryPositions/entryNormals/vertexOfEntry.
 */
export function forEachEntryInBox(grid: SkinGrid, min: Vec3Like, max: Vec3Like, visit: (entry: number) => void): void {
  const range = cellRangeOfBox(grid, min, max)
  if (!range) {
    return
  }
  const [nx, ny] = grid.dims
  const { cellStart } = grid
  for (let cz = range.z0; cz <= range.z1; cz++) {
    for (let cy = range.y0; cy <= range.y1; cy++) {
      const row = (cz * ny + cy) * nx
      // Cells along x in one row are contiguous in entry order; the range lies within the grid, and cellStart has
      // one more slot than there are cells.
      const end = cellStart[row + range.x1 + 1]!
      for (let e = cellStart[row + range.x0]!; e < end; e++) {
        visit(e)
      }
    }
  }
}

/** Calls `visit(entry, squared distance)` for every grid entry within `radiusM` of `center`. */
function forEachEntryWithin(
  grid: SkinGrid,
  center: Vec3Like,
  radiusM: number,
  visit: (entry: number, distanceSquared: number) => void,
): void {
  const r2 = radiusM * radiusM
  const p = grid.entryPositions // xyz per entry; forEachEntryInBox visits entries only
  forEachEntryInBox(
    grid,
    { x: center.x - radiusM, y: center.y - radiusM, z: center.z - radiusM },
    { x: center.x + radiusM, y: center.y + radiusM, z: center.z + radiusM },
    (e) => {
      const dx = p[e * 3]! - center.x,
        dy = p[e * 3 + 1]! - center.y,
        dz = p[e * 3 + 2]! - center.z
      const d2 = dx * dx + dy * dy + dz * dz
      if (d2 <= r2) {
        visit(e, d2)
      }
    },
  )
}

/** Original indexes of the skin vertices within `radiusM` of `center` (a brush stroke), with their distances. */
export function verticesWithin(
  grid: SkinGrid,
  center: Vec3Like,
  radiusM: number,
  visit: (vertexIndex: number, distanceM: number) => void,
): void {
  forEachEntryWithin(grid, center, radiusM, (e, d2) => visit(grid.vertexOfEntry[e]!, Math.sqrt(d2)))
}

/** The grid entry nearest `point` within `radiusM`, with its distance, or null when none lies that close. */
export function nearestEntryWithin(grid: SkinGrid, point: Vec3Like, radiusM: number): { entry: number; distanceM: number } | null {
  let best = -1
  let bestD2 = Infinity
  forEachEntryWithin(grid, point, radiusM, (e, d2) => {
    if (d2 < bestD2) {
      bestD2 = d2
      best = e
    }
  })
  return best < 0 ? null : { entry: best, distanceM: Math.sqrt(bestD2) }
}

/**
 * The outward normal of the skin vertex nearest `point` (searching boxes of growing size up to `maxRadiusM`), or null
 * when no skin vertex is that close. A trigger point lies under the skin it is palpated through, so this normal tells
 * which way that skin faces: a mark whose skin faces away from the camera is on the far side of the body.
 */
export function nearestSkinNormal(grid: SkinGrid, point: Vec3Like, maxRadiusM = 0.3): Vec3Like | null {
  for (let r = grid.cellSizeM / 2; ; r *= 2) {
    const radius = Math.min(r, maxRadiusM)
    const nearest = nearestEntryWithin(grid, point, radius)
    if (nearest) {
      const n = grid.entryNormals
      const e = nearest.entry
      return { x: n[e * 3]!, y: n[e * 3 + 1]!, z: n[e * 3 + 2]! }
    }
    if (radius >= maxRadiusM) return null
  }
}
