// The face's soft-tissue base: one smooth volume from the brow to under the chin, which the skin takes over the front
// of the head instead of its blurred shrink-wrap of the skull and masseter (whose blocky maxilla, orbital rims and
// muscle edges read through as lumps). The eyes, nose, lips and ears of face.ts sit on it. It is a few large forms
// blended widely (brow, midface, the jaw on each side, the chin and the floor under it), so that it has no edges of
// its own; wherever a structure comes closer to its surface than the skin's minimum cover, the skin keeps that cover
// instead (skin.ts), so nothing is uncovered. Placed from the landmark table; the sizes are model choices for a neutral
// mannequin head, chosen to lie a few millimetres to about a centimetre over the skull, not measurements.
import { ramp } from './fibres'
import type { Landmarks } from './landmarkTable'
import {
  type Bounds,
  type Primitive,
  ellipsoid,
  insideBounds,
  mirrorPrimitive,
  smin,
  superquadric,
  taperedCapsule,
  unionBounds,
} from './sdf'
import { add } from './vec'

/** Blend between the base's forms (m): wide, so that brow, cheeks, jaw and chin run into one another. */
const FACE_BASE_BLEND_M = 0.022

export interface FaceBase {
  /** Signed distance to the base's surface (negative inside); approximate away from it. */
  distance(x: number, y: number, z: number): number
  /** How much the base replaces the skin here: 1 over the face, falling to 0 above the brow, in front of the ears
   * and on the neck; 0 outside `bounds`. */
  weight(x: number, y: number, z: number): number
  /** The box outside which the weight is 0. */
  bounds: Bounds
}

/** The base's forms: on the midline (brow, midface, chin), and the jaw on the patient's left (x > 0), which is
 * mirrored for the right. */
function baseForms(lm: Landmarks): { midline: Primitive[]; left: Primitive[] } {
  const nasion = lm.at('nasion')
  const chin = lm.at('mental-protuberance')
  const angle = lm.at('angle-of-mandible', 'left')
  const zyg = lm.at('zygomatic-arch', 'left')
  return {
    midline: [
      // brow and the upper face round the orbits, down to the cheekbones
      ellipsoid(add(nasion, [0, 0.018, -0.076]), [0.074, 0.066, 0.092]),
      // the midface and cheeks: broad in front, over the maxilla and the front of the masseter, narrowing to the jaw
      superquadric([0, (nasion[1] + chin[1]) / 2 + 0.008, zyg[2] - 0.036], [0.068, 0.062, 0.085], 3, 2.6, 0.18),
      // the chin
      ellipsoid(add(chin, [0, 0.009, -0.004]), [0.019, 0.013, 0.013]),
      // the floor under the chin, from the chin back to the throat
      ellipsoid(add(chin, [0, -0.008, -0.045]), [0.03, 0.012, 0.03]),
    ],
    // the jaw: along the mandible's lower border from its angle to beside the chin
    left: [taperedCapsule(add(angle, [0.004, 0.004, 0.0]), add(chin, [0.02, 0.006, -0.01]), 0.012, 0.012)],
  }
}

export function faceBase(lm: Landmarks): FaceBase {
  const forms = baseForms(lm)
  const nasion = lm.at('nasion')
  const chin = lm.at('mental-protuberance')
  const tragus = lm.at('tragus', 'left')
  // the base replaces the skin below the brow (not the forehead and scalp), in front of the tragus, and under the chin
  // fully down to 2 cm below it (the floor under the chin meets the neck there), fading out by 4 cm below it (not the
  // neck); each limit is where its ramp reaches 0
  const top = nasion[1] + 0.03
  const bottom = chin[1] - 0.04
  const behind = tragus[2] - 0.028
  const reach = unionBounds([...forms.midline, ...forms.left, ...forms.left.map(mirrorPrimitive)], FACE_BASE_BLEND_M)
  const bounds: Bounds = { min: [reach.min[0], bottom, behind], max: [reach.max[0], top, reach.max[2]] }
  const jaws = (x: number, y: number, z: number): number => {
    let d = Infinity
    for (const p of forms.left) d = Math.min(d, smin(p.distance(x, y, z), p.distance(-x, y, z), FACE_BASE_BLEND_M))
    return d
  }
  return {
    bounds,
    weight: (x, y, z) =>
      insideBounds(bounds, x, y, z) ? ramp(z, behind, behind + 0.04) * ramp(y, top, top - 0.022) * ramp(y, bottom, bottom + 0.02) : 0,
    // the two jaws are blended with each other first, so the base is the same on both sides, and meet under the chin
    // without the crease that reading one side at |x| would leave on the midline
    distance(x, y, z) {
      let d = jaws(x, y, z)
      for (const p of forms.midline) d = smin(d, p.distance(x, y, z), FACE_BASE_BLEND_M)
      return d
    },
  }
}
