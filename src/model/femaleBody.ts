// The female body. The generator builds every structure in the reference frame of the male landmark table; the female
// model is that geometry carried by one smooth warp to female proportions (ANSUR II, Gordon et al. 2014:
// F/M ratios of stature, shoulder, chest, waist, hip, limb breadths and girths), plus what a warp cannot make: breast
// soft tissue over pectoralis major and the thicker subcutaneous layer over hips, buttocks, thighs and upper arms.
// Because bones, muscles, organs and skin all move with the same warp, every layer keeps its order and no part can
// pass through another; tissue thicknesses change only by the local stretch (front to back none over the chest, side
// to side up to the 12% narrowing at the shoulders and the 17% at mid-neck).
import { ramp } from './fibres'
import { band } from './habitus'
import type { Primitive } from './sdf'
import { ellipsoid } from './sdf'
import type { Vec3 } from './vec'

/** ANSUR II (Gordon et al. 2014) means, mm: men / women. */
export const ANSUR_II = {
  stature: [1756, 1629],
  biacromialBreadth: [416, 365],
  chestBreadth: [289, 269],
  waistBreadth: [326, 300],
  waistDepth: [238, 213],
  bicristalBreadth: [275, 273],
  hipBreadth: [346, 354],
  thighCircumference: [625, 616],
  calfCircumference: [392, 373],
  ankleCircumference: [229, 216],
  bicepsCircumference: [358, 306],
  /** Flexed: the survey's tape goes round the forearm's largest girth with the elbow bent and the fist clenched. */
  forearmCircumference: [310, 264],
  wristCircumference: [176, 155],
  acromionRadialeLength: [335, 311],
  radialeStylionLength: [268, 241],
  footLength: [271, 246],
  // from the survey's public data file (means 397.6 / 329.8)
  neckCircumference: [398, 330],
  // across the zygomatic arches, from the survey's public data file
  bizygomaticBreadth: [142.6, 133.8],
} as const

const ratio = (k: keyof typeof ANSUR_II): number => ANSUR_II[k][1] / ANSUR_II[k][0]

/** Vertical scale: female / male stature. Heights as fractions of stature are within 0.01 in ANSUR II. */
export const STATURE_RATIO = ratio('stature')

interface Knot {
  /** Height in the reference (male) body, m. */
  y: number
  v: number
}

/** Smooth (C1) interpolation between knots ordered by height, constant beyond the ends. */
function profile(knots: readonly Knot[], y: number): number {
  const first = knots[0]!
  const last = knots[knots.length - 1]!
  if (y <= first.y) return first.v
  if (y >= last.y) return last.v
  for (let i = 1; i < knots.length; i++) {
    const a = knots[i - 1]!
    const b = knots[i]!
    if (y <= b.y) {
      const t = (y - a.y) / (b.y - a.y)
      const s = t * t * (3 - 2 * t)
      return a.v + (b.v - a.v) * s
    }
  }
  return last.v
}

// Heights in the reference body: ANKLE 0.07, knee 0.5, crotch 0.84, greater trochanter 0.93, iliac crest 1.06, tenth
// rib 1.12, chest 1.29, acromion 1.43, chin 1.52. Breadths scale by the ANSUR II ratio at each level. The hip breadth
// ratio (1.02) is reached with the thicker female subcutaneous layer there (FEMALE_EXTRA_FAT_M), so the warp alone
// keeps the bony pelvis at the bicristal ratio (0.99). The neck narrows by the neck circumference ratio at mid-neck
// (ANSUR II public data file, 329.8 / 397.6 mm: a slender neck, not a male neck scaled), the jaw below the mastoid with
// it; the head scales with stature from the mastoid up.
const LATERAL: readonly Knot[] = [
  { y: 0.07, v: ratio('ankleCircumference') },
  { y: 0.4, v: ratio('calfCircumference') },
  { y: 0.75, v: ratio('thighCircumference') },
  { y: 0.93, v: ratio('bicristalBreadth') },
  { y: 1.06, v: ratio('bicristalBreadth') },
  { y: 1.15, v: ratio('waistBreadth') },
  { y: 1.29, v: ratio('chestBreadth') },
  { y: 1.43, v: ratio('biacromialBreadth') },
  { y: 1.53, v: ratio('neckCircumference') },
  { y: 1.575, v: STATURE_RATIO },
]

