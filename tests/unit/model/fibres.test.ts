// Fibres per vertex (src/model/muscleFibres.ts) on synthetic muscles: the direction follows the capsule axes of a
// curved belly and of a fan-shaped sheet, the tendon weight is high at a belly's thin ends and low in its middle,
// and the across-fibre coordinate grows across the fibres only, at the chosen striation spacing where the
// muscle is widest, so lines drawn at its whole periods run along the fibres.
import { describe, expect, it } from 'vitest'
import { FIBRE_STRIPE_SPACING_M, alongSegment, axisOf, perimeterFraction, strapPerimeter } from '../../../src/model/fibres'
import { meshShape } from '../../../src/model/meshStructure'
import { type VertexFibres, fibrePrimitives, mirrorFibres, vertexFibres } from '../../../src/model/muscleFibres'
import { belly, sheet } from '../../../src/model/muscleShapes'
import type { Primitive } from '../../../src/model/sdf'
import type { IndexedMesh } from '../../../src/model/surfaceNets'
import { type Vec3, dot, length, sub } from '../../../src/model/vec'

const DEG = 180 / Math.PI

interface Built {
  mesh: IndexedMesh
  prims: Primitive[]
  fibres: VertexFibres
}

async function build(prims: Primitive[], cellM = 0.0025, blendM = 0.006): Promise<Built> {
  const mesh = await meshShape({ prims, blendM }, cellM, 4000)
  return { mesh, prims, fibres: vertexFibres(mesh, prims) }
}

const vertex = (m: IndexedMesh, v: number): Vec3 => [m.positions[3 * v]!, m.positions[3 * v + 1]!, m.positions[3 * v + 2]!]
const fibreAt = (f: VertexFibres, v: number): Vec3 => [f.fibres[3 * v]!, f.fibres[3 * v + 1]!, f.fibres[3 * v + 2]!]

/** Index of the fibre-carrying primitive whose surface is nearest p. */
function nearest(prims: readonly Primitive[], p: Vec3): number {
  let best = 0
  let bestD = Infinity
  prims.forEach((q, i) => {
    const d = q.distance(p[0], p[1], p[2])
    if (d < bestD) {
      bestD = d
      best = i
    }
  })
  return best
}

/** Angles (degrees) between each vertex's fibre and the axis of its nearest capsule, leaving out the end caps. */
function anglesToAxes(b: Built, keep: (segment: number, t: number) => boolean): number[] {
  const carriers = fibrePrimitives(b.prims)
  const out: number[] = []
  for (let v = 0; v < b.fibres.tendon.length; v++) {
    const p = vertex(b.mesh, v)
    const i = nearest(carriers, p)
    const seg = carriers[i]!.fibre
    if (!keep(i, alongSegment(seg, p))) continue
    const c = dot(fibreAt(b.fibres, v), axisOf(seg))
    expect(c, `vertex ${v} points from origin toward insertion`).toBeGreaterThan(0)
    out.push(Math.acos(Math.min(1, c)) * DEG)
  }
  return out
}

const mean = (a: readonly number[]): number => a.reduce((s, x) => s + x, 0) / a.length

/**
 * How much the across coordinate changes along the fibres, relative to its rate: the area-weighted mean and the
 * 95th percentile over the triangles (a few slivers of the polygoniser give a poor gradient, so not the maximum).
 */
function alongShare(triangles: readonly TriangleGradient[]): { mean: number; p95: number } {
  const shares = triangles.map((x) => ({ share: Math.abs(dot(x.grad, x.fibre)) / length(x.grad), area: x.areaM2 }))
  const total = shares.reduce((s, x) => s + x.area, 0)
  const sorted = shares.map((x) => x.share).sort((a, b) => a - b)
  return { mean: shares.reduce((s, x) => s + x.share * x.area, 0) / total, p95: sorted[Math.floor(0.95 * sorted.length)]! }
}

