// The clefts that keep a limb's skin apart from its neighbour's: between each upper arm and the chest wall below the
// axilla, and between the thighs below the crotch. Where the structures themselves stand a few centimetres apart, the
// skin's blend and blur (skin.ts) still bridge the gap with one sheet, so the arm reads as webbed to the trunk from the
// front and the thighs as one column. Each cleft measures the gap between the structures per height and depth, from
// the limb's axis toward its neighbour, and sets a floor under the skin's field there: the skin takes a share of the
// gap from each side and leaves the middle open. It runs up from below to where the structures meet (the axillary
// folds, the crotch), where it closes to a tip and the skin keeps its fold, and it is clamped by the skin's cover, so
// it never uncovers a structure. Shares and fades are model choices, judged from the pictures.
import { ramp } from './fibres'
import type { Landmarks } from './landmarkTable'
import { smax } from './sdf'
import { forEachNodeIn, sampleGrid } from './splat'
import type { GridSamples } from './surfaceNets'
import { type Vec3, lerp } from './vec'

/** A cleft beside a left limb (the right one is its mirror): the gap is measured from the limb's axis toward -x. */
export interface LimbCleft {
  /** The limb's axis through its joint centres, from the top down: the scan for the gap starts on it. */
  axis: Vec3[]
  /** Heights (m) over which the cleft applies, fading in over CLEFT_FADE_M from its top. */
  topY: number
  bottomY: number
  /** How far in front of and behind the axis the cleft reaches (m), fading over CLEFT_FADE_M. */
  reachZM: number
  /** The limb's structures end within this distance of its axis (m). */
  limbRadiusM: number
  /** The scan stops here (x, m): the neighbour must lie between the limb and this. */
  scanToX: number
  /** The gap spans the midline (between the thighs): one cleft for both sides. */
  acrossMidline?: boolean
}

/** Of the gap between the structures, each side's skin takes this share; the rest is open. */
const SKIN_SHARE_OF_GAP = 0.3
/** Where a cleft is open at all, its open middle is at least this half-width (m): about a grid cell across, so it
 * meshes as one slot. */
const MIN_OPEN_M = 0.003
/** The cleft's floor rounds into the skin over this (m), so it leaves no crease where it meets it. */
const CLEFT_ROUND_M = 0.006
/** Fades (m) at the ends of the cleft and at its front and back, and the least gap (half-width, m) that opens it. */
const CLEFT_FADE_M = 0.03
const HALF_GAP_FROM_M = 0.002
/** Openings and closures along a column shorter than this many rows are not kept (flicker, not anatomy). */
const MIN_RUN_ROWS = 5
const SCAN_STEP_M = 0.001
/** How many rows in depth the cleft reaches past the limb's structures, where its skin still bridges to the trunk. */
const EDGE_ROWS = 3
/** Rows either way (height and depth) over which the measured gaps are averaged. */
const SMOOTH_ROWS = 2

/** The upper arms' and the thighs' clefts of a body, from its landmarks (reference-body frame, left side). */
export function limbClefts(lm: Landmarks): LimbCleft[] {
  const L = (id: string): Vec3 => lm.at(id, 'left')
  const gh = L('glenohumeral-joint')
  const elbow = L('elbow-joint')
  const hip = L('hip-joint')
  const knee = L('knee-joint')
  const wrist = L('wrist-joint')
  const ankle = L('ankle-joint')
  return [
    // from the axilla (below the axillary folds, whose structures meet the arm) down to the wrist, beside the hip
    { axis: [gh, elbow, wrist], topY: gh[1] - 0.07, bottomY: wrist[1], reachZM: 0.08, limbRadiusM: 0.06, scanToX: 0.03 },
    // from the crotch down past the knees to the calves
    {
      axis: [hip, knee, ankle],
      topY: hip[1] - 0.09,
      bottomY: ankle[1] + 0.15,
      reachZM: 0.1,
      limbRadiusM: 0.1,
      scanToX: -0.08,
      acrossMidline: true,
    },
  ]
}

/** The point of a limb's axis at height y (straight on beyond its ends). */
function axisAt(c: LimbCleft, y: number): Vec3 {
  const { axis } = c
  let i = 0
  while (i < axis.length - 2 && y < axis[i + 1]![1]) i++
  const a = axis[i]!
  const b = axis[i + 1]!
  return lerp(a, b, (a[1] - y) / (a[1] - b[1]))
}

/** Per grid row (a height and a depth): the gap's middle (x) and half-width, or a half-width of 0 where there is none. */
interface Gap {
  midX: number
  halfM: number
}
const NO_GAP: Gap = { midX: 0, halfM: 0 }