// Depth (front to back): the chest keeps the reference depth (ANSUR II chest depth 247 vs 254 mm, a ratio of 0.97,
// within a third of a standard deviation), so the chest wall keeps the layer thicknesses the needle-depth checks
// measure; the waist is shallower (waist depth ratio, reached at the umbilicus), the leg follows its girths and the
// foot its length.
const DEPTH: readonly Knot[] = [
  { y: 0.04, v: ratio('footLength') },
  { y: 0.1, v: ratio('ankleCircumference') },
  { y: 0.4, v: ratio('calfCircumference') },
  { y: 0.75, v: ratio('thighCircumference') },
  { y: 0.93, v: 1 },
  { y: 1.05, v: ratio('waistDepth') },
  { y: 1.2, v: 1 },
  { y: 1.46, v: 1 },
  { y: 1.53, v: STATURE_RATIO },
]

/** The arm scales along its length by the mean of the upper-arm and forearm length ratios, and across its axis by the
 * biceps girth ratio (femaleWarp). */
const ARM_ALONG = (ratio('acromionRadialeLength') + ratio('radialeStylionLength')) / 2
const ARM_ACROSS = ratio('bicepsCircumference')

export interface FemaleWarpAnchors {
  /** The left arm's axis in the reference body: shoulder joint, elbow, wrist and fingertip centres. */
  glenohumeral: Vec3
  elbow: Vec3
  wrist: Vec3
  fingertip: Vec3
}

/** The arm's axis at a height (left side), from its joint centres; straight on beyond the fingertip. */
function armAxisAt(a: FemaleWarpAnchors, y: number): Vec3 {
  const chain = [a.glenohumeral, a.elbow, a.wrist, a.fingertip]
  if (y >= a.glenohumeral[1]) return a.glenohumeral
  for (let i = 1; i < chain.length; i++) {
    const p = chain[i - 1]!
    const q = chain[i]!
    if (y >= q[1] || i === chain.length - 1) {
      const t = (p[1] - y) / (p[1] - q[1])
      return [p[0] + (q[0] - p[0]) * t, y, p[2] + (q[2] - p[2]) * t]
    }
  }
  return a.fingertip
}

/** A point's distance inside the arm's inner boundary counts as arm within this band (m). */
const ARM_BAND_M = 0.02
/** The arm's inner boundary lies this far medial of its axis (about the arm's radius). */
const ARM_INNER_M = 0.05
/** Below the elbow the forearm hangs clear of the waist and hip, so its inner boundary lies further medial of the axis,
 * reached FOREARM_INNER_FADE_M below the elbow: the whole forearm then follows the arm's girth scale, not its medial
 * half the trunk's. The fade is slow enough that the weight's lower edge (axis less boundary less band) stays lateral
 * of the reference body's waist and hip (at most 0.176 m out between 0.95 m and the elbow) while the axis swings out. */
const FOREARM_INNER_M = 0.065
const FOREARM_INNER_FADE_M = 0.08
/** Below the shoulder joint the arm's own scales take over from the trunk's within this distance (m). */
const ARM_TAKEOVER_M = 0.12

/** How much a point (|x|, y on the reference body) follows the arm's transform rather than the trunk's (0..1): by its
 * distance inside the arm's inner boundary, which lies ARM_INNER_M medial of the arm's axis down to the elbow and
 * FOREARM_INNER_M below it. */
