// Muscles of facial expression (frontalis, orbicularis oculi, zygomaticus major, orbicularis oris, levator labii
// superioris, depressor anguli oris, mentalis), left side (mirrored for the right). They are thin sheets in the
// superficial fascia that end in the skin, so they are laid after the skin is meshed: each is the layer between two
// depths under the skin, within the outline of its fibres, clear of the bones and muscles beneath and of the facial
// muscles laid before it. The skin is not wrapped over them (the face's base, faceBase.ts, shapes it), so the
// reference skin does not change; the lean shape is covered again over them (coverLeanShapeAgain in skin.ts, called by
// generate.ts). Context muscles: no atlas entry, no clinical data. Attachments as in any anatomy atlas; outlines,
// depths and thicknesses are model choices.
import { CONTEXT_MUSCLES, FACIAL_MUSCLE_IDS, type MuscleIdentity } from '../anatomy/ids'
import { buildBvhMesh, raycastFirst, signedDistance, type BvhMesh } from '../geometry/meshBvh'
import { bisect } from '../geometry/bisect'
import { contextMuscleColour } from './contextMuscles'
import { ramp } from './fibres'
import { LID_LINE_BELOW_EYE_CENTRE_M, MOUTH_LINE_Y_M, eyeCentre } from './face'
import type { Landmarks } from './landmarkTable'
import { type SheetLine, sheet } from './muscleShapes'
import type { FinishedMesh } from './meshStructure'
import { muscleStructure } from './muscles'
import { latticeField } from './latticeField'
import { nearShapeDistance } from './nearShape'
import { type Bounds, type Primitive, type Shape, mirrorPrimitive, unionBounds } from './sdf'
import { COVER_MARGIN_M } from './skinCover'
import type { StructureSpec } from './structure'
import { type Vec3, add, lerp, normalize, scale, sub } from './vec'

/** A structure already built, by its node name. */
export interface BuiltMesh extends FinishedMesh {
  nodeName: string
}

/** Grid spacing the facial muscles are meshed at (m): fine enough for a sheet a millimetre thick. */
const FACIAL_CELL_M = 0.0005
/** Clearance kept from the bones and muscles beneath and from the facial muscles laid before (m). */
const BENEATH_CLEARANCE_M = 0.0005
/** The thinnest a facial muscle runs (m): thinner, its mesh showed dark specks where its two faces meet. */
const MIN_THICKNESS_M = 0.0008
/** Spacing of the lattice the distances to the skin and to the structures beneath are sampled on (m): they are
 * interpolated between its nodes (distanceOnLattice). */
const LATTICE_M = 0.001
/** Beyond this distance outside a muscle's fibres the layer is not looked at (m): the fibres' own field is positive
 * there, which is all the mesher needs. */
const NEAR_FIBRES_M = 0.003
/** How far from a surface its distance is looked for (m): further away no layer can be near the skin, and no point of
 * a layer lies that deep in a structure beneath. */
const SEARCH_M = 0.02
/** Edge of the blocks the fibres' primitives near a point are listed for (m; nearShape.ts). */
const FIBRE_BLOCK_M = 0.002
/** Step of the march in from the skin to a layer's middle (m). */
const MARCH_STEP_M = 0.0005

interface FacialMuscleDef {
  id: string
  /** Depths of the layer's outer and inner faces under the surface they are measured to (m; buildFacialMuscles). */
  depthM: readonly [number, number]
  /** The point the fibres' nominal points are projected onto the layer from (rays from it outward to the skin). */
  centre: Vec3
  /** The fibres, as a sheet whose nominal points are given on the face (they are projected onto the layer). */
  fibres: (onLayer: (p: Vec3) => Vec3, outward: (p: Vec3) => Vec3) => Primitive[]
  /** Keep only what lies this far or further to the patient's left of the midline (0 for a muscle whose two halves
   * meet there). */
  medialLimitM?: number
  maxTriangles: number
  /** Clearance over the bones and muscles beneath, where not BENEATH_CLEARANCE_M (m). */
  beneathClearanceM?: number
  /** The thinnest this muscle runs, where not MIN_THICKNESS_M (m). */
  minThicknessM?: number
}

function identity(id: string): MuscleIdentity {
  const m = CONTEXT_MUSCLES.find((c) => c.id === id)
  if (!m) throw new Error(`facial muscle "${id}" is not in CONTEXT_MUSCLES`)
  return m
}

