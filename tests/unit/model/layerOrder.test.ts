// The layer order of overlapping muscles on the model: where two muscles lie one over the other, a ray cast from
// outside the body inward meets the superficial one first. The rays are placed from the two meshes' own extent (a
// grid over the overlap of their outlines, or rays through the superficial muscle's vertices toward the joint it
// covers), on both sides, and each pair must have enough rays that meet both muscles, so that the check cannot pass
// by missing them.
import { beforeAll, describe, expect, it } from 'vitest'
import { landmarkLookupFromModel } from '../../../src/geometry/bodyMeshes'
import { raycastAll } from '../../../src/geometry/meshBvh'
import { meshTrees } from '../helpers/modelTrees'
import { BODIES } from '../helpers/bodies'
import { type Vec3Like, add, cross, dot, normalize, scale, sub, vec3 } from '../../../src/geometry/vec'
import { type BodyModel, readGlb } from '../../../src/model/readGlb'

type BodySide = 'left' | 'right'

interface Ray {
  origin: Vec3Like
  direction: Vec3Like
}

/** What a pair's rays are built from: the meshes of both groups and the landmarks of the side. */
interface RayContext {
  side: BodySide
  /** +1 on the left (+X), -1 on the right. */
  s: number
  vertices: (ids: readonly string[]) => Vec3Like[]
  /** The centre of every triangle of the meshes. */
  triangleCentres: (ids: readonly string[]) => Vec3Like[]
  landmark: (id: string) => Vec3Like
}

interface LayerPair {
  name: string
  superficial: readonly string[]
  deep: readonly string[]
  rays: (c: RayContext, pair: LayerPair) => Ray[]
  /** Rays (per side) that must meet both muscles. */
  minRays: number
}

/** Vertex positions of a mesh node. */
function vertexList(model: BodyModel, node: string): Vec3Like[] {
  const mesh = model.byName.get(node)?.mesh
  if (!mesh) throw new Error(`the model has no mesh "${node}"`)
  const out: Vec3Like[] = []
  for (let i = 0; i < mesh.positions.length; i += 3) out.push(vec3(mesh.positions[i]!, mesh.positions[i + 1]!, mesh.positions[i + 2]!))
  return out
}

/** The centre of every triangle of a mesh node. */
function triangleCentreList(model: BodyModel, node: string): Vec3Like[] {
  const mesh = model.byName.get(node)?.mesh
  if (!mesh) throw new Error(`the model has no mesh "${node}"`)
  const p = mesh.positions
  const at = (i: number): Vec3Like => vec3(p[3 * i]!, p[3 * i + 1]!, p[3 * i + 2]!)
  const out: Vec3Like[] = []
  for (let t = 0; t < mesh.indices.length; t += 3) {
    out.push(scale(add(add(at(mesh.indices[t]!), at(mesh.indices[t + 1]!)), at(mesh.indices[t + 2]!)), 1 / 3))
  }
  return out
}

/**
 * Parallel rays along `direction` on a grid (`stepM`) over the overlap of the two groups' outlines seen along it,
 * starting well outside both; `keep` can narrow the grid (it sees a point of the grid plane through the meshes).
 */
