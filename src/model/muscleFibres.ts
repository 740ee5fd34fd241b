// Per-vertex fibres of a muscle mesh, from the fibre axes of the primitives it was built of (fibres.ts): the
// fibre direction and tendon weight are a soft blend of the nearest capsules' (weighted by how close each
// capsule's surface is), and the direction is then averaged with the neighbouring vertices' once or twice so it
// turns smoothly where capsules meet (the tendon weight is not: on a coarse thin sheet that would carry an
// attachment's pallor centimetres into the belly). The across-fibre coordinate comes from the nearest capsule's
// belly or sheet only (another belly of the same muscle counts its stripes in its own frame) and is not averaged,
// so the striation keeps its spacing.
import { type FibreSegment, acrossAt, alongSegment, axisOf, tendonAt } from './fibres'
import { neighbours } from './meshOps'
import type { Primitive } from './sdf'
import type { IndexedMesh } from './surfaceNets'
import type { Vec3 } from './vec'

export interface VertexFibres {
  /** Unit fibre direction per vertex (xyz interleaved, world space, origin toward insertion). */
  fibres: Float32Array
  /** Tendon weight per vertex: 0 fleshy belly .. 1 tendon or aponeurosis. */
  tendon: Float32Array
  /** Where the vertex lies across the fibres, in striation periods (0 or more). */
  across: Float32Array
}

export interface VertexFibreOptions {
  /** How fast a capsule's say falls off with the distance of its surface beyond the nearest capsule's (m). */
  falloffM?: number
  /** Rounds of averaging the direction with the neighbouring vertices'. */
  smoothPasses?: number
}

type FibrePrimitive = Primitive & { fibre: FibreSegment }

/** The primitives of a list that carry a fibre axis. */
export function fibrePrimitives(prims: readonly Primitive[]): FibrePrimitive[] {
  return prims.filter((p): p is FibrePrimitive => p.fibre !== undefined)
}

/** Fibre direction, tendon weight and across-fibre coordinate at every vertex of `mesh`. */
export function vertexFibres(mesh: IndexedMesh, prims: readonly Primitive[], o: VertexFibreOptions = {}): VertexFibres {
  const carriers = fibrePrimitives(prims)
  if (carriers.length === 0) throw new Error('no primitive carries a fibre axis')
  const falloff = o.falloffM ?? 0.0015
  const n = mesh.positions.length / 3
  const fibres = new Float32Array(n * 3)
  const tendon = new Float32Array(n)
  const across = new Float32Array(n)
  const dist = new Float64Array(carriers.length)
  const axes = carriers.map((c) => axisOf(c.fibre))
  for (let v = 0; v < n; v++) {
    const p: Vec3 = [mesh.positions[3 * v]!, mesh.positions[3 * v + 1]!, mesh.positions[3 * v + 2]!]
    let best = 0
    for (let i = 0; i < carriers.length; i++) {
      dist[i] = carriers[i]!.distance(p[0], p[1], p[2])
      if (dist[i]! < dist[best]!) best = i
    }
    const near = carriers[best]!.fibre
    const nearAxis = axes[best]!
    const nearAcross = acrossAt(near, p, alongSegment(near, p))
    let dx = 0,
      dy = 0,
      dz = 0,
      tw = 0,
      uw = 0,
      u = 0,
      wsum = 0
    for (let i = 0; i < carriers.length; i++) {
      const excess = dist[i]! - dist[best]!
      if (excess > 6 * falloff) continue
      const w = Math.exp(-excess / falloff)
      const seg = carriers[i]!.fibre
      const axis = axes[i]!
      const t = alongSegment(seg, p)
      // fibre axes have no sign of their own: align each with the nearest before adding
      const s = axis[0] * nearAxis[0] + axis[1] * nearAxis[1] + axis[2] * nearAxis[2] < 0 ? -w : w
      dx += s * axis[0]
      dy += s * axis[1]
      dz += s * axis[2]
      tw += w * tendonAt(seg, t)
      wsum += w
      if (seg.chain === near.chain) {
        let a = acrossAt(seg, p, t)
        // round a belly the coordinate wraps: take the copy nearest the nearest capsule's
        if (seg.across.kind === 'around') a += seg.chain.periods * Math.round((nearAcross - a) / seg.chain.periods)
        u += w * a
        uw += w
      }
    }
    const l = Math.hypot(dx, dy, dz)
    const dir = l > 1e-6 ? [dx / l, dy / l, dz / l] : nearAxis
    fibres[3 * v] = dir[0]!
    fibres[3 * v + 1] = dir[1]!
    fibres[3 * v + 2] = dir[2]!
    tendon[v] = tw / wsum
    let a = u / uw
    if (near.across.kind === 'around') a = ((a % near.chain.periods) + near.chain.periods) % near.chain.periods
    across[v] = Math.max(a, 0)
  }
  smoothDirections(mesh, fibres, o.smoothPasses ?? 2)
  return { fibres, tendon, across }
}

/** Averages each vertex's direction (sign-aligned) with its neighbours', half and half. */
function smoothDirections(mesh: IndexedMesh, fibres: Float32Array, passes: number): void {
  const n = fibres.length / 3
  const { start, list } = neighbours(n, mesh.indices)
  for (let pass = 0; pass < passes; pass++) {
    const nf = new Float32Array(fibres.length)
    for (let v = 0; v < n; v++) {
      const fx = fibres[3 * v]!,
        fy = fibres[3 * v + 1]!,
        fz = fibres[3 * v + 2]!
      let sx = 0,
        sy = 0,
        sz = 0
      const count = start[v + 1]! - start[v]!
      for (let k = start[v]!; k < start[v + 1]!; k++) {
        const q = list[k]!
        const qx = fibres[3 * q]!,
          qy = fibres[3 * q + 1]!,
          qz = fibres[3 * q + 2]!
        const s = qx * fx + qy * fy + qz * fz < 0 ? -1 : 1
        sx += s * qx
        sy += s * qy
        sz += s * qz
      }
      if (count === 0) {
        nf.set([fx, fy, fz], 3 * v)
        continue
      }
      const mx = fx + sx / count,
        my = fy + sy / count,
        mz = fz + sz / count
      const l = Math.hypot(mx, my, mz) || 1
      nf[3 * v] = mx / l
      nf[3 * v + 1] = my / l
      nf[3 * v + 2] = mz / l
    }
    fibres.set(nf)
  }
}

/** The fibres of a mirrored (right-side) copy of a mesh: directions reflected in x, the rest unchanged. */
export function mirrorFibres(f: VertexFibres): VertexFibres {
  const fibres = Float32Array.from(f.fibres)
  for (let i = 0; i < fibres.length; i += 3) fibres[i] = -fibres[i]!
  return { fibres, tendon: Float32Array.from(f.tendon), across: Float32Array.from(f.across) }
}
