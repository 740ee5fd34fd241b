// The skin: one closed smooth surface over every bone and muscle, offset outward by the subcutaneous layer of the
// average habitus, with "lean" and "high" morph targets that move it out or in by the habitus change.
// Soft tissue that the model does not carry as named structures (abdominal wall and viscera, neck, nose, ears)
// is added here as filler volumes, and smooth segment envelopes (bodySegments.ts) and limb hulls (limbHull.ts) give
// the limbs and neck one contour each; a constrained blur of the skin's grid (gridFilter.ts) then fills the grooves
// between muscles without uncovering any structure, so the surface reads as skin rather than shrink-wrap. Where
// the blur would join two limbs' skins (an upper arm and the chest wall, the thighs), a cleft opens them again
// (limbClefts.ts); under a ledge the blur does not fill (the inferior angles of the scapulae), a drape carries the
// skin down (skinDrape.ts), and on the back and the front of the shoulders a closing fills the hollows at the
// foot of muscle edges (skinClosing.ts).
import { type Habitus, habitusDisplacementM, subcutaneousThicknessM } from './habitus'
import type { Landmarks } from './landmarkTable'
import { segmentEnvelopes } from './bodySegments'
import { type FilledVoid, fillEnclosedVoids } from './enclosedVoids'
import { habitusDeltas } from './habitusOffset'
import { ramp } from './fibres'
import { fillGrooves } from './gridFilter'
import { type LimbAxis, addLimbHulls } from './limbHull'
import { compact, separateSheets, simplify, taubinSmooth, vertexNormals } from './meshOps'
import { type LimbCleft, carveLimbClefts } from './limbClefts'
import { type SkinDrape, drapeSkin } from './skinDrape'
import { type SkinClosing, closeSkin } from './skinClosing'
import { coverStructures } from './skinCover'
import { untangleTurnedOver } from './turnedOver'
import { type FaceSurface, projectOntoField, refineNear } from './face'
import type { FaceBase } from './faceBase'
import { type Primitive, type Shape, ellipsoid, insideBounds, mirrorPrimitive, smax, smin, taperedCapsule } from './sdf'
import { emptyGrid, forEachNodeIn, sampleGrid, splat } from './splat'
import { type GridSamples, surfaceNets } from './surfaceNets'
import { cageSurfaceValue } from './thorax'
import { type Vec3, add, mirrorX } from './vec'

/** Skin smoothing radius (m): how much the skin bridges the grooves between muscles. */
const SKIN_BLEND_M = 0.011
const SKIN_CELL_M = 0.0055
/** Constrained blur of the skin field: standard deviation (m) and passes (judged by the pictures, a model choice). */
const SKIN_GROOVE_SIGMA_M = 0.015
const SKIN_BLUR_PASSES = 3
/** How far the blur may move the skin out beyond its unfiltered place (m): enough to soften the deltopectoral groove
 * and the cleft between the thighs (at 9 mm both stayed dark cracks), not enough to close the gap between the thighs. */
const SKIN_MAX_FILL_M = 0.015
/** The skin stays at least this far outside every structure, or this fraction of the local subcutaneous layer. */
const SKIN_MIN_COVER_M = 0.0015
const SKIN_MIN_COVER_FRACTION = 0.4
/** Over the posterior chest wall (interscapular region), where the needle depths to the pleura are measured, the
 * blur may thin the subcutaneous layer by only a tenth, so those depths keep following habitus.ts. */
const POSTERIOR_THORAX_COVER_FRACTION = 0.9

const sigmoid = (v: number): number => 1 / (1 + Math.exp(-v))
function minCoverFraction(x: number, y: number, z: number): number {
  const posteriorThorax =
    sigmoid((y - 1.2) / 0.02) * sigmoid((1.44 - y) / 0.015) * sigmoid((-0.02 - z) / 0.01) * sigmoid((0.22 - Math.abs(x)) / 0.01)
  return SKIN_MIN_COVER_FRACTION + (POSTERIOR_THORAX_COVER_FRACTION - SKIN_MIN_COVER_FRACTION) * posteriorThorax
}
const SKIN_SMOOTHING_ITERATIONS = 10
const SKIN_TRIANGLES = 88000
/** Near the face's features (within this band) the skin mesh is split this many times (edges 5.5 -> 1.4 mm). */
const FACE_REFINE_BAND_M = 0.006
const FACE_REFINE_PASSES = 2
/** Where a structure comes up to this far out of the face's base, the skin holds the minimum cover over it; from
 * FACE_BASE_SKIN_M on it is no longer face (the neck below the jaw) and the blurred skin is kept. */
