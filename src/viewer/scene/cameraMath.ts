// Camera moves as pure math: spherical interpolation around the orbit target (so a move from the front to the
// back swings around the body instead of passing through it), and the framing of a bounding sphere.
import { Spherical, Vector3 } from 'three'

export interface Pose {
  position: Vector3
  target: Vector3
}

export function easeInOutCubic(t: number): number {
  return t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2
}

const sa = new Spherical()
const sb = new Spherical()
const offset = new Vector3()

/** The pose a fraction `t` (0..1, already eased) of the way from `from` to `to`, written into `out`. */
export function interpolatePose(from: Pose, to: Pose, t: number, out: Pose): Pose {
  sa.setFromVector3(offset.subVectors(from.position, from.target))
  sb.setFromVector3(offset.subVectors(to.position, to.target))
  let dTheta = sb.theta - sa.theta
  if (dTheta > Math.PI) dTheta -= 2 * Math.PI
  if (dTheta < -Math.PI) dTheta += 2 * Math.PI
  const s = new Spherical(sa.radius + (sb.radius - sa.radius) * t, sa.phi + (sb.phi - sa.phi) * t, sa.theta + dTheta * t)
  out.target.lerpVectors(from.target, to.target, t)
  out.position.setFromSpherical(s).add(out.target)
  return out
}
