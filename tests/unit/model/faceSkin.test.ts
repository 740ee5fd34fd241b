// The face's skin on both generated bodies: each eye is a closed lid over a globe, a dome in its socket below the
// brow with the line where the lids meet, the ears meet the face without a crevice, and under the chin the skin runs back to the neck without an undercut (it
// showed from the front as a dark jagged band under the jaw). The lid lines' groove itself is checked on the face's
// field, where its depth and extent are set.
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { raycastAll } from '../../../src/geometry/meshBvh'
import { eyeCentre, faceSurface } from '../../../src/model/face'
import { Landmarks, REFERENCE_TABLES } from '../../../src/model/landmarkTable'
import { readGlb, type BodyModel } from '../../../src/model/readGlb'
import { BODIES } from '../helpers/bodies'
import { meshTrees } from '../helpers/modelTrees'

describe("the face's lid lines", () => {
  const lm = new Landmarks(REFERENCE_TABLES)
  const face = faceSurface(lm)
  const eye = eyeCentre(lm)
  // the line's middle lies 5.8 mm below the globe's centre
  const lineY = eye[1] - 0.0058
  const front = eye[2] + 0.012

  it('cut a groove along the closed lids, deepest at the middle, in front of the globes only', () => {
    const middle = face.creaseDepth(eye[0], lineY, front)
    expect(middle).toBeGreaterThan(0.0005)
    expect(middle).toBeLessThan(0.0015)
    // nothing 3 mm above or below the line, nothing behind the globe's centre, nothing beside the nose
    expect(face.creaseDepth(eye[0], lineY + 0.003, front)).toBe(0)
    expect(face.creaseDepth(eye[0], lineY - 0.003, front)).toBe(0)
    expect(face.creaseDepth(eye[0], lineY, eye[2] - 0.001)).toBe(0)
    expect(face.creaseDepth(0.005, lineY, front)).toBe(0)
    // shallower towards the canthi
    expect(face.creaseDepth(eye[0] + 0.012, lineY + 0.003, front)).toBeLessThan(middle)
    // the same on the right
    expect(face.creaseDepth(-eye[0], lineY, front)).toBe(middle)
    // and the mesh is refined where the groove is
    expect(face.nearCrease(eye[0], lineY, front)).toBe(true)
    expect(face.nearCrease(eye[0], lineY + 0.006, front)).toBe(false)
  })

  it("lift the skull's cover inside the orbits only", () => {
    expect(face.orbit(eye[0], eye[1], eye[2])).toBeLessThan(-0.005)
    expect(face.orbit(-eye[0], eye[1], eye[2])).toBeCloseTo(face.orbit(eye[0], eye[1], eye[2]), 12)
    expect(face.orbit(0, lm.at('glabella')[1], eye[2])).toBeGreaterThan(0)
    expect(face.orbit(eye[0], lm.at('mental-protuberance')[1], eye[2])).toBeGreaterThan(0)
  })
})

