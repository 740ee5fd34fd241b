// The sagittal curve of the spine: cervical lordosis, thoracic kyphosis and lumbar lordosis from a cited table, and
// the place of every vertebral body (C2-L5) and spinous-process tip on that curve. The tips keep the heights of the
// landmark table (the palpable levels); each vertebra is tilted by the curve, its body sits above and in front of its
// tip, and its depth follows from integrating the tilt up the column from L5. Ribs, pleura, scapulae and the back
// muscles hang on these bodies and tips, so they follow the curve. Sources (standing lateral radiographs of healthy
// adults): GUO-2018 doi:10.1186/s13018-018-0854-6; FURL-2018 doi:10.6063/motricidade.10890; TK-ARCH "Revisiting
// thoracic kyphosis..." (abstract); SEG-2022 doi:10.1038/s41598-022-21840-x; MACT-2011 doi:10.1007/s00586-011-1923-2;
// thoracic spinous processes: CAMB-TEA (cambridgeorthopaedics.com, thoracic epidural) and JP-TEXT (igaku-shoin
// anatomy text), both secondary. [D] marks a figure derived here by the stated arithmetic.
import type { Vec3 } from './vec'

const deg = Math.PI / 180

export const CERVICAL_LEVELS: readonly string[] = ['C2', 'C3', 'C4', 'C5', 'C6', 'C7']
export const THORACIC_LEVELS: readonly string[] = Array.from({ length: 12 }, (_, i) => `T${i + 1}`)
export const LUMBAR_LEVELS: readonly string[] = Array.from({ length: 5 }, (_, i) => `L${i + 1}`)
/** All vertebral levels from C2 to L5, top to bottom. */
export const VERTEBRAL_LEVELS: readonly string[] = [...CERVICAL_LEVELS, ...THORACIC_LEVELS, ...LUMBAR_LEVELS]

/**
 * Regional angles of the standing adult spine (degrees, Cobb angles between the end vertebrae's endplates) and the
 * published ranges they are checked against. Means of a 95% CI are its midpoint [D].
 */
export const SPINAL_CURVE = {
  /** C2-C7 Cobb lordosis: 12.7 deg, 95% CI 6.6-18.8 (meta-analysis, n = 15,364; GUO-2018). */
  cervicalLordosisC2C7: { deg: 12.7, range: [6.6, 18.8], source: 'GUO-2018' },
  /** T4-T12 kyphosis: adults 33.7-40.3 deg (95% CI, meta-analysis of 31 studies; FURL-2018); the model takes the
   * midpoint, 37.0 [D]. */
  thoracicKyphosisT4T12: { deg: 37.0, range: [33.7, 40.3], source: 'FURL-2018' },
  /** Lower arch of the kyphosis, apex to T12: 19.8 deg, apex at T8-T9 (373 adults; TK-ARCH). The model puts the apex
   * at T8 and the rest of the T4-T12 kyphosis (37.0 - 19.8 = 17.2 deg) above it. */
  thoracicLowerArch: { deg: 19.8, source: 'TK-ARCH' },
  /** Upper arch of the kyphosis (down to the apex): 25.8 deg (TK-ARCH); T1-T4 takes what T4-T8 leaves of it. */
  thoracicUpperArch: { deg: 25.8, source: 'TK-ARCH' },
  /** L1-L5 lordosis: 38.1-45.6 deg (95% CI, FURL-2018); midpoint 41.9 [D]. */
  lumbarLordosisL1L5: { deg: 41.9, range: [38.1, 45.6], source: 'FURL-2018' },
  /** L1-S1 lordosis: 54.2-61.7 deg (95% CI, FURL-2018); midpoint 58.0 [D], so L5-S1 takes 58.0 - 41.9 = 16.1 deg. */
  lumbarLordosisL1S1: { deg: 58.0, range: [54.2, 61.7], source: 'FURL-2018' },
  /** How L1-L5 shares its lordosis between the discs: segmental means L1-2 1.2, L2-3 5.9, L3-4 9.1, L4-5 12.7 deg
   * (n = 324; SEG-2022), scaled to the regional total. */
  lumbarSegmentShares: { deg: [1.2, 5.9, 9.1, 12.7], source: 'SEG-2022' },
  /** Sacral slope: 39.5 +/- 7.8 deg (709 adults, mean +/- 2 SD 24-55 deg; MACT-2011 [D]): the tilt of S1's upper
   * endplate, from which the lumbar tilts are counted. */
  sacralSlope: { deg: 39.5, range: [24, 55], source: 'MACT-2011' },
} as const