export function femaleArmWeight(anchors: FemaleWarpAnchors): (ax: number, y: number) => number {
  const elbowY = anchors.elbow[1]
  return (ax, y) => {
    const axis = armAxisAt(anchors, y)
    const inner = ARM_INNER_M + (FOREARM_INNER_M - ARM_INNER_M) * ramp(elbowY - y, 0, FOREARM_INNER_FADE_M)
    return ramp(ax, axis[0] - inner - ARM_BAND_M, axis[0] - inner + ARM_BAND_M)
  }
}

/**
 * The warp from the reference body to the female body (metres to metres). The trunk and legs scale by the profiles
 * above about the midline and the ground. The arm scales about its own axis: the axis keeps its direction and shortens
 * by the arm-length ratio from the shoulder joint, and the girth scales across it. Because the shoulders narrow and
 * the waist and hips much less, the arm hangs a little further from the body and the forearm's carrying angle widens,
 * so elbow and hand keep their places beside waist and hip (the female carrying angle is the larger one; the amount
 * here is what keeps the arm clear of the trunk, a modelling choice). A weight that
 * follows the arm's inner side decides how much a point follows the arm or the trunk; at the shoulder joint the two
 * transforms agree. Smooth, so normals follow its Jacobian.
 */
export function femaleWarp(anchors: FemaleWarpAnchors): (p: Vec3) => Vec3 {
  const trunk = (x: number, y: number, z: number): Vec3 => [profile(LATERAL, y) * x, STATURE_RATIO * y, profile(DEPTH, y) * z]
  const gh = anchors.glenohumeral
  const ghLeft = trunk(gh[0], gh[1], gh[2])
  const atShoulder = { x: profile(LATERAL, gh[1]), z: profile(DEPTH, gh[1]) }
  // the wider angles: at the elbow and at the fingertip the arm's axis lands where the trunk's transform would put it
  const { elbow, fingertip: tip } = anchors
  const outAt = (q: Vec3): number => trunk(q[0], q[1], q[2])[0] - (ghLeft[0] + ARM_ALONG * (q[0] - gh[0]))
  const [atElbow, atTip] = [outAt(elbow), outAt(tip)]
  const armWeight = femaleArmWeight(anchors)
  const widen = (y: number): number =>
    y >= gh[1]
      ? 0
      : y >= elbow[1]
        ? (atElbow * (gh[1] - y)) / (gh[1] - elbow[1])
        : atElbow + ((atTip - atElbow) * (elbow[1] - y)) / (elbow[1] - tip[1])
  return (p) => {
    const [x, y, z] = p
    const t = trunk(x, y, z)
    const s = x >= 0 ? 1 : -1
    const w = armWeight(Math.abs(x), y)
    if (w <= 0) return t
    const axis = armAxisAt(anchors, y)
    // at the joint the arm scales as the trunk does there; down the arm, by its own ratios
    const down = ramp(gh[1] - y, 0, ARM_TAKEOVER_M)
    const across = { x: atShoulder.x + (ARM_ACROSS - atShoulder.x) * down, z: atShoulder.z + (ARM_ACROSS - atShoulder.z) * down }
    const along = STATURE_RATIO + (ARM_ALONG - STATURE_RATIO) * down
    const axisX = ghLeft[0] + along * (axis[0] - gh[0]) + widen(y)
    const axisZ = ghLeft[2] + along * (axis[2] - gh[2])
    const a: Vec3 = [s * (axisX + across.x * (Math.abs(x) - axis[0])), ghLeft[1] + along * (y - gh[1]), axisZ + across.z * (z - axis[2])]
    return [t[0] + (a[0] - t[0]) * w, t[1] + (a[1] - t[1]) * w, t[2] + (a[2] - t[2]) * w]
  }
}

