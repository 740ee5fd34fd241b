// Zone painting: per-vertex weights on the skin for referral zones (essential solid, spillover stippled),
// computed from the atlas's skin patches so that a shader can draw them without re-tessellating the skin.
// Pure: arrays in, arrays out; the viewer uploads the result as a vertex attribute.
import type { SkinPatch } from '../atlas/schema'
import { facingDirection, resolveAnchoredPoint, type LandmarkLookup, type PlacementSide } from './anchors'
import { forEachEntryInBox, type SkinGrid } from './skinGrid'
import type { Vec3Like } from './vec'

/** A skin patch placed on a model: a capsule around the segment a→b (a sphere when a = b). */
export interface ResolvedPatch {
  /** Segment start, world metres. */
  aM: Vec3Like
  /** Segment end, world metres (equal to aM for a sphere). */
  bM: Vec3Like
  radiusM: number
  /** Unit direction the skin normal must point along (soft), from the patch's `facing`. */
  facing?: Vec3Like
}

/** Fraction of the radius, at the outer edge, over which the weight falls smoothly from 1 to 0. */
export const SOFT_EDGE_FRACTION = 0.3

/**
 * Normal·facing at which the facing factor reaches 1; below 0 it is 0. Soft, so a patch fades over the
 * flank instead of ending in a hard line where the surface turns away.
 */
export const FACING_SOFT_COSINE = 0.3

/** Places an atlas skin patch on a side. Throws UnknownLandmarkError when a landmark is missing. */
export function resolveSkinPatch(lookup: LandmarkLookup, patch: SkinPatch, side: PlacementSide): ResolvedPatch {
  const aM = resolveAnchoredPoint(lookup, patch.from, side)
  const bM = patch.to ? resolveAnchoredPoint(lookup, patch.to, side) : aM
  return {
    aM,
    bM,
    radiusM: patch.radiusM,
    facing: patch.facing ? facingDirection(patch.facing, side) : undefined,
  }
}

function smoothstep(edge0: number, edge1: number, x: number): number {
  const t = Math.min(1, Math.max(0, (x - edge0) / (edge1 - edge0)))
  return t * t * (3 - 2 * t)
}

/**
 * Weight in [0, 1] of one patch at a point with unit normal n: 1 inside the inner 70% of the radius,
 * smoothstep down to 0 at the radius, times the facing factor. Exposed for tests and for the shader's twin.
 */
export function patchWeightAt(patch: ResolvedPatch, px: number, py: number, pz: number, nx: number, ny: number, nz: number): number {
  const ax = patch.aM.x,
    ay = patch.aM.y,
    az = patch.aM.z
  const abx = patch.bM.x - ax,
    aby = patch.bM.y - ay,
    abz = patch.bM.z - az
  const ab2 = abx * abx + aby * aby + abz * abz
  const apx = px - ax,
    apy = py - ay,
    apz = pz - az
  let t = ab2 > 0 ? (apx * abx + apy * aby + apz * abz) / ab2 : 0
  t = t < 0 ? 0 : t > 1 ? 1 : t
  const dx = apx - t * abx,
    dy = apy - t * aby,
    dz = apz - t * abz
  const d2 = dx * dx + dy * dy + dz * dz
  const r = patch.radiusM
  if (d2 >= r * r) {
    return 0
  }
  const d = Math.sqrt(d2)
  const inner = r * (1 - SOFT_EDGE_FRACTION)
  let w = d <= inner ? 1 : 1 - smoothstep(inner, r, d)
  if (patch.facing) {
    const c = nx * patch.facing.x + ny * patch.facing.y + nz * patch.facing.z
    w *= smoothstep(0, FACING_SOFT_COSINE, c)
  }
  return w
}

/**
 * Paints a set of patches into one channel of an interleaved per-vertex weight array
 * (`weights[vertex * stride + channel]`), keeping the maximum with what is already there, so several zones
 * (or several muscles) compose into one channel. Only vertices in grid cells near a patch are visited.
 * Returns the number of vertices given a non-zero weight by these patches.
 */
export function paintPatches(
  grid: SkinGrid,
  patches: readonly ResolvedPatch[],
  weights: Float32Array,
  channel: number,
  stride: number,
): number {
  if (weights.length !== grid.vertexCount * stride || channel < 0 || channel >= stride) {
    throw new RangeError(`weights must hold ${stride} channels for ${grid.vertexCount} vertices and channel ${channel} must be one of them`)
  }
  // entries come from the grid (forEachEntryInBox), so e and i3 = 3e index its arrays; slot lies within weights
  // (its size is checked above)
  const p = grid.entryPositions
  const n = grid.entryNormals
  const vertexOfEntry = grid.vertexOfEntry
  let painted = 0
  for (const patch of patches) {
    const r = patch.radiusM
    const min = {
      x: Math.min(patch.aM.x, patch.bM.x) - r,
      y: Math.min(patch.aM.y, patch.bM.y) - r,
      z: Math.min(patch.aM.z, patch.bM.z) - r,
    }
    const max = {
      x: Math.max(patch.aM.x, patch.bM.x) + r,
      y: Math.max(patch.aM.y, patch.bM.y) + r,
      z: Math.max(patch.aM.z, patch.bM.z) + r,
    }
    forEachEntryInBox(grid, min, max, (e) => {
      const i3 = e * 3
      const w = patchWeightAt(patch, p[i3]!, p[i3 + 1]!, p[i3 + 2]!, n[i3]!, n[i3 + 1]!, n[i3 + 2]!)
      if (w > 0) {
        const slot = vertexOfEntry[e]! * stride + channel
        if (weights[slot] === 0) {
          painted++
        }
        if (w > weights[slot]!) {
          weights[slot] = w
        }
      }
    })
  }
  return painted
}

