// The bones of the (left) hand in the anatomical position, palm forward: the two carpal rows, five metacarpals and
// the phalanges, fingers slightly flexed as in a relaxed hand, the thumb set forward of the palm and turned to face
// the fingers. Lengths follow the usual proportions of an adult hand (middle finger longest, little finger
// shortest, carpus about a sixth of the hand) scaled to the wrist-to-fingertip length of the landmark table; every
// size here is a model choice.
import { type LongBoneSize, digit, longBone } from './boneParts'
import { type Primitive, ellipsoid, taperedCapsule } from './sdf'
import { type Vec3, add, cross, length, normalize, scale, sub } from './vec'

const REFERENCE_HAND_M = 0.189
const deg = Math.PI / 180

/** The hand's own axes and scale, from the wrist joint centre and the fingertip (tip of the middle finger). */
export interface HandFrame {
  /** The hand's length over the reference hand's. */
  lengthRatio: number
  /** Distal, lateral (thumb side) and palmar (forward in the anatomical position) unit vectors. */
  distal: Vec3
  lateral: Vec3
  palmar: Vec3
  /** A point of the hand: `u` distal from the wrist, `v` towards the thumb, `w` towards the palm (m, unscaled). */
  at: (u: number, v: number, w: number) => Vec3
}

export function handFrame(wrist: Vec3, fingertip: Vec3): HandFrame {
  const k = length(sub(fingertip, wrist)) / REFERENCE_HAND_M
  const D = normalize(sub(fingertip, wrist))
  const L = normalize([-D[1], D[0], 0])
  const N = normalize(cross(D, L))
  return {
    lengthRatio: k,
    distal: D,
    lateral: L,
    palmar: N,
    at: (u, v, w) => add(wrist, add(scale(D, u * k), add(scale(L, v * k), scale(N, w * k)))),
  }
}

/** Metacarpals II-V: the base and head joint centres, in the hand's coordinates (HandFrame.at, unscaled). */
export const METACARPALS: readonly { base: readonly [number, number, number]; head: readonly [number, number, number] }[] = [
  { base: [0.039, 0.012, 0.0], head: [0.1, 0.025, 0.001] },
  { base: [0.038, 0.0, 0.0], head: [0.101, 0.004, 0.0] },
  { base: [0.037, -0.0105, 0.0], head: [0.096, -0.014, 0.002] },
  { base: [0.036, -0.02, 0.001], head: [0.088, -0.03, 0.005] },
]

/** The thumb's carpometacarpal joint (hand coordinates), its direction in the frame's axes (distal, lateral, palmar
 * parts; not unit) and its bones' lengths (m, unscaled): metacarpal, proximal and distal phalanx. */
export const THUMB = { cmc: [0.034, 0.027, 0.009], direction: [0.82, 0.44, 0.2], lengthsM: [0.044, 0.031, 0.024] } as const

/** Primitives of the left hand, from the wrist joint centre and the fingertip (tip of the middle finger). */
export function handPrims(wrist: Vec3, fingertip: Vec3): Primitive[] {
  return buildHand(wrist, fingertip).prims
}

/** The joint centres of the left hand's digits: for each finger (index to little) its metacarpophalangeal and
 * interphalangeal joints and the tip; for the thumb its carpometacarpal, metacarpophalangeal and interphalangeal
 * joints and the tip. */
export function handJoints(wrist: Vec3, fingertip: Vec3): { fingers: Vec3[][]; thumb: Vec3[] } {
  const { fingers, thumb } = buildHand(wrist, fingertip)
  return { fingers, thumb }
}