/** Measure the gap between the limb's structures and its neighbour's along x at (y, z), from the limb's axis toward the
 * neighbour, in `under` (the field of every structure the skin covers). The scan starts inside the limb's structures,
 * which must end within its radius (or the gap found would be one inside the trunk). */
function measureGap(grid: GridSamples, under: Float32Array, c: LimbCleft, y: number, z: number): Gap {
  const ax = axisAt(c, y)[0]
  const at = (x: number): number => sampleGrid(under, grid, x, y, z)
  if (at(ax) >= 0) return NO_GAP
  let x = ax
  while (x > c.scanToX && at(x) < 0) x -= SCAN_STEP_M
  const limbEdge = x
  if (ax - limbEdge > c.limbRadiusM) return NO_GAP
  while (x > c.scanToX && at(x) >= 0) x -= SCAN_STEP_M
  if (x <= c.scanToX) return NO_GAP
  return { midX: (limbEdge + x) / 2, halfM: (limbEdge - x) / 2 }
}

/** In front of and behind the limb's structures the skin still bridges to the trunk (a fin along the cleft's edge):
 * rows there that lie within the limb's skin take the gap of the nearest measured row in depth, up to EDGE_ROWS away. */
function extendToSkinEdges(raw: Gap[][], insideSkin: (j: number, k: number) => boolean): void {
  for (const [j, row] of raw.entries()) {
    const measured = row.map((g) => g.halfM > 0)
    for (let k = 0; k < row.length; k++) {
      if (measured[k] || !insideSkin(j, k)) continue
      for (let d = 1; d <= EDGE_ROWS; d++) {
        const from = measured[k - d] ? k - d : measured[k + d] ? k + d : -1
        if (from >= 0) {
          row[k] = row[from]!
          break
        }
      }
    }
  }
}

/** Average each row's gap with its neighbours' (SMOOTH_ROWS either way in height and depth), so the cleft's edges do
 * not step from row to row: the half-width over all of them (fading where the gap closes), the middle over the open. */
function smoothGaps(raw: Gap[][], ny: number, nz: number): Gap[][] {
  const out: Gap[][] = []
  for (let j = 0; j < ny; j++) {
    const row: Gap[] = []
    for (let k = 0; k < nz; k++) {
      let half = 0
      let mid = 0
      let count = 0
      let open = 0
      for (let dj = -SMOOTH_ROWS; dj <= SMOOTH_ROWS; dj++) {
        for (let dk = -SMOOTH_ROWS; dk <= SMOOTH_ROWS; dk++) {
          const g = raw[j + dj]?.[k + dk]
          if (!g) continue
          count++
          half += g.halfM
          if (g.halfM > 0) {
            mid += g.midX
            open++
          }
        }
      }
      row.push(open === 0 ? NO_GAP : { midX: mid / open, halfM: half / count })
    }
    out.push(row)
  }
  return out
}

/** Along each depth column (from the bottom up), the rows where the cleft is open: where the gap is at least
 * HALF_GAP_FROM_M, with closures shorter than MIN_RUN_ROWS bridged (taking the gap of the row below), and of the
 * openings only the lowest that lasts MIN_RUN_ROWS, so the skin does not open and close from row to row (a row of
 * holes). Each row's weight rises from 0 at either end of its run over CLEFT_FADE_M, and is averaged over SMOOTH_ROWS
 * columns either way, so the slot's ends are rounded in depth as well. */
function openRuns(gaps: Gap[][], cellM: number): { gaps: Gap[][]; weight: number[][] } {
  const ny = gaps.length
  const nz = gaps[0]?.length ?? 0
  const out = gaps.map((row) => [...row])
  const along: number[][] = gaps.map((row) => row.map(() => 0))
  for (let k = 0; k < nz; k++) {
    const open = gaps.map((row) => row[k]!.halfM >= HALF_GAP_FROM_M)
    const runs = (): [number, number, boolean][] => {
      const r: [number, number, boolean][] = []
      for (let j = 0; j < ny;) {
        let e = j
        while (e + 1 < ny && open[e + 1] === open[j]) e++
        r.push([j, e, open[j]!])
        j = e + 1
      }
      return r
    }
    for (const [a, b, isOpen] of runs()) {
      if (isOpen || a === 0 || b === ny - 1 || b - a + 1 >= MIN_RUN_ROWS) continue
      for (let j = a; j <= b; j++) {
        open[j] = true
        out[j]![k] = out[a - 1]![k]!
      }
    }
    // the cleft is the lowest opening that lasts: it runs up from there to its apex, and any opening above a closure
    // (the structures meeting again toward the axilla or the crotch) is left closed
    const lowest = runs().find(([a, b, isOpen]) => isOpen && b - a + 1 >= MIN_RUN_ROWS)
    if (!lowest) continue
    const [a, b] = lowest
    for (let j = a; j <= b; j++) along[j]![k] = ramp(Math.min(j - a, b - j) * cellM, 0, CLEFT_FADE_M)
  }
  const weight = along.map((row) =>
    row.map((_, k) => {
      let sum = 0
      let count = 0
      for (let dk = -SMOOTH_ROWS; dk <= SMOOTH_ROWS; dk++) {
        const w = row[k + dk]
        if (w === undefined) continue
        sum += w
        count++
      }
      return row[k]! > 0 ? sum / count : 0
    }),
  )
  return { gaps: out, weight }
}