const FACE_BASE_COVER_M = 0.004
const FACE_BASE_SKIN_M = 0.02
/** A structure near the base's surface (a corner of masseter) rounds into it over this blend, not at a crease. */
const FACE_BASE_COVER_BLEND_M = 0.012
/** The move out of a larger build fades where a cleft raised the skin's field by between these (m). */
const CLEFT_SQUEEZE_FROM_M = 0.0005
const CLEFT_SQUEEZE_TO_M = 0.004
/** The simplifier's error over the face (the body's is 1.2 mm): lips, lids and the cheeks' curve stay smooth. */
const FACE_SIMPLIFY_ERROR_M = 0.00015

/** A surface mark carved into the skin after its blur (the buttocks' cleft and folds, glutealRelief.ts). */
export interface SkinRelief {
  /** The region outside which the relief is negligible (not evaluated). */
  bounds: { min: Vec3; max: Vec3 }
  /** How far the skin's field moves in at a point (m, never negative). */
  inwardM: (x: number, y: number, z: number) => number
}

export interface SkinMesh {
  positions: Float32Array
  normals: Float32Array
  indices: Uint32Array
  targets: { name: Habitus; positionDeltas: Float32Array; normalDeltas: Float32Array }[]
  /** Pockets of air enclosed in the body's field, filled before meshing (enclosedVoids.ts). */
  filledVoids: FilledVoid[]
  /** How many points of the structures were outside the simplified mesh or too near its surface (skinCover.ts). */
  coverShortBefore: number
  /** The same for the lean shape, before it was covered again (the high shape is not, skin.ts buildSkin). */
  leanCoverShortBefore: number
  /** Triangles turned over against their neighbours before and after untangling (turnedOver.ts). */
  untangled: { before: number; after: number }
}

/** Soft-tissue fillers under the skin (not structures of their own). */
export function skinFillers(lm: Landmarks): Shape[] {
  const L = (id: string): Vec3 => lm.at(id, 'left')
  const thoraxSolid: Primitive = {
    bounds: { min: [-0.17, 1.12, -0.16], max: [0.17, 1.5, 0.13] },
    distance: (x, y, z) => smax(smax(cageSurfaceValue(x, y, z) - 0.005, 1.13 - y, 0.02), y - 1.46, 0.02),
  }
  const abdomen = [
    ellipsoid([0, 1.09, 0.0], [0.118, 0.15, 0.082]),
    ellipsoid([0, 0.97, 0.018], [0.12, 0.07, 0.07]),
    ellipsoid([0, 1.2, 0.01], [0.12, 0.07, 0.085]),
  ]
  const neck = [taperedCapsule([0, 1.43, 0.015], [0, 1.55, 0.0], 0.042, 0.04)]
  const groin = (['left', 'right'] as const).map((s) => {
    const p = lm.at('hip-joint', s)
    return ellipsoid(add(p, [s === 'left' ? -0.01 : 0.01, -0.05, 0.0]), [0.06, 0.06, 0.06])
  })
  // muscle groups that the atlas does not list fill the limbs' outline: forearm flexors, brachioradialis,
  // brachialis, the adductor mass with gracilis, and the anterior compartment of the leg beside tibialis anterior
  const elbow = L('elbow-joint')
  const wrist = L('wrist-joint')
  const limbs: Primitive[] = [
    // the deep flexors' bellies (and pronator quadratus) narrowing to the wrist; on the radial side the bed of
    // brachioradialis and the thumb's long muscles narrowing to the styloid
    taperedCapsule(add(L('medial-epicondyle'), [0.004, -0.01, 0.012]), add(wrist, [-0.006, 0.006, 0.008]), 0.019, 0.008),
    taperedCapsule(add(L('lateral-epicondyle'), [0, 0.04, 0.008]), add(L('radial-styloid'), [-0.006, 0.01, 0.004]), 0.014, 0.006),
    taperedCapsule(add(elbow, [0.0, 0.13, 0.012]), add(elbow, [0.006, -0.02, 0.014]), 0.016, 0.013),
    taperedCapsule(add(L('pubic-tubercle'), [0.01, -0.03, -0.03]), add(L('medial-femoral-condyle'), [0.004, 0.06, -0.01]), 0.04, 0.018),
    taperedCapsule(add(L('tibial-tuberosity'), [0.02, -0.04, -0.02]), add(L('lateral-malleolus'), [-0.02, 0.06, 0.02]), 0.014, 0.008),
  ]
  // the distal leg and the back of the ankle: Kager's fat pad fills the space between the tendo calcaneus and the
  // back of the tibia and talus, and the fat round the tendons keeps them from standing out as ridges under the skin
  // (ANAT). Two capsules, one behind the tibia and one in front of it, between the malleoli and 17 cm above the
  // floor, each inside the outline the bones and tendons give the ankle (larger, they stand outside the bones and
  // tendons and set the ankle's outline). Model choices.
  const ankleX = (L('lateral-malleolus')[0] + L('medial-malleolus')[0]) / 2
  const ankle: Primitive[] = [
    taperedCapsule([ankleX, 0.17, -0.03], [ankleX, 0.055, -0.034], 0.018, 0.016),
    taperedCapsule([ankleX, 0.17, 0.01], [ankleX, 0.075, 0.012], 0.016, 0.015),
  ]
  const bothLimbs: Primitive[] = [...limbs, ...limbs.map(mirrorPrimitive)]
  const bothAnkles: Primitive[] = [...ankle, ...ankle.map(mirrorPrimitive)]
  const seg = segmentEnvelopes(lm)
  const segments: Primitive[] = [...seg.midline, ...seg.left, ...seg.left.map(mirrorPrimitive)]
  return [
    { prims: segments, blendM: 0.02 },
    { prims: [thoraxSolid], blendM: 0.01 },
    { prims: abdomen, blendM: 0.03 },
    { prims: neck, blendM: 0.01 },
    { prims: groin, blendM: 0.02 },
    { prims: bothLimbs, blendM: 0.01 },
    { prims: bothAnkles, blendM: 0.015 },
  ]
}

