// Building blocks for the small bones of the hand and foot: a long bone between two joint centres (a flared base,
// a slimmer shaft and a rounded head, stopping a small joint gap short of each centre so the knuckles read), and
// chains of such bones bent at each joint (a finger or a toe). Sizes are model choices, not measurements.
import { type Primitive, axesFrom, ellipsoid, taperedCapsule } from './sdf'
import { itemAt } from './lists'
import { type Vec3, add, dot, length, normalize, scale, sub } from './vec'

/** Radii of a long bone (m): at its base, along its shaft and at its head. */
export interface LongBoneSize {
  baseM: number
  shaftM: number
  headM: number
}

/** Half the gap left between two bones at a joint (m). */
const HALF_JOINT_GAP_M = 0.0006

/** The part of `v` perpendicular to the unit vector `axis`, normalised. */
export function perpendicular(v: Vec3, axis: Vec3): Vec3 {
  return normalize(sub(v, scale(axis, dot(v, axis))))
}

/** Turn the unit direction `dir` by `angleRad` towards `toward` (in the plane of the two). */
export function bend(dir: Vec3, toward: Vec3, angleRad: number): Vec3 {
  const t = perpendicular(toward, dir)
  return normalize(add(scale(dir, Math.cos(angleRad)), scale(t, Math.sin(angleRad))))
}

/**
 * A long bone from joint centre `from` to joint centre `to`; `side` gives the direction of its width (across the
 * palm or sole), so base and head are a little wider than deep. With `tuft`, the head is a flattened terminal tuft.
 */
export function longBone(from: Vec3, to: Vec3, side: Vec3, size: LongBoneSize, tuft = false): Primitive[] {
  const axis = normalize(sub(to, from))
  const len = length(sub(to, from))
  const axes = axesFrom(perpendicular(side, axis), axis)
  const baseAt = Math.min(size.baseM * 0.75 + HALF_JOINT_GAP_M, len * 0.45)
  const headAt = Math.min(size.headM * 0.75 + HALF_JOINT_GAP_M, len * 0.45)
  const baseC = add(from, scale(axis, baseAt))
  const headC = add(to, scale(axis, -headAt))
  const head: Vec3 = tuft
    ? [size.headM * 1.15, size.headM * 0.75, size.headM * 0.7]
    : [size.headM * 1.08, size.headM * 0.75, size.headM * 0.92]
  return [
    ellipsoid(baseC, [size.baseM * 1.08, size.baseM * 0.75, size.baseM * 0.92], axes),
    taperedCapsule(baseC, headC, size.shaftM * 1.1, size.shaftM),
    ellipsoid(headC, head, axes),
  ]
}

/**
 * A digit: bones of the given lengths laid end to end from joint centre `start`, along `dir`, each joint bent by
 * its angle towards `flexTo` (the palm or the sole). Returns the primitives and the joint centres.
 */
export function digit(
  start: Vec3,
  dir: Vec3,
  lengthsM: readonly number[],
  flexRad: readonly number[],
  flexTo: Vec3,
  side: Vec3,
  sizes: readonly LongBoneSize[],
): { prims: Primitive[]; joints: Vec3[] } {
  const prims: Primitive[] = []
  const joints: Vec3[] = [start]
  let d = normalize(dir)
  let p = start
  for (let i = 0; i < lengthsM.length; i++) {
    d = bend(d, flexTo, flexRad[i] ?? 0)
    const q = add(p, scale(d, itemAt(lengthsM, i, 'long bone lengths')))
    prims.push(...longBone(p, q, side, itemAt(sizes, i, 'long bone sizes'), i === lengthsM.length - 1))
    joints.push(q)
    p = q
  }
  return { prims, joints }
}