/** Open each cleft (both sides) in the skin's field `grid`, never inside `cover`. Returns how far each node's field
 * was raised (m, 0 outside the clefts): where the skin faces across a cleft. */
export function carveLimbClefts(grid: GridSamples, under: Float32Array, cover: Float32Array, clefts: readonly LimbCleft[]): Float32Array {
  const { origin, cellM, dims } = grid
  const skin = Float32Array.from(grid.values)
  for (const c of clefts) {
    const zs = c.axis.map((p) => p[2])
    const midZ = (Math.min(...zs) + Math.max(...zs)) / 2
    const j0 = Math.max(0, Math.floor((c.bottomY - origin[1]) / cellM))
    const j1 = Math.min(dims[1] - 1, Math.ceil((c.topY - origin[1]) / cellM))
    const k0 = Math.max(0, Math.floor((midZ - c.reachZM - origin[2]) / cellM))
    const k1 = Math.min(dims[2] - 1, Math.ceil((midZ + c.reachZM - origin[2]) / cellM))
    const raw: Gap[][] = []
    for (let j = j0; j <= j1; j++) {
      const row: Gap[] = []
      for (let k = k0; k <= k1; k++) row.push(measureGap(grid, under, c, origin[1] + j * cellM, origin[2] + k * cellM))
      raw.push(row)
    }
    extendToSkinEdges(raw, (j, k) => {
      const y = origin[1] + (j0 + j) * cellM
      return sampleGrid(skin, grid, axisAt(c, y)[0], y, origin[2] + (k0 + k) * cellM) < 0
    })
    const { gaps, weight } = openRuns(smoothGaps(raw, j1 - j0 + 1, k1 - k0 + 1), cellM)
    const open = gaps.flat().filter((g) => g.halfM > 0)
    if (open.length === 0) continue
    const reachX = Math.max(...open.map((g) => g.halfM)) + CLEFT_ROUND_M
    const minX = Math.min(...open.map((g) => g.midX)) - reachX
    const maxX = Math.max(...open.map((g) => g.midX)) + reachX
    for (const sign of c.acrossMidline ? [1] : [1, -1]) {
      const bounds = {
        min: [sign > 0 ? minX : -maxX, origin[1] + j0 * cellM, origin[2] + k0 * cellM] as Vec3,
        max: [sign > 0 ? maxX : -minX, origin[1] + j1 * cellM, origin[2] + k1 * cellM] as Vec3,
      }
      forEachNodeIn(grid, bounds, (idx, x, y, z) => {
        const j = Math.round((y - origin[1]) / cellM) - j0
        const k = Math.round((z - origin[2]) / cellM) - k0
        const gap = gaps[j]?.[k]
        if (!gap || gap.halfM === 0) return
        const w = weight[j]![k]! * ramp(y, c.topY, c.topY - CLEFT_FADE_M) * ramp(Math.abs(z - midZ), c.reachZM, c.reachZM - CLEFT_FADE_M)
        if (w === 0) return
        // a distance-like floor: positive (outside the skin) within the open middle of the gap. Where the cleft fades,
        // the open middle narrows and closes (its half-width falls to minus the rounding), rather than the field being
        // blended halfway, which leaves a thin membrane that meshes as a row of holes
        const openM = -CLEFT_ROUND_M + w * (Math.max(MIN_OPEN_M, gap.halfM * (1 - 2 * SKIN_SHARE_OF_GAP)) + CLEFT_ROUND_M)
        const floor = openM - Math.abs(sign * x - gap.midX)
        const v = grid.values[idx]!
        grid.values[idx] = Math.max(v, Math.min(cover[idx]!, smax(v, floor, CLEFT_ROUND_M)))
      })
    }
  }
  const lift = new Float32Array(skin.length)
  for (let i = 0; i < lift.length; i++) lift[i] = grid.values[i]! - skin[i]!
  return lift
}