/** `under` with further structures in it (the smaller of the two fields at each node), on the same grid; `outside`
 * is the value the grid starts from away from everything. */
function coveredField(grid: GridSamples, under: Float32Array, prims: readonly Primitive[], outside: number): Float32Array {
  const extra = { ...grid, values: new Float32Array(under.length).fill(outside) }
  splat(extra, prims, SKIN_BLEND_M, SKIN_BLEND_M + 0.03)
  return Float32Array.from(under, (v, i) => Math.min(v, extra.values[i]!))
}

/** Move the skin in by a relief's depth, but never past the cover (so no structure is uncovered) and never out. */
function carveRelief(grid: GridSamples, relief: SkinRelief, cover: Float32Array): void {
  forEachNodeIn(grid, relief.bounds, (idx, x, y, z) => {
    const inward = relief.inwardM(x, y, z)
    if (inward > 0) grid.values[idx] = Math.max(grid.values[idx]!, Math.min(grid.values[idx]! + inward, cover[idx]!))
  })
}

/** The skin with the face's features: the sockets carved (skin only, face.ts), never inside the cover (the carve's
 * blend could otherwise take it past a rim), the features added with their own small blend, so eyes, nose, lips
 * and ears keep their shape, and the closed lids' lines cut, again never inside the cover. The cover is the skull's
 * carved: the skin's splat builds the skull from its solid without the orbits (carves are not splatted), so inside an
 * orbit the cover is lifted to the cavity's wall less the skin's minimum cover. The rest of the body is untouched. */
function withFaceFeatures(face: FaceSurface, x: number, y: number, z: number, skin: number, splatCover: number): number {
  const cover = Math.max(splatCover, -face.orbit(x, y, z) - SKIN_MIN_COVER_M)
  const carved = Math.min(smax(skin, -face.carve(x, y, z), face.carveBlendM), cover)
  const featured = smin(carved, face.distance(x, y, z), face.blendM)
  return Math.min(featured + face.lidLineDepth(x, y, z), cover)
}

function addFace(grid: GridSamples, face: FaceSurface, cover: Float32Array): void {
  forEachNodeIn(grid, face.bounds, (idx, x, y, z) => {
    grid.values[idx] = withFaceFeatures(face, x, y, z, grid.values[idx]!, cover[idx]!)
  })
}