function parallelRays(
  direction: Vec3Like,
  a: readonly Vec3Like[],
  b: readonly Vec3Like[],
  stepM: number,
  keep: (p: Vec3Like) => boolean = () => true,
): Ray[] {
  const d = normalize(direction)
  const u = normalize(cross(d, Math.abs(d.y) > 0.9 ? vec3(1, 0, 0) : vec3(0, 1, 0)))
  const v = cross(u, d)
  const box = (pts: readonly Vec3Like[]): { u: [number, number]; v: [number, number]; d: number } => {
    const out = { u: [Infinity, -Infinity] as [number, number], v: [Infinity, -Infinity] as [number, number], d: Infinity }
    for (const p of pts) {
      const pu = dot(p, u)
      const pv = dot(p, v)
      out.u = [Math.min(out.u[0], pu), Math.max(out.u[1], pu)]
      out.v = [Math.min(out.v[0], pv), Math.max(out.v[1], pv)]
      out.d = Math.min(out.d, dot(p, d))
    }
    return out
  }
  const ba = box(a)
  const bb = box(b)
  const u0 = Math.max(ba.u[0], bb.u[0])
  const u1 = Math.min(ba.u[1], bb.u[1])
  const v0 = Math.max(ba.v[0], bb.v[0])
  const v1 = Math.min(ba.v[1], bb.v[1])
  const start = Math.min(ba.d, bb.d) - 0.2
  const mid = (Math.max(ba.d, bb.d) + start + 0.2) / 2
  const rays: Ray[] = []
  for (let pu = u0 + stepM / 2; pu < u1; pu += stepM) {
    for (let pv = v0 + stepM / 2; pv < v1; pv += stepM) {
      const onPlane = add(scale(u, pu), scale(v, pv))
      if (!keep(add(onPlane, scale(d, mid)))) continue
      rays.push({ origin: add(onPlane, scale(d, start)), direction: d })
    }
  }
  return rays
}

const TRAPEZIUS = ['upper-trapezius', 'middle-trapezius', 'lower-trapezius']
const ERECTOR_SPINAE = ['longissimus-thoracis', 'iliocostalis-thoracis', 'iliocostalis-lumborum']
const ROTATOR_CUFF = ['supraspinatus', 'infraspinatus', 'teres-minor']
const FROM_BEHIND = vec3(0, 0, 1)
const GRID_M = 0.004

const fromBehind = (c: RayContext, p: LayerPair): Ray[] => parallelRays(FROM_BEHIND, c.vertices(p.superficial), c.vertices(p.deep), GRID_M)

/**
 * The external oblique's upper slips and the top of rectus abdominis pass under the lower border of pectoralis major,
 * and the model cuts away what of them would lie over it, so seen from the front neither overlaps it at all: no ray
 * may meet either before pectoralis major (a fringe left lying on the border would be met first). Not among PAIRS:
 * those must overlap.
 */
const UNDER_PECTORALIS: readonly LayerPair[] = ['external-oblique', 'rectus-abdominis'].map((deep) => ({
  name: `${deep} nowhere over pectoralis major (from the front)`,
  superficial: ['pectoralis-major'],
  deep: [deep],
  rays: (c, p) => parallelRays(vec3(0, 0, -1), c.vertices(p.superficial), c.vertices(p.deep), 0.002),
  // unused: these must not overlap at all
  minRays: 0,
}))

