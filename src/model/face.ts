// The face's features, laid on the face's smooth base (faceBase.ts: brow, cheeks, jaw and chin) as the skin's own
// surface: closed eyes with upper and lower lids in the orbits, the nose (bridge, tip, alae and the nostrils' base),
// upper and lower lips meeting at a closed mouth line, the chin pad, and the ears (helix, concha and lobe) behind the
// tragus. The skin applies these after its groove-filling blur and the base (skin.ts), with a small blend, so the
// features are not smoothed away. Every position is placed from the landmark table (nasion, supraorbital margin,
// zygomatic arch, mental protuberance, tragus); the sizes are model choices for a neutral mannequin head, not
// measurements.
import { type FaceBase, faceBase } from './faceBase'
import type { Landmarks } from './landmarkTable'
import { type Bounds, type Primitive, axesFrom, ellipsoid, mirrorPrimitive, smin, taperedCapsule, tube, unionBounds } from './sdf'
import type { IndexedMesh } from './surfaceNets'
import { lastOf } from './lists'
import { orbitCavity } from './skullBones'
import { type Vec3, add } from './vec'

/** Blend radius between the face's own volumes and between them and the skin (m): small, so features read. */
export const FACE_BLEND_M = 0.0065
/** Blend of the eye sockets into the face: wider, so that the socket's rim does not read as a goggle's. */
const FACE_CARVE_BLEND_M = 0.011
/** The closed lids' line: half its length from canthus to canthus (m). */
const LID_LINE_HALF_LENGTH_M = 0.0135
/** How deep the lid line's groove is at its middle (m); half that at the canthi. */
const LID_LINE_DEPTH_M = 0.0008
/** How far either side of the lid line its groove reaches (m). */
const LID_LINE_HALF_WIDTH_M = 0.0014
/** The lid line's middle below the globe's centre (m). */
export const LID_LINE_BELOW_EYE_CENTRE_M = 0.0058
/** Height at which the closed lips meet at the midline (m), on the reference body: the lower face of the upper red
 * lip's tube in midlineFacePrims (its centre 1.571 m and radius 5 mm at the midline). */
export const MOUTH_LINE_Y_M = 1.566

export interface FaceSurface {
  /** Signed distance to the face's soft-tissue surface (negative inside). */
  distance(x: number, y: number, z: number): number
  /** Signed distance to the soft tissue removed before the face is added (negative inside). */
  carve(x: number, y: number, z: number): number
  bounds: Bounds
  blendM: number
  carveBlendM: number
  /** Signed distance to the orbits' cavities (negative inside): the skin's splat fills them with the skull's solid
   * (carves are not splatted), so the cover that keeps the skin over the skull is lifted there for the sockets. */
  orbit(x: number, y: number, z: number): number
  /** How far the closed lids' lines move the finished face in at a point (m, never negative). */
  lidLineDepth(x: number, y: number, z: number): number
  /** Whether a point is within twice the lid line's half width of it, where the mesh is refined once more. */
  nearLidLine(x: number, y: number, z: number): boolean
  /** The smooth soft tissue the features sit on (faceBase.ts), which the skin takes over the face first. */
  base: FaceBase
}

/** The eyeball's centre on the patient's left from the supraorbital margin (m): in the orbit, its front a few
 * millimetres behind the brow. */
export const EYE_CENTRE_FROM_SUPRAORBITAL_M: Vec3 = [-0.001, -0.0185, -0.0045]

/** The eyeball's centre on the patient's left. */
export function eyeCentre(lm: Landmarks): Vec3 {
  return add(lm.at('supraorbital-margin', 'left'), EYE_CENTRE_FROM_SUPRAORBITAL_M)
}