/** Along the ray from `centre` through `p`, the point where `field` (negative inside) first reaches `-depthM`, coming
 * in from the reference skin's surface (the outermost crossing of `skin` along the ray). */
function pointAtDepth(skin: BvhMesh, field: (p: Vec3) => number, centre: Vec3, p: Vec3, depthM: number): Vec3 {
  const dir = normalize(sub(p, centre))
  const origin = add(centre, scale(dir, 0.3))
  const hit = raycastFirst(skin, { x: origin[0], y: origin[1], z: origin[2] }, { x: -dir[0], y: -dir[1], z: -dir[2] }, 0, 0.3)
  if (!hit) throw new Error(`facial muscles: no skin along the ray from ${centre.join(', ')} through ${p.join(', ')}`)
  const underSkin = (inM: number): Vec3 => add(origin, scale(dir, -(hit.distanceM + inM)))
  let outer = 0
  let inner = MARCH_STEP_M
  while (field(underSkin(inner)) > -depthM) {
    outer = inner
    inner += MARCH_STEP_M
    if (inner > SEARCH_M)
      throw new Error(`facial muscles: the layer under the skin at ${underSkin(0).join(', ')} is not within ${SEARCH_M} m`)
  }
  return underSkin(bisect((m) => field(underSkin(m)) > -depthM, outer, inner, 12).at)
}

function meshBounds(m: FinishedMesh): Bounds {
  const min: [number, number, number] = [Infinity, Infinity, Infinity]
  const max: [number, number, number] = [-Infinity, -Infinity, -Infinity]
  for (let i = 0; i < m.positions.length; i += 3)
    for (let k = 0; k < 3; k++) {
      min[k] = Math.min(min[k]!, m.positions[i + k]!)
      max[k] = Math.max(max[k]!, m.positions[i + k]!)
    }
  return { min, max }
}

type Field = (x: number, y: number, z: number) => number

/** A mesh's signed distance (out to SEARCH_M) on a lattice of LATTICE_M (latticeField.ts): a layer is meshed at
 * FACIAL_CELL_M, and a search in the mesh's bounds tree at every point of that grid took most of the facial muscles'
 * time. */
const distanceOnLattice = (mesh: BvhMesh): Field => latticeField((x, y, z) => signedDistance(mesh, { x, y, z }, SEARCH_M), LATTICE_M)

/** Distance from a point to a box (0 inside it). */
function boxGapM(b: Bounds, x: number, y: number, z: number): number {
  const gx = Math.max(b.min[0] - x, x - b.max[0], 0)
  const gy = Math.max(b.min[1] - y, y - b.max[1], 0)
  const gz = Math.max(b.min[2] - z, z - b.max[2], 0)
  return Math.hypot(gx, gy, gz)
}

const overlaps = (a: Bounds, b: Bounds): boolean => [0, 1, 2].every((k) => a.min[k]! <= b.max[k]! && a.max[k]! >= b.min[k]!)

/** The fibres of one facial muscle: a sheet (muscleShapes.ts) of even thickness whose nominal points, by default
 * straight from origin to insertion, are projected onto the muscle's layer; fleshy unless `tendon` says otherwise. */
function layerSheet(
  origins: SheetLine,
  insertions: SheetLine,
  o: {
    fibres: number
    thicknessM: number
    steps: number
    overlap?: number
    tendon?: (t: number) => number
    nominal?: (origin: Vec3, insertion: Vec3, t: number, f: number) => Vec3
  },
  onLayer: (p: Vec3) => Vec3,
  outward: (p: Vec3) => Vec3,
): Primitive[] {
  const nominal = o.nominal ?? ((a: Vec3, b: Vec3, t: number): Vec3 => lerp(a, b, t))
  return sheet(origins, insertions, {
    fibres: o.fibres,
    thicknessM: o.thicknessM,
    steps: o.steps,
    overlap: o.overlap ?? 0.8,
    outward,
    path: (a, b, t, f) => onLayer(nominal(a, b, t, f)),
    thicknessAlong: () => 1,
    tendon: o.tendon ?? (() => 0),
  })
}

/** The seven muscles' fibres, from the landmark table and the face's features (face.ts: the lid line, and the mouth
 * line with its corners 23 mm from the midline). */