/** Sets one channel of an interleaved weight array back to 0 (before repainting a new selection). */
export function clearChannel(weights: Float32Array, channel: number, stride: number): void {
  for (let i = channel; i < weights.length; i += stride) {
    weights[i] = 0
  }
}

/**
 * How far (metres) a patch end may be moved to reach the skin. Landmarks are bony points that lie under
 * a model-dependent (and habitus-dependent) depth of soft tissue; snapping each end to the nearest skin
 * vertex makes a patch paint the skin over its landmark on any conforming model, whatever that depth.
 */
export const DEFAULT_MAX_SNAP_M = 0.08

function nearestSkinPoint(grid: SkinGrid, point: Vec3Like, facing: Vec3Like | undefined, maxM: number): Vec3Like | null {
  // e and best are entries visited by forEachEntryInBox, so 3e..3e+2 index the grid's entry arrays
  const p = grid.entryPositions
  const n = grid.entryNormals
  let best = -1
  let bestD2 = maxM * maxM
  forEachEntryInBox(
    grid,
    { x: point.x - maxM, y: point.y - maxM, z: point.z - maxM },
    { x: point.x + maxM, y: point.y + maxM, z: point.z + maxM },
    (e) => {
      const i3 = e * 3
      if (facing && n[i3]! * facing.x + n[i3 + 1]! * facing.y + n[i3 + 2]! * facing.z <= 0) {
        return
      }
      const dx = p[i3]! - point.x,
        dy = p[i3 + 1]! - point.y,
        dz = p[i3 + 2]! - point.z
      const d2 = dx * dx + dy * dy + dz * dz
      if (d2 < bestD2) {
        bestD2 = d2
        best = e
      }
    },
  )
  return best < 0 ? null : { x: p[best * 3]!, y: p[best * 3 + 1]!, z: p[best * 3 + 2]! }
}

/**
 * Moves each end of each patch to the nearest skin vertex within `maxSnapM` (one whose normal faces the
 * patch's `facing`, when it has one); ends with no skin that close stay where they are.
 */
export function snapPatchesToSkin(
  grid: SkinGrid,
  patches: readonly ResolvedPatch[],
  maxSnapM: number = DEFAULT_MAX_SNAP_M,
): ResolvedPatch[] {
  return patches.map((patch) => {
    const aM = nearestSkinPoint(grid, patch.aM, patch.facing, maxSnapM) ?? patch.aM
    const sphere = patch.aM.x === patch.bM.x && patch.aM.y === patch.bM.y && patch.aM.z === patch.bM.z
    const bM = sphere ? aM : (nearestSkinPoint(grid, patch.bM, patch.facing, maxSnapM) ?? patch.bM)
    return { ...patch, aM, bM }
  })
}

/** Channels of the standard zone attribute: essential (drawn solid) and spillover (drawn stippled). */
export const ESSENTIAL_CHANNEL = 0
export const SPILLOVER_CHANNEL = 1

/** The patches of one selection, already placed on the model (one or more trigger points, one or both sides). */
export interface ZoneSelection {
  essential: readonly ResolvedPatch[]
  spillover: readonly ResolvedPatch[]
}

export interface PaintOptions {
  /** Snap patch ends to the skin first (see snapPatchesToSkin); on by default. */
  snapToSkin?: boolean
  maxSnapM?: number
}

/**
 * Repaints the zone attribute for a list of selections. With one selection the attribute has 2 channels
 * (essential, spillover); with two (the compare view) it has 4: A essential, A spillover, B essential,
 * B spillover. `weights` is reused when its size fits. Patch ends are snapped to the skin unless
 * `options.snapToSkin` is false.
 */
export function paintSelections(
  grid: SkinGrid,
  selections: readonly ZoneSelection[],
  weights?: Float32Array,
  options: PaintOptions = {},
): Float32Array {
  const snap = options.snapToSkin !== false
  const place = (patches: readonly ResolvedPatch[]): readonly ResolvedPatch[] =>
    snap ? snapPatchesToSkin(grid, patches, options.maxSnapM) : patches
  const stride = Math.max(1, selections.length) * 2
  const out = weights && weights.length === grid.vertexCount * stride ? weights : new Float32Array(grid.vertexCount * stride)
  out.fill(0)
  selections.forEach((selection, i) => {
    paintPatches(grid, place(selection.essential), out, i * 2 + ESSENTIAL_CHANNEL, stride)
    paintPatches(grid, place(selection.spillover), out, i * 2 + SPILLOVER_CHANNEL, stride)
  })
  return out
}