describe.each(BODIES)('$file: the skin of the face', ({ file }) => {
  let model: BodyModel | undefined
  const load = async (): Promise<BodyModel> => (model ??= await readGlb(resolve(import.meta.dirname, '../../..', file)))

  it('shows each closed eye as a dome in its socket below the brow, with the line where the lids meet', async () => {
    const m = await load()
    const skin = meshTrees(() => m)('skin.midline')
    // the skin seen from the front: the first crossing of a ray from in front (m, along +z)
    const frontM = (x: number, y: number): number => {
      const hits = raycastAll(skin, { x, y, z: 0.6 }, { x: 0, y: 0, z: -1 })
      return hits.length ? 0.6 - Math.min(...hits.map((h) => h.distanceM)) : NaN
    }
    for (const side of ['left', 'right'] as const) {
      const supra = m.byName.get(`supraorbital-margin.${side}`)!.positionM
      const x = supra[0] + (side === 'left' ? -0.001 : 0.001)
      const eyeY = supra[1] - 0.0185
      // down the eye through its centre, every 0.5 mm from 2 cm above to 2 cm below
      const column = new Map<number, number>()
      for (let k = -40; k <= 40; k++) column.set(k, frontM(x, eyeY + k * 0.0005))
      const at = (dyMm: number): number => column.get(Math.round(dyMm * 2))!
      const range = (fromMm: number, toMm: number): number[] => {
        const out: number[] = []
        for (let d = fromMm; d <= toMm + 1e-9; d += 0.5) out.push(at(d))
        return out
      }
      expect([...column.values()].every(Number.isFinite), `${side}: the skin crosses every ray`).toBe(true)
      // the lids over the globe stand at least 1 mm in front of the hollow between them and the brow (the old skin
      // ran down from the brow to the cheek as a flat slope: -0.3 mm)
      const domeMm = (Math.max(...range(-4, 2)) - Math.min(...range(6, 12))) * 1000
      expect(domeMm, `${side}: the lids' dome in front of the sulcus above it`).toBeGreaterThanOrEqual(1)
      // the lid line: the lowest point between 4 and 7.5 mm below the centre lies at least 0.3 mm behind the mean of
      // the skin 2.5 mm above and below it
      let lowest = -4
      for (let d = -4; d >= -7.5; d -= 0.5) if (at(d) < at(lowest)) lowest = d
      const grooveMm = ((at(lowest + 2.5) + at(lowest - 2.5)) / 2 - at(lowest)) * 1000
      expect(grooveMm, `${side}: the lid line's groove at ${lowest} mm`).toBeGreaterThanOrEqual(0.3)
    }
  })

  it('meets each ear without a crevice in front of it, below the tragus', async () => {
    const m = await load()
    const skin = meshTrees(() => m)('skin.midline')
    for (const side of ['left', 'right'] as const) {
      const tragus = m.byName.get(`tragus.${side}`)!.positionM
      const s = side === 'left' ? 1 : -1
      // how far out from the midline the skin lies, seen from the side, 6 mm below the tragus (m)
      const outM = (dz: number): number => {
        const hits = raycastAll(skin, { x: s * 0.3, y: tragus[1] - 0.006, z: tragus[2] + dz }, { x: -s, y: 0, z: 0 })
        return 0.3 - Math.min(...hits.map((h) => h.distanceM))
      }
      // from 2 mm behind the tragus to 1 cm in front of it, nowhere more than 2 mm under the cheek 1 cm in front (the
      // narrower head left a crevice 7 mm deep here)
      const cheek = outM(0.01)
      for (let dz = -0.002; dz <= 0.01 + 1e-9; dz += 0.001) {
        expect((cheek - outM(dz)) * 1000, `${side}, ${(dz * 1000).toFixed(0)} mm in front of the tragus`).toBeLessThanOrEqual(2)
      }
    }
  })

  it('runs from under the chin back to the neck without an undercut facing backwards', async () => {
    const m = await load()
    const mesh = m.byName.get('skin.midline')!.mesh!
    const chin = m.byName.get('mental-protuberance.midline')!.positionM
    const hyoid = m.byName.get('hyoid.midline')!.positionM
    // the skin between the chin and the throat, 4.5 cm either side of the midline: the area of triangles whose
    // normal points backwards (its z component below -0.3) faces the neck under a ledge (was 1.8 and 1.5 cm²)
    const P = mesh.positions
    const I = mesh.indices
    let area = 0
    let facingBack = 0
    for (let t = 0; t < I.length; t += 3) {
      const [a, b, c] = [I[t]! * 3, I[t + 1]! * 3, I[t + 2]! * 3]
      const centre = [0, 1, 2].map((k) => (P[a + k]! + P[b + k]! + P[c + k]!) / 3) as [number, number, number]
      if (Math.abs(centre[0]) > 0.045 || centre[1] < chin[1] - 0.035 || centre[1] > chin[1]) continue
      if (centre[2] < hyoid[2] || centre[2] > chin[2] + 0.02) continue
      const u = [0, 1, 2].map((k) => P[b + k]! - P[a + k]!)
      const v = [0, 1, 2].map((k) => P[c + k]! - P[a + k]!)
      const n = [u[1]! * v[2]! - u[2]! * v[1]!, u[2]! * v[0]! - u[0]! * v[2]!, u[0]! * v[1]! - u[1]! * v[0]!]
      const twice = Math.hypot(n[0]!, n[1]!, n[2]!)
      area += twice / 2
      if (n[2]! / twice < -0.3) facingBack += twice / 2
    }
    expect(area * 1e4, 'the region holds skin').toBeGreaterThan(30)
    expect(facingBack * 1e4).toBeLessThanOrEqual(0.2)
  })
})
