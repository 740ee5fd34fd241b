// Reads the committed models/body.glb through src/model/readGlb.ts and checks what the "Must show" asks:
// naming and extras of every node, 12 rib pairs, every atlas muscle on both sides, landmarks in plausible relations,
// lungs inside the rib cage, skin enclosing the muscles, skin-to-pleura depth by habitus, and the size budget.
import { statSync } from 'node:fs'
import { resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { CONTEXT_MUSCLES, DANGER_STRUCTURES, LANDMARKS, MUSCLES, ORGANS } from '../../../src/anatomy/ids'
import { type BodyModel, type MeshData, type ModelNode, readGlb } from '../../../src/model/readGlb'
import { buildBvhMesh } from '../../../src/geometry/meshBvh'
import { insideByVote } from '../helpers/modelTrees'
import { isInside, raycast } from '../../../src/model/rayMesh'
import type { Vec3 } from '../../../src/model/vec'

const GLB = resolve(import.meta.dirname, '../../../models/body.glb')
const KINDS = ['bone', 'muscle', 'organ', 'danger', 'skin', 'landmark']
let model: BodyModel

const node = (name: string): ModelNode => {
  const n = model.byName.get(name)
  if (!n) throw new Error(`no node ${name}`)
  return n
}
const at = (name: string): [number, number, number] => node(name).positionM

/** Skin positions with a morph target applied at full weight. */
function skinWith(target: 'lean' | 'high' | null): Float32Array {
  const mesh = node('skin.midline').mesh!
  if (!target) return mesh.positions
  const t = mesh.morphTargets.find((m) => m.name === target)!
  const out = Float32Array.from(mesh.positions)
  for (let i = 0; i < out.length; i++) out[i]! += t.positionDeltas[i]!
  return out
}

/** Distance (mm) from where a ray first meets the skin to where it first meets the parietal pleura. */
function skinToPleuraMm(skin: Float32Array, side: 'left' | 'right', origin: Vec3, dir: Vec3): number {
  const skinMesh = node('skin.midline').mesh!
  const pleura = node(`parietal-pleura.${side}`).mesh!
  const s = raycast(skin, skinMesh.indices, origin, dir)
  const p = raycast(pleura.positions, pleura.indices, origin, dir)
  if (!s || !p) throw new Error('ray missed the skin or the pleura')
  return (p.distanceM - s.distanceM) * 1000
}

beforeAll(async () => {
  model = await readGlb(GLB)
})

describe('models/body.glb: names and extras', () => {
  it('names every node <id>.<side> with extras that say what it is', () => {
    expect(model.nodes.length).toBeGreaterThan(300)
    for (const n of model.nodes) {
      const e = n.extras
      expect(KINDS, n.name).toContain(e.kind)
      expect(e.id, n.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      expect(['left', 'right', 'midline'], n.name).toContain(e.side)
      expect(n.name).toBe(`${e.id}.${e.side}`)
      expect(typeof e.name, n.name).toBe('string')
      if (e.kind === 'landmark') expect(n.mesh, n.name).toBeNull()
      else expect(n.mesh?.indices.length, n.name).toBeGreaterThan(0)
    }
  })

  it('keeps mesh nodes in world space (identity transforms)', () => {
    for (const n of model.nodes.filter((x) => x.mesh)) {
      expect(n.worldMatrix, n.name).toEqual([1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1])
    }
  })

  it('has every atlas muscle on both sides, with its layer and Latin name', () => {
    for (const m of MUSCLES) {
      for (const side of ['left', 'right']) {
        const n = node(`${m.id}.${side}`)
        expect(n.extras.kind).toBe('muscle')
        expect(n.extras.layer).toBe(m.layer)
        expect(n.extras.ta).toBe(m.latin)
      }
    }
  })

  it('has every context muscle (shown for orientation, no atlas entry) on both sides, with a layer and Latin name', () => {
    expect(CONTEXT_MUSCLES.length).toBeGreaterThanOrEqual(10)
    for (const m of CONTEXT_MUSCLES) {
      expect(
        MUSCLES.some((a) => a.id === m.id),
        `${m.id} is also an atlas muscle`,
      ).toBe(false)
      for (const side of ['left', 'right']) {
        const n = node(`${m.id}.${side}`)
        expect(n.extras.kind).toBe('muscle')
        expect(n.extras.layer).toBe(m.layer)
        expect(['superficial', 'deep']).toContain(n.extras.layer)
        expect(n.extras.ta).toBe(m.latin)
        expect(n.extras.name).toBe(m.name)
      }
    }
  })

  it('uses only ids of the shared vocabulary for muscles, landmarks, danger structures and organs', () => {
    const vocabulary: Record<string, Set<string>> = {
      muscle: new Set([...MUSCLES, ...CONTEXT_MUSCLES].map((m) => m.id)),
      landmark: new Set(LANDMARKS.map((l) => l.id)),
      danger: new Set(DANGER_STRUCTURES.map((d) => d.id)),
      organ: new Set(ORGANS.map((o) => o.id)),
      skin: new Set(['skin']),
    }
    for (const n of model.nodes) {
      const known = vocabulary[n.extras.kind ?? '']
      if (known) expect(known.has(n.extras.id ?? ''), n.name).toBe(true)
    }
  })

  it('has every landmark as an empty node, and the danger structures and organs on both sides', () => {
    for (const l of LANDMARKS) {
      for (const side of l.sides === 'midline' ? ['midline'] : ['left', 'right'])
        expect(node(`${l.id}.${side}`).extras.kind).toBe('landmark')
    }
    expect(LANDMARKS.length).toBeGreaterThanOrEqual(60)
    for (const d of DANGER_STRUCTURES) for (const side of ['left', 'right']) expect(node(`${d.id}.${side}`).extras.kind).toBe('danger')
    for (const o of ORGANS)
      for (const side of o.sides === 'midline' ? ['midline'] : ['left', 'right']) expect(node(`${o.id}.${side}`).extras.kind).toBe('organ')
  })

  it('has 12 pairs of ribs and the named bones of the skeleton', () => {
    const ribs = model.nodes.filter((n) => n.extras.kind === 'bone' && /^rib-\d+$/.test(n.extras.id ?? ''))
    expect(ribs.length).toBe(24)
    for (let k = 1; k <= 12; k++) for (const side of ['left', 'right']) node(`rib-${k}.${side}`)
    for (const b of [
      'skull.midline',
      'mandible.midline',
      'sternum.midline',
      'sacrum.midline',
      'c7-vertebra.midline',
      't7-vertebra.midline',
      'l4-vertebra.midline',
    ])
      node(b)
    for (const b of [
      'clavicle',
      'scapula',
      'humerus',
      'radius',
      'ulna',
      'hand',
      'hip-bone',
      'femur',
      'patella-bone',
      'tibia',
      'fibula',
      'foot',
    ]) {
      expect(node(`${b}.left`).extras.kind).toBe('bone')
      expect(node(`${b}.right`).extras.kind).toBe('bone')
    }
  })

  it('has one skin mesh with "lean" and "high" morph targets', () => {
    const skins = model.nodes.filter((n) => n.extras.kind === 'skin')
    expect(skins.map((s) => s.name)).toEqual(['skin.midline'])
    expect(skins[0]?.mesh!.morphTargets.map((t) => t.name)).toEqual(['lean', 'high'])
  })

  it('stays within the budget: at most 4 MB (4,000,000 bytes) and 450k triangles', () => {
    expect(statSync(GLB).size).toBeLessThanOrEqual(4_000_000)
    const triangles = model.nodes.reduce((s, n) => s + (n.mesh ? n.mesh.indices.length / 3 : 0), 0)
    expect(triangles).toBeLessThanOrEqual(450_000)
  })
})

describe('models/body.glb: landmarks in plausible relations', () => {
  it('puts the acromion well lateral to C7 and the right copies on -X', () => {
    expect(at('acromion.left')[0] - at('c7-spinous-process.midline')[0]).toBeGreaterThan(0.15)
    expect(at('acromion.right')[0]).toBeCloseTo(-at('acromion.left')[0], 6)
  })

  it('puts the inferior angle of the scapula at the level of T7-T8 and the iliac crest at L4 (within one level)', () => {
    const angle = at('inferior-angle-of-scapula.left')[1]
    expect(angle).toBeLessThan(at('t7-spinous-process.midline')[1] + 0.005)
    expect(angle).toBeGreaterThan(at('t8-spinous-process.midline')[1] - 0.005)
    expect(Math.abs(at('iliac-crest.left')[1] - at('l4-spinous-process.midline')[1])).toBeLessThan(0.035)
  })

  it('makes the scapula as long as measured: superior to inferior angle within one SD of 155 +/- 16 mm (von Schroeder et al. 2001)', () => {
    const [a, b] = [at('superior-angle-of-scapula.left'), at('inferior-angle-of-scapula.left')]
    const lengthMm = Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]) * 1000
    expect(lengthMm).toBeGreaterThan(155 - 16)
    expect(lengthMm).toBeLessThan(155 + 16)
  })

  it('orders the spinous processes from C7 down to L5, behind the vertebral bodies', () => {
    const levels = ['c7', ...Array.from({ length: 12 }, (_, i) => `t${i + 1}`), 'l1', 'l2', 'l3', 'l4', 'l5']
    for (let i = 1; i < levels.length; i++) {
      expect(at(`${levels[i]}-spinous-process.midline`)[1]).toBeLessThan(at(`${levels[i - 1]}-spinous-process.midline`)[1])
    }
  })

  it('places bony landmarks on their bones (within 15 mm of a bone surface)', () => {
    const bones = model.nodes.filter((n) => n.extras.kind === 'bone')
    for (const id of [
      'acromion',
      'inferior-angle-of-scapula',
      'greater-trochanter',
      'fibular-head',
      'lateral-malleolus',
      'asis',
      'psis',
      'iliac-crest',
      'olecranon',
      'patella',
      'mastoid-process',
      'calcaneus',
    ]) {
      const p = at(`${id}.left`)
      let best = Infinity
      for (const b of bones) {
        const v = b.mesh!.positions
        for (let i = 0; i < v.length; i += 3) best = Math.min(best, Math.hypot(v[i]! - p[0], v[i + 1]! - p[1], v[i + 2]! - p[2]))
      }
      expect(best, id).toBeLessThan(0.015)
    }
  })
})