/** The skin where the face's base is `base`: the base, but where a structure comes within the minimum cover of
 * its surface, that cover; where a structure stands well out of it (the neck below the jaw), the blurred skin. Never
 * inside `cover`, since `skin` is not (the blur keeps it there). */
function faceBaseSkin(base: number, cover: number, skin: number): number {
  const standsOut = ramp(base - cover, FACE_BASE_COVER_M, FACE_BASE_SKIN_M)
  return smin(base, cover + (skin - cover) * standsOut, FACE_BASE_COVER_BLEND_M)
}

/** The blurred skin `skin` turned into the face's smooth base (faceBase.ts) by the base's weight: fully over the
 * face, blending back above the brow, in front of the ears and on the neck. */
function withFaceBase(base: FaceBase, x: number, y: number, z: number, skin: number, cover: number): number {
  const w = base.weight(x, y, z)
  return w > 0 ? skin + (faceBaseSkin(base.distance(x, y, z), cover, skin) - skin) * w : skin
}

function addFaceBase(grid: GridSamples, base: FaceBase, cover: Float32Array): void {
  forEachNodeIn(grid, base.bounds, (idx, x, y, z) => {
    grid.values[idx] = withFaceBase(base, x, y, z, grid.values[idx]!, cover[idx]!)
  })
}

