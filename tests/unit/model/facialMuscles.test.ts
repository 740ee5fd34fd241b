// The muscles of facial expression on both generated bodies (src/model/facialMuscles.ts): thin sheets laid under the
// finished skin, each one piece, none inside a bone, a jaw muscle or another facial muscle, within the face's
// superficial layer, and where an atlas draws them (frontalis above the brows, orbicularis oculi round the eye,
// zygomaticus major from the cheekbone to the angle of the mouth, orbicularis oris round the mouth, its two halves
// meeting at the midline, levator labii superioris beside the nose, depressor anguli oris below the angle of the
// mouth, mentalis on the chin). That they lie inside the skin in its reference and lean shapes is
// skinEnclosure.test.ts's.
import { describe, expect, it } from 'vitest'
import { FACIAL_MUSCLE_IDS } from '../../../src/anatomy/ids'
import { closestPoint } from '../../../src/geometry/meshBvh'
import { LID_LINE_BELOW_EYE_CENTRE_M } from '../../../src/model/face'
import { Landmarks, REFERENCE_TABLES } from '../../../src/model/landmarkTable'
import type { BodyModel } from '../../../src/model/readGlb'
import { BODIES, bodyModelLoader } from '../helpers/bodies'
import { insideByVote, meshPositions, meshTrees } from '../helpers/modelTrees'

const SIDES = ['left', 'right'] as const

/** Number of pieces of a triangle mesh (triangles sharing a vertex are one piece). */
function pieces(indices: ArrayLike<number>, vertexCount: number): number {
  const parent = Int32Array.from({ length: vertexCount }, (_, i) => i)
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!
      i = parent[i]!
    }
    return i
  }
  for (let t = 0; t < indices.length; t += 3) {
    const a = find(indices[t]!)
    for (const v of [indices[t + 1]!, indices[t + 2]!]) parent[find(v)] = a
  }
  const roots = new Set<number>()
  for (let t = 0; t < indices.length; t++) roots.add(find(indices[t]!))
  return roots.size
}

function vertices(m: BodyModel, nodeName: string): [number, number, number][] {
  const p = meshPositions(m, nodeName)
  const out: [number, number, number][] = []
  for (let i = 0; i < p.length; i += 3) out.push([p[i]!, p[i + 1]!, p[i + 2]!])
  return out
}

const landmark = (m: BodyModel, name: string): [number, number, number] => {
  const n = m.byName.get(name)
  if (!n) throw new Error(`no landmark ${name}`)
  return n.positionM
}