describe('models/body.glb: organs, skin and habitus', () => {
  it('keeps the lungs inside the rib cage', () => {
    for (const side of ['left', 'right'] as const) {
      const lung = node(`lung.${side}`).mesh!
      const pleura = node(`parietal-pleura.${side}`).mesh!
      const ribVerts: number[] = []
      // the cage: ribs, their costal cartilages and the sternum
      for (let k = 1; k <= 12; k++) ribVerts.push(...node(`rib-${k}.${side}`).mesh!.positions)
      for (let k = 1; k <= 10; k++) ribVerts.push(...node(`costal-cartilage-${k}.${side}`).mesh!.positions)
      ribVerts.push(...node('sternum.midline').mesh!.positions)
      const ribTop = Math.max(...ribVerts.filter((_, i) => i % 3 === 1))
      for (let i = 0; i < lung.positions.length; i += 3 * 25) {
        const p: Vec3 = [lung.positions[i]!, lung.positions[i + 1]!, lung.positions[i + 2]!] // i < lung.positions.length, a multiple of 3
        expect(isInside(pleura.positions, pleura.indices, p), `lung point ${p.map((v) => v.toFixed(3))} in pleura`).toBe(true)
        expect(p[1]).toBeLessThan(ribTop + 0.01)
        // a rib lies further out than the lung in the same direction and at about the same height
        const az = Math.atan2(p[0], p[2])
        const r = Math.hypot(p[0], p[2])
        let outer = 0
        for (let j = 0; j < ribVerts.length; j += 3) {
          if (Math.abs(ribVerts[j + 1]! - p[1]) > 0.035) continue
          const d = Math.atan2(ribVerts[j]!, ribVerts[j + 2]!) - az
          if (Math.abs(Math.atan2(Math.sin(d), Math.cos(d))) > 0.35) continue
          outer = Math.max(outer, Math.hypot(ribVerts[j]!, ribVerts[j + 2]!))
        }
        expect(outer, `lung point ${p.map((v) => v.toFixed(3))}`).toBeGreaterThan(r)
      }
    }
  })

  it('encloses every muscle in the skin (sampled muscle vertices are inside the skin)', () => {
    const skin = node('skin.midline').mesh!
    // the same vote as isInside (three skewed rays, odd crossings), through a bounds tree over the skin's triangles
    const skinTree = buildBvhMesh('skin.midline', { positions: skin.positions, indices: skin.indices })
    const insideSkin = (p: Vec3): boolean => insideByVote(skinTree, { x: p[0], y: p[1], z: p[2] })
    // the tree answers as the plain test does (checked on a few points inside and one outside)
    const probes: Vec3[] = [at('t5-spinous-process.midline'), [0, 1.0, 0], [0, 1.2, 2]]
    for (const p of probes) expect(insideSkin(p), `probe ${p}`).toBe(isInside(skin.positions, skin.indices, p))
    let checked = 0
    for (const m of model.nodes.filter((n) => n.extras.kind === 'muscle')) {
      const v = m.mesh!.positions
      const step = Math.max(3, 3 * Math.floor(v.length / 3 / 12))
      for (let i = 0; i < v.length; i += step) {
        expect(insideSkin([v[i]!, v[i + 1]!, v[i + 2]!]), `${m.name} vertex ${i / 3}`).toBe(true)
        checked++
      }
    }
    expect(checked).toBeGreaterThan(1000)
  })

  // KIM-2002: interscapular skin-to-pleura distance on CT, 3.7 +/- 0.7 cm at mean BMI 21.1 (average habitus).
  it('has skin-to-pleura depth over the posterior chest wall in the KIM-2002 range (30-44 mm) for average habitus', () => {
    const avg = skinWith(null)
    for (const level of ['t4', 't5', 't6']) {
      const y = at(`${level}-spinous-process.midline`)[1]
      for (const [side, x] of [
        ['left', 0.055],
        ['right', -0.055],
      ] as const) {
        const depth = skinToPleuraMm(avg, side, [x, y, -0.4], [0, 0, 1])
        expect(depth, `${level} ${side}`).toBeGreaterThanOrEqual(30)
        expect(depth, `${level} ${side}`).toBeLessThanOrEqual(44)
      }
    }
  })

  it('is shallower for the lean habitus and deeper for high BMI', () => {
    const y = at('t5-spinous-process.midline')[1]
    const ray = (s: Float32Array): number => skinToPleuraMm(s, 'left', [0.055, y, -0.4], [0, 0, 1])
    const lean = ray(skinWith('lean'))
    const avg = ray(skinWith(null))
    const high = ray(skinWith('high'))
    expect(lean).toBeLessThan(avg - 2)
    expect(high).toBeGreaterThan(avg + 10)
  })

  // THAI-MRI: from the point 7 cm lateral to the C7 spinous process on the horizontal line through it, a needle angled
  // 30 degrees medially from the perpendicular met the lung apex at a mean 5.31-5.35 cm (shortest single 3.34 cm);
  // KEARNS-2022: 30 mm never reached the pleura over the upper trapezius, 40, 50 and 60 mm did in 1, 4 and 6 of 15.
  // Range: above the shortest THAI-MRI distance (and SA-G's 3.1 cm), at most the 60 mm that reached it in KEARNS-2022.
  it('has skin-to-pleura depth over the upper trapezius toward the lung apex in the published range (THAI-MRI point)', () => {
    for (const side of ['left', 'right'] as const) {
      const c7 = at('c7-spinous-process.midline')
      const x = side === 'left' ? 0.07 : -0.07
      const skin = node('skin.midline').mesh!
      const hit = raycast(skin.positions, skin.indices, [x, c7[1], -0.4], [0, 0, 1])!
      const entry: Vec3 = [x, c7[1], -0.4 + hit.distanceM]
      const medial = side === 'left' ? -1 : 1
      const dir: Vec3 = [medial * Math.sin(Math.PI / 6), 0, Math.cos(Math.PI / 6)]
      const start: Vec3 = [entry[0] - dir[0] * 0.01, entry[1] - dir[1] * 0.01, entry[2] - dir[2] * 0.01]
      const depth = skinToPleuraMm(skin.positions, side, start, dir)
      expect(depth, side).toBeGreaterThanOrEqual(31)
      expect(depth, side).toBeLessThanOrEqual(60)
    }
  })
})