/** Build the skin over `prims` (every bone, muscle and filler that the skin must cover). */
export async function buildSkin(
  prims: readonly Primitive[],
  bodyBounds: { min: Vec3; max: Vec3 },
  limbs: readonly LimbAxis[] = [],
  face?: FaceSurface,
  /** Subcutaneous thickness added to habitus.ts's reference layer (the female pattern, femaleBody.ts). */
  extraLayerM: (x: number, y: number, z: number) => number = () => 0,
  /** Surface marks carved into the skin after the blur (glutealRelief.ts), never deeper than the cover allows. */
  relief?: SkinRelief,
  /** The clefts between the upper arms and the chest wall and between the thighs (limbClefts.ts). */
  clefts: readonly LimbCleft[] = [],
  /** Where the skin hangs from a ledge (under the inferior angles of the scapulae, skinDrape.ts). */
  drapes: readonly SkinDrape[] = [],
  /** Where the skin may bend in no more tightly than a given radius: the back, the front of the shoulders
   * (skinClosing.ts). */
  closings: readonly SkinClosing[] = [],
  /** Structures the skin is not wrapped over but must still cover (StructureSpec.skinStandIn): the builds' fat layer
   * is measured to them. */
  coveredOnly: readonly Primitive[] = [],
  /** Points of the structures the skin's mesh must cover (skinCover.ts coverPoints), checked once it is simplified. */
  structurePoints: readonly Float32Array[] = [],
): Promise<SkinMesh> {
  const layerAt = (x: number, y: number, z: number): number => subcutaneousThicknessM(x, y, z) + extraLayerM(x, y, z)
  // under = smooth union (blend SKIN_BLEND_M) of every primitive beneath the skin (never smaller than any of them).
  // skin field = under minus the subcutaneous thickness, then smoothed by a constrained blur: each pass takes the
  // Gaussian blur of the field but never lets it exceed `cover` (under minus a minimum cover), so grooves between
  // muscles fill and small ridges flatten while every structure stays under at least SKIN_MIN_COVER_M of skin.
  const outside = 0.04
  const grid = emptyGrid(
    { min: [...bodyBounds.min] as [number, number, number], max: [...bodyBounds.max] as [number, number, number] },
    SKIN_CELL_M,
    outside,
  )
  splat(grid, prims, SKIN_BLEND_M, SKIN_BLEND_M + 0.03)
  addLimbHulls(grid, limbs)
  const under = Float32Array.from(grid.values)
  // the fat layer of the builds is measured to what the skin is wrapped over and to the structures it covers without
  // being wrapped over them, so that a lean build thins the skin less over them (the blur's least cover is kept over
  // what it is wrapped over only; every structure is covered again once the skin is meshed, skinCover.ts)
  const fatMeasuredTo = coveredOnly.length ? coveredField(grid, under, coveredOnly, outside) : under
  const cover = new Float32Array(under.length)
  const [nx, ny, nz] = grid.dims
  for (let k = 0, idx = 0; k < nz; k++) {
    const z = grid.origin[2] + k * SKIN_CELL_M
    for (let j = 0; j < ny; j++) {
      const y = grid.origin[1] + j * SKIN_CELL_M
      for (let i = 0; i < nx; i++, idx++) {
        const x = grid.origin[0] + i * SKIN_CELL_M
        const t = layerAt(x, y, z)
        grid.values[idx]! -= t
        cover[idx] = under[idx]! - Math.max(SKIN_MIN_COVER_M, minCoverFraction(x, y, z) * t)
      }
    }
  }
  // the blur may move the skin out by at most SKIN_MAX_FILL_M: grooves between muscles fill, the gap between the
  // thighs and the calves does not
  const floor = Float32Array.from(grid.values, (v) => v - SKIN_MAX_FILL_M)
  fillGrooves(grid, SKIN_GROOVE_SIGMA_M, SKIN_BLUR_PASSES, cover, floor)
  for (const drape of drapes) drapeSkin(grid, drape)
  for (const closing of closings) closeSkin(grid, closing)
  if (relief) carveRelief(grid, relief, cover)
  const cleftLift = carveLimbClefts(grid, under, cover, clefts)
  const blurred = face ? Float32Array.from(grid.values) : grid.values
  if (face) {
    addFaceBase(grid, face.base, cover)
    addFace(grid, face, cover)
  }
  // a pocket the skin's field leaves enclosed inside the body (under the overhanging posterior deltoid) would become a
  // small inward-facing skin shell: fill it, so the skin is one outer surface
  const filledVoids = fillEnclosedVoids(grid, -SKIN_CELL_M / 2)
  // surface nets put one vertex in each cell, which joins two sheets wherever two parts of the body pass through
  // one cell (armpit, hand beside thigh, between the toes): the sheets are separated before smoothing, so each copy
  // moves with its own sheet, and again after simplifying, which can pinch two close sheets together again
  const raw = separateSheets(surfaceNets(grid))
  let smooth = taubinSmooth(raw, SKIN_SMOOTHING_ITERATIONS)
  if (face) {
    // the grid is too coarse for lips and lids: refine the mesh near the face's features and put the face on the exact
    // surface (the blurred skin sampled from the grid, the base, the sockets carved, the face's volumes added)
    const near = (x: number, y: number, z: number): boolean =>
      insideBounds(face.bounds, x, y, z) && Math.min(Math.abs(face.distance(x, y, z)), Math.abs(face.carve(x, y, z))) < FACE_REFINE_BAND_M
    // the base is evaluated exactly, not read back from the grid, whose trilinear cells would show as facets
    const field = (x: number, y: number, z: number): number => {
      const coverHere = sampleGrid(cover, grid, x, y, z)
      return withFaceFeatures(face, x, y, z, withFaceBase(face.base, x, y, z, sampleGrid(blurred, grid, x, y, z), coverHere), coverHere)
    }
    for (let pass = 0; pass < FACE_REFINE_PASSES; pass++) smooth = refineNear(smooth, near)
    // the lid lines are a few millimetres wide: once more there (edges 0.7 mm)
    smooth = refineNear(smooth, face.nearLidLine)
    projectOntoField(smooth, field, (x, y, z) => near(x, y, z) || face.base.weight(x, y, z) > 0, SKIN_CELL_M)
  }
  // the face (its base and its features) is simplified to a finer error: the body's, small on a limb, facets lips,
  // lids and cheeks
  const simple = await simplify(
    smooth,
    SKIN_TRIANGLES,
    0.0012,
    face
      ? { where: (x, y, z) => face.base.weight(x, y, z) > 0 || insideBounds(face.bounds, x, y, z), maxErrorM: FACE_SIMPLIFY_ERROR_M }
      : undefined,
  )
  const c = separateSheets(compact(simple))
  // the face's projection and the simplification leave a few triangles turned over against their neighbours (round
  // the ears most), which show as edged slivers: their corners are moved in among their neighbours first
  const untangled = untangleTurnedOver(c)
  // smoothing and simplifying shave thin convex parts: the structures are covered again before the builds' shapes
  const { shortBefore: coverShortBefore } = coverStructures(c, structurePoints)
  const normals = vertexNormals(c)
  let leanCoverShortBefore = 0
  const targets = (['lean', 'high'] as const).map((name) => {
    const distanceM = new Float32Array(c.positions.length / 3)
    for (let v = 0; v < distanceM.length; v++) {
      const [x, y, z] = [c.positions[v * 3]!, c.positions[v * 3 + 1]!, c.positions[v * 3 + 2]!]
      // the layer actually left over the structures here (the blur may have thinned or thickened it)
      const layer = Math.max(sampleGrid(fatMeasuredTo, grid, x, y, z), 0)
      const d = habitusDisplacementM(name, x, y, z, layer, layerAt(x, y, z))
      // across a cleft (limbClefts.ts) the added fat of a larger build is pressed between arm and chest wall or
      // between the thighs, not laid round the skin: the move out fades there (a full one folds the cleft's walls)
      distanceM[v] = d > 0 ? d * (1 - ramp(sampleGrid(cleftLift, grid, x, y, z), CLEFT_SQUEEZE_FROM_M, CLEFT_SQUEEZE_TO_M)) : d
    }
    // moved along a locally averaged normal, so the skin does not fold over itself (habitusOffset.ts); the moved
    // shape's own normals go with it, so that it is lit as its shape and not as the average skin's creases
    const moved = habitusDeltas(c, normals, distanceM)
    for (let i = 0; i < moved.length; i++) moved[i]! += c.positions[i]!
    // the lean shape thins the layer to below the least cover over the skull's vault, the knuckles, the radius at the
    // wrist and the tendons on the foot: it covers the structures again, so that no build shows a muscle or bone
    // through its skin. The high shape moves the skin out along averaged normals; where it presses the arm's skin
    // into the trunk's, the three-ray vote would count a point inside both sheets as outside, so it is not covered
    // again (docs/MODEL.md, "Muscles and bones covered after the skin is meshed").
    if (name === 'lean') leanCoverShortBefore = coverStructures({ positions: moved, indices: c.indices }, structurePoints).shortBefore
    const positionDeltas = Float32Array.from(moved, (m, i) => m - c.positions[i]!)
    const movedNormals = vertexNormals({ positions: moved, indices: c.indices })
    const normalDeltas = new Float32Array(moved.length)
    for (let i = 0; i < moved.length; i++) normalDeltas[i] = movedNormals[i]! - normals[i]!
    return { name, positionDeltas, normalDeltas }
  })
  return { positions: c.positions, normals, indices: c.indices, targets, filledVoids, coverShortBefore, leanCoverShortBefore, untangled }
}