describe('fibre direction per vertex', () => {
  // a belly bent through a quarter turn in the x-y plane, 10 capsules
  const curved = (): Primitive[] => belly([0, 0, 0], [0.16, 0.16, 0], 0.02, { via: [[0.03, 0.11, 0]], samples: 10 })

  it('follows the capsule axes of a curved belly', async () => {
    const b = await build(curved())
    const angles = anglesToAxes(b, (i) => i > 0 && i < 9)
    expect(angles.length).toBeGreaterThan(300)
    expect(mean(angles)).toBeLessThan(3)
    // where two capsules meet the direction turns from one axis to the next: never further off than that turn
    const axes = fibrePrimitives(b.prims).map((p) => axisOf(p.fibre))
    const turns = axes.slice(1).map((a, i) => Math.acos(Math.min(1, dot(a, axes[i]!))) * DEG)
    expect(Math.max(...turns)).toBeGreaterThan(5)
    expect(Math.max(...angles)).toBeLessThan(Math.max(...turns) + 1)
  })

  it('follows each fibre strap of a fan-shaped sheet', async () => {
    // origin line 12 cm long, all fibres converging on a short insertion 15 cm away: the fan spans about 40 degrees
    const prims = sheet(
      [
        [-0.06, 0, 0],
        [0.06, 0, 0],
      ],
      [
        [-0.008, 0.15, 0],
        [0.008, 0.15, 0],
      ],
      { fibres: 9, thicknessM: 0.008, outward: () => [0, 0, 1], steps: 8 },
    )
    const b = await build(prims)
    const angles = anglesToAxes(b, (_i, t) => t > 0.05 && t < 0.95)
    expect(angles.length).toBeGreaterThan(300)
    expect(mean(angles)).toBeLessThan(4)
    expect(Math.max(...angles)).toBeLessThan(15)
  })

  it('mirrors to the right side by reflecting the directions in x', () => {
    const f: VertexFibres = { fibres: Float32Array.from([0.6, 0.8, 0]), tendon: Float32Array.from([0.3]), across: Float32Array.from([4]) }
    const m = mirrorFibres(f)
    expect([...m.fibres].map((x) => Math.round(x * 10) / 10)).toEqual([-0.6, 0.8, 0])
    expect(m.tendon[0]).toBeCloseTo(0.3)
    expect(m.across[0]).toBe(4)
  })
})

describe('tendon weight per vertex', () => {
  const a: Vec3 = [0, 0, 0]
  const b: Vec3 = [0, 0.2, 0]
  const along = (p: Vec3): number => p[1] / 0.2

  it('is high at the thin ends of a belly and low in its middle', async () => {
    const built = await build(belly(a, b, 0.02, { samples: 12 }))
    const ends: number[] = []
    const middle: number[] = []
    built.fibres.tendon.forEach((w, v) => {
      const t = along(vertex(built.mesh, v))
      if (t < 0.04 || t > 0.96) ends.push(w)
      if (t > 0.35 && t < 0.65) middle.push(w)
    })
    expect(ends.length).toBeGreaterThan(20)
    expect(middle.length).toBeGreaterThan(100)
    expect(Math.min(...ends)).toBeGreaterThan(0.6)
    expect(mean(ends)).toBeGreaterThan(0.8)
    expect(Math.max(...middle)).toBeLessThan(0.05)
  })

  it('is 1 all along a belly declared tendon, and fleshy where a full belly joins it', async () => {
    const tendon = belly([0, 0.2, 0], [0, 0.32, 0], 0.004, { rAM: 0.004, rBM: 0.003, samples: 5, tendon: () => 1 })
    const fleshy = belly(a, b, 0.02, { rAM: 0.02, rBM: 0.02, samples: 6 })
    const built = await build([...fleshy, ...tendon])
    built.fibres.tendon.forEach((w, v) => {
      const y = vertex(built.mesh, v)[1]
      if (y > 0.24) expect(w, `tendon at y ${y.toFixed(3)}`).toBeGreaterThan(0.95)
      if (y < 0.15) expect(w, `belly at y ${y.toFixed(3)}`).toBeLessThan(0.05)
    })
  })
})

interface TriangleGradient {
  grad: Vec3
  fibre: Vec3
  centre: Vec3
  areaM2: number
}