function definitions(lm: Landmarks): FacialMuscleDef[] {
  const eye = eyeCentre(lm)
  const zyg = lm.at('zygomatic-arch', 'left')
  const glabella = lm.at('glabella')
  const chin = lm.at('mental-protuberance')
  const mouth: Vec3 = [0, MOUTH_LINE_Y_M, 0.095]
  // the palpebral fissure of the closed eye: the lid line's middle
  const fissure: Vec3 = add(eye, [0, -LID_LINE_BELOW_EYE_CENTRE_M, 0.01])
  return [
    {
      // Orbicularis oris: fibres round the mouth from the middle of the upper lip, round the angle (the modiolus), to
      // the middle of the lower lip; each half meets the other's at the midline, where their fibres interlace
      id: 'orbicularis-oris',
      depthM: [0.0012, 0.0042],
      centre: [0, 1.57, 0.0],
      medialLimitM: 0,
      maxTriangles: 1100,
      fibres: (onLayer, outward) => {
        const inner = { a: 0.0205, up: 0.0045, down: 0.0045 }
        const outer = { a: 0.0325, up: 0.0265, down: 0.0115 }
        const ring = (t: number, f: number): Vec3 => {
          const th = Math.PI / 2 - Math.PI * t
          const s = Math.sin(th)
          const a = inner.a + (outer.a - inner.a) * f
          const b = s >= 0 ? inner.up + (outer.up - inner.up) * f : inner.down + (outer.down - inner.down) * f
          // past the midline a little, so that the cut there is clean
          return add(mouth, [a * Math.cos(th) - 0.002 * Math.abs(s) ** 8, b * s, 0])
        }
        return layerSheet(
          [mouth, mouth],
          [mouth, mouth],
          { fibres: 5, thicknessM: 0.007, steps: 17, nominal: (_o, _i, t, f) => ring(t, f) },
          onLayer,
          outward,
        )
      },
    },
    {
      // Orbicularis oculi: the palpebral part in the lids, from the medial palpebral ligament round to the lateral
      // palpebral raphe, leaving the closed eye's fissure open between them, and the orbital part in rings round the
      // orbital margin onto the brow, the temple and the cheek (its medial end on the nasal part of the frontal bone
      // and the frontal process of the maxilla)
      id: 'orbicularis-oculi',
      depthM: [0.0006, 0.0019],
      centre: [0.018, 1.645, 0.0],
      maxTriangles: 1400,
      fibres: (onLayer, outward) => {
        const inner = { lateral: 0.0145, medial: 0.0135, up: 0.0055, down: 0.0055 }
        const outer = { lateral: 0.03, medial: 0.018, up: 0.03, down: 0.022 }
        const ring = (t: number, f: number): Vec3 => {
          const th = 2 * Math.PI * t
          const c = Math.cos(th)
          const s = Math.sin(th)
          const pick = (lo: number, hi: number): number => lo + (hi - lo) * f
          const a = c >= 0 ? pick(inner.lateral, outer.lateral) : pick(inner.medial, outer.medial)
          const b = s >= 0 ? pick(inner.up, outer.up) : pick(inner.down, outer.down)
          return add(fissure, [a * c, b * s, 0])
        }
        return layerSheet(
          [fissure, fissure],
          [fissure, fissure],
          { fibres: 6, thicknessM: 0.006, steps: 33, nominal: (_o, _i, t, f) => ring(t, f) },
          onLayer,
          outward,
        )
      },
    },
    {
      // Frontalis (the frontal belly of occipitofrontalis): from the galea aponeurotica, pale above, down to the skin of
      // the eyebrow; the two bellies meet above the root of the nose and part upward, leaving the galea between them
      id: 'frontalis',
      depthM: [0.0005, 0.002],
      centre: [0.02, 1.66, 0.0],
      medialLimitM: 0.002,
      // the skin lies only 1.5-3.4 mm over the smooth frontal bone: with the clearance and least thickness kept
      // elsewhere the muscle was holed over the lateral forehead; at 0.3 mm a few vertices lay inside the skull's
      // simplified mesh, which stands up to 0.4 mm out of the skull's field there
      beneathClearanceM: 0.0004,
      minThicknessM: 0.0003,
      maxTriangles: 1600,
      fibres: (onLayer, outward) =>
        layerSheet(
          [add(glabella, [0.017, 0.052, 0]), add(glabella, [0.034, 0.05, 0]), add(glabella, [0.05, 0.044, 0])],
          [add(glabella, [0.005, 0.007, 0]), add(glabella, [0.03, 0.011, 0]), add(glabella, [0.054, 0.008, 0])],
          { fibres: 7, thicknessM: 0.006, steps: 9, overlap: 0.75, tendon: (t) => 1 - ramp(t, 0.06, 0.2) },
          onLayer,
          outward,
        ),
    },
    {
      // Zygomaticus major: from the lateral surface of the zygomatic bone down and forward to the modiolus at the
      // angle of the mouth, over the front edge of masseter and the buccal fat
      id: 'zygomaticus-major',
      depthM: [0.0009, 0.0027],
      centre: [0.02, 1.6, 0.0],
      maxTriangles: 500,
      fibres: (onLayer, outward) =>
        layerSheet(
          [add(zyg, [-0.009, 0.009, 0.016]), add(zyg, [-0.004, 0.001, 0.01])],
          [add(mouth, [0.029, 0.0085, -0.01]), add(mouth, [0.031, 0.003, -0.011])],
          { fibres: 3, thicknessM: 0.006, steps: 9 },
          onLayer,
          outward,
        ),
    },
    {
      // Levator labii superioris: from below the infraorbital margin (in people its origin lies deep to orbicularis
      // oculi; here it ends at that muscle's lower edge) down into the upper lip beside the nose, where it runs into
      // orbicularis oris
      id: 'levator-labii-superioris',
      depthM: [0.0009, 0.0025],
      centre: [0.01, 1.6, 0.0],
      maxTriangles: 500,
      fibres: (onLayer, outward) =>
        layerSheet(
          [add(eye, [-0.013, -0.026, 0]), add(eye, [0.004, -0.027, 0])],
          [add(mouth, [0.011, 0.0205, 0]), add(mouth, [0.02, 0.0165, -0.004])],
          { fibres: 3, thicknessM: 0.005, steps: 8 },
          onLayer,
          outward,
        ),
    },
    {
      // Depressor anguli oris: a triangle from the oblique line of the mandible, below the canine and premolars, up to
      // the modiolus at the angle of the mouth
      id: 'depressor-anguli-oris',
      depthM: [0.0009, 0.0025],
      centre: [0.0, 1.56, 0.0],
      maxTriangles: 500,
      fibres: (onLayer, outward) =>
        layerSheet(
          [add(chin, [0.017, -0.004, 0.008]), add(chin, [0.03, -0.002, 0.0]), add(chin, [0.041, 0.002, -0.01])],
          [add(mouth, [0.026, 0.0005, -0.01]), add(mouth, [0.028, -0.0005, -0.01]), add(mouth, [0.03, 0.0015, -0.012])],
          { fibres: 4, thicknessM: 0.005, steps: 7 },
          onLayer,
          outward,
        ),
    },
    {
      // Mentalis: from the incisive fossa of the mandible, below the lower incisors, down into the skin of the chin
      id: 'mentalis',
      depthM: [0.0009, 0.0028],
      centre: [0.0, 1.55, 0.0],
      medialLimitM: 0.0015,
      maxTriangles: 400,
      fibres: (onLayer, outward) =>
        layerSheet(
          [add(chin, [0.004, 0.016, 0.01]), add(chin, [0.01, 0.015, 0.01])],
          [add(chin, [0.005, 0.0, 0.012]), add(chin, [0.014, 0.001, 0.01])],
          { fibres: 3, thicknessM: 0.005, steps: 6 },
          onLayer,
          outward,
        ),
    },
  ]
}

