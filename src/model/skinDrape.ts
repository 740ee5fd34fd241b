// Where the skin hangs from a ledge: below each inferior angle of the scapula the structures drop 2 cm within a few
// centimetres, from the angle with teres major and latissimus' upper border over it onto the ribs. In people the
// subcutaneous fat and the thick lateral part of latissimus carry the contour down gently (ANAT); the skin's blur
// (skin.ts) fills grooves but not the underside of a ledge, so from behind each angle showed a downward-facing shelf
// that read as a dark slot, and latissimus' upper border, crossing the angle, stood out as a step above it. A drape
// lets the back's surface come forward from the ledge by at most a given slope there, below and above, so the skin
// hangs from it. It only ever moves the skin out, so nothing is uncovered, and by no more than its own fill limit.
// The regions, their fades and the slope are model choices, judged from the pictures.
import { ramp, rampedRange } from './fibres'
import type { Landmarks } from './landmarkTable'
import { moveSkinOut, readSkinHeightMap, smoothAcrossColumns } from './skinHeightMap'
import type { GridSamples } from './surfaceNets'
import { type Vec3, mirrorX } from './vec'

/** A region where the back's skin may come forward by at most `slope` per unit of height, going down from a ledge or
 * up to its upper edge. */
export interface SkinDrape {
  bounds: { min: Vec3; max: Vec3 }
  /** How fully the drape applies at a point (0..1). */
  weight: (x: number, y: number, z: number) => number
  slope: number
  /** The most the drape moves the skin out from where the blur left it (m). */
  maxFillM: number
}

/** How far the skin round an inferior angle may come forward per unit of height (about 17 degrees). */
const SCAPULAR_DRAPE_SLOPE = 0.3
/** How far the drape may move the skin out past where the blur left it (m): about the drop from the angle onto the
 * ribs. */
const SCAPULAR_DRAPE_MAX_FILL_M = 0.025
/** The drape's region round an inferior angle (m): from this far medial to this far lateral of it, from this far
 * below to this far above it, and from this far in front of it backwards; each edge fades over DRAPE_FADE_M. */
const DRAPE_MEDIAL_M = 0.03
const DRAPE_LATERAL_M = 0.075
const DRAPE_BELOW_M = 0.13
const DRAPE_ABOVE_M = 0.07
const DRAPE_FRONT_M = 0.05
const DRAPE_FADE_M = 0.03

/** The drapes under both inferior angles of a body, from its landmarks. */
export function scapularDrapes(lm: Landmarks): SkinDrape[] {
  const left = lm.at('inferior-angle-of-scapula', 'left')
  return [left, mirrorX(left)].map((angle) => {
    const side = Math.sign(angle[0])
    const xMin = side > 0 ? angle[0] - DRAPE_MEDIAL_M : angle[0] - DRAPE_LATERAL_M
    const xMax = side > 0 ? angle[0] + DRAPE_LATERAL_M : angle[0] + DRAPE_MEDIAL_M
    const yMin = angle[1] - DRAPE_BELOW_M
    const yMax = angle[1] + DRAPE_ABOVE_M
    const zMax = angle[2] + DRAPE_FRONT_M
    return {
      bounds: { min: [xMin, yMin, -1], max: [xMax, yMax, zMax] },
      weight: (x, y, z) =>
        rampedRange(x, xMin, xMax, DRAPE_FADE_M) * rampedRange(y, yMin, yMax, DRAPE_FADE_M) * ramp(z, zMax, zMax - DRAPE_FADE_M),
      slope: SCAPULAR_DRAPE_SLOPE,
      maxFillM: SCAPULAR_DRAPE_MAX_FILL_M,
    }
  })
}

/**
 * Drape the grid's field in place within `drape`. The back's surface is read per column across the grid (its first
 * crossing from behind, in z, between the bounds' back and front) as a height map; along each line of that map (in
 * y) the surface may come forward by at most `slope` per unit of height from its neighbour, both going down (under a
 * ledge) and going up (over a ledge's upper edge), never more than the drape's fill limit behind where it lay. The
 * move is smoothed across the lines, blended in by the drape's weight and written back into the field (moveSkinOut:
 * behind the old surface and at its first node inside, the new surface's distance where that is smaller). Values only
 * ever fall (the surface only moves out). Done on the surface and not on the field's values, because the blurred field is
 * shallow inside a ledge: a cone cast down the field ended after a few centimetres in a second, steeper step.
 */
export function drapeSkin(grid: GridSamples, drape: SkinDrape): void {
  const map = readSkinHeightMap(grid, drape.bounds, 'back')
  if (!map) return
  const { i0, j0, cols, rows } = map
  const { origin, cellM } = grid
  const outM = new Float64Array(cols * rows)
  const step = drape.slope * cellM
  for (let c = 0; c < cols; c++) {
    const line = map.height.subarray(c * rows, (c + 1) * rows)
    const hung = Float64Array.from(line)
    for (let r = rows - 2; r >= 0; r--) if (hung[r + 1]! - step > hung[r]!) hung[r] = hung[r + 1]! - step
    for (let r = 1; r < rows; r++) if (hung[r - 1]! - step > hung[r]!) hung[r] = hung[r - 1]! - step
    const x = origin[0] + (i0 + c) * cellM
    for (let r = 0; r < rows; r++) {
      const h = line[r]!
      const moved = Math.min(hung[r]!, h + drape.maxFillM) - h
      outM[c * rows + r] = Number.isFinite(moved) ? moved * drape.weight(x, origin[1] + (j0 + r) * cellM, -h) : 0
    }
  }
  moveSkinOut(grid, map, smoothAcrossColumns(outM, cols, rows))
}
