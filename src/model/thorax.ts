// The rib cage as a family of rings: rib k (1..12) is a superellipse in a gently tilted plane, from its head on the
// vertebral body round to the sternum (or to the costal margin, or free for ribs 11-12). The same rings define the
// pleural cavity (lungs and parietal pleura sit just inside them) and the chest-wall surface that flat muscles of
// the back and chest are laid on, so bones, muscles and pleura agree by construction.
import { bisect } from '../geometry/bisect'
import { vertebralBody } from './spinalCurve'
import type { Vec3 } from './vec'

export const RIB_COUNT = 12

interface RingParams {
  /** half-width of the rib centreline (m) */
  readonly a: number
  /** z of the posterior and anterior poles of the ring and of its widest point (m) */
  readonly zPost: number
  readonly zAnt: number
  readonly zWide: number
  /** height of the rib head (m) and how far the rib falls from back to front (m) */
  readonly yHead: number
  readonly drop: number
  /** superellipse exponent of the anterior half */
  readonly nAnt: number
  /** how far (m) the rib sags below its back-to-front line on its lateral and anterolateral course */
  readonly sag: number
}

const A = [0.066, 0.112, 0.125, 0.132, 0.137, 0.14, 0.144, 0.146, 0.144, 0.139, 0.128, 0.113]
const Z_ANT = [0.04, 0.058, 0.069, 0.079, 0.087, 0.094, 0.099, 0.1, 0.096, 0.088, 0.07, 0.045]
/** Depth (m) of each ring's widest point (its lateral-most, half-width a): model choices that fix the lateral and
 * anterior chest wall. The front half of a ring spans zWide..zAnt; the back half spans zPost..zWide, so it follows its
 * vertebral body on the spinal curve while the side and front of the chest stay where they are. */
const Z_WIDE = [-0.017, -0.011, -0.008, -0.005, -0.0025, 0, 0.002, 0.003, 0.002, -0.0005, -0.0075, -0.018]
const ANTERIOR_Y = [1.424, 1.39, 1.365, 1.34, 1.315, 1.29, 1.265, 1.23, 1.2, 1.17, 1.13, 1.12]
const N_POST = 3.2
/** Superellipse exponent of each ring's anterior half: the upper ribs are flatter across the front (the anterior chest
 * wall from the sternum to the midclavicular line faces forward), the lower ones rounder toward the costal margin. */
const N_ANT = [3.4, 3.6, 3.6, 3.4, 3.1, 2.8, 2.6, 2.4, 2.2, 2.2, 2.2, 2.2]
/** Sag of each rib (m) below the straight back-to-front fall, greatest anterolaterally: a rib runs down from its head
 * to its lowest point near the anterior axillary line, and its costal cartilage climbs back up to the sternum. The
 * 5th intercostal space at the anterior axillary line therefore lies below the 5th costal cartilage's sternal end
 * (at the level of the 4th-5th costal cartilages' lower borders, well below the axillary folds), not at the fold.
 * A model choice from standard surface anatomy; rib 1 has none (it is short and steep), rib 2 little. */
const SAG = [0, 0.012, 0.03, 0.045, 0.055, 0.058, 0.058, 0.055, 0.048, 0.04, 0.03, 0.02]
/** Rib tube radius (m): the cross-section of a rib shaft, a little flattened in the rib mesh. */
export const RIB_RADIUS_M = 0.0065

export function ringParams(k: number): RingParams {
  // the table holds one entry per rib, 1 to 12 (this runs for every sample of the chest wall: no allocation)
  const ring = RINGS[k - 1]
  if (!ring) throw new Error(`thorax: no rib ${k} (ribs are numbered 1 to ${RIB_COUNT})`)
  return ring
}

/** Each rib's ring, built once: the chest wall's samples read them millions of times. */
const RINGS: readonly RingParams[] = Array.from({ length: RIB_COUNT }, (_, i) => {
  // the ring's back follows its vertebral body on the spinal curve
  const body = vertebralBody(`T${i + 1}`)
  const yHead = body[1]
  return Object.freeze({
    a: A[i]!,
    zPost: body[2] - 0.044,
    zAnt: Z_ANT[i]!,
    zWide: Z_WIDE[i]!,
    yHead,
    drop: yHead - ANTERIOR_Y[i]!,
    nAnt: N_ANT[i]!,
    sag: SAG[i]!,
  })
})

/** The interpolated rings' lower and upper rib and the fraction between them, for a continuous index u. */
function ringSpan(u: number): { k: number; f: number } {
  const uu = Math.min(Math.max(u, 1), RIB_COUNT)
  const k = Math.min(Math.floor(uu), RIB_COUNT - 1)
  return { k, f: uu - k }
}

/** Continuous rib index u in [1, 12]: linear interpolation of neighbouring rings. */
function ringAt(u: number): RingParams {
  const { k, f } = ringSpan(u)
  const p = ringParams(k)
  const q = ringParams(k + 1)
  return {
    a: p.a + (q.a - p.a) * f,
    zPost: p.zPost + (q.zPost - p.zPost) * f,
    zAnt: p.zAnt + (q.zAnt - p.zAnt) * f,
    zWide: p.zWide + (q.zWide - p.zWide) * f,
    yHead: p.yHead + (q.yHead - p.yHead) * f,
    drop: p.drop + (q.drop - p.drop) * f,
    nAnt: p.nAnt + (q.nAnt - p.nAnt) * f,
    sag: p.sag + (q.sag - p.sag) * f,
  }
}

/** The mid-cage ring (rib 6), from which a point's angle about the cage axis is read. */
const MID_RING = Object.freeze(ringAt(6))

