// The female body: the warp that carries the reference body to female proportions is smooth and never folds space,
// its arm and trunk transforms agree at the shoulder, and the committed models/body-female.glb has the reference
// body's nodes with female proportions and breast tissue in front of pectoralis major.
import { beforeAll, describe, expect, it } from 'vitest'
import { ANSUR_II, STATURE_RATIO, femaleArmWeight, femaleWarp, warpJacobian } from '../../../src/model/femaleBody'
import { JOINT_CENTRES } from '../../../src/model/landmarks'
import { bodyModelFile } from '../../../src/model/bodyFiles'
import type { BodyModel } from '../../../src/model/readGlb'
import { raycast } from '../../../src/model/rayMesh'
import type { Vec3 } from '../../../src/model/vec'
import { bodyModelLoader } from '../helpers/bodies'

const joint = (id: string): Vec3 => JOINT_CENTRES.find((j) => j.id === id)!.positionM
const gh = joint('glenohumeral-joint')
const anchors = { glenohumeral: gh, elbow: joint('elbow-joint'), wrist: joint('wrist-joint'), fingertip: joint('fingertip') }
const warp = femaleWarp(anchors)
/** The reference (male) body, read once for every test here. */
const loadReference = bodyModelLoader(bodyModelFile('male'))
const det = (m: number[][]): number =>
  m[0]![0]! * (m[1]![1]! * m[2]![2]! - m[1]![2]! * m[2]![1]!) -
  m[0]![1]! * (m[1]![0]! * m[2]![2]! - m[1]![2]! * m[2]![0]!) +
  m[0]![2]! * (m[1]![0]! * m[2]![1]! - m[1]![1]! * m[2]![0]!)

describe('the female warp', () => {
  it('never folds the body: the Jacobian determinant is positive at every vertex of the reference body', async () => {
    const reference = await loadReference()
    let worst = Infinity
    let where = ''
    for (const n of reference.nodes) {
      const p = n.mesh?.positions
      if (!p) continue
      for (let i = 0; i < p.length; i += 3) {
        const d = det(warpJacobian(warp, [p[i]!, p[i + 1]!, p[i + 2]!]))
        if (d < worst) [worst, where] = [d, `${n.name} (${p[i]!.toFixed(3)}, ${p[i + 1]!.toFixed(3)}, ${p[i + 2]!.toFixed(3)})`]
      }
    }
    expect(worst, where).toBeGreaterThan(0.5)
  }, 60_000)

  it('moves the waist and hips beside the hanging forearm by the trunk alone, and the whole lower forearm by the arm', async () => {
    // on the reference body's skin, between 0.86 m and the elbow, the hip reaches at most 0.190 m from the midline below
    // 0.95 m (where the forearm comes no nearer than 0.235 m) and the waist at most 0.176 m above (where the forearm comes
    // no nearer than 0.185 m); below 0.97 m the forearm's skin lies beyond 0.22 m
    const reference = await loadReference()
    const skin = reference.byName.get('skin.midline')!.mesh!.positions
    const weight = femaleArmWeight(anchors)
    let [trunkMost, forearmLeast] = [0, 1]
    for (let i = 0; i < skin.length; i += 3) {
      const [ax, y] = [Math.abs(skin[i]!), skin[i + 1]!]
      if (y < 0.86 || y > anchors.elbow[1]) continue
      if (ax < (y < 0.95 ? 0.191 : 0.178)) trunkMost = Math.max(trunkMost, weight(ax, y))
      if (ax > 0.22 && y < 0.97) forearmLeast = Math.min(forearmLeast, weight(ax, y))
    }
    expect(trunkMost).toBeLessThan(0.01)
    expect(forearmLeast).toBeGreaterThan(0.9)
  })

  it('the fold check can fail: a warp that mirrors a slab of space is caught', () => {
    const folded = (p: Vec3): Vec3 => [p[0] < 0.1 ? p[0] : 0.2 - p[0], p[1], p[2]]
    expect(det(warpJacobian(folded, [0.15, 1, 0]))).toBeLessThan(0)
  })

  it('is continuous: points 0.1 mm apart stay within 0.2 mm of each other', () => {
    let worst = 0
    for (let x = -0.35; x <= 0.35; x += 0.0037)
      for (let y = 0.05; y <= 1.75; y += 0.011) {
        const a = warp([x, y, 0])
        const b = warp([x + 0.0001, y, 0])
        worst = Math.max(worst, Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]))
      }
    expect(worst).toBeLessThan(0.0002)
  })

  it('scales heights by the stature ratio and is the same on both sides', () => {
    expect(warp([0, 1, 0])[1]).toBeCloseTo(STATURE_RATIO, 9)
    const left = warp([0.22, 0.95, 0.03])
    const right = warp([-0.22, 0.95, 0.03])
    expect(right[0]).toBeCloseTo(-left[0], 9)
    expect(right[1]).toBeCloseTo(left[1], 9)
  })

  it('narrows the shoulders to the biacromial ratio and keeps the pelvis at the bicristal ratio', () => {
    const acromion: Vec3 = [0.196, 1.4315, -0.028]
    expect(warp(acromion)[0] / acromion[0]).toBeCloseTo(ANSUR_II.biacromialBreadth[1] / ANSUR_II.biacromialBreadth[0], 2)
    const crest: Vec3 = [0.14, 1.0, 0]
    expect(warp(crest)[0] / crest[0]).toBeCloseTo(ANSUR_II.bicristalBreadth[1] / ANSUR_II.bicristalBreadth[0], 2)
  })

  it('moves the shoulder joint as the trunk does, so arm and trunk meet without a seam', () => {
    const around: Vec3[] = [
      [gh[0] - 0.03, gh[1] + 0.02, gh[2]],
      [gh[0] + 0.03, gh[1] + 0.03, gh[2] + 0.02],
      [gh[0] + 0.02, gh[1] - 0.01, gh[2] - 0.02],
    ]
    for (const p of around) {
      const a = warp(p)
      const mirrored = warp([-p[0], p[1], p[2]])
      expect(Math.abs(a[0] + mirrored[0])).toBeLessThan(1e-9)
      // the arm weight changes across this neighbourhood; the result moves smoothly with the point
      const q = warp([p[0] + 0.001, p[1], p[2]])
      expect(Math.hypot(q[0] - a[0], q[1] - a[1], q[2] - a[2])).toBeLessThan(0.0012)
    }
  })
})

