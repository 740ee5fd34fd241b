// The bones of the (left) foot standing on the floor: talus under the malleoli, calcaneus with the heel
// (tuberosity) and the sustentaculum tali, navicular, cuboid and the three cuneiforms, five metatarsals (the first
// short and thick, the fifth with its tuberosity) and the toes (two phalanges for the big toe, three for the
// others). The medial tarsals and metatarsal bases stand high, so the medial border forms the longitudinal arch.
// Placed from the landmark table (ankle, heel, first metatarsal head, fifth metatarsal base, great-toe tip); the
// sizes are model choices, not measurements.
import { type LongBoneSize, digit, longBone } from './boneParts'
import { type Primitive, ellipsoid, roundedBox, taperedCapsule } from './sdf'
import type { Landmarks } from './landmarkTable'
import { itemAt } from './lists'
import { type Vec3, add, normalize } from './vec'

const deg = Math.PI / 180
const sz = (baseM: number, shaftM: number, headM: number): LongBoneSize => ({ baseM, shaftM, headM })

export interface FootLandmarks {
  ankle: Vec3
  heel: Vec3
  firstMetatarsalHead: Vec3
  fifthMetatarsalBase: Vec3
  greatToeTip: Vec3
}

/** The left foot's landmarks from the landmark table. */
export function footLandmarks(lm: Landmarks): FootLandmarks {
  return {
    ankle: lm.at('ankle-joint'),
    heel: lm.at('calcaneus'),
    firstMetatarsalHead: lm.at('first-metatarsal-head'),
    fifthMetatarsalBase: lm.at('fifth-metatarsal-base'),
    greatToeTip: lm.at('great-toe-tip'),
  }
}

/** The foot's places the bones and the foot's own muscles are put from. */
export interface FootFrame {
  /** A point relative to the ankle centre in x (lateral for the left foot) and z (forward), at height y above the
   * floor. */
  at: (dx: number, y: number, dz: number) => Vec3
  /** The calcaneal tuberosity's centre (the heel). */
  tuber: Vec3
  /** Metatarsals I-V: base and head joint centres, and size. */
  rays: readonly { base: Vec3; head: Vec3; size: LongBoneSize }[]
}

export function footFrame(f: FootLandmarks): FootFrame {
  const A = (dx: number, y: number, dz: number): Vec3 => [f.ankle[0] + dx, y, f.ankle[2] + dz]
  const mt1 = f.firstMetatarsalHead
  return {
    at: A,
    tuber: [f.heel[0] + 0.001, f.heel[1], f.heel[2] + 0.016],
    rays: [
      { base: A(-0.017, 0.043, 0.075), head: add(mt1, [0, 0.003, 0.0085]), size: sz(0.0115, 0.0075, 0.0115) },
      { base: A(-0.002, 0.05, 0.07), head: add(mt1, [0.02, 0.0, 0.009]), size: sz(0.0078, 0.0047, 0.0072) },
      { base: A(0.012, 0.046, 0.074), head: add(mt1, [0.035, -0.002, 0.004]), size: sz(0.0076, 0.0046, 0.0068) },
      { base: A(0.026, 0.038, 0.067), head: add(mt1, [0.049, -0.004, -0.004]), size: sz(0.0074, 0.0044, 0.0066) },
      { base: A(0.038, 0.03, 0.067), head: add(mt1, [0.062, -0.005, -0.013]), size: sz(0.0076, 0.0044, 0.0064) },
    ],
  }
}

