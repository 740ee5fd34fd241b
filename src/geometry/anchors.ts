// Resolves atlas positions, written against palpable landmarks in body terms, to world points and
// directions on a particular model. This is what makes the atlas model-independent: nothing in data/
// names a vertex, only landmarks and offsets in metres (lateral, superior, anterior).
import { LANDMARKS, type Side } from '../anatomy/ids'
import type { AnchoredPoint, BodyOffset, Facing } from '../atlas/schema'
import { normalize, type Vec3Like } from './vec'

/**
 * How large a body is against the reference body the atlas's offsets were written on: per body axis for offsets from
 * landmarks of the trunk and limbs; for offsets from landmarks at or above C7, the head's ratio on every axis, except
 * that lateral offsets from the neck's landmarks (from C7 up to below the angles of the mandible) take the neck's.
 */
export interface OffsetScale {
  lateral: number
  superior: number
  anterior: number
  head: number
  /** Landmarks at or above this height (the body's C7) take the head's ratio, laterally the neck's below neckBelowY. */
  headFromY: number
  /** Lateral offsets from the neck's landmarks take this ratio, the breadth between the angles of the mandible: a
   * body's neck can be narrower against the reference's than its head is. */
  neckLateral: number
  /** The neck's landmarks lie below this height (the angles of the mandible). */
  neckBelowY: number
}

/**
 * Finds a landmark's world position on the model: `(landmarkId, side) => point | undefined`. `offsetScale` is how
 * large this body is against the reference body (1 on every axis when absent).
 */
export type LandmarkLookup = ((landmarkId: string, side: Side) => Vec3Like | undefined) & { offsetScale?: OffsetScale }

/**
 * The spans of the reference body (models/body.glb, 1.75 m tall) a body's size is measured by: the height of the C7
 * spinous process above the lateral malleoli (through trunk and leg, leaving out head and feet), the breadth between
 * the acromions (the shoulder girdle, where most of the atlas's lateral offsets are) and the depth of the chest from
 * the sternal angle back to the inferior angles of the scapulae; for the head, the breadth between the mastoid processes;
 * for the neck, the breadth between the angles of the mandible.
 */
export const REFERENCE_SPANS_M = { c7ToMalleolus: 1.42675, biacromial: 0.392, chestDepth: 0.18494, bimastoid: 0.11, bigonial: 0.1 } as const

const UNSCALED: OffsetScale = { lateral: 1, superior: 1, anterior: 1, head: 1, headFromY: Infinity, neckLateral: 1, neckBelowY: Infinity }
const plausible = (r: number): boolean => Number.isFinite(r) && r >= 0.5 && r <= 1.5

/**
 * How large a body is against the reference one, from its own landmarks: superior offsets by the C7-to-malleolus
 * ratio, lateral ones by the biacromial ratio, anterior ones by the chest-depth ratio; offsets from a landmark of the
 * head or neck by the bimastoid ratio on every axis, except lateral offsets from the neck's landmarks, by the ratio of
 * the breadth between the angles of the mandible. 1 on every axis when the body lacks those landmarks or a ratio
 * is implausible (below 0.5 or above 1.5), so a foreign model without them is placed as before.
 */
export function offsetScaleOf(lookup: (landmarkId: string, side: Side) => Vec3Like | undefined): OffsetScale {
  const c7 = lookup('c7-spinous-process', 'midline')
  const sternalAngle = lookup('sternal-angle', 'midline')
  const pair = (id: string): [Vec3Like, Vec3Like] | null => {
    const left = lookup(id, 'left')
    const right = lookup(id, 'right')
    return left && right ? [left, right] : null
  }
  const malleoli = pair('lateral-malleolus')
  const acromia = pair('acromion')
  const scapulae = pair('inferior-angle-of-scapula')
  const mastoids = pair('mastoid-process')
  if (!c7 || !sternalAngle || !malleoli || !acromia || !scapulae || !mastoids) return UNSCALED
  const height = (c7.y - (malleoli[0].y + malleoli[1].y) / 2) / REFERENCE_SPANS_M.c7ToMalleolus
  const breadth = Math.abs(acromia[0].x - acromia[1].x) / REFERENCE_SPANS_M.biacromial
  const depth = (sternalAngle.z - (scapulae[0].z + scapulae[1].z) / 2) / REFERENCE_SPANS_M.chestDepth
  const head = Math.abs(mastoids[0].x - mastoids[1].x) / REFERENCE_SPANS_M.bimastoid
  if (![height, breadth, depth, head].every(plausible)) return UNSCALED
  // a body without the angles of the mandible, with an implausible breadth between them or with them no higher than
  // C7 has no neck band: its neck is scaled as its head
  const gonia = pair('angle-of-mandible')
  const neck = gonia ? { ratio: Math.abs(gonia[0].x - gonia[1].x) / REFERENCE_SPANS_M.bigonial, y: (gonia[0].y + gonia[1].y) / 2 } : null
  const neckKnown = neck !== null && plausible(neck.ratio) && neck.y > c7.y
  return {
    lateral: breadth,
    superior: height,
    anterior: depth,
    head,
    headFromY: c7.y,
    neckLateral: neckKnown ? neck.ratio : head,
    neckBelowY: neckKnown ? neck.y : c7.y,
  }
}

