// Where the skin bends in too sharply: the skin's blur (skin.ts) fills the grooves between muscles only so far. On
// the back the edges of lower trapezius (a V down to T12), of the rhomboids and of latissimus' upper border still
// showed through as steps with a dark groove at their foot, at the base of the neck upper trapezius raised two lumps
// beside a midline furrow, and over the front of each shoulder the skin dipped into a notch between the lateral clavicle
// and the anterior deltoid. Subcutaneous fat and the deep fascia carry the skin over such edges in a smooth curve
// (ANAT). A closing of the skin's height map (seen from behind or from the front, an elliptic paraboloid pressed
// against it from outside) fills every hollow the paraboloid cannot reach into and leaves convex shape (the spine's,
// the scapulae's, the erector spinae's, the clavicle's) as it was. It only ever moves the skin out, so nothing is
// uncovered, and by no more than its own fill limit. The regions, the radii and the limits are model choices, judged
// from the pictures; the needle depths (KIM-2002 over the back, MIL-2007 below the clavicle) are measured with the
// closings in place.
import { type SkinFacing, type SkinHeightMap, moveSkinOut, outwardSign, readSkinHeightMap } from './skinHeightMap'
import { ramp, rampedRange } from './fibres'
import type { Landmarks } from './landmarkTable'
import type { GridSamples } from './surfaceNets'
import type { Vec3 } from './vec'

/** A region where the skin, seen from behind or from the front, may bend inwards no more tightly than an elliptic
 * paraboloid pressed against it from outside. */
export interface SkinClosing {
  facing: SkinFacing
  bounds: { min: Vec3; max: Vec3 }
  /** How fully the closing applies at a point (0..1). */
  weight: (x: number, y: number, z: number) => number
  /** Radii of curvature of the paraboloid (m): across the body (x) and up it (y). */
  radiusAcrossM: number
  radiusUpM: number
  /** The most the closing moves the skin out from where the blur left it (m). */
  maxFillM: number
}

/** The tightest hollow the back keeps (m, radius of curvature) across it and up it, and the most it is filled (m):
 * across, the skin's step of about 9 mm at the edge of lower trapezius (the muscle and the gap under it) becomes a
 * ramp about 5 cm wide. Up the back the radius is
 * smaller; the lumbar lordosis (a hollow of about 7 cm radius in profile) lies below the region. */
const BACK_CLOSING_RADIUS_ACROSS_M = 0.15
const BACK_CLOSING_RADIUS_UP_M = 0.1
const BACK_CLOSING_MAX_FILL_M = 0.006
/** The region: from L2's spinous process to T2's, out to this far lateral of the inferior angles of the scapulae,
 * behind this plane; each edge fades over BACK_CLOSING_FADE_M, the lower one over BACK_CLOSING_LOWER_FADE_M (the hollow
 * beside the lumbar erector spinae is kept, and a shorter fade left a shelf across the back at L1). The midline
 * furrow between the erector spinae is kept: the closing fades in from MIDLINE_KEPT_M over MIDLINE_FADE_M either side
 * of it. */
const BACK_CLOSING_LATERAL_M = 0.015
const MIDLINE_KEPT_M = 0.01
const MIDLINE_FADE_M = 0.02
const BACK_CLOSING_FRONT_Z_M = -0.03
const BACK_CLOSING_FADE_M = 0.03
const BACK_CLOSING_LOWER_FADE_M = 0.06

/** The closing over the back of a body, from its landmarks. */
export function backClosing(lm: Landmarks): SkinClosing {
  const yMin = lm.at('l2-spinous-process', 'midline')[1]
  const yMax = lm.at('t2-spinous-process', 'midline')[1]
  const xMax = lm.at('inferior-angle-of-scapula', 'left')[0] + BACK_CLOSING_LATERAL_M + BACK_CLOSING_FADE_M
  return {
    facing: 'back',
    bounds: { min: [-xMax, yMin, -1], max: [xMax, yMax, BACK_CLOSING_FRONT_Z_M] },
    weight: (x, y, z) =>
      rampedRange(x, -xMax, xMax, BACK_CLOSING_FADE_M) *
      rampedRange(y, yMin, yMax, BACK_CLOSING_LOWER_FADE_M, BACK_CLOSING_FADE_M) *
      ramp(z, BACK_CLOSING_FRONT_Z_M, BACK_CLOSING_FRONT_Z_M - BACK_CLOSING_FADE_M) *
      ramp(Math.abs(x), MIDLINE_KEPT_M, MIDLINE_KEPT_M + MIDLINE_FADE_M),
    radiusAcrossM: BACK_CLOSING_RADIUS_ACROSS_M,
    radiusUpM: BACK_CLOSING_RADIUS_UP_M,
    maxFillM: BACK_CLOSING_MAX_FILL_M,
  }
}