const PAIRS: readonly LayerPair[] = [
  { name: 'trapezius over rhomboids (from behind)', superficial: TRAPEZIUS, deep: ['rhomboids'], rays: fromBehind, minRays: 350 },
  { name: 'rhomboids over erector spinae (from behind)', superficial: ['rhomboids'], deep: ERECTOR_SPINAE, rays: fromBehind, minRays: 90 },
  // trapezius arises from the ligamentum nuchae and the spines of C7-T3 over splenius capitis, which arises from the
  // same line: in the neck and between the shoulder blades splenius lies deep to it
  {
    name: 'trapezius over splenius capitis (from behind)',
    superficial: TRAPEZIUS,
    deep: ['splenius-capitis'],
    rays: fromBehind,
    minRays: 100,
  },
  {
    // seen from the side, where the two overlap from just above the zygomatic arch down to the coronoid process
    name: 'masseter over temporalis at the zygomatic arch (from the side)',
    superficial: ['masseter'],
    deep: ['temporalis'],
    rays: (c, p) => {
      const arch = c.landmark('zygomatic-arch')
      return parallelRays(vec3(-c.s, 0, 0), c.vertices(p.superficial), c.vertices(p.deep), 0.002, (q) => q.y < arch.y + 0.01)
    },
    minRays: 90,
  },
  {
    // the middle of the thigh (from 12 cm below the greater trochanter to 10 cm above the lateral femoral condyle), from the side
    name: 'iliotibial tract over vastus lateralis (from the side)',
    superficial: ['iliotibial-tract'],
    deep: ['vastus-lateralis'],
    rays: (c, p) => {
      const top = c.landmark('greater-trochanter').y - 0.12
      const bottom = c.landmark('lateral-femoral-condyle').y + 0.1
      return parallelRays(vec3(-c.s, 0, 0), c.vertices(p.superficial), c.vertices(p.deep), GRID_M, (q) => q.y <= top && q.y >= bottom)
    },
    minRays: 300,
  },
  {
    // the back of the sacrum, below the spine of L5, from behind
    name: 'thoracolumbar fascia over multifidus and the erector spinae (from behind)',
    superficial: ['thoracolumbar-fascia'],
    deep: ['multifidus', ...ERECTOR_SPINAE],
    rays: fromBehind,
    minRays: 120,
  },
  {
    // the middle third of the leg (between the head of the fibula and the lateral malleolus), from behind
    name: 'gastrocnemius over soleus at mid-calf (from behind)',
    superficial: ['gastrocnemius'],
    deep: ['soleus'],
    rays: (c, p) => {
      const head = c.landmark('fibular-head')
      const malleolus = c.landmark('lateral-malleolus')
      const top = head.y + (malleolus.y - head.y) / 3
      const bottom = head.y + ((malleolus.y - head.y) * 2) / 3
      return parallelRays(FROM_BEHIND, c.vertices(p.superficial), c.vertices(p.deep), GRID_M, (q) => q.y <= top && q.y >= bottom)
    },
    minRays: 200,
  },
  {
    // horizontal rays toward the axis of the trunk, from behind the mid-axillary line, over the heights and angles
    // where both muscles lie
    name: 'latissimus dorsi over serratus anterior (posteriorly)',
    superficial: ['latissimus-dorsi'],
    deep: ['serratus-anterior'],
    rays: (c, p) => {
      const angle = (q: Vec3Like): number => Math.atan2(c.s * q.x, -q.z)
      const range = (pts: readonly Vec3Like[]): { y: [number, number]; a: [number, number] } => ({
        y: [Math.min(...pts.map((q) => q.y)), Math.max(...pts.map((q) => q.y))],
        a: [Math.min(...pts.map(angle)), Math.max(...pts.map(angle))],
      })
      const ra = range(c.vertices(p.superficial).filter((q) => c.s * q.x > 0))
      const rb = range(c.vertices(p.deep))
      const rays: Ray[] = []
      const y0 = Math.max(ra.y[0], rb.y[0])
      const y1 = Math.min(ra.y[1], rb.y[1])
      const a0 = Math.max(ra.a[0], rb.a[0])
      const a1 = Math.min(ra.a[1], rb.a[1], Math.PI / 2)
      for (let y = y0 + GRID_M / 2; y < y1; y += GRID_M) {
        for (let a = a0 + 0.01; a < a1; a += 0.02) {
          const out = vec3(c.s * Math.sin(a), 0, -Math.cos(a))
          rays.push({ origin: add(vec3(0, y, 0), scale(out, 0.4)), direction: scale(out, -1) })
        }
      }
      return rays
    },
    minRays: 400,
  },
  {
    // where its tendon crosses the top of the arm to the lateral lip of the intertubercular groove, from the front
    name: 'pectoralis major over biceps brachii (from the front)',
    superficial: ['pectoralis-major'],
    deep: ['biceps-brachii'],
    rays: (c, p) => parallelRays(vec3(0, 0, -1), c.vertices(p.superficial), c.vertices(p.deep), 0.002),
    minRays: 40,
  },
  {
    // rays through the centres of the deltoid's triangles toward the centre of its cap (the mean of its vertices
    // above the greater tubercle), which lies in the head of the humerus
    name: 'deltoid over the rotator cuff',
    superficial: ['deltoid'],
    deep: ROTATOR_CUFF,
    rays: (c, p) => {
      const pts = c.vertices(p.superficial)
      const tubercle = c.landmark('greater-tubercle')
      const cap = pts.filter((q) => q.y > tubercle.y)
      const centre = scale(cap.reduce(add, vec3(0, 0, 0)), 1 / cap.length)
      return c.triangleCentres(p.superficial).map((q) => {
        const out = normalize(sub(q, centre))
        return { origin: add(centre, scale(out, 0.2)), direction: scale(out, -1) }
      })
    },
    minRays: 300,
  },
]