/** Per triangle of a built muscle: the across coordinate's gradient in the triangle's plane and the mean fibre. */
function gradients(b: Built): TriangleGradient[] {
  const out: TriangleGradient[] = []
  const { indices } = b.mesh
  const u = b.fibres.across
  for (let t = 0; t < indices.length; t += 3) {
    const [i, j, k] = [indices[t]!, indices[t + 1]!, indices[t + 2]!]
    const p0 = vertex(b.mesh, i)
    const e1 = sub(vertex(b.mesh, j), p0)
    const e2 = sub(vertex(b.mesh, k), p0)
    const d1 = u[j]! - u[i]!
    const d2 = u[k]! - u[i]!
    // the seam of a belly (a jump by a whole number of periods) is left out
    if (Math.abs(d1) > 2 || Math.abs(d2) > 2) continue
    // solve grad . e1 = d1, grad . e2 = d2 with grad in the plane of e1, e2
    const a11 = dot(e1, e1),
      a12 = dot(e1, e2),
      a22 = dot(e2, e2)
    const det = a11 * a22 - a12 * a12
    if (det < 1e-14) continue
    const x = (d1 * a22 - d2 * a12) / det
    const y = (d2 * a11 - d1 * a12) / det
    const grad: Vec3 = [x * e1[0] + y * e2[0], x * e1[1] + y * e2[1], x * e1[2] + y * e2[2]]
    const f = [i, j, k].map((v) => fibreAt(b.fibres, v))
    const fibre: Vec3 = [0, 1, 2].map((c) => (f[0]![c]! + f[1]![c]! + f[2]![c]!) / 3) as unknown as Vec3
    const centre: Vec3 = [0, 1, 2].map((c) => p0[c]! + (e1[c]! + e2[c]!) / 3) as unknown as Vec3
    out.push({ grad, fibre, centre, areaM2: Math.sqrt(det) / 2 })
  }
  return out
}

describe('across-fibre coordinate', () => {
  it('measures the perimeter of a strap cross-section evenly, starting on the deep face', () => {
    const h = 0.01,
      rt = 0.004
    const p = strapPerimeter(h + rt, rt / (h + rt))
    expect(p).toBeCloseTo(4 * h + 2 * Math.PI * rt, 10)
    expect(perimeterFraction(0, -rt, h, rt)).toBeCloseTo(0, 10)
    expect(perimeterFraction(h, -rt, h, rt)).toBeCloseTo(h / p, 10)
    expect(perimeterFraction(h + rt, 0, h, rt)).toBeCloseTo((h + (Math.PI / 2) * rt) / p, 10)
    expect(perimeterFraction(0, rt, h, rt)).toBeCloseTo(0.5, 10)
    expect(perimeterFraction(-h - rt, 0, h, rt)).toBeCloseTo((3 * h + 1.5 * Math.PI * rt) / p, 10)
    expect(perimeterFraction(-h / 2, -rt, h, rt)).toBeCloseTo(1 - h / 2 / p, 10)
  })

  it('grows across the fibres of a belly, not along them, at the striation spacing where it is fullest', async () => {
    const b = await build(belly([0, 0, 0], [0, 0.2, 0], 0.02, { samples: 12 }))
    const g = gradients(b)
    const full = g.filter((x) => Math.abs(x.centre[1] - 0.1) < 0.02)
    expect(full.length).toBeGreaterThan(50)
    // periods per metre across the fibres: 1 / spacing (the perimeter is split into a whole number of periods)
    const rates = full.map((x) => length(x.grad) * FIBRE_STRIPE_SPACING_M).sort((a, b) => a - b)
    expect(rates[Math.floor(0.05 * rates.length)]).toBeGreaterThan(0.8)
    expect(rates[Math.floor(0.95 * rates.length)]).toBeLessThan(1.25)
    // along the fibre it hardly changes: the lines run along the fibres
    const along = alongShare(full)
    expect(along.mean).toBeLessThan(0.05)
    expect(along.p95).toBeLessThan(0.15)
  })

  it('grows across the fibres of a sheet and has no seam', async () => {
    const prims = sheet(
      [
        [-0.06, 0, 0],
        [0.06, 0, 0],
      ],
      [
        [-0.03, 0.15, 0],
        [0.03, 0.15, 0],
      ],
      { fibres: 9, thicknessM: 0.008, outward: () => [0, 0, 1], steps: 8 },
    )
    const b = await build(prims)
    // the faces of the middle of the fan (not its thin rim, where the coordinate runs through the thickness)
    const faces = gradients(b).filter((x) => x.centre[1] > 0.03 && x.centre[1] < 0.12 && Math.abs(x.centre[0]) < 0.03 && length(x.grad) > 1)
    expect(faces.length).toBeGreaterThan(200)
    const along = alongShare(faces)
    expect(along.mean).toBeLessThan(0.05)
    expect(along.p95).toBeLessThan(0.15)
    // no seam: the coordinate never jumps across a triangle of the faces
    for (const x of faces) expect(length(x.grad) * FIBRE_STRIPE_SPACING_M).toBeLessThan(2)
    expect(Math.min(...b.fibres.across)).toBeGreaterThan(0)
  })
})