/** The Jacobian of a warp at a point, by central differences, as rows (d out_i / d in_j). */
export function warpJacobian(warp: (p: Vec3) => Vec3, p: Vec3, h = 1e-4): number[][] {
  const J = [
    [0, 0, 0],
    [0, 0, 0],
    [0, 0, 0],
  ]
  for (let j = 0; j < 3; j++) {
    const step = (d: number): Vec3 => [p[0] + (j === 0 ? d : 0), p[1] + (j === 1 ? d : 0), p[2] + (j === 2 ? d : 0)]
    const a = warp(step(h))
    const b = warp(step(-h))
    for (let i = 0; i < 3; i++) J[i]![j] = (a[i]! - b[i]!) / (2 * h)
  }
  return J
}

/**
 * The thicker female subcutaneous layer (m, added to the reference layer): over the hips, buttocks and thighs and
 * around the upper arm. Triceps skinfold 23.5 vs 13.1 mm (NHANES III); a single layer is about half a skinfold, so
 * about 5 mm more [derived]. The same is used over the hips and thighs, where ultrasound finds the female layer
 * thicker (ANNU-2025) without a mean to use. The back of the chest is left as in the reference body: the needle
 * depths there are scaled from a mixed-sex study (KIM-2002).
 */
export const FEMALE_EXTRA_FAT_M = (23.5 - 13.1) / 2 / 1000

/** The hips' and thighs' extra layer ends between these distances from the midline (m, full medial of the first, none
 * lateral of the second; a smoothstep), so that the hanging forearms and hands, which lie at the same heights, do not
 * take it: on the reference body the hip and thigh skin reaches at most 0.192 m out between 0.7 and 1.02 m, and the
 * forearm's and hand's skin comes no nearer than 0.199 m. */
const HIPS_LAYER_FULL_TO_M = 0.195
const HIPS_LAYER_NONE_FROM_M = 0.209
/** The upper arm's extra layer: the middle of its lower edge (m, reference body, a logistic edge of 3 cm), 2 cm above
 * the elbow's axis (the triceps skinfold is taken at mid upper arm, and the layer over the elbow is thin), and the
 * middle of its medial edge (m from the midline, over 8 mm), lateral of the chest wall. */
const UPPER_ARM_FROM_M = 1.11
const UPPER_ARM_LATERAL_FROM_M = 0.205

export function femaleExtraFatM(x: number, y: number): number {
  const ax = Math.abs(x)
  const hipsAndThighs = band(y, 0.58, 1.02, 0.03) * ramp(ax, HIPS_LAYER_NONE_FROM_M, HIPS_LAYER_FULL_TO_M)
  const upperArm = band(y, UPPER_ARM_FROM_M, 1.36, 0.03) * band(ax, UPPER_ARM_LATERAL_FROM_M, 1, 0.008)
  return FEMALE_EXTRA_FAT_M * Math.min(1, hipsAndThighs + upperArm)
}

/** The female nipple in reference-body coordinates (projected onto the skin like every skin landmark): lower than the
 * male one (the 4th to 5th intercostal space) and on the breast's front. */
export const FEMALE_NIPPLE_REFERENCE_M: Vec3 = [0.1, 1.255, 0.1]

/**
 * Breast soft tissue over pectoralis major (reference-body coordinates, left side; the caller mirrors it). It spans
 * ribs 2 to 6 from the sternal edge toward the mid-axillary line, with the nipple at about the 4th to 5th intercostal
 * space, about 10 cm from the sternum and 20 cm from the jugular notch (plastic-surgery norms for 300-500 mL, docs/MODEL.md). Two
 * overlapping ellipsoids make the sloping upper pole and the fuller lower pole; the lower one ends about 6 cm lateral of
 * the nipple, so the breast thins toward the mid-axillary line over the anterolateral chest wall. The skin's
 * subcutaneous layer adds its own thickness on top.
 */
export function breastPrimitives(nippleReference: Vec3): Primitive[] {
  const [nx, ny] = nippleReference
  return [
    ellipsoid([nx - 0.003, ny - 0.015, 0.075], [0.065, 0.066, 0.072]),
    ellipsoid([nx - 0.005, ny + 0.035, 0.06], [0.065, 0.06, 0.055]),
  ]
}