/** Tilt of each vertebra (degrees): how far its long axis leans forward of vertical going up (its upper endplate
 * faces up and forward for a positive tilt). Lordosis makes the tilt fall going up, kyphosis makes it rise. The tilt is
 * spread evenly over the levels of each arch (a model choice); T12-L1 and C7-T1 are straight (model choice). */
function levelTiltsDeg(): Map<string, number> {
  const c = SPINAL_CURVE
  const t = new Map<string, number>()
  // lumbar, from the sacral slope up: L5-S1 takes what the L1-S1 lordosis leaves beyond L1-L5
  const shares = c.lumbarSegmentShares.deg
  const shareSum = shares.reduce((a, b) => a + b, 0)
  let tilt = c.sacralSlope.deg - (c.lumbarLordosisL1S1.deg - c.lumbarLordosisL1L5.deg)
  t.set('L5', tilt)
  for (let k = 4; k >= 1; k--) {
    tilt -= (c.lumbarLordosisL1L5.deg * shares[k - 1]!) / shareSum
    t.set(`L${k}`, tilt)
  }
  // thoracic: T12 as L1; the lower arch rises to the apex at T8, the rest of T4-T12 to T4, the upper arch to T1
  const t12 = tilt
  const lowerArch = c.thoracicLowerArch.deg
  const upperT4T8 = c.thoracicKyphosisT4T12.deg - lowerArch
  const upperT1T4 = c.thoracicUpperArch.deg - upperT4T8
  for (let k = 12; k >= 8; k--) t.set(`T${k}`, t12 + (lowerArch * (12 - k)) / 4)
  const t8 = t12 + lowerArch
  for (let k = 7; k >= 4; k--) t.set(`T${k}`, t8 + (upperT4T8 * (8 - k)) / 4)
  const t4 = t8 + upperT4T8
  for (let k = 3; k >= 1; k--) t.set(`T${k}`, t4 + (upperT1T4 * (4 - k)) / 3)
  // cervical: C7 as T1, the lordosis spread over C7-C2
  const c7 = t4 + upperT1T4
  CERVICAL_LEVELS.forEach((l, i) => t.set(l, c7 - (c.cervicalLordosisC2C7.deg * (CERVICAL_LEVELS.length - 1 - i)) / 5))
  return t
}
const TILT_DEG = levelTiltsDeg()

/** Tilt of a vertebra in radians (see levelTiltsDeg). */
export function vertebraTilt(level: string): number {
  const t = TILT_DEG.get(level)
  if (t === undefined) throw new Error(`spinal curve: no vertebra "${level}"`)
  return t * deg
}

// ---- heights of the spinous-process tips (the palpable levels of the landmark table) ----
const C2_Y = 1.575
const CERVICAL_STEP_M = 0.016
const C7_Y = 1.495
const THORACIC_STEP_M = 0.023
const L5_Y = 1.035
const TIP_Y = new Map<string, number>()
CERVICAL_LEVELS.forEach((l, i) => TIP_Y.set(l, C2_Y - i * CERVICAL_STEP_M))
THORACIC_LEVELS.forEach((l, i) => TIP_Y.set(l, C7_Y - (i + 1) * THORACIC_STEP_M))
const T12_Y = C7_Y - 12 * THORACIC_STEP_M
LUMBAR_LEVELS.forEach((l, i) => TIP_Y.set(l, T12_Y - ((i + 1) * (T12_Y - L5_Y)) / 5))

/** Height of a level's spinous-process tip (m). */
export function spinousHeight(level: string): number {
  const y = TIP_Y.get(level)
  if (y === undefined) throw new Error(`landmark table: no spinous process for level "${level}"`)
  return y
}