/** Fall of the rib from its head: 0 at the back (theta 0), 1 at the front (theta pi). */
function fall(theta: number): number {
  return 0.5 * (1 - Math.cos(theta))
}

/** Weight of the sag along the rib: 0 at the back and at the sternum, 1 at the side (theta pi/2) and beyond it
 * falling as sin^2; behind the side it fades faster (sin^6), so the posterior ribs keep their place. */
function sagWeight(theta: number): number {
  const s2 = Math.sin(theta) ** 2
  return theta >= Math.PI / 2 ? s2 : s2 * s2 * s2
}

/** Height of ring `r` at angle theta. */
function ringY(r: RingParams, theta: number): number {
  return r.yHead - r.drop * fall(theta) - r.sag * sagWeight(theta)
}

/** Point on ring `r` at angle theta (0 = posterior midline, pi/2 = lateral, pi = anterior), left side. */
function ringPoint(r: RingParams, theta: number): Vec3 {
  const s = Math.sin(theta)
  const c = Math.cos(theta)
  const n = c > 0 ? N_POST : r.nAnt
  const b = c > 0 ? r.zWide - r.zPost : r.zAnt - r.zWide
  const x = r.a * Math.pow(Math.abs(s), 2 / n)
  const z = r.zWide - b * Math.sign(c) * Math.pow(Math.abs(c), 2 / n)
  return [x, ringY(r, theta), z]
}

/** Centreline point of rib k (left) at angle theta. */
export function ribPoint(k: number, theta: number): Vec3 {
  return ringPoint(ringParams(k), theta)
}

/** Angle at which rib k's ring reaches half-width `x` on its posterior side (used to start the rib at the spine). */
export function posteriorThetaAtX(k: number, x: number): number {
  return bisect((theta) => ribPoint(k, theta)[0] < x, 0, Math.PI / 2, 40).at
}

/** Angle at which rib k's ring comes back to half-width `x` on its anterior side. */
export function anteriorThetaAtX(k: number, x: number): number {
  return bisect((theta) => ribPoint(k, theta)[0] > x, Math.PI / 2, Math.PI, 40).at
}

/** Height at angle theta of the ring interpolated at continuous index u, given fall(theta) and sagWeight(theta):
 * ringY(ringAt(u), theta) without building the ring. */
function ringYAt(u: number, fallT: number, sagT: number): number {
  const { k, f } = ringSpan(u)
  const p = RINGS[k - 1]!
  const q = RINGS[k]!
  const yHead = p.yHead + (q.yHead - p.yHead) * f
  const drop = p.drop + (q.drop - p.drop) * f
  const sag = p.sag + (q.sag - p.sag) * f
  return yHead - drop * fallT - sag * sagT
}

/** The continuous rib index whose ring passes through height y at angle theta (clamped to 1..12). */
function ringIndexAt(y: number, theta: number): number {
  const fallT = fall(theta)
  const sagT = sagWeight(theta)
  const yOf = (u: number): number => ringYAt(u, fallT, sagT)
  if (y >= yOf(1)) return 1 - (y - yOf(1)) / 0.025
  if (y <= yOf(RIB_COUNT)) return RIB_COUNT + (yOf(RIB_COUNT) - y) / 0.025
  return bisect((u) => yOf(u) > y, 1, RIB_COUNT, 30).at
}

/**
 * Signed distance-like value to the rib-cage centreline surface (negative inside the cage), for the left half.
 * Above rib 1 the rings shrink toward the cervical pleura (cupula); below rib 12 they are held at rib 12.
 */
export function cageSurfaceValue(x: number, y: number, z: number): number {
  const ax = Math.abs(x)
  // angle of the point about the cage axis, from a mid-cage ring
  const mid = MID_RING
  const b = z < mid.zWide ? mid.zWide - mid.zPost : mid.zAnt - mid.zWide
  const theta = Math.atan2(ax / mid.a, -(z - mid.zWide) / b)
  const u = ringIndexAt(y, theta)
  const r = ringAt(u)
  // above rib 1: the ring shrinks linearly to nothing 4.5 cm above the first rib's head line
  let shrink = 1
  if (u < 1) shrink = Math.max(0.05, 1 - ((1 - u) * 0.025) / 0.045)
  const dz = z - r.zWide
  const rb = dz < 0 ? r.zWide - r.zPost : r.zAnt - r.zWide
  const n = dz < 0 ? N_POST : r.nAnt
  const nx = ax / (r.a * shrink)
  const nz = dz / (rb * (u < 1 ? 0.55 + 0.45 * shrink : 1))
  const rad = Math.pow(Math.pow(Math.abs(nx), n) + Math.pow(Math.abs(nz), n), 1 / n)
  return (rad - 1) * Math.min(r.a * shrink, rb)
}

/**
 * The point of the posterior chest wall (rib centreline surface) at half-width x and height y, pushed outward by
 * `outM` along -z: where the back muscles lie.
 */
export function posteriorWallPoint(x: number, y: number, outM: number): Vec3 {
  // from behind the cage (outside) toward the front, to where the cage begins
  return [x, y, bisect((z) => cageSurfaceValue(x, y, z) > 0, -0.25, 0.1, 40).at - outM]
}

/** The point of the lateral or anterior chest wall at height y, direction angle phi in the horizontal plane. */
export function wallPointAtAngle(y: number, phi: number, outM: number): Vec3 {
  // phi: 0 = straight back (-z), pi/2 = lateral (+x), pi = front (+z); ray from the cage axis
  const mid = MID_RING
  const zc = mid.zWide
  const dx = Math.sin(phi)
  const dz = -Math.cos(phi)
  const t = bisect((m) => cageSurfaceValue(dx * m, y, zc + dz * m) < 0, 0, 0.3, 40).at + outM
  return [dx * t, y, zc + dz * t]
}