/** Primitives of the left foot. Heights are from the floor (y = 0); the foot points along +z. */
export function footPrims(f: FootLandmarks): Primitive[] {
  const { at: A, tuber, rays } = footFrame(f)
  const ay = f.ankle[1]
  const prims: Primitive[] = []

  // talus: body (trochlea) under the tibia between the malleoli, neck and head running forward and medially
  prims.push(ellipsoid(A(-0.002, ay - 0.017, -0.004), [0.016, 0.0145, 0.021]))
  prims.push(taperedCapsule(A(-0.004, ay - 0.02, 0.008), A(-0.011, ay - 0.023, 0.024), 0.011, 0.0115))
  prims.push(ellipsoid(A(-0.012, ay - 0.023, 0.028), [0.013, 0.012, 0.01]))
  // calcaneus: tuberosity (the heel, rising behind the talus), body running forward to the anterior process
  // with the posterior facet under the talus, sustentaculum tali as a shelf medially
  prims.push(ellipsoid(tuber, [0.015, 0.025, 0.0165]))
  prims.push(ellipsoid(add(tuber, [0.001, -0.013, 0.012]), [0.015, 0.011, 0.018]))
  prims.push(taperedCapsule(add(tuber, [0.001, 0.0, 0.008]), A(0.019, 0.03, 0.026), 0.019, 0.0125, { normal: [1, 0, 0.15], ratio: 0.7 }))
  prims.push(ellipsoid(A(0.006, 0.045, -0.012), [0.0145, 0.011, 0.016]))
  prims.push(ellipsoid(A(0.021, 0.031, 0.03), [0.012, 0.012, 0.0095]))
  prims.push(taperedCapsule(A(0.0, 0.042, -0.004), A(-0.018, 0.043, 0.002), 0.0075, 0.0065, { normal: [0, 1, 0], ratio: 0.65 }))
  // navicular (with its medial tuberosity), cuboid, medial, intermediate and lateral cuneiforms: the midfoot
  // stands highest medially (the keystone of the arch)
  prims.push(ellipsoid(A(-0.015, 0.05, 0.043), [0.0155, 0.0135, 0.0075], [normalize([1, 0.3, 0]), normalize([-0.3, 1, 0]), [0, 0, 1]]))
  prims.push(ellipsoid(A(-0.028, 0.043, 0.04), [0.0065, 0.0068, 0.0068]))
  prims.push(roundedBox(A(0.031, 0.033, 0.053), [0.0125, 0.0135, 0.013], 0.0065))
  prims.push(roundedBox(A(-0.017, 0.043, 0.063), [0.0092, 0.016, 0.0105], 0.0055))
  prims.push(roundedBox(A(-0.002, 0.05, 0.061), [0.0065, 0.0115, 0.0082], 0.0045))
  prims.push(roundedBox(A(0.012, 0.046, 0.063), [0.0075, 0.0125, 0.0102], 0.005))

  // metatarsals I-V (base joint, head joint at the metatarsophalangeal joint centre)
  const mt5 = f.fifthMetatarsalBase
  for (const r of rays) prims.push(...longBone(r.base, r.head, [1, 0, 0], r.size))
  // tuberosity of the fifth metatarsal, at its base on the lateral border (the palpable landmark)
  prims.push(ellipsoid(add(mt5, [0.002, 0.003, -0.002]), [0.0068, 0.0062, 0.0095]))

  // toes: the big toe (proximal and distal phalanx) aims at the great-toe tip; the lesser toes rest with a
  // slight bend at the interphalangeal joints
  const down: Vec3 = [0, -1, 0]
  const hallux = itemAt(rays, 0, 'metatarsal rays').head
  const toward = normalize([f.greatToeTip[0] - hallux[0], 0, f.greatToeTip[2] - hallux[2]])
  prims.push(
    ...digit(hallux, toward, [0.031, 0.026], [0, 10 * deg], down, [1, 0, 0], [sz(0.0095, 0.0068, 0.0082), sz(0.0082, 0.006, 0.0068)]).prims,
  )
  const lesser: { lengthsM: number[]; spread: number; s: number }[] = [
    { lengthsM: [0.027, 0.012, 0.009], spread: 0.0, s: 1 },
    { lengthsM: [0.024, 0.011, 0.0085], spread: 0.03, s: 0.95 },
    { lengthsM: [0.022, 0.01, 0.008], spread: 0.07, s: 0.9 },
    { lengthsM: [0.018, 0.008, 0.0075], spread: 0.12, s: 0.88 },
  ]
  lesser.forEach((t, i) => {
    const s = t.s
    prims.push(
      ...digit(
        itemAt(rays, i + 1, 'metatarsal rays').head,
        normalize([t.spread, 0.03, 1]),
        t.lengthsM,
        [-4 * deg, 28 * deg, 6 * deg],
        down,
        [1, 0, 0],
        [sz(0.006 * s, 0.004 * s, 0.005 * s), sz(0.005 * s, 0.0039 * s, 0.0045 * s), sz(0.0047 * s, 0.0034 * s, 0.004 * s)],
      ).prims,
    )
  })
  return prims
}