/** A lookup with its body's offset scale attached (offsetScaleOf). */
export function scaledLookup(find: (landmarkId: string, side: Side) => Vec3Like | undefined): LandmarkLookup {
  return Object.assign(find, { offsetScale: offsetScaleOf(find) })
}

/** The side a structure is placed on. Bilateral structures use 'left' or 'right'. */
export type PlacementSide = Side

/** A landmark the model does not have (or not on the requested side): the app reports it and carries on. */
export class UnknownLandmarkError extends Error {
  readonly landmarkId: string
  readonly side: Side
  constructor(landmarkId: string, side: Side) {
    super(`unknown landmark "${landmarkId}" (side ${side}): the model has no node "${landmarkId}.${side}"`)
    this.name = 'UnknownLandmarkError'
    this.landmarkId = landmarkId
    this.side = side
  }
}

/** A placement that cannot be resolved for reasons other than a missing landmark (e.g. a zero direction). */
export class AnchorError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'AnchorError'
  }
}

const landmarkSides = new Map(LANDMARKS.map((l) => [l.id, l.sides]))

/** +1 for the patient's left (+X), −1 for the right; lateral offsets on a midline placement are rejected. */
function lateralSign(side: PlacementSide, lateralM: number, what: string): number {
  if (side === 'left') {
    return 1
  }
  if (side === 'right') {
    return -1
  }
  if (lateralM !== 0) {
    throw new AnchorError(`${what}: a lateral offset (${lateralM} m) has no meaning on a midline placement`)
  }
  return 0
}

/**
 * Body-terms offset to a world vector for a side: lateral → +X on the left and −X on the right,
 * superior → +Y, anterior → +Z. Units are unchanged (metres in, metres out).
 */
export function bodyOffsetToWorld(offset: Partial<BodyOffset> | undefined, side: PlacementSide): Vec3Like {
  const lateralM = offset?.lateralM ?? 0
  const superiorM = offset?.superiorM ?? 0
  const anteriorM = offset?.anteriorM ?? 0
  return { x: lateralSign(side, lateralM, 'offset') * lateralM, y: superiorM, z: anteriorM }
}

/** Finds the landmark copy that applies to a side: the side's own copy, or the midline copy for midline landmarks. */
export function landmarkFor(lookup: LandmarkLookup, landmarkId: string, side: PlacementSide): Vec3Like {
  const sides = landmarkSides.get(landmarkId)
  let point: Vec3Like | undefined
  if (sides === 'midline') {
    point = lookup(landmarkId, 'midline')
  } else if (sides === 'bilateral') {
    if (side === 'midline') {
      throw new AnchorError(`landmark "${landmarkId}" is bilateral: a midline placement must use a midline landmark`)
    }
    point = lookup(landmarkId, side)
  } else {
    // Not in the shared vocabulary: accept whatever the model offers, the side's copy first.
    point = lookup(landmarkId, side) ?? lookup(landmarkId, 'midline')
  }
  if (!point) {
    throw new UnknownLandmarkError(landmarkId, sides === 'midline' ? 'midline' : side)
  }
  return point
}

/** World position (metres) of an atlas point placed on a side. Throws UnknownLandmarkError for a missing landmark. */
export function resolveAnchoredPoint(lookup: LandmarkLookup, anchored: AnchoredPoint, side: PlacementSide): Vec3Like {
  const base = landmarkFor(lookup, anchored.landmark, side)
  const offset = bodyOffsetToWorld(anchored.offset, side)
  const k = lookup.offsetScale ?? UNSCALED
  const inHead = base.y >= k.headFromY
  const inNeck = inHead && base.y < k.neckBelowY
  const [kx, ky, kz] = inHead ? [inNeck ? k.neckLateral : k.head, k.head, k.head] : [k.lateral, k.superior, k.anterior]
  return { x: base.x + kx * offset.x, y: base.y + ky * offset.y, z: base.z + kz * offset.z }
}

/** Unit world direction of a body-terms direction (e.g. a needle direction) for a side. */
export function resolveBodyDirection(direction: Partial<BodyOffset>, side: PlacementSide): Vec3Like {
  const world = bodyOffsetToWorld(direction, side)
  try {
    return normalize(world)
  } catch {
    throw new AnchorError('direction has zero length: give at least one of lateralM, superiorM, anteriorM')
  }
}

/** Unit world direction of a skin-patch `facing` for a side (lateral points away from the midline on that side). */
export function facingDirection(facing: Facing, side: PlacementSide): Vec3Like {
  switch (facing) {
    case 'anterior':
      return { x: 0, y: 0, z: 1 }
    case 'posterior':
      return { x: 0, y: 0, z: -1 }
    case 'superior':
      return { x: 0, y: 1, z: 0 }
    case 'inferior':
      return { x: 0, y: -1, z: 0 }
    case 'lateral':
    case 'medial': {
      if (side === 'midline') {
        throw new AnchorError(`facing "${facing}" has no meaning on a midline placement`)
      }
      const outward = side === 'left' ? 1 : -1
      return { x: facing === 'lateral' ? outward : -outward, y: 0, z: 0 }
    }
  }
}

/** Builds a LandmarkLookup from node names `<landmark-id>.<side>` mapped to world points. */
export function landmarkLookupFromNodes(points: ReadonlyMap<string, Vec3Like>): LandmarkLookup {
  return scaledLookup((landmarkId, side) => points.get(`${landmarkId}.${side}`))
}