describe('models/body-female.glb', () => {
  let female: BodyModel
  let male: BodyModel
  beforeAll(async () => {
    ;[female, male] = await Promise.all([bodyModelLoader(bodyModelFile('female'))(), loadReference()])
  }, 120_000)

  it("has the reference body's nodes, with the same extras", () => {
    const describe = (m: BodyModel): string[] => m.nodes.map((n) => `${n.name}|${n.extras.kind}|${n.extras.name}`).sort()
    expect(describe(female)).toEqual(describe(male))
  })

  it('says which body it is in the scene extras', () => {
    expect(female.sceneExtras.body).toBe('female')
    expect(male.sceneExtras.body).toBe('male')
  })

  const skinTop = (m: BodyModel): number => {
    const p = m.byName.get('skin.midline')!.mesh!.positions
    let top = -Infinity
    for (let i = 1; i < p.length; i += 3) top = Math.max(top, p[i]!)
    return top
  }

  it('is shorter by the stature ratio and narrower at the shoulders by the biacromial ratio', () => {
    expect(skinTop(female) / skinTop(male)).toBeCloseTo(STATURE_RATIO, 2)
    const breadth = (m: BodyModel): number => m.byName.get('acromion.left')!.positionM[0] - m.byName.get('acromion.right')!.positionM[0]
    expect(breadth(female) / breadth(male)).toBeCloseTo(ANSUR_II.biacromialBreadth[1] / ANSUR_II.biacromialBreadth[0], 2)
  })

  it('has breast tissue: at the nipple the skin lies at least 25 mm further in front of pectoralis major than on the reference body', () => {
    const inFront = (m: BodyModel): number => {
      const nipple = m.byName.get('nipple.left')!.positionM
      const origin: Vec3 = [nipple[0], nipple[1], 0.4]
      const skin = m.byName.get('skin.midline')!.mesh!
      const pec = m.byName.get('pectoralis-major.left')!.mesh!
      const s = raycast(skin.positions, skin.indices, origin, [0, 0, -1])
      const p = raycast(pec.positions, pec.indices, origin, [0, 0, -1])
      expect(s && p, 'the ray meets skin and pectoralis major').toBeTruthy()
      return (p!.distanceM - s!.distanceM) * 1000
    }
    expect(inFront(female) - inFront(male)).toBeGreaterThan(25)
  })
})
