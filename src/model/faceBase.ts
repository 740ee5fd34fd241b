// The face's soft-tissue base: one smooth volume from the brow to under the chin, which the skin takes over the front
// of the head instead of its blurred shrink-wrap of the skull and masseter (whose blocky maxilla, orbital rims and
// muscle edges read through as lumps). The eyes, nose, lips and ears of face.ts sit on it. It is a few large forms
// blended widely (brow, midface, the jaw on each side, the chin), so that it has no edges of its own; wherever a
// structure comes closer to its surface than the skin's minimum cover, the skin keeps that cover instead
// (skin.ts), so nothing is uncovered. Placed from the landmark table; the sizes are model choices for a neutral
// mannequin head, chosen to lie a few millimetres to about a centimetre over the skull, not measurements.
import { ramp } from './fibres'
import type { Landmarks } from './landmarkTable'
import { type Bounds, type Primitive, ellipsoid, smin, taperedCapsule } from './sdf'
import { type Vec3, add } from './vec'

/** Blend between the base's forms (m): wide, so that brow, cheeks, jaw and chin run into one another. */
const FACE_BASE_BLEND_M = 0.022

export interface FaceBase {
  /** Signed distance to the base's surface (negative inside); approximate away from it. */
  distance(x: number, y: number, z: number): number
  /** How much the base replaces the skin here: 1 over the face, falling to 0 at the hairline, in front of the ears
   * and on the neck. */
  weight(x: number, y: number, z: number): number
  bounds: Bounds
}

/**
 * A superquadric: |x/rx|^h and |z/rz|^h combine with exponent h across the body (h > 2 is squarer than an
 * ellipse: a face is broad in front), and that with |y/ry|^v up and down; its width tapers downward. The distance is the implicit value over
 * its gradient's length, so it is close to metric near the surface, which is where the blends and the skin read it.
 */
function superquadric(center: Vec3, radiiM: Vec3, h: number, v: number, taper = 0): Primitive {
  const [cx, cy, cz] = center
  const [rx, ry, rz] = radiiM
  const f = (x: number, y: number, z: number): number => {
    // narrower below than above by `taper` of its width at the centre, each way
    const width = rx * (1 + taper * Math.min(Math.max((y - cy) / ry, -1), 1))
    const across = Math.abs((x - cx) / width) ** h + Math.abs((z - cz) / rz) ** h
    return (across ** (v / h) + Math.abs((y - cy) / ry) ** v) ** (1 / v)
  }
  const e = 1e-4
  const rMax = Math.max(rx, ry, rz)
  const widest = rx * (1 + Math.abs(taper))
  return {
    bounds: { min: [cx - widest, cy - ry, cz - rz], max: [cx + widest, cy + ry, cz + rz] },
    distance(x, y, z) {
      const value = f(x, y, z) - 1
      const g = Math.hypot(f(x + e, y, z) - f(x - e, y, z), f(x, y + e, z) - f(x, y - e, z), f(x, y, z + e) - f(x, y, z - e)) / (2 * e)
      return g > 1e-9 ? value / g : value * rMax
    },
  }
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
      ellipsoid(add(nasion, [0, 0.018, -0.076]), [0.09, 0.066, 0.092]),
      // the midface and cheeks: broad in front, over the maxilla and the front of the masseter, narrowing to the jaw
      superquadric([0, (nasion[1] + chin[1]) / 2 + 0.008, zyg[2] - 0.036], [0.08, 0.062, 0.085], 3, 2.6, 0.18),
      // the chin
      ellipsoid(add(chin, [0, 0.006, -0.004]), [0.019, 0.016, 0.013]),
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
  // the base replaces the skin below the brow (not the forehead and scalp), in front of the tragus, and down to the
  // jaw's lower border (not the neck)
  const top = nasion[1] + 0.03
  const bottom = chin[1] - 0.026
  const front = tragus[2] + 0.002
  return {
    bounds: { min: [-0.1, bottom - 0.02, front - 0.03], max: [0.1, top + 0.02, nasion[2] + 0.05] },
    weight: (x, y, z) => ramp(z, front - 0.03, front + 0.01) * ramp(y, top, top - 0.022) * ramp(y, bottom, bottom + 0.02),
    // each side's jaw is its own volume, blended with the other's, so that the two meet under the chin without
    // the crease that reading one side at |x| would leave on the midline
    distance(x, y, z) {
      let d = Infinity
      const blend = (v: number): void => {
        d = d === Infinity ? v : smin(d, v, FACE_BASE_BLEND_M)
      }
      for (const p of forms.midline) blend(p.distance(x, y, z))
      for (const p of forms.left) {
        blend(p.distance(x, y, z))
        blend(p.distance(-x, y, z))
      }
      return d
    },
  }
}