describe('models/body.glb: muscle fibres (the _FIBRE attribute, src/model/fibreAttributes.ts)', () => {
  const fibresOf = (name: string): NonNullable<MeshData['fibres']> => {
    const f = node(name).mesh!.fibres
    if (!f) throw new Error(`${name} has no fibres`)
    return f
  }
  /** Mean of a per-vertex value over the vertices of a mesh that pass `keep` (by position). */
  const meanWhere = (name: string, values: Float32Array, keep: (p: Vec3) => boolean): { mean: number; count: number } => {
    const pos = node(name).mesh!.positions
    let sum = 0
    let count = 0
    for (let v = 0; v < values.length; v++) {
      if (!keep([pos[3 * v]!, pos[3 * v + 1]!, pos[3 * v + 2]!])) continue
      sum += values[v]!
      count++
    }
    return { mean: sum / count, count }
  }
  const extentY = (name: string): [number, number] => {
    const pos = node(name).mesh!.positions
    let lo = Infinity
    let hi = -Infinity
    for (let i = 1; i < pos.length; i += 3) {
      lo = Math.min(lo, pos[i]!)
      hi = Math.max(hi, pos[i]!)
    }
    return [lo, hi]
  }

  it('carries the fibre attribute on every muscle mesh and on no bone, organ, danger structure or skin', () => {
    let muscles = 0
    for (const n of model.nodes.filter((x) => x.mesh)) {
      const f = n.mesh!.fibres
      if (n.extras.kind !== 'muscle') {
        expect(f, n.name).toBeUndefined()
        continue
      }
      muscles++
      expect(f, n.name).toBeDefined()
      const count = n.mesh!.positions.length / 3
      expect(f!.directions.length, n.name).toBe(3 * count)
      expect(f!.tendon.length, n.name).toBe(count)
      expect(f!.across.length, n.name).toBe(count)
      for (let v = 0; v < count; v++) {
        const l = Math.hypot(f!.directions[3 * v]!, f!.directions[3 * v + 1]!, f!.directions[3 * v + 2]!)
        expect(Math.abs(l - 1), n.name).toBeLessThan(1e-4)
        expect(f!.tendon[v], n.name).toBeGreaterThanOrEqual(0)
        expect(f!.tendon[v], n.name).toBeLessThanOrEqual(1)
        expect(f!.across[v], n.name).toBeGreaterThanOrEqual(0)
      }
    }
    expect(muscles).toBe(2 * (MUSCLES.length + CONTEXT_MUSCLES.length))
  })

  it('mirrors the fibres of the right side: the same vertices with directions reflected in x', () => {
    for (const m of [...MUSCLES, ...CONTEXT_MUSCLES]) {
      const left = fibresOf(`${m.id}.left`)
      const right = fibresOf(`${m.id}.right`)
      const l = node(`${m.id}.left`).mesh!.positions
      const r = node(`${m.id}.right`).mesh!.positions
      expect(right.tendon.length, m.id).toBe(left.tendon.length)
      // the exporter may order the two copies' vertices differently: pair them by mirrored position
      const byPosition = new Map<string, number>()
      const key = (x: number, y: number, z: number): string => `${Math.round(x * 2e4)},${Math.round(y * 2e4)},${Math.round(z * 2e4)}`
      for (let v = 0; v < left.tendon.length; v++) byPosition.set(key(-l[3 * v]!, l[3 * v + 1]!, l[3 * v + 2]!), v)
      let paired = 0
      for (let v = 0; v < right.tendon.length; v++) {
        const u = byPosition.get(key(r[3 * v]!, r[3 * v + 1]!, r[3 * v + 2]!))
        if (u === undefined) continue
        paired++
        // the same direction reflected, within the 8-bit octahedral quantisation (which rounds each side apart)
        const c =
          -right.directions[3 * v]! * left.directions[3 * u]! +
          right.directions[3 * v + 1]! * left.directions[3 * u + 1]! +
          right.directions[3 * v + 2]! * left.directions[3 * u + 2]!
        expect((Math.acos(Math.min(1, c)) * 180) / Math.PI, m.id).toBeLessThan(1.5)
        expect(right.tendon[v]!, m.id).toBeCloseTo(left.tendon[u]!, 5)
        expect(right.across[v]!, m.id).toBeCloseTo(left.across[u]!, 5)
      }
      expect(paired, m.id).toBeGreaterThan(0.9 * right.tendon.length)
    }
  })

  it('runs the fibres of the long limb muscles along the limb', () => {
    for (const id of ['rectus-femoris', 'soleus', 'tibialis-anterior', 'biceps-brachii']) {
      const f = fibresOf(`${id}.left`)
      const [lo, hi] = extentY(`${id}.left`)
      const vertical = Float32Array.from({ length: f.tendon.length }, (_, v) => Math.abs(f.directions[3 * v + 1]!))
      const middle = meanWhere(`${id}.left`, vertical, (p) => p[1] > lo + 0.3 * (hi - lo) && p[1] < hi - 0.3 * (hi - lo))
      expect(middle.count, id).toBeGreaterThan(50)
      expect(middle.mean, id).toBeGreaterThan(0.85)
    }
  })

  it('pales the tendons and aponeuroses and keeps the bellies fleshy', () => {
    // the tendo calcaneus: the lowest part of soleus and gastrocnemius
    for (const id of ['soleus', 'gastrocnemius']) {
      const [lo, hi] = extentY(`${id}.left`)
      const low = meanWhere(`${id}.left`, fibresOf(`${id}.left`).tendon, (p) => p[1] < lo + 0.08 * (hi - lo))
      expect(low.mean, `${id}: tendo calcaneus`).toBeGreaterThan(0.6)
    }
    // fusiform bellies: fleshy in the middle third
    for (const id of ['biceps-brachii', 'rectus-femoris', 'soleus']) {
      const [lo, hi] = extentY(`${id}.left`)
      const middle = meanWhere(`${id}.left`, fibresOf(`${id}.left`).tendon, (p) => p[1] > lo + (hi - lo) / 3 && p[1] < hi - (hi - lo) / 3)
      expect(middle.mean, `${id}: belly`).toBeLessThan(0.15)
    }
    // a belly above, then a tendon: the second quarter of the muscle's height from the top is belly, and its lowest
    // part tendon. Tibialis anterior's belly fills the upper two thirds of the leg and its tendon runs on over the
    // ankle to the foot (lowest fifth); fibularis longus' belly lies on the upper two thirds of the fibula and its
    // tendon runs down to the lateral malleolus (lowest quarter); in the forearm brachioradialis, the wrist extensors and
    // flexor carpi radialis reach the wrist as tendons (lowest quarter; not palmaris longus, whose belly ends above its second quarter)
    for (const [id, tendonPart] of [
      ['tibialis-anterior', 1 / 5],
      ['fibularis-longus', 1 / 4],
      ['brachioradialis', 1 / 4],
      ['wrist-extensors', 1 / 4],
      ['flexor-carpi-radialis', 1 / 4],
    ] as const) {
      const [lo, hi] = extentY(`${id}.left`)
      const { tendon } = fibresOf(`${id}.left`)
      const belly = meanWhere(`${id}.left`, tendon, (p) => p[1] > hi - (hi - lo) / 2 && p[1] < hi - (hi - lo) / 4)
      expect(belly.mean, `${id}: belly`).toBeLessThan(0.15)
      const low = meanWhere(`${id}.left`, tendon, (p) => p[1] < lo + (hi - lo) * tendonPart)
      expect(low.mean, `${id}: tendon`).toBeGreaterThan(0.6)
    }
    // latissimus dorsi: the thoracolumbar aponeurosis beside the lumbar spines, fleshy where it covers the inferior
    // angle of the scapula
    const l3 = at('l3-spinous-process.midline')
    const lumbar = meanWhere(
      'latissimus-dorsi.left',
      fibresOf('latissimus-dorsi.left').tendon,
      (p) => p[0] < 0.05 && Math.abs(p[1] - l3[1]) < 0.03,
    )
    expect(lumbar.count).toBeGreaterThan(10)
    expect(lumbar.mean).toBeGreaterThan(0.7)
    const angle = at('inferior-angle-of-scapula.left')
    const upper = meanWhere(
      'latissimus-dorsi.left',
      fibresOf('latissimus-dorsi.left').tendon,
      (p) => Math.hypot(p[0] - angle[0], p[1] - angle[1]) < 0.05,
    )
    expect(upper.count).toBeGreaterThan(10)
    expect(upper.mean).toBeLessThan(0.15)
  })
})