/** The base of the neck, behind, from T3 up to 5 cm above the spine of C7 (about C4 on the reference body): there the
 * skin rose over upper trapezius in two rounded lumps beside the midline at C5-C6, where the spine of C7 (the vertebra
 * prominens) lies under the skin in people and the nuchal furrow runs out above it (ANAT). The back's closing keeps its
 * midline furrow and fades out toward T2; this one fills across the midline, over a band NECK_BASE_CLOSING_HALF_WIDTH_M
 * to each side (the upper trapezius needle site, THAI-MRI, 7 cm lateral of C7, lies outside it), and starts at T3 so
 * that the two overlap where the back's fades. Up the neck it bends three times as tightly as across it
 * (NECK_BASE_CLOSING_RADIUS_UP_M), so the hollow of the cervical lordosis in its upper part is kept. */
const NECK_BASE_CLOSING_HALF_WIDTH_M = 0.045
const NECK_BASE_CLOSING_ABOVE_C7_M = 0.05
const NECK_BASE_CLOSING_FADE_M = 0.015
const NECK_BASE_CLOSING_RADIUS_ACROSS_M = 0.15
const NECK_BASE_CLOSING_RADIUS_UP_M = 0.05
const NECK_BASE_CLOSING_MAX_FILL_M = 0.006

/** The closing over the back of the base of the neck of a body, from its landmarks. */
export function neckBaseClosing(lm: Landmarks): SkinClosing {
  const yMin = lm.at('t3-spinous-process', 'midline')[1]
  const yMax = lm.at('c7-spinous-process', 'midline')[1] + NECK_BASE_CLOSING_ABOVE_C7_M
  const xMax = NECK_BASE_CLOSING_HALF_WIDTH_M
  const fade = NECK_BASE_CLOSING_FADE_M
  return {
    facing: 'back',
    bounds: { min: [-xMax, yMin, -1], max: [xMax, yMax, BACK_CLOSING_FRONT_Z_M] },
    weight: (x, y, z) =>
      rampedRange(x, -xMax, xMax, fade) * rampedRange(y, yMin, yMax, fade) * ramp(z, BACK_CLOSING_FRONT_Z_M, BACK_CLOSING_FRONT_Z_M - fade),
    radiusAcrossM: NECK_BASE_CLOSING_RADIUS_ACROSS_M,
    radiusUpM: NECK_BASE_CLOSING_RADIUS_UP_M,
    maxFillM: NECK_BASE_CLOSING_MAX_FILL_M,
  }
}

/** The front of each shoulder: the skin dipped into a notch 8-10 mm deep between the lateral third of the clavicle
 * and the anterior deltoid (seen from the front as a dark pit at the top of each shoulder). The infraclavicular fossa
 * is a shallow hollow in people (ANAT). The region runs from 2 cm medial of the clavicle's midpoint to 1 cm lateral of
 * the acromion, and from 5 cm below the clavicle's midpoint to 4 cm above it, in front of the frontal plane 3 cm behind
 * the origin; each edge fades over SHOULDER_CLOSING_FADE_M. The anterior chest wall's needle site (MIL-2007, 2nd
 * intercostal space) lies below it. */
const SHOULDER_CLOSING_MEDIAL_M = 0.02
const SHOULDER_CLOSING_LATERAL_M = 0.01
const SHOULDER_CLOSING_BELOW_M = 0.05
const SHOULDER_CLOSING_ABOVE_M = 0.04
const SHOULDER_CLOSING_BACK_Z_M = -0.03
const SHOULDER_CLOSING_FADE_M = 0.02
const SHOULDER_CLOSING_RADIUS_M = 0.08
/** The notch is about 1 cm deep: the shoulders' closing may fill that far. */
const SHOULDER_CLOSING_MAX_FILL_M = 0.012

/** The closings over the front of both shoulders of a body, from its landmarks. */
export function shoulderClosings(lm: Landmarks): SkinClosing[] {
  const clavicle = lm.at('clavicle-midpoint', 'left')
  const acromion = lm.at('acromion', 'left')
  const x0 = clavicle[0] - SHOULDER_CLOSING_MEDIAL_M
  const x1 = acromion[0] + SHOULDER_CLOSING_LATERAL_M
  const yMin = clavicle[1] - SHOULDER_CLOSING_BELOW_M
  const yMax = clavicle[1] + SHOULDER_CLOSING_ABOVE_M
  const fade = SHOULDER_CLOSING_FADE_M
  return [1, -1].map((side): SkinClosing => {
    const [xMin, xMax] = side > 0 ? [x0, x1] : [-x1, -x0]
    return {
      facing: 'front',
      bounds: { min: [xMin, yMin, SHOULDER_CLOSING_BACK_Z_M], max: [xMax, yMax, 1] },
      weight: (x, y, z) =>
        rampedRange(x, xMin, xMax, fade) *
        rampedRange(y, yMin, yMax, fade) *
        ramp(z, SHOULDER_CLOSING_BACK_Z_M, SHOULDER_CLOSING_BACK_Z_M + fade),
      radiusAcrossM: SHOULDER_CLOSING_RADIUS_M,
      radiusUpM: SHOULDER_CLOSING_RADIUS_M,
      maxFillM: SHOULDER_CLOSING_MAX_FILL_M,
    }
  })
}

