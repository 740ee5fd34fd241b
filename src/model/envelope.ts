// A spatial index over many shapes: the minimum of their fields at a point, looking only at shapes whose boxes are
// near it. Used twice: to lay superficial muscles over the structures beneath them (shrink-wrapping), and to
// build the skin as a smooth envelope over every bone and muscle.
import { type Shape, shapeDistance, smin, unionBounds } from './sdf'
import { type Vec3, vec3From } from './vec'

export class Envelope {
  /** Bin key -> indices into `shapes` of the shapes whose boxes reach the bin (only ever indices already added). */
  private readonly bins = new Map<number, number[]>()
  private readonly shapes: Shape[] = []
  constructor(
    /** Bin edge (m). */
    private readonly binM = 0.04,
    /** How far beyond its box a shape is still looked at (m); beyond it the field reads as `reachM`. */
    readonly reachM = 0.04,
  ) {}

  private key(i: number, j: number, k: number): number {
    return i + 512 + 1024 * (j + 512 + 1024 * (k + 512))
  }

  add(shape: Shape): void {
    const index = this.shapes.length
    this.shapes.push(shape)
    const b = unionBounds(shape.prims, shape.blendM + this.reachM)
    const lo = vec3From((k) => Math.floor(b.min[k] / this.binM))
    const hi = vec3From((k) => Math.floor(b.max[k] / this.binM))
    for (let i = lo[0]; i <= hi[0]; i++)
      for (let j = lo[1]; j <= hi[1]; j++)
        for (let k = lo[2]; k <= hi[2]; k++) {
          const key = this.key(i, j, k)
          const list = this.bins.get(key)
          if (list) list.push(index)
          else this.bins.set(key, [index])
        }
  }

  private near(x: number, y: number, z: number): number[] | undefined {
    return this.bins.get(this.key(Math.floor(x / this.binM), Math.floor(y / this.binM), Math.floor(z / this.binM)))
  }

  /** Minimum of the fields (clamped at reachM): negative inside any shape. */
  value(x: number, y: number, z: number): number {
    const list = this.near(x, y, z)
    let d = this.reachM
    if (!list) return d
    for (const s of list) d = Math.min(d, shapeDistance(this.shapes[s]!, x, y, z))
    return d
  }

  /** Smooth union of the fields with blend radius `blendM` (never above the plain minimum). */
  smoothValue(x: number, y: number, z: number, blendM: number): number {
    const list = this.near(x, y, z)
    let d = this.reachM
    if (!list) return d
    for (const s of list) d = smin(d, shapeDistance(this.shapes[s]!, x, y, z), blendM)
    return d
  }

  /**
   * Lay a point on the outermost surface beneath it: walk from `reachOutM` outside the point inward along `-dir`
   * until the field drops below `marginM`, and return the last point that was still `marginM` clear of everything.
   * When nothing lies under the ray (down to `reachInM` inside), the point is returned unchanged.
   */
  wrap(p: Vec3, dir: Vec3, marginM: number, reachOutM = 0.06, reachInM = 0.04): Vec3 {
    const step = 0.0015
    let prev: Vec3 | null = null
    for (let t = reachOutM; t >= -reachInM; t -= step) {
      const q: Vec3 = [p[0] + dir[0] * t, p[1] + dir[1] * t, p[2] + dir[2] * t]
      if (this.value(q[0], q[1], q[2]) < marginM) return prev ?? q
      prev = q
    }
    return p
  }
}