/**
 * How far a thoracic tip lies below its own body's centre, in thoracic level steps. In the upper and mid thorax a
 * tip overlies the vertebra below (CAMB-TEA); the processes are nearly horizontal at T1-T2 and T11-T12 and steepest at
 * T7-T8 (JP-TEXT). No source gives per-level figures: these are model choices that follow those two statements.
 */
const THORACIC_TIP_DROP_LEVELS = [0.87, 0.8, 0.85, 0.95, 1.05, 1.1, 1.15, 1.15, 1.1, 0.95, 0.7, 0.55]
/** Cervical and lumbar tips lie 1 cm below their body's centre (model choice). */
const OTHER_TIP_DROP_M = 0.01
/** Horizontal reach of a tip behind its body's centre (m), model choices: thoracic and lumbar alike down each region;
 * in the neck the bifid C2 spine is large, C3-C5 are the shortest, C6 longer and C7 (vertebra prominens) the longest,
 * as long as T1's (standard anatomy). */
const CERVICAL_TIP_REACH_M: Record<string, number> = { C2: 0.058, C3: 0.054, C4: 0.055, C5: 0.058, C6: 0.063, C7: 0.07 }
const TIP_REACH_M = { T: 0.07, L: 0.074 } as const

function tipReachM(level: string): number {
  const r = regionOf(level)
  if (r !== 'C') return TIP_REACH_M[r]
  const c = CERVICAL_TIP_REACH_M[level]
  if (c === undefined) throw new Error(`spinal curve: no vertebra "${level}"`)
  return c
}

function regionOf(level: string): 'C' | 'T' | 'L' {
  const r = level[0]
  if (r === 'C' || r === 'T' || r === 'L') return r
  throw new Error(`spinal curve: no vertebra "${level}"`)
}

/** How far (m) a level's spinous tip lies below its body's centre. */
export function tipDropM(level: string): number {
  if (regionOf(level) !== 'T') return OTHER_TIP_DROP_M
  const k = Number(level.slice(1))
  return THORACIC_TIP_DROP_LEVELS[k - 1]! * THORACIC_STEP_M
}

/** The L5 body's centre sits on the sacral base 2 mm in front of the sacral promontory's depth (model choice; the
 * sacrum and pelvis are placed by the landmark table). The whole column is integrated up from here. */
export const SACRAL_PROMONTORY: Vec3 = [0, 1.005, -0.03]
const L5_BODY_Z = SACRAL_PROMONTORY[2] + 0.002

/** Body centres of every level: heights from the tips, depths by integrating the tilt up the column. */
function bodyCentres(): Map<string, Vec3> {
  const out = new Map<string, Vec3>()
  const up = [...VERTEBRAL_LEVELS].reverse()
  let prevY = 0
  let prevZ = 0
  let prevTilt = 0
  up.forEach((level, i) => {
    const y = spinousHeight(level) + tipDropM(level)
    const tilt = vertebraTilt(level)
    // between two bodies the column runs at the mean of their tilts (a smooth curve through the centres)
    const z = i === 0 ? L5_BODY_Z : prevZ + (y - prevY) * Math.tan((tilt + prevTilt) / 2)
    out.set(level, [0, y, z])
    prevY = y
    prevZ = z
    prevTilt = tilt
  })
  return out
}
const BODY = bodyCentres()

/** Centre of a vertebral body (C2..L5). */
export function vertebralBody(level: string): Vec3 {
  const b = BODY.get(level)
  if (!b) throw new Error(`spinal curve: no vertebra "${level}"`)
  return b
}

/** Spinous-process tip of a level (C2..L5): below and behind its body on the curve. */
export function spinousTip(level: string): Vec3 {
  const b = vertebralBody(level)
  return [0, spinousHeight(level), b[2] - tipReachM(level)]
}

/** A point given in a vertebra's own frame (x lateral, y along its axis, z forward), placed on the body. */
export function onVertebra(level: string, local: Vec3): Vec3 {
  const b = vertebralBody(level)
  const t = vertebraTilt(level)
  const c = Math.cos(t)
  const s = Math.sin(t)
  // the vertebra's axis leans forward by the tilt: local up (0, 1, 0) -> (0, cos, sin), local forward -> (0, -sin, cos)
  return [b[0] + local[0], b[1] + local[1] * c - local[2] * s, b[2] + local[1] * s + local[2] * c]
}