/** The face's volumes on the patient's left (x > 0); the right side is their mirror image. */
function leftFacePrims(lm: Landmarks): Primitive[] {
  const supra = lm.at('supraorbital-margin', 'left')
  const tragus = lm.at('tragus', 'left')
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
    ...tube(
      [add(supra, [-0.021, 0.002, 0.007]), add(supra, [0, 0.005, 0.006]), add(supra, [0.017, 0.001, -0.005])],
      [0.0058, 0.0064, 0.0058],
    ),
    // ala of the nose: the rounded wing beside the tip, over the nasal aperture's edge
    ellipsoid([0.0122, 1.6045, 0.1035], [0.0066, 0.0068, 0.0088]),
    // ear: concha and antihelix as a plate behind the tragus, the helix as a rolled rim round it, and the lobe
    ellipsoid(ear([0.002, 0.006, -0.014]), [0.0045, 0.025, 0.0145], earAxes),
    ...tube(
      [
        ear([0.001, 0.014, 0]),
        ear([0.003, 0.03, -0.006]),
        ear([0.005, 0.033, -0.018]),
        ear([0.006, 0.025, -0.028]),
        ear([0.006, 0.008, -0.031]),
        ear([0.005, -0.008, -0.026]),
      ],
      [0.0042, 0.0045, 0.0046, 0.0046, 0.0044, 0.0042],
    ),
    ellipsoid(ear([0.003, -0.017, -0.016]), [0.0045, 0.0095, 0.008], earAxes),
    // tragus itself, the small flap in front of the ear canal
    ellipsoid(add(tragus, [0.001, 0.0, 0.002]), [0.0035, 0.005, 0.0045]),
    // the skin from the tragus and the lobe's front forward onto the cheek, so that the ear meets the face without a
    // crevice in front of it
    ellipsoid(add(tragus, [-0.002, -0.004, 0.006]), [0.005, 0.011, 0.008]),
  ]
  return prims
}

/** Soft tissue removed before the face is added: the socket in front of each globe, which the skin's blur had
 * filled flat between brow and cheek. Only skin is removed there (no muscle of the model lies in the orbit). */
function leftFaceCarve(lm: Landmarks): Primitive[] {
  return [ellipsoid(add(eyeCentre(lm), [0, 0.003, 0.0135]), [0.0135, 0.0095, 0.011])]
}

/** The line where the closed upper lid rests on the lower one, on the patient's left, seen from the front (x, y), and
 * the depth (z) of the globe's centre, in front of which it is cut. */
interface LidLine {
  points: [number, number][]
  front: number
}

/** The lid line from the medial canthus to the lateral canthus (2 mm higher, as in most adults), sagging a little at
 * its middle. */
function leftLidLine(lm: Landmarks): LidLine {
  const eye = eyeCentre(lm)
  const points: [number, number][] = []
  for (let k = -6; k <= 6; k++) {
    const t = k / 6
    // 2.2 mm of sag at the middle, the lateral end 2 mm above the medial one
    points.push([eye[0] + t * LID_LINE_HALF_LENGTH_M, eye[1] - (LID_LINE_BELOW_EYE_CENTRE_M - 0.0022) + 0.001 * t - 0.0022 * (1 - t * t)])
  }
  return { points, front: eye[2] }
}

/** Distance (m) from a point, seen from the front, to the nearer lid line, and where along it the nearest point lies
 * (0 at the medial canthus, 1 at the lateral); Infinity behind the globes' centres, where nothing is touched. */
function lidLineDistance(line: LidLine, x: number, y: number, z: number): { distanceM: number; along: number } {
  const ax = Math.abs(x)
  const pts = line.points
  const far = { distanceM: Infinity, along: 0 }
  if (z < line.front || ax < pts[0]![0] - 2 * LID_LINE_HALF_WIDTH_M || ax > lastOf(pts, 'lid line')[0] + 2 * LID_LINE_HALF_WIDTH_M)
    return far
  let best = far
  for (let i = 0; i + 1 < pts.length; i++) {
    const [x0, y0] = pts[i]!
    const [x1, y1] = pts[i + 1]!
    const dx = x1 - x0,
      dy = y1 - y0
    const u = Math.min(1, Math.max(0, ((ax - x0) * dx + (y - y0) * dy) / (dx * dx + dy * dy)))
    const d = Math.hypot(ax - x0 - u * dx, y - y0 - u * dy)
    if (d < best.distanceM) best = { distanceM: d, along: (i + u) / (pts.length - 1) }
  }
  return best
}

/** How far the lid lines move the skin in at a point (m): a groove LID_LINE_DEPTH_M deep on the line, falling
 * smoothly to nothing LID_LINE_HALF_WIDTH_M either side of it, and half as deep at the canthi. */
function lidLineDepthAt(line: LidLine, x: number, y: number, z: number): number {
  const { distanceM, along } = lidLineDistance(line, x, y, z)
  const s = distanceM / LID_LINE_HALF_WIDTH_M
  if (s >= 1) return 0
  const t = 2 * along - 1
  return LID_LINE_DEPTH_M * (0.5 + 0.5 * (1 - t * t)) * (1 - s * s) ** 2
}