interface PairResult {
  rays: number
  /** Rays that meet the superficial group, the deep group, and both. */
  superficial: number
  deep: number
  both: number
  wrong: string[]
}

describe.each(BODIES)('the layer order of overlapping muscles on $file', ({ file }) => {
  let model: BodyModel
  beforeAll(async () => {
    model = await readGlb(file)
  }, 120_000)

  const bvh = meshTrees(() => model)

  /** Distance along the ray to the first surface of any of the nodes, or null when it meets none. */
  const firstHit = (nodes: readonly string[], ray: Ray): number | null => {
    let best: number | null = null
    for (const n of nodes) {
      const hit = raycastAll(bvh(n), ray.origin, ray.direction)[0]
      if (hit && (best === null || hit.distanceM < best)) best = hit.distanceM
    }
    return best
  }

  /** Cast the pair's rays; with `swapped`, the same rays are judged with the roles of the two groups exchanged. */
  const check = (pair: LayerPair, side: BodySide, swapped = false): PairResult => {
    const lookup = landmarkLookupFromModel(model)
    const context: RayContext = {
      side,
      s: side === 'left' ? 1 : -1,
      vertices: (ids) => ids.flatMap((id) => vertexList(model, `${id}.${side}`)),
      triangleCentres: (ids) => ids.flatMap((id) => triangleCentreList(model, `${id}.${side}`)),
      landmark: (id) => {
        const p = lookup(id, side)
        if (!p) throw new Error(`the model has no landmark "${id}.${side}"`)
        return p
      },
    }
    const sup = (swapped ? pair.deep : pair.superficial).map((id) => `${id}.${side}`)
    const deep = (swapped ? pair.superficial : pair.deep).map((id) => `${id}.${side}`)
    const rays = pair.rays(context, pair)
    const result: PairResult = { rays: rays.length, superficial: 0, deep: 0, both: 0, wrong: [] }
    for (const ray of rays) {
      const ds = firstHit(sup, ray)
      const dd = firstHit(deep, ray)
      if (ds !== null) result.superficial++
      if (dd !== null) result.deep++
      if (ds === null || dd === null) continue
      result.both++
      if (dd < ds) {
        const at = add(ray.origin, scale(ray.direction, dd))
        result.wrong.push(
          `(${at.x.toFixed(3)}, ${at.y.toFixed(3)}, ${at.z.toFixed(3)}): deep ${((ds - dd) * 1000).toFixed(1)} mm before superficial`,
        )
      }
    }
    return result
  }

  for (const pair of PAIRS) {
    for (const side of ['left', 'right'] as const) {
      it(`${pair.name}, ${side}`, () => {
        const r = check(pair, side)
        expect(r.both, `rays meeting both (of ${r.rays} cast)`).toBeGreaterThanOrEqual(pair.minRays)
        expect(r.wrong, `${r.wrong.length} of ${r.both} rays meet the deep muscle first`).toEqual([])
      })
    }
  }

  for (const pair of UNDER_PECTORALIS) {
    for (const side of ['left', 'right'] as const) {
      it(`${pair.name}, ${side}`, () => {
        const r = check(pair, side)
        // the rays meet both muscles (the check cannot pass by missing them), if not the same rays
        expect(r.superficial, 'rays meeting pectoralis major').toBeGreaterThan(100)
        expect(r.deep, `rays meeting ${pair.deep[0]}`).toBeGreaterThan(100)
        expect(r.wrong, `${r.wrong.length} of ${r.both} rays meet ${pair.deep[0]} first`).toEqual([])
      })
    }
  }

  it('the check can fail: with the roles swapped, the same rays find the deep muscle first', () => {
    for (const pair of PAIRS) {
      const r = check(pair, 'left', true)
      expect(r.wrong.length, `${pair.name}, swapped`).toBeGreaterThan(0)
    }
  })
})
