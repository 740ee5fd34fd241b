// The face's soft tissue, laid over the skull as the skin's own surface: closed eyes with upper and lower lids in
// the orbits, the nose (bridge, tip, alae and the nostrils' base), upper and lower lips meeting at a closed mouth
// line, cheeks over the zygoma and the buccal region, the chin pad, and the ears (helix, concha and lobe) behind the
// tragus. The skin applies these after its groove-filling blur (skin.ts), with a small blend, so the features are
// not smoothed away. Every position is placed from the landmark table (nasion, supraorbital margin, zygomatic arch,
// mental protuberance, tragus); the sizes are model choices for a neutral mannequin head, not measurements.
import type { Landmarks } from './landmarkTable'
import { type Bounds, type Primitive, axesFrom, ellipsoid, smin, taperedCapsule, tube, unionBounds } from './sdf'
import { type Vec3, add } from './vec'

/** Blend radius between the face's own volumes and between them and the skin (m): small, so features read. */
export const FACE_BLEND_M = 0.004

export interface FaceSurface {
  /** Signed distance to the face's soft-tissue surface (negative inside). */
  distance(x: number, y: number, z: number): number
  /** Signed distance to the soft tissue removed before the face is added (negative inside). */
  carve(x: number, y: number, z: number): number
  bounds: Bounds
  blendM: number
}

function mirror(p: Primitive): Primitive {
  return {
    bounds: { min: [-p.bounds.max[0], p.bounds.min[1], p.bounds.min[2]], max: [-p.bounds.min[0], p.bounds.max[1], p.bounds.max[2]] },
    distance: (x: number, y: number, z: number) => p.distance(-x, y, z),
  }
}

/** The eyeball's centre on the patient's left: in the orbit, its front a few millimetres behind the brow. */
function eyeCentre(lm: Landmarks): Vec3 {
  return add(lm.at('supraorbital-margin', 'left'), [-0.001, -0.0185, -0.0045])
}

/** The face's volumes on the patient's left (x > 0); the right side is their mirror image. */
function leftFacePrims(lm: Landmarks): Primitive[] {
  const supra = lm.at('supraorbital-margin', 'left')
  const zyg = lm.at('zygomatic-arch', 'left')
  const tragus = lm.at('tragus', 'left')
  const chin = lm.at('mental-protuberance')
  // closed eye: the globe, the upper lid covering it from above down to the lid line and the lower lid from below,
  // each a shell a little larger than the globe so that the lid line reads as a shallow groove
  const eye = eyeCentre(lm)
  // the ear's plane faces laterally and a little forward, so that its back edge stands off the head
  const earAxes = axesFrom([1, 0, 0.4], [0, 1, 0])
  const ear = (d: Vec3): Vec3 => add(tragus, [d[0] + 0.004 - 0.35 * d[2], d[1], d[2]])
  const prims: Primitive[] = [
    ellipsoid(eye, [0.0118, 0.0112, 0.0112]),
    ellipsoid(add(eye, [0, 0.0038, -0.0006]), [0.0136, 0.0098, 0.0116]),
    ellipsoid(add(eye, [0.0004, -0.0058, -0.0014]), [0.013, 0.0072, 0.0106]),
    // brow: soft tissue along the supraorbital margin
    ...tube([add(supra, [-0.021, 0.002, 0.007]), add(supra, [0, 0.005, 0.006]), add(supra, [0.017, 0.001, -0.005])], [0.0058, 0.0064, 0.0058]),
    // ala of the nose: the rounded wing beside the tip, over the nasal aperture's edge
    ellipsoid([0.0122, 1.6045, 0.1035], [0.0066, 0.0068, 0.0088]),
    // cheek: the malar fat over the body of the zygomatic bone, and the buccal region towards the corner of the mouth
    ellipsoid(add(zyg, [-0.022, -0.004, 0.016]), [0.019, 0.015, 0.016]),
    ellipsoid([0.04, 1.584, 0.064], [0.017, 0.02, 0.019]),
    // ear: concha and antihelix as a plate behind the tragus, the helix as a rolled rim round it, and the lobe
    ellipsoid(ear([0.002, 0.006, -0.014]), [0.0045, 0.025, 0.0145], earAxes),
    ...tube(
      [ear([0.001, 0.014, 0]), ear([0.003, 0.03, -0.006]), ear([0.005, 0.033, -0.018]), ear([0.006, 0.025, -0.028]), ear([0.006, 0.008, -0.031]), ear([0.005, -0.008, -0.026])],
      [0.0042, 0.0045, 0.0046, 0.0046, 0.0044, 0.0042],
    ),
    ellipsoid(ear([0.003, -0.017, -0.016]), [0.0045, 0.0095, 0.008], earAxes),
    // tragus itself, the small flap in front of the ear canal
    ellipsoid(add(tragus, [0.001, 0.0, 0.002]), [0.0035, 0.005, 0.0045]),
    // the chin pad's side
    ellipsoid(add(chin, [0.012, 0.006, 0.005]), [0.011, 0.013, 0.01]),
  ]
  return prims
}