/** One pass of a paraboloid dilation (sign 1) or erosion (sign -1) along the columns or the rows of a map. A cell
 * without a height (NaN) gives nothing but takes its value from its neighbours, so that the passes carry heights
 * across it; a cell that nothing reaches is -Infinity (below any surface). */
function parabolicPass(
  map: Float64Array,
  s: Pick<SkinHeightMap, 'cols' | 'rows'>,
  acrossCols: boolean,
  sign: 1 | -1,
  reach: number,
  curvature: number,
): Float64Array {
  const { cols, rows } = s
  const out = new Float64Array(map.length)
  const lines = acrossCols ? rows : cols
  const length = acrossCols ? cols : rows
  const cell = (line: number, t: number): number => (acrossCols ? t * rows + line : line * rows + t)
  for (let line = 0; line < lines; line++) {
    for (let t = 0; t < length; t++) {
      let best = sign > 0 ? -Infinity : Infinity
      for (let d = -reach; d <= reach; d++) {
        const u = t + d
        if (u < 0 || u >= length) continue
        const v = map[cell(line, u)]!
        if (Number.isNaN(v)) continue
        const candidate = v - sign * curvature * d * d
        best = sign > 0 ? Math.max(best, candidate) : Math.min(best, candidate)
      }
      out[cell(line, t)] = best
    }
  }
  return out
}

/** How far round a cell the closing looks (m): where the paraboloid has fallen twice the fill limit, so a hollow as
 * deep as the limit is filled fully. */
export function closingReachM(radiusM: number, maxFillM: number): number {
  return Math.sqrt(2 * radiusM * 2 * maxFillM)
}

/**
 * The closing of a height map (larger = further out; column-major, `cols` across by `rows` up) by an elliptic
 * paraboloid of radii of curvature `radii.acrossM` and `radii.upM`, pressed against the surface from outside: every
 * hollow the paraboloid cannot reach into is filled, convex shape is kept. Separable (the paraboloid is), done within
 * closingReachM of each cell. Nothing beyond the map is seen, so near its edges a surface that falls towards the edge
 * is filled (read the map wider than where the closing applies). Never below the map itself; NaN where the map has no
 * height.
 */
export function closeHeightMap(
  height: Float64Array,
  cols: number,
  rows: number,
  cellM: number,
  radii: { acrossM: number; upM: number },
  maxFillM: number,
): Float64Array {
  const reach = (radius: number): number => Math.max(1, Math.round(closingReachM(radius, maxFillM) / cellM))
  const across = { reach: reach(radii.acrossM), curvature: (cellM * cellM) / (2 * radii.acrossM) }
  const up = { reach: reach(radii.upM), curvature: (cellM * cellM) / (2 * radii.upM) }
  const s = { cols, rows }
  const pass = (map: Float64Array, acrossCols: boolean, sign: 1 | -1): Float64Array => {
    const p = acrossCols ? across : up
    return parabolicPass(map, s, acrossCols, sign, p.reach, p.curvature)
  }
  const dilated = pass(pass(height, true, 1), false, 1)
  const closed = pass(pass(dilated, true, -1), false, -1)
  for (let i = 0; i < closed.length; i++) closed[i] = Number.isNaN(height[i]!) ? NaN : Math.max(closed[i]!, height[i]!)
  return closed
}

/**
 * Close the skin's surface in the grid's field within `closing`: read it as a height map from the closing's side
 * (skinHeightMap.ts), over the closing's bounds widened by its reach (so that the map's edges, where nothing beyond is
 * seen, lie where the weight is zero), fill its hollows by the paraboloid closing, limit the fill softly to the
 * closing's limit (a hard cap would leave a plateau with an edge), blend it in by the closing's weight and write it
 * back. Values only ever fall (the surface only moves out).
 */
export function closeSkin(grid: GridSamples, closing: SkinClosing): void {
  const margin = closingReachM(Math.max(closing.radiusAcrossM, closing.radiusUpM), closing.maxFillM)
  const { min, max } = closing.bounds
  const read = { min: [min[0] - margin, min[1] - margin, min[2]] as Vec3, max: [max[0] + margin, max[1] + margin, max[2]] as Vec3 }
  const map = readSkinHeightMap(grid, read, closing.facing)
  if (!map) return
  const { i0, j0, cols, rows, height } = map
  const { origin, cellM } = grid
  const closed = closeHeightMap(height, cols, rows, cellM, { acrossM: closing.radiusAcrossM, upM: closing.radiusUpM }, closing.maxFillM)
  const sign = outwardSign(closing.facing)
  const outM = new Float64Array(cols * rows)
  for (let c = 0; c < cols; c++) {
    const x = origin[0] + (i0 + c) * cellM
    for (let r = 0; r < rows; r++) {
      const cell = c * rows + r
      const fill = closing.maxFillM * Math.tanh((closed[cell]! - height[cell]!) / closing.maxFillM)
      outM[cell] = Number.isFinite(fill) ? fill * closing.weight(x, origin[1] + (j0 + r) * cellM, sign * height[cell]!) : 0
    }
  }
  moveSkinOut(grid, map, outM)
}