/** Volumes on the midline. */
function midlineFacePrims(lm: Landmarks): Primitive[] {
  const nasion = lm.at('nasion')
  const chin = lm.at('mental-protuberance')
  const flatX = { normal: [1, 0, 0] as Vec3, ratio: 0.8 }
  return [
    // nose: the bridge from the nasion down to the tip, the tip (pronasale) and the nostrils' base (columella)
    taperedCapsule(add(nasion, [0, -0.002, 0.005]), [0, 1.611, 0.113], 0.0068, 0.008, flatX),
    ellipsoid([0, 1.6095, 0.1125], [0.0085, 0.0078, 0.0085]),
    // the nose's root over the nasal aperture, so that bridge and wings sit on the face with no gap behind them
    ellipsoid([0, 1.616, 0.096], [0.0125, 0.021, 0.012]),
    ellipsoid([0, 1.6015, 0.105], [0.011, 0.0045, 0.0095]),
    // upper lip: the skin from the nose down (with the philtrum's two ridges) and the red lip above the mouth line
    ellipsoid([0, 1.584, 0.094], [0.023, 0.016, 0.011]),
    taperedCapsule([0.0035, 1.598, 0.102], [0.004, 1.576, 0.104], 0.0022, 0.0026),
    taperedCapsule([-0.0035, 1.598, 0.102], [-0.004, 1.576, 0.104], 0.0022, 0.0026),
    ...tube(
      [
        [-0.023, 1.5685, 0.087],
        [-0.012, 1.5705, 0.0975],
        [0, 1.571, 0.1005],
        [0.012, 1.5705, 0.0975],
        [0.023, 1.5685, 0.087],
      ],
      [0.0025, 0.0045, 0.005, 0.0045, 0.0025],
    ),
    // lower lip, a little behind the upper one, and the chin pad below the mentolabial fold
    ...tube(
      [
        [-0.02, 1.5655, 0.086],
        [-0.01, 1.5605, 0.0955],
        [0, 1.5595, 0.0985],
        [0.01, 1.5605, 0.0955],
        [0.02, 1.5655, 0.086],
      ],
      [0.0025, 0.005, 0.0058, 0.005, 0.0025],
    ),
    ellipsoid(add(chin, [0, 0.003, 0.005]), [0.015, 0.012, 0.009]),
  ]
}

/** Smooth union of primitives at a point (1 m where none is near). */
function unionDistance(prims: readonly Primitive[], x: number, y: number, z: number): number {
  let d = Infinity
  for (const p of prims) {
    const b = p.bounds
    if (
      x < b.min[0] - 0.01 ||
      y < b.min[1] - 0.01 ||
      z < b.min[2] - 0.01 ||
      x > b.max[0] + 0.01 ||
      y > b.max[1] + 0.01 ||
      z > b.max[2] + 0.01
    )
      continue
    const v = p.distance(x, y, z)
    d = d === Infinity ? v : smin(d, v, FACE_BLEND_M)
  }
  return d === Infinity ? 1 : d
}

/** The face's soft-tissue surface, both sides. */
export function faceSurface(lm: Landmarks): FaceSurface {
  const left = leftFacePrims(lm)
  const prims = [...midlineFacePrims(lm), ...left, ...left.map(mirrorPrimitive)]
  const leftCarve = leftFaceCarve(lm)
  const carve = [...leftCarve, ...leftCarve.map(mirrorPrimitive)]
  const lidLine = leftLidLine(lm)
  const orbit = orbitCavity(lm, 'left')
  const bounds = unionBounds([...prims, ...carve], FACE_BLEND_M)
  return {
    bounds,
    blendM: FACE_BLEND_M,
    carveBlendM: FACE_CARVE_BLEND_M,
    base: faceBase(lm),
    distance: (x, y, z) => unionDistance(prims, x, y, z),
    carve: (x, y, z) => unionDistance(carve, x, y, z),
    lidLineDepth: (x, y, z) => lidLineDepthAt(lidLine, x, y, z),
    nearLidLine: (x, y, z) => lidLineDistance(lidLine, x, y, z).distanceM < 2 * LID_LINE_HALF_WIDTH_M,
    orbit: (x, y, z) => orbit.distance(Math.abs(x), y, z),
  }
}

