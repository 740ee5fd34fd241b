// Smooth envelopes of the body segments (neck, shoulder yoke, upper arm, forearm, thigh, knee, leg, trunk): a lower
// bound for the skin's volume, so that the skin follows one continuous contour per segment instead of shrink-wrapping
// each muscle and bone. The muscles still push the skin out where they are fuller (deltoid, pectoral, calf). The
// envelopes are placed between landmarks, so they follow the skeleton; their radii are model choices, set a little
// inside the outline of a lean-average adult built on this skeleton (the subcutaneous layer of habitus.ts is added
// on top), not measured values.
import type { Landmarks } from './landmarkTable'
import type { LimbAxis } from './limbHull'
import { type Primitive, ellipsoid, taperedCapsule } from './sdf'
import { type Vec3, add, cross, lerp, mirrorX, normalize, scale, sub } from './vec'

/** Envelopes of the left limbs and of the midline segments (the caller mirrors the left ones). */
export function segmentEnvelopes(lm: Landmarks): { left: Primitive[]; midline: Primitive[] } {
  const L = (id: string): Vec3 => lm.at(id, 'left')
  const M = (id: string): Vec3 => lm.at(id, 'midline')
  const gh = L('glenohumeral-joint')
  const elbow = L('elbow-joint')
  const wrist = L('wrist-joint')
  const hip = L('hip-joint')
  const knee = L('knee-joint')
  const ankle = L('ankle-joint')
  const c7 = M('c7-spinous-process')
  const notch = M('sternal-notch')
  const armOut = scale(normalize(cross(sub(elbow, gh), [0, 0, -1])), 0.008)
  const neckBase: Vec3 = [0, (c7[1] + notch[1]) / 2, (c7[2] + notch[2]) / 2 + 0.012]
  const left: Primitive[] = [
    // shoulder yoke under the upper trapezius: neck base to the acromion, so the neck meets the shoulder in one curve
    taperedCapsule(add(neckBase, [0.02, 0.02, 0.004]), add(L('acromion'), [-0.03, -0.014, 0.012]), 0.042, 0.03),
    // upper arm: its axis a little lateral of the humerus's, whose medial side carries only the thin neurovascular
    // bundle, so the arm's inner contour stays clear of the chest wall below the axilla
    taperedCapsule(add(lerp(gh, elbow, 0.15), armOut), add(lerp(gh, elbow, 0.9), armOut), 0.038, 0.032),
    // forearm: the muscular proximal part, tapering to the wrist
    taperedCapsule(lerp(elbow, wrist, 0.12), lerp(elbow, wrist, 0.45), 0.033, 0.029),
    taperedCapsule(lerp(elbow, wrist, 0.45), wrist, 0.029, 0.018),
    // thigh: from below the hip joint to above the knee, its axis a little lateral at the top (greater trochanter)
    taperedCapsule(add(hip, [0.02, -0.04, -0.005]), add(knee, [0.005, 0.11, 0.0]), 0.064, 0.048),
    ellipsoid(add(knee, [0, 0.01, 0.0]), [0.046, 0.055, 0.045]),
    // leg: behind the tibia, narrowing to the ankle, its axis between tibia and fibula; its medial side keeps to the
    // tibia's medial face, which lies under the skin (docs/MODEL.md, "The calf")
    taperedCapsule(add(knee, [0.012, -0.07, -0.024]), add(ankle, [0.006, 0.12, -0.01]), 0.04, 0.026),
    taperedCapsule(add(ankle, [0.006, 0.12, -0.01]), add(ankle, [0.006, 0.03, -0.005]), 0.025, 0.022),
  ]
  const midline: Primitive[] = [
    // upper chest under the pectorals (behind, it stays inside the back muscles)
    ellipsoid([0, 1.33, 0.0], [0.14, 0.12, 0.104]),
    // lips and cheeks over the teeth, so the face has no open mouth (placed from chin and nose landmarks)
    ellipsoid([0, (M('mental-protuberance')[1] + M('nasion')[1]) / 2 - 0.02, M('mental-protuberance')[2] - 0.032], [0.042, 0.032, 0.036]),
    // neck: from its base to under the skull
    taperedCapsule(neckBase, [0, 1.565, -0.01], 0.054, 0.05),
  ]
  return { left, midline }
}

/** Axes of the limb segments whose smoothed radial hull the skin is laid over (both sides). */
export function limbAxes(lm: Landmarks): LimbAxis[] {
  const L = (id: string): Vec3 => lm.at(id, 'left')
  // below the crotch for the thigh, clear of the trunk for the arm: the hull measures only the limb itself
  const left: LimbAxis[] = [
    { a: L('hip-joint'), b: L('knee-joint'), sFrom: 0.25, sTo: 1, maxRadiusM: 0.1, medialReachM: 0.05 },
    // the leg's hull runs on into the ankle, so that the leg tapers into it without a shelf (ending at 0.8 leaves one
    // 16 cm above the floor; 0.9 widens the ankle by 1 cm)
    { a: L('knee-joint'), b: L('ankle-joint'), sFrom: 0, sTo: 0.86, maxRadiusM: 0.09 },
    { a: L('glenohumeral-joint'), b: L('elbow-joint'), sFrom: 0.3, sTo: 1, maxRadiusM: 0.065, medialReachM: 0.025 },
    // the forearm's hull is measured down to its lower third, where the bellies give way to tendons, and closes slowly
    // below that, so the forearm tapers into the wrist (a hull measured down to the wrist holds the bellies' girth to
    // it and ends there in a cuff; one closing with the other limbs' short round leaves a groove across the forearm)
    { a: L('elbow-joint'), b: L('wrist-joint'), sFrom: 0.05, sTo: 0.7, maxRadiusM: 0.065, distalEndRoundM: 0.15 },
  ]
  return [...left, ...left.map((x) => ({ ...x, a: mirrorX(x.a), b: mirrorX(x.b) }))]
}