/** A skin with its builds' shapes: the meshed skin, or the skin as written (after the female warp, generate.ts). */
export interface SkinWithTargets {
  positions: Float32Array
  normals: Float32Array
  indices: Uint32Array
  targets: readonly { name: string; positionDeltas: Float32Array; normalDeltas?: Float32Array }[]
}

/** The lean shape of a meshed skin, with its own normals. */
export function leanShape(skin: SkinWithTargets): { positions: Float32Array; normals: Float32Array; indices: Uint32Array } {
  const lean = leanTarget(skin)
  return {
    positions: Float32Array.from(skin.positions, (v, i) => v + lean.positionDeltas[i]!),
    normals: Float32Array.from(skin.normals, (v, i) => v + (lean.normalDeltas?.[i] ?? 0)),
    indices: skin.indices,
  }
}

/** Cover the lean shape again over structures built after the skin (the facial muscles, facialMuscles.ts), or moved
 * after it was covered (the female warp), as buildSkin covers it over the others: its positions move out where a
 * point is short (skinCover.ts) and its normals follow. Changes the lean target in place; returns how many points
 * were short at first. */
export function coverLeanShapeAgain(skin: SkinWithTargets, structurePoints: readonly Float32Array[]): number {
  const lean = leanTarget(skin)
  const moved = leanShape(skin).positions
  const { shortBefore } = coverStructures({ positions: moved, indices: skin.indices }, structurePoints)
  const movedNormals = vertexNormals({ positions: moved, indices: skin.indices })
  for (let i = 0; i < moved.length; i++) {
    lean.positionDeltas[i] = moved[i]! - skin.positions[i]!
    if (lean.normalDeltas) lean.normalDeltas[i] = movedNormals[i]! - skin.normals[i]!
  }
  return shortBefore
}

function leanTarget(skin: SkinWithTargets): SkinWithTargets['targets'][number] {
  const lean = skin.targets.find((t) => t.name === 'lean')
  if (!lean) throw new Error('the skin has no lean shape')
  return lean
}

export { mirrorX }
