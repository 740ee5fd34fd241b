// Guessing how to bring a foreign model into our frame (metres, +Y up) from its bounding box alone: BodyParts3D
// comes in millimetres with Z up, Z-Anatomy already matches ours. A hint for the loader, shown to the user; a
// model of one body part (an arm alone) can fool it, so the viewer should say what it applied.

export interface FrameHint {
  /** Multiply positions by this to get metres. */
  scale: 1 | 0.01 | 0.001
  unit: 'm' | 'cm' | 'mm'
  /** Which source axis points up. */
  upAxis: 'y' | 'z'
  /** Rotation about X (degrees) that turns the source up axis into +Y: -90 for Z up, else 0. */
  rotateXDeg: 0 | -90
  /** Plain-text explanation for the user. */
  reason: string
}

export type Vec3 = readonly [number, number, number]

/** An adult standing height used to pick the unit; any value between 1 and 2 m would choose the same. */
const EXPECTED_HEIGHT_M = 1.7

interface Unit {
  unit: FrameHint['unit']
  scale: FrameHint['scale']
}

const UNITS: readonly Unit[] = [
  { unit: 'm', scale: 1 },
  { unit: 'cm', scale: 0.01 },
  { unit: 'mm', scale: 0.001 },
]

/**
 * Hint from an axis-aligned bounding box in source units: the up axis is Z when the box is clearly tallest in Z
 * (more than 1.2 times its Y extent and at least its X extent), else Y; the unit is the one that makes that height
 * closest (on a log scale) to an adult's. Returns null for an empty or non-finite box.
 */
export function frameHintFromBounds(min: Vec3, max: Vec3): FrameHint | null {
  const extents: Vec3 = [max[0] - min[0], max[1] - min[1], max[2] - min[2]]
  if (extents.some((e) => !Number.isFinite(e) || e < 0) || extents.every((e) => e === 0)) return null
  const [ex, ey, ez] = extents
  const zUp = ez > 1.2 * ey && ez >= ex
  const height = zUp ? ez : ey
  if (height <= 0) return null
  const misfit = (u: Unit): number => Math.abs(Math.log((height * u.scale) / EXPECTED_HEIGHT_M))
  const best = UNITS.reduce((b, u) => (misfit(u) < misfit(b) ? u : b))
  const upAxis = zUp ? 'z' : 'y'
  const rotateXDeg = zUp ? -90 : 0
  const heightText = `${Number(height.toPrecision(4))} ${best.unit}`
  const reason = zUp
    ? `The model is ${heightText} tall along Z: read as ${best.unit} with Z up, scaled to metres and turned upright.`
    : `The model is ${heightText} tall along Y: read as ${best.unit} with Y up${best.scale === 1 ? '' : ', scaled to metres'}.`
  return { scale: best.scale, unit: best.unit, upAxis, rotateXDeg, reason }
}