/** Soft tissue removed before the face is added: the socket in front of each globe, which the skin's blur had
 * filled flat between brow and cheek. Only skin is removed there (no muscle of the model lies in the orbit). */
function leftFaceCarve(lm: Landmarks): Primitive[] {
  return [ellipsoid(add(eyeCentre(lm), [0, 0.0005, 0.012]), [0.0165, 0.0125, 0.0145])]
}

/** Volumes on the midline. */
function midlineFacePrims(lm: Landmarks): Primitive[] {
  const nasion = lm.at('nasion')
  const chin = lm.at('mental-protuberance')
  const flatX = { normal: [1, 0, 0] as Vec3, ratio: 0.8 }
  return [
    // nose: the bridge from the nasion down to the tip, the tip (pronasale) and the nostrils' base (columella)
    taperedCapsule(add(nasion, [0, -0.002, 0.005]), [0, 1.611, 0.113], 0.0068, 0.008, flatX),
    ellipsoid([0, 1.6095, 0.1135], [0.0095, 0.0085, 0.0085]),
    ellipsoid([0, 1.6015, 0.105], [0.011, 0.0045, 0.0095]),
    // upper lip: the skin from the nose down (with the philtrum's two ridges) and the red lip above the mouth line
    ellipsoid([0, 1.584, 0.094], [0.023, 0.016, 0.011]),
    taperedCapsule([0.0035, 1.598, 0.102], [0.004, 1.576, 0.104], 0.0022, 0.0026),
    taperedCapsule([-0.0035, 1.598, 0.102], [-0.004, 1.576, 0.104], 0.0022, 0.0026),
    ellipsoid([0, 1.5705, 0.0985], [0.0215, 0.0052, 0.0085]),
    // lower lip, a little behind the upper one, and the mentolabial fold down to the chin pad
    ellipsoid([0, 1.5605, 0.0965], [0.02, 0.0058, 0.0085]),
    ellipsoid([0, 1.548, 0.09], [0.018, 0.01, 0.009]),
    ellipsoid(add(chin, [0, 0.004, 0.007]), [0.017, 0.014, 0.011]),
  ]
}

/** Smooth union of primitives at a point (1 m where none is near). */
function unionDistance(prims: readonly Primitive[], x: number, y: number, z: number): number {
  let d = Infinity
  for (const p of prims) {
    const b = p.bounds
    if (x < b.min[0] - 0.01 || y < b.min[1] - 0.01 || z < b.min[2] - 0.01 || x > b.max[0] + 0.01 || y > b.max[1] + 0.01 || z > b.max[2] + 0.01) continue
    const v = p.distance(x, y, z)
    d = d === Infinity ? v : smin(d, v, FACE_BLEND_M)
  }
  return d === Infinity ? 1 : d
}

/** The face's soft-tissue surface, both sides. */
export function faceSurface(lm: Landmarks): FaceSurface {
  const left = leftFacePrims(lm)
  const prims = [...midlineFacePrims(lm), ...left, ...left.map(mirror)]
  const leftCarve = leftFaceCarve(lm)
  const carve = [...leftCarve, ...leftCarve.map(mirror)]
  const bounds = unionBounds([...prims, ...carve], FACE_BLEND_M)
  return { bounds, blendM: FACE_BLEND_M, distance: (x, y, z) => unionDistance(prims, x, y, z), carve: (x, y, z) => unionDistance(carve, x, y, z) }
}