function buildHand(wrist: Vec3, fingertip: Vec3): { prims: Primitive[]; fingers: Vec3[][]; thumb: Vec3[] } {
  const { lengthRatio: k, distal: D, lateral: L, palmar: N, at: P } = handFrame(wrist, fingertip)
  const sz = (baseM: number, shaftM: number, headM: number): LongBoneSize => ({ baseM: baseM * k, shaftM: shaftM * k, headM: headM * k })
  const prims: Primitive[] = []
  const bone = (c: Vec3, r: Vec3): void => {
    prims.push(ellipsoid(c, scale(r, 1.12 * k) as Vec3, [L, D, N]))
  }

  // carpus, proximal row: scaphoid, lunate, triquetrum, pisiform (on the palmar face of the triquetrum)
  bone(P(0.013, 0.016, 0.002), [0.0075, 0.0105, 0.0068])
  bone(P(0.01, 0.002, 0.0), [0.0068, 0.008, 0.0078])
  bone(P(0.012, -0.012, -0.002), [0.0065, 0.0068, 0.0068])
  bone(P(0.014, -0.015, 0.008), [0.0045, 0.0048, 0.0045])
  // distal row: trapezium, trapezoid, capitate, hamate (with its hook)
  bone(P(0.029, 0.023, 0.005), [0.0068, 0.0078, 0.007])
  bone(P(0.03, 0.011, 0.0), [0.0055, 0.0068, 0.0068])
  bone(P(0.028, 0.0, 0.0), [0.007, 0.0105, 0.0078])
  bone(P(0.028, -0.0125, -0.001), [0.0065, 0.0098, 0.0075])
  prims.push(taperedCapsule(P(0.03, -0.0115, 0.004), P(0.032, -0.01, 0.01), 0.0035 * k, 0.0028 * k))

  // metacarpals II-V (base joint, head joint) and fingers: proximal, middle and distal phalanges
  const at = (p: readonly [number, number, number]): Vec3 => P(p[0], p[1], p[2])
  const ray = (i: number): { base: Vec3; mcp: Vec3 } => {
    const m = METACARPALS[i]
    if (!m) throw new Error(`handPrims: no metacarpal ${i + 2}`)
    return { base: at(m.base), mcp: at(m.head) }
  }
  const fingers: { base: Vec3; mcp: Vec3; mc: LongBoneSize; lengthsM: number[]; spread: number; flexRad: number[]; s: number }[] = [
    {
      ...ray(0),
      mc: sz(0.0062, 0.004, 0.0066),
      lengthsM: [0.04, 0.023, 0.017],
      spread: 0.1,
      flexRad: [10 * deg, 14 * deg, 8 * deg],
      s: 1,
    },
    {
      ...ray(1),
      mc: sz(0.0064, 0.0042, 0.0068),
      lengthsM: [0.045, 0.028, 0.019],
      spread: 0.02,
      flexRad: [12 * deg, 17 * deg, 9 * deg],
      s: 1.03,
    },
    {
      ...ray(2),
      mc: sz(0.0058, 0.0037, 0.0061),
      lengthsM: [0.042, 0.027, 0.019],
      spread: -0.06,
      flexRad: [15 * deg, 20 * deg, 10 * deg],
      s: 0.96,
    },
    {
      ...ray(3),
      mc: sz(0.0058, 0.0035, 0.0057),
      lengthsM: [0.033, 0.019, 0.017],
      spread: -0.15,
      flexRad: [18 * deg, 24 * deg, 12 * deg],
      s: 0.86,
    },
  ]
  const fingerJoints: Vec3[][] = []
  for (const f of fingers) {
    prims.push(...longBone(f.base, f.mcp, L, f.mc))
    const dir = normalize(add(D, scale(L, f.spread)))
    const s = f.s
    const { prims: ph, joints } = digit(
      f.mcp,
      dir,
      f.lengthsM.map((m) => m * k),
      f.flexRad,
      N,
      L,
      [sz(0.006 * s, 0.0043 * s, 0.005 * s), sz(0.005 * s, 0.0037 * s, 0.0043 * s), sz(0.0043 * s, 0.003 * s, 0.0038 * s)],
    )
    prims.push(...ph)
    fingerJoints.push(joints)
  }

  // thumb: from the trapezium, the first metacarpal runs distally, laterally and forward of the palm; the thumb
  // is turned so that it bends across the palm (its width faces forward)
  const cmc = at(THUMB.cmc)
  const thumbDir = normalize(add(add(scale(D, THUMB.direction[0]), scale(L, THUMB.direction[1])), scale(N, THUMB.direction[2])))
  const across = normalize(add(scale(L, -1), scale(N, 0.35)))
  const thumbSide = normalize(cross(thumbDir, across))
  const { prims: thumb, joints: thumbJoints } = digit(
    cmc,
    thumbDir,
    THUMB.lengthsM.map((m) => m * k),
    [0, 12 * deg, 14 * deg],
    across,
    thumbSide,
    [sz(0.0072, 0.0048, 0.0068), sz(0.006, 0.0043, 0.005), sz(0.0052, 0.0035, 0.0042)],
  )
  prims.push(...thumb)
  return { prims, fingers: fingerJoints, thumb: thumbJoints }
}