/** A triangle's three vertex numbers (or its three edge midpoints, -1 where an edge is not split). */
type Triple = readonly [number, number, number]
/** Entry i of a triple, counting round its corners (i >= 0, taken modulo 3). */
const ofTriple = (xs: Triple, i: number): number => xs[(i % 3) as 0 | 1 | 2]

/**
 * Split every edge whose midpoint is near the face's features (`near`), conformingly: a triangle with one, two or
 * three split edges becomes two, three or four. The skin's 5.5 mm grid is too coarse for lips and lids, so the face's
 * part of the mesh is refined here and then projected onto the exact surface (projectOntoField).
 */
export function refineNear(mesh: IndexedMesh, near: (x: number, y: number, z: number) => boolean): IndexedMesh {
  const pos: number[] = Array.from(mesh.positions)
  const mid = new Map<string, number>()
  const split = (a: number, b: number): number => {
    const key = a < b ? `${a},${b}` : `${b},${a}`
    const known = mid.get(key)
    if (known !== undefined) return known
    // a and b are corners of an input triangle, so vertices of `pos`
    const mx = (pos[3 * a]! + pos[3 * b]!) / 2,
      my = (pos[3 * a + 1]! + pos[3 * b + 1]!) / 2,
      mz = (pos[3 * a + 2]! + pos[3 * b + 2]!) / 2
    const v = near(mx, my, mz) ? pos.length / 3 : -1
    if (v >= 0) pos.push(mx, my, mz)
    mid.set(key, v)
    return v
  }
  const out: number[] = []
  const ix = mesh.indices
  for (let t = 0; t < ix.length; t += 3) {
    const v: Triple = [ix[t]!, ix[t + 1]!, ix[t + 2]!]
    const m: Triple = [split(v[0], v[1]), split(v[1], v[2]), split(v[2], v[0])]
    const n = (m[0] >= 0 ? 1 : 0) + (m[1] >= 0 ? 1 : 0) + (m[2] >= 0 ? 1 : 0)
    if (n === 0) out.push(v[0], v[1], v[2])
    else if (n === 3) out.push(v[0], m[0], m[2], m[0], v[1], m[1], m[2], m[1], v[2], m[0], m[1], m[2])
    else {
      // rotate so that edge 0 (v0-v1) is split; with two splits, edge 1 (v1-v2) is the second one if it is split
      let r = 0
      if (n === 1) r = m.findIndex((q) => q >= 0)
      else r = m.findIndex((q) => q < 0) === 2 ? 0 : m.findIndex((q) => q < 0) === 0 ? 1 : 2
      const a = ofTriple(v, r),
        b = ofTriple(v, r + 1),
        c = ofTriple(v, r + 2)
      const mab = ofTriple(m, r),
        mbc = ofTriple(m, r + 1)
      if (n === 1) out.push(a, mab, c, mab, b, c)
      else out.push(a, mab, c, mab, b, mbc, mab, mbc, c)
    }
  }
  return { positions: Float32Array.from(pos), indices: Uint32Array.from(out) }
}

/** Move the vertices for which `near` holds onto the zero level of `field` (a few Newton steps along its gradient). */
export function projectOntoField(
  mesh: IndexedMesh,
  field: (x: number, y: number, z: number) => number,
  near: (x: number, y: number, z: number) => boolean,
  maxStepM: number,
): void {
  const p = mesh.positions
  const h = 0.0004
  for (let i = 0; i < p.length; i += 3) {
    let x = p[i]!,
      y = p[i + 1]!,
      z = p[i + 2]!
    if (!near(x, y, z)) continue
    const x0 = x,
      y0 = y,
      z0 = z
    for (let it = 0; it < 4; it++) {
      const f = field(x, y, z)
      const gx = (field(x + h, y, z) - field(x - h, y, z)) / (2 * h)
      const gy = (field(x, y + h, z) - field(x, y - h, z)) / (2 * h)
      const gz = (field(x, y, z + h) - field(x, y, z - h)) / (2 * h)
      const g2 = gx * gx + gy * gy + gz * gz
      if (g2 < 1e-8) break
      x -= (f * gx) / g2
      y -= (f * gy) / g2
      z -= (f * gz) / g2
    }
    const d = Math.hypot(x - x0, y - y0, z - z0)
    const s = d > maxStepM ? maxStepM / d : 1
    p[i] = x0 + (x - x0) * s
    p[i + 1] = y0 + (y - y0) * s
    p[i + 2] = z0 + (z - z0) * s
  }
}