/**
 * The facial muscles as structures (left side, mirrored for the right), laid under the skin. Each layer's depths are
 * measured to the lean shape of the skin (`lean`), which is thinner over the cheeks, or where that lies closer to what
 * is beneath than the layer needs (over the forehead it lies a millimetre or two over the bone), to that much room
 * over it, but never outside the reference shape (`base`): the lean shape is then covered again over them as over
 * every muscle (skinCover.ts). `beneath` are the bones and muscles already built: a facial muscle keeps clear of those
 * near it.
 */
export function buildFacialMuscles(
  lm: Landmarks,
  skin: { base: FinishedMesh; lean: FinishedMesh },
  beneath: readonly BuiltMesh[],
): StructureSpec[] {
  const base = buildBvhMesh('skin', skin.base)
  const baseDistance = distanceOnLattice(base)
  const leanDistance = distanceOnLattice(buildBvhMesh('skin (lean)', skin.lean))
  // the least signed distance to the bones and muscles beneath, out to SEARCH_M: a structure whose box lies further
  // away is not looked at (a point outside the box is outside the structure), and its bounds tree is built when first
  // looked at
  const structuresBeneath = beneath.map((m) => ({ mesh: m, bounds: meshBounds(m), tree: null as BvhMesh | null }))
  const beneathField = latticeField((x, y, z) => {
    let d = SEARCH_M
    for (const s of structuresBeneath) {
      if (boxGapM(s.bounds, x, y, z) >= SEARCH_M) continue
      s.tree ??= buildBvhMesh(s.mesh.nodeName, s.mesh)
      d = Math.min(d, signedDistance(s.tree, { x, y, z }, SEARCH_M))
    }
    return d
  }, LATTICE_M)
  const beneathDistance = (p: Vec3): number => beneathField(...p)
  const laid: Primitive[] = []
  const out: StructureSpec[] = []
  const defs = definitions(lm)
  if (defs.map((d) => d.id).join() !== FACIAL_MUSCLE_IDS.join())
    throw new Error('facial muscles: the definitions differ from FACIAL_MUSCLE_IDS')
  for (const def of defs) {
    if (def.depthM[0] < COVER_MARGIN_M)
      throw new Error(`facial muscle "${def.id}": its outer face lies less than the skin's cover margin under the skin`)
    const clearanceM = def.beneathClearanceM ?? BENEATH_CLEARANCE_M
    const roomM = def.depthM[1] + clearanceM
    // the surface the layer's depths are measured to (negative inside it), from the distances to the reference and lean
    // shapes and to what lies beneath
    const referenceOf = (baseM: number, leanM: number, beneathM: number): number => Math.max(baseM, Math.min(leanM, beneathM - roomM))
    const reference = (p: Vec3, beneathM: number): number => referenceOf(baseDistance(...p), leanDistance(...p), beneathM)
    const midDepthM = (def.depthM[0] + def.depthM[1]) / 2
    const onLayer = (p: Vec3): Vec3 => pointAtDepth(base, (q) => reference(q, beneathDistance(q)), def.centre, p, midDepthM)
    const outward = (p: Vec3): Vec3 => normalize(sub(p, def.centre))
    const fibrePrims = def.fibres(onLayer, outward)
    const fibreShape: Shape = { prims: fibrePrims, blendM: 0.002 }
    const bounds = unionBounds(fibrePrims, 0.002)
    // the facial muscles laid before, on both sides (a muscle that reaches the midline meets its right copy there)
    const before = laid.filter((s) => overlaps(s.bounds, bounds))
    const fibreDistance = nearShapeDistance(fibreShape, NEAR_FIBRES_M, FIBRE_BLOCK_M)
    const layerDistance = (x: number, y: number, z: number): number => {
      let d = fibreDistance(x, y, z)
      if (d > NEAR_FIBRES_M) return d
      if (def.medialLimitM !== undefined) d = Math.max(d, def.medialLimitM - x)
      // the reference surface lies between the reference shape and the lean shape (referenceOf), so a point well
      // outside the one or well inside the other is far from the layer whatever lies beneath: the bounds say so
      // without looking for the structures beneath, the dearest part
      const baseM = baseDistance(x, y, z)
      d = Math.max(d, baseM + def.depthM[0])
      if (d > NEAR_FIBRES_M) return d
      const leanM = leanDistance(x, y, z)
      d = Math.max(d, -(Math.max(baseM, leanM) + def.depthM[1]))
      if (d > NEAR_FIBRES_M) return d
      const beneathM = beneathField(x, y, z)
      const s = referenceOf(baseM, leanM, beneathM)
      // the layer's thickness here, between its outer face and the lesser of its inner face and the clearance over
      // what lies beneath: where that is under MIN_THICKNESS_M the muscle ends, rather than running on as a film
      const thicknessM = Math.min(def.depthM[1], -s + beneathM - clearanceM) - def.depthM[0]
      d = Math.max(d, s + def.depthM[0], -(s + def.depthM[1]), clearanceM - beneathM, (def.minThicknessM ?? MIN_THICKNESS_M) - thicknessM)
      if (d > NEAR_FIBRES_M) return d
      for (const laidMuscle of before) d = Math.max(d, BENEATH_CLEARANCE_M - laidMuscle.distance(x, y, z))
      return d
    }
    const layer: Primitive = { distance: layerDistance, bounds }
    const shape: Shape = { prims: [layer], blendM: 0, carve: [] }
    const m = identity(def.id)
    const spec = muscleStructure(
      m,
      shape,
      { prims: fibrePrims, cellM: FACIAL_CELL_M, maxTriangles: def.maxTriangles },
      contextMuscleColour(m),
    )
    out.push({ ...spec, underSkin: false })
    laid.push(layer, mirrorPrimitive(layer))
  }
  return out
}
