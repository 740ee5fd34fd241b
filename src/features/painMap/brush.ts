// The pain brush: which skin vertices a brush stroke paints or erases. Pure: positions and normals in,
// a 0/1 per-vertex mask updated in place. Mirroring repeats the dab at the point reflected across the
// body's midsagittal plane (x = 0 in the model frame, where the patient's left is +X).

export interface BrushDab {
  /** Brush centre on the skin, model frame, metres. */
  centre: { x: number; y: number; z: number }
  /** Outward skin normal at the centre; vertices facing away (the far side of a limb) are left alone. */
  normal: { x: number; y: number; z: number }
  radiusM: number
  /** true paints, false erases. */
  paint: boolean
  /** Also apply the dab mirrored to the other side of the body. */
  mirror: boolean
}

/** Minimum cosine between a vertex normal and the dab normal for the vertex to be touched. */
const FACING_MIN_COS = 0.0

/**
 * Applies one dab to `mask` (one byte per skin vertex). `positions` and `normals` are xyz per vertex,
 * in the same frame as the dab. Returns how many vertices changed.
 */
export function applyBrushDab(mask: Uint8Array, positions: ArrayLike<number>, normals: ArrayLike<number> | null, dab: BrushDab): number {
  const vertexCount = mask.length
  if (positions.length < vertexCount * 3) {
    throw new Error(`brush: ${positions.length / 3} positions for a mask of ${vertexCount} vertices`)
  }
  if (normals && normals.length < vertexCount * 3) {
    throw new Error(`brush: ${normals.length / 3} normals for a mask of ${vertexCount} vertices`)
  }
  if (!(dab.radiusM > 0)) {
    throw new Error(`brush: radiusM must be positive, got ${dab.radiusM}`)
  }
  const value = dab.paint ? 1 : 0
  const centres = [{ c: dab.centre, n: dab.normal }]
  if (dab.mirror) {
    centres.push({ c: { x: -dab.centre.x, y: dab.centre.y, z: dab.centre.z }, n: { x: -dab.normal.x, y: dab.normal.y, z: dab.normal.z } })
  }
  const r2 = dab.radiusM * dab.radiusM
  let changed = 0
  // v < vertexCount, and positions and normals hold at least vertexCount xyz triples (checked above)
  for (const { c, n } of centres) {
    for (let v = 0; v < vertexCount; v++) {
      if (mask[v] === value) {
        continue
      }
      const dx = positions[v * 3]! - c.x
      const dy = positions[v * 3 + 1]! - c.y
      const dz = positions[v * 3 + 2]! - c.z
      if (dx * dx + dy * dy + dz * dz > r2) {
        continue
      }
      if (normals && normals[v * 3]! * n.x + normals[v * 3 + 1]! * n.y + normals[v * 3 + 2]! * n.z < FACING_MIN_COS) {
        continue
      }
      mask[v] = value
      changed++
    }
  }
  return changed
}

/** Number of painted vertices. */
export function countPainted(mask: Uint8Array): number {
  let n = 0
  for (let i = 0; i < mask.length; i++) {
    n += mask[i]!
  }
  return n
}

/**
 * What is painted, in one pass over the mask: how many vertices, the sum of their indices (with the count, a cheap
 * fingerprint of which vertices are painted) and their mean position in millimetres (null when nothing is). Published
 * for tests after every change of the mask.
 */
export function paintedSummary(
  mask: Uint8Array,
  positions: Float32Array,
): { count: number; indexSum: number; centroidMm: [number, number, number] | null } {
  let count = 0
  let indexSum = 0
  let x = 0
  let y = 0
  let z = 0
  for (let i = 0; i < mask.length; i++) {
    if (mask[i]) {
      count++
      indexSum += i
      x += positions[i * 3]!
      y += positions[i * 3 + 1]!
      z += positions[i * 3 + 2]!
    }
  }
  return { count, indexSum, centroidMm: count === 0 ? null : [(x / count) * 1000, (y / count) * 1000, (z / count) * 1000] }
}
