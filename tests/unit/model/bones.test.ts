// The bone shapes a student checks first: hand and foot made of separate small bones (digits of natural
// proportion, big toe larger, a medial arch), open orbits and nasal aperture, a temporal fossa on each side of the
// vault, a mandible with condyle and coronoid, an open obturator foramen and a cupped acetabulum. Tests sample the
// bones' fields, so they need no meshing.
import { describe, expect, it } from 'vitest'
import { Landmarks, REFERENCE_TABLES } from '../../../src/model/landmarkTable'
import { fieldOf } from '../../../src/model/meshStructure'
import { smin } from '../../../src/model/sdf'
import { buildSkeleton } from '../../../src/model/skeleton'
import {
  TEMPORAL_FOSSA_DEPTH_M,
  TEMPORAL_FOSSA_RADII_M,
  coronoidTip,
  cranialVault,
  craniumShape,
  mandibleCondyle,
  temporalFossaCentre,
} from '../../../src/model/skullBones'
import { type Vec3, add, lerp } from '../../../src/model/vec'

const lm = new Landmarks(REFERENCE_TABLES)
const bones = buildSkeleton(lm)
const spec = (id: string) => {
  const s = bones.find((b) => b.id === id)
  if (!s) throw new Error(`no bone ${id}`)
  return s
}
const field = (id: string) => {
  const f = fieldOf(spec(id).shape)
  return (p: Vec3) => f(p[0], p[1], p[2])
}

describe('skeleton: hand and foot', () => {
  it('keeps the node ids of every bone the task names', () => {
    for (const id of ['skull', 'mandible', 'hand', 'foot', 'hip-bone', 'sacrum']) expect(spec(id).kind).toBe('bone')
  })

  it('meshes the hand and foot finely enough for the phalanges (cell at most 2 mm)', () => {
    expect(spec('hand').cellM).toBeLessThanOrEqual(0.002)
    expect(spec('foot').cellM).toBeLessThanOrEqual(0.002)
  })

  it('leaves a joint gap between the third metacarpal and its proximal phalanx', () => {
    const hand = field('hand')
    const wrist = lm.at('wrist-joint')
    const tip = lm.at('fingertip')
    // the shaft of the metacarpal is bone, the metacarpophalangeal line is not (on the hand's long axis)
    expect(hand(lerp(wrist, tip, 0.35))).toBeLessThan(0)
    let outside = 0
    for (let t = 0.5; t <= 0.56; t += 0.002) if (hand(add(lerp(wrist, tip, t), [0, 0, 0.001])) > 0) outside++
    expect(outside).toBeGreaterThan(0)
  })

  it('bridges the medial arch: no bone under the navicular, bone at the heel and under the first metatarsal head', () => {
    const foot = field('foot')
    const ankle = lm.at('ankle-joint')
    expect(foot([ankle[0] - 0.015, 0.012, ankle[2] + 0.042])).toBeGreaterThan(0.004)
    expect(foot([lm.at('calcaneus')[0], 0.02, lm.at('calcaneus')[2] + 0.015])).toBeLessThan(0)
    expect(foot(add(lm.at('first-metatarsal-head'), [0, -0.002, 0]))).toBeLessThan(0)
  })

  it('makes the big toe thicker than the second toe', () => {
    const foot = field('foot')
    const mt1 = lm.at('first-metatarsal-head')
    // 25 mm in front of the heads, 7 mm to the side of each toe's axis
    expect(foot(add(mt1, [0.007, 0.0, 0.035]))).toBeLessThan(0)
    expect(foot(add(mt1, [0.027, -0.001, 0.035]))).toBeGreaterThan(0)
  })
})