describe.each(BODIES)('$file: the muscles of facial expression', ({ file }) => {
  const load = bodyModelLoader(file)

  it('are one piece each, on both sides', async () => {
    const m = await load()
    for (const id of FACIAL_MUSCLE_IDS)
      for (const side of SIDES) {
        const mesh = m.byName.get(`${id}.${side}`)?.mesh
        expect(mesh, `${id}.${side}`).toBeTruthy()
        expect(pieces(mesh!.indices, mesh!.positions.length / 3), `${id}.${side}`).toBe(1)
      }
  })

  it('lie within 10 mm of the skin, and inside no bone, jaw muscle or other facial muscle', async () => {
    const m = await load()
    const tree = meshTrees(() => m)
    const skin = tree('skin.midline')
    for (const side of SIDES) {
      const solids = ['skull.midline', 'mandible.midline', `masseter.${side}`, `temporalis.${side}`]
      for (const id of FACIAL_MUSCLE_IDS) {
        const others = [...solids, ...FACIAL_MUSCLE_IDS.filter((o) => o !== id).map((o) => `${o}.${side}`)]
        let deepestM = 0
        const inside = new Set<string>()
        for (const [x, y, z] of vertices(m, `${id}.${side}`)) {
          const p = { x, y, z }
          deepestM = Math.max(deepestM, closestPoint(skin, p)?.distanceM ?? Infinity)
          for (const o of others) if (insideByVote(tree(o), p)) inside.add(o)
        }
        expect(deepestM * 1000, `${id}.${side}: deepest vertex under the skin (mm)`).toBeLessThan(10)
        expect([...inside], `${id}.${side}: vertices inside`).toEqual([])
      }
    }
  })

  it('lie where an atlas draws them', async () => {
    const m = await load()
    const supra = landmark(m, 'supraorbital-margin.left')
    const nasion = landmark(m, 'nasion.midline')
    const zyg = landmark(m, 'zygomatic-arch.left')
    const chin = landmark(m, 'mental-protuberance.midline')
    const vertex = landmark(m, 'vertex.midline')
    // the face's offsets are the reference body's; the female head is the reference head scaled by the ratio of its
    // brow-to-chin height to the reference table's
    const reference = new Landmarks(REFERENCE_TABLES)
    const k = (supra[1] - chin[1]) / (reference.at('supraorbital-margin', 'left')[1] - reference.at('mental-protuberance')[1])
    const extent = (id: string) => {
      const v = vertices(m, `${id}.left`)
      const axis = (a: 0 | 1 | 2) => ({ min: Math.min(...v.map((p) => p[a])), max: Math.max(...v.map((p) => p[a])) })
      return { v, x: axis(0), y: axis(1) }
    }
    // frontalis: from the brow up the forehead, short of the vertex, from near the midline to the temporal line
    const frontalis = extent('frontalis')
    expect(frontalis.y.min).toBeGreaterThan(supra[1])
    expect(frontalis.y.max - frontalis.y.min).toBeGreaterThan(0.045 * k)
    expect(frontalis.y.max).toBeLessThan(vertex[1] - 0.01)
    // the two bellies meet above the root of the nose, apart
    expect(frontalis.x.min).toBeGreaterThan(0.0015)
    expect(frontalis.x.min).toBeLessThan(0.01)
    expect(frontalis.x.max).toBeGreaterThan(supra[0] + 0.015 * k)
    // orbicularis oculi: a ring round the eye (below the supraorbital margin), above, below, medial and lateral of it
    const oculi = extent('orbicularis-oculi')
    const eye = [supra[0] - 0.001 * k, supra[1] - 0.0185 * k] as const
    expect(oculi.y.max).toBeGreaterThan(eye[1] + 0.02 * k)
    expect(oculi.y.min).toBeLessThan(eye[1] - 0.02 * k)
    expect(oculi.x.max).toBeGreaterThan(eye[0] + 0.02 * k)
    expect(oculi.x.min).toBeLessThan(eye[0] - 0.012 * k)
    // the closed eye's lid line is left open between the lids' fibres: no fibre crosses the eye's middle
    const lidLine = eye[1] - LID_LINE_BELOW_EYE_CENTRE_M * k
    expect(oculi.v.some(([x, y]) => Math.abs(x - eye[0]) < 0.004 && Math.abs(y - lidLine) < 0.0008)).toBe(false)
    // zygomaticus major: from the cheekbone, level with the zygomatic arch, down to beside the mouth, lateral of its
    // angle and above the chin
    const zygomaticus = extent('zygomaticus-major')
    expect(zygomaticus.y.max).toBeGreaterThan(zyg[1] - 0.002)
    const lowest = zygomaticus.v.reduce((a, b) => (b[1] < a[1] ? b : a))
    expect(lowest[1]).toBeLessThan((nasion[1] + chin[1]) / 2 - 0.01)
    expect(lowest[1]).toBeGreaterThan(chin[1])
    expect(lowest[0]).toBeGreaterThan(0.018 * k)
    expect(lowest[0]).toBeLessThan(0.04 * k)
    // orbicularis oris: round the mouth, above and below it beside the midline, its half reaching the midline
    const oris = extent('orbicularis-oris')
    expect(oris.x.min).toBeLessThan(0.0005)
    expect(oris.y.max - oris.y.min).toBeGreaterThan(0.03 * k)
    const mouthY = (oris.y.max + oris.y.min) / 2
    expect(oris.v.some(([x, y]) => x < 0.008 && y > mouthY + 0.008 * k)).toBe(true)
    expect(oris.v.some(([x, y]) => x < 0.008 && y < mouthY - 0.008 * k)).toBe(true)
    expect(oris.y.min).toBeGreaterThan(chin[1])
    expect(oris.y.max).toBeLessThan(nasion[1] - 0.04 * k)
    // levator labii superioris: beside the nose, from below the eye down to the upper lip (above the mouth)
    const levator = extent('levator-labii-superioris')
    expect(levator.y.max).toBeLessThan(eye[1] - 0.01 * k)
    expect(levator.y.min).toBeGreaterThan(mouthY + 0.008 * k)
    expect(levator.x.max).toBeLessThan(supra[0] + 0.015 * k)
    // depressor anguli oris: below the angle of the mouth, down to the level of the chin, lateral of the mouth's angle
    const depressor = extent('depressor-anguli-oris')
    expect(depressor.y.max).toBeLessThan(mouthY + 0.002 * k)
    expect(depressor.y.min).toBeLessThan(chin[1])
    expect(depressor.x.max).toBeGreaterThan(0.035 * k)
    // mentalis: on the chin beside the midline, below the lower lip
    const mentalis = extent('mentalis')
    expect(mentalis.x.min).toBeLessThan(0.004)
    expect(mentalis.x.max).toBeLessThan(0.02 * k)
    expect(mentalis.y.max).toBeLessThan(mouthY - 0.01 * k)
    expect(mentalis.y.min).toBeGreaterThan(chin[1] - 0.015 * k)
  })
})