describe('skeleton: skull and pelvis', () => {
  it('opens the orbits and the nasal aperture in the facial skeleton', () => {
    const skull = field('skull')
    const supra = lm.at('supraorbital-margin')
    expect(skull(add(supra, [0, -0.018, 0.0]))).toBeGreaterThan(0)
    expect(skull(add(lm.at('nasion'), [0, -0.04, -0.004]))).toBeGreaterThan(0)
    // bone between the orbits (nasal bones) and under them (cheekbone)
    expect(skull(add(lm.at('nasion'), [0, -0.004, -0.002]))).toBeLessThan(0)
  })

  it('gives the mandible a condyle behind and a coronoid process in front of the mandibular notch', () => {
    const mand = field('mandible')
    const condyle = mandibleCondyle(lm, 'left')
    expect(mand(condyle)).toBeLessThan(0)
    const coronoid = add(coronoidTip(lm, 'left'), [0, -0.004, 0])
    expect(mand(coronoid)).toBeLessThan(0)
    expect(mand(lerp(condyle, coronoid, 0.5))).toBeGreaterThan(0)
  })

  it('hollows a temporal fossa into the side of the vault, and cuts nothing else of the skull', () => {
    const skull = field('skull')
    const withoutFossae = fieldOf(craniumShape(lm, { temporalFossae: false }))
    const vault = cranialVault(lm)
    // the vault's two halves blended as the skull blends its parts
    const blendM = spec('skull').shape.blendM
    const vaultField = (p: Vec3): number => vault.reduce((d, v) => smin(d, v.distance(p[0], p[1], p[2]), blendM), Infinity)
    const [ry, rz] = TEMPORAL_FOSSA_RADII_M
    for (const side of ['left', 'right'] as const) {
      const s = side === 'left' ? 1 : -1
      // from the side, how far out the first solid point lies (m)
      const sideOf = (f: (p: Vec3) => number, y: number, z: number): number => {
        for (let x = 0.11; x > 0; x -= 0.0002) if (f([s * x, y, z]) < 0) return x
        return 0
      }
      const [, y, z] = temporalFossaCentre(lm, side)
      // at its middle the fossa's floor lies its depth under the vault's curve (measured across, so a little more)
      const hollowM = sideOf(vaultField, y, z) - sideOf(skull, y, z)
      expect(hollowM).toBeGreaterThan(TEMPORAL_FOSSA_DEPTH_M - 0.0005)
      expect(hollowM).toBeLessThan(TEMPORAL_FOSSA_DEPTH_M + 0.0015)
      // above the temporal line the vault is not hollowed
      expect(sideOf(skull, y + ry + 0.005, z)).toBeGreaterThan(sideOf(vaultField, y + ry + 0.005, z) - 0.0003)
      // everything of the skull outside the vault (the arch, the cheekbone, the orbital rim, the brow ridge, the
      // mastoid) and deeper than the fossa is as solid as without the fossa, every 2 mm over the fossa's box
      const cut: string[] = []
      for (let x = 0.03; x <= 0.1; x += 0.002)
        for (let dy = -ry - 0.02; dy <= ry + 0.005; dy += 0.002)
          for (let dz = -rz - 0.005; dz <= rz + 0.02; dz += 0.002) {
            const p: Vec3 = [s * x, y + dy, z + dz]
            const v = vaultField(p)
            if ((v > 0.001 || v < -TEMPORAL_FOSSA_DEPTH_M - 0.004) && withoutFossae(p[0], p[1], p[2]) < 0 && skull(p) >= 0)
              cut.push(p.map((c) => c.toFixed(3)).join(', '))
          }
      expect(cut, `${side}: solid without the fossa, cut with it`).toEqual([])
    }
  })

  it('keeps the obturator foramen open and cups the femoral head in the acetabulum', () => {
    const hipBone = field('hip-bone')
    const hip = lm.at('hip-joint')
    const foramen = lerp(lerp(lm.at('ischial-tuberosity'), lm.at('pubic-tubercle'), 0.5), hip, 0.25)
    expect(hipBone(foramen)).toBeGreaterThan(0.003)
    // bone round the head: above (roof) and behind it
    expect(hipBone(add(hip, [0.002, 0.026, 0]))).toBeLessThan(0.002)
    expect(hipBone(add(hip, [-0.012, 0.0, -0.018]))).toBeLessThan(0)
  })

  it('puts the ASIS, PSIS and iliac crest within 15 mm of the hip bone', () => {
    const hipBone = field('hip-bone')
    for (const id of ['asis', 'psis', 'iliac-crest', 'ischial-tuberosity', 'pubic-tubercle'])
      expect(hipBone(lm.at(id)), id).toBeLessThan(0.015)
  })
})
