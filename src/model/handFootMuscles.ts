// The muscles of the hand and the foot that shape them (left side, mirrored for the right): without them, with the
// skin hidden, the hand was a skeleton's and the foot's sides and top bare bone. In the hand the thenar eminence
// (abductor and flexor pollicis brevis), adductor pollicis in the first web space, the hypothenar eminence (abductor
// and flexor digiti minimi brevis), the four dorsal interossei between the metacarpals and the four lumbricals beside
// the flexor tendons in the palm, and the long flexor and extensor tendons along the fingers; in the foot abductor
// digiti minimi along the lateral border, flexor digitorum brevis down the middle of the sole with its four tendons,
// and extensor digitorum brevis on the dorsum with its four tendons (the first, to the big toe, is extensor hallucis
// brevis). Abductor hallucis and quadratus plantae are atlas muscles (muscles.ts). Context muscles: no atlas entry, no
// clinical data. Attachments as in any anatomy atlas; the paths, radii and where each belly becomes tendon are model
// choices. Each is carved against the bones and the muscles built before it (contextMuscles.ts).
import type { FootFrame } from './footBones'
import { type HandFrame, METACARPALS, THUMB } from './handBones'
import { itemAt } from './lists'
import { belly, sheet } from './muscleShapes'
import type { Primitive } from './sdf'
import { type Vec3, add, dot, lerp, normalize, scale, sub } from './vec'

export interface SmallMuscleBuild {
  id: string
  prims: Primitive[]
  blendM: number
  cellM: number
  maxTriangles: number
}

/** Grid spacing of the hand's and foot's muscles (m): the interossei lie in spaces a few millimetres wide; finer, their
 * carving (contextMuscles.ts) took about a minute of each body's generation. */
const CELL_M = 0.002

/** Where each lumbrical begins across the palm (HandFrame.at's v, unscaled), index to little: 4 and 3 mm radial of the
 * index's and the middle finger's flexor tendons, and midway between the middle and ring and the ring and little
 * fingers' (the tendons lie at about 8.1, -1.5, -11.1 and -20.7 mm there, fingerFlexorTendons). */
const LUMBRICAL_ORIGINS_V = [0.0125, 0.0015, -0.0063, -0.0159]

/** The hand's muscles, from the hand's frame and its digits' joint centres (handBones.ts). */
export function handMuscles(f: HandFrame, joints: { fingers: readonly Vec3[][]; thumb: readonly Vec3[] }): SmallMuscleBuild[] {
  const { lengthRatio: k, lateral: L, palmar } = f
  const P = (p: readonly number[]): Vec3 => f.at(p[0]!, p[1]!, p[2]!)
  const r = (m: number): number => m * k
  const thumb = (i: number): Vec3 => itemAt(joints.thumb, i, 'thumb joints')
  const mc = (i: number): (typeof METACARPALS)[number] => itemAt(METACARPALS, i, 'metacarpals')
  /** Between two points of the hand's coordinates, at fraction t, moved by `d`. */
  const between = (a: readonly number[], b: readonly number[], t: number, d: readonly number[] = [0, 0, 0]): number[] =>
    a.map((v, i) => v + (b[i]! - v) * t + d[i]!)
  /** A point `d` (hand coordinates, unscaled) from a point of the body. */
  const off = (p: Vec3, d: readonly number[]): Vec3 =>
    add(p, add(scale(f.distal, r(d[0]!)), add(scale(L, r(d[1]!)), scale(palmar, r(d[2]!)))))
  /** A point of the hand's coordinates moved by `d` (both unscaled). */
  const shifted = (p: readonly number[], d: readonly number[]): number[] => p.map((v, i) => v + d[i]!)
  const dorsal = scale(palmar, -1)
  const ulnar = scale(L, -1)
  const m = (id: string, prims: Primitive[], maxTriangles: number): SmallMuscleBuild => ({
    id,
    prims,
    blendM: 0.003,
    cellM: CELL_M,
    maxTriangles,
  })
  const mcp1 = thumb(1)
  // the same joint in the hand's coordinates, for points between it and the carpometacarpal joint
  const thumbLength = Math.hypot(...THUMB.direction)
  const thumbMcp = THUMB.cmc.map((c, i) => c + (THUMB.direction[i]! / thumbLength) * THUMB.lengthsM[0])
  const mcp5 = itemAt(itemAt(joints.fingers, 3, 'fingers'), 0, 'little finger joints')
  return [
    // abductor pollicis brevis: from the tubercle of the scaphoid and the flexor retinaculum, the most superficial and
    // radial of the thenar muscles, to the radial side of the base of the thumb's proximal phalanx
    m(
      'abductor-pollicis-brevis',
      belly(P([0.02, 0.025, 0.013]), off(mcp1, [0.003, 0.006, 0.004]), r(0.0095), {
        via: [P(between(THUMB.cmc, thumbMcp, 0.45, [0, 0.009, 0.01]))],
        rAM: r(0.005),
        rBM: r(0.003),
        peak: 0.45,
        flatten: { normal: normalize(add(palmar, scale(L, 0.5))), ratio: 0.62 },
      }),
      320,
    ),
    // flexor pollicis brevis: from the flexor retinaculum and the trapezium, ulnar to abductor pollicis brevis, to the
    // base of the thumb's proximal phalanx
    m(
      'flexor-pollicis-brevis',
      belly(P([0.027, 0.013, 0.016]), off(mcp1, [0.002, -0.002, 0.006]), r(0.0078), {
        via: [P(between(THUMB.cmc, thumbMcp, 0.5, [0, -0.001, 0.014]))],
        rAM: r(0.0045),
        rBM: r(0.003),
        peak: 0.45,
        flatten: { normal: palmar, ratio: 0.62 },
      }),
      280,
    ),
    // adductor pollicis: its transverse head from the palmar face of the third metacarpal, its oblique head from the
    // capitate and the bases of the second and third, converging on the ulnar side of the base of the thumb's proximal
    // phalanx: a fan in the palm and the first web space, deep to the long flexor tendons
    m(
      'adductor-pollicis',
      sheet(
        [P(between(mc(1).base, mc(1).head, 0.25, [0, 0.001, 0.007])), P(between(mc(1).base, mc(1).head, 0.92, [0, 0.001, 0.008]))],
        [off(mcp1, [0, -0.005, -0.001]), off(mcp1, [0.002, -0.004, -0.001])],
        {
          fibres: 6,
          thicknessM: r(0.0055),
          steps: 7,
          overlap: 0.9,
          outward: () => palmar,
          thicknessAlong: (t) => 1 - 0.35 * t,
        },
      ),
      320,
    ),
    // abductor digiti minimi: from the pisiform along the ulnar border of the fifth metacarpal to the ulnar side of the
    // base of the little finger's proximal phalanx, the border of the hypothenar eminence
    m(
      'abductor-digiti-minimi-hand',
      belly(P([0.018, -0.021, 0.011]), off(mcp5, [0.005, -0.007, 0.002]), r(0.0085), {
        via: [P(between(mc(3).base, mc(3).head, 0.42, [0, -0.011, 0.006]))],
        rAM: r(0.005),
        rBM: r(0.003),
        peak: 0.4,
        flatten: { normal: normalize(add(ulnar, scale(palmar, 0.6))), ratio: 0.72 },
      }),
      300,
    ),
    // flexor digiti minimi brevis: from the hook of the hamate, radial to abductor digiti minimi, to the base of the
    // little finger's proximal phalanx
    m(
      'flexor-digiti-minimi-brevis-hand',
      belly(P([0.033, -0.012, 0.014]), off(mcp5, [0.004, -0.002, 0.007]), r(0.0065), {
        via: [P(between(mc(3).base, mc(3).head, 0.5, [0, -0.004, 0.012]))],
        rAM: r(0.004),
        rBM: r(0.0028),
        peak: 0.45,
        flatten: { normal: palmar, ratio: 0.65 },
      }),
      260,
    ),
    // dorsal interossei: four bipennate muscles in the spaces between the metacarpals, from the facing sides of each
    // pair to the side of a proximal phalanx and the extensor expansion (the first, between the thumb and the index,
    // fills the dorsal web; the second and third to either side of the middle finger, the fourth to the ring finger's
    // ulnar side)
    m(
      'dorsal-interossei-hand',
      [
        ...belly(P(between(THUMB.cmc, mc(0).base, 0.5, [0.008, 0, -0.003])), P(shifted(mc(0).head, [0.004, 0.007, -0.002])), r(0.0078), {
          via: [P(between(thumbMcp, mc(0).head, 0.35, [-0.012, -0.004, -0.004]))],
          rAM: r(0.0045),
          rBM: r(0.0025),
          peak: 0.45,
          flatten: { normal: dorsal, ratio: 0.6 },
          samples: 10,
        }),
        ...[0, 1, 2].flatMap((i) => {
          const side = i === 0 ? 1 : -1
          // the second and third to the middle finger's two sides, the fourth to the ring finger's ulnar side
          const finger = mc(i === 0 ? 1 : i)
          return belly(
            P(between(mc(i).base, mc(i + 1).base, 0.5, [0.006, 0, -0.003])),
            P(shifted(finger.head, [0.005, 0.0065 * side, -0.003])),
            r(0.0045),
            {
              via: [P(between(between(mc(i).base, mc(i + 1).base, 0.5), between(mc(i).head, mc(i + 1).head, 0.5), 0.5, [0, 0, -0.004]))],
              rAM: r(0.0035),
              rBM: r(0.0022),
              peak: 0.4,
              flatten: { normal: dorsal, ratio: 0.75 },
              samples: 8,
            },
          )
        }),
      ],
      800,
    ),
    // lumbricals: four slim muscles from the tendons of flexor digitorum profundus in the palm (one cord with
    // superficialis' in the model: fingerFlexorTendons), the first two from the radial sides of the index's and the
    // middle finger's, the third and fourth from the facing sides of two; each passes in front of and radial to its
    // finger's metacarpophalangeal joint to the radial side of the extensor expansion on the proximal phalanx. Built
    // after the flexor tendons, so carved beside them
    m(
      'lumbricals-hand',
      joints.fingers.flatMap((finger, i) => {
        const at = (j: number): Vec3 => itemAt(finger, j, 'finger joints')
        const shaft = normalize(sub(at(1), at(0)))
        return belly(
          f.at(0.052, itemAt(LUMBRICAL_ORIGINS_V, i, 'lumbricals'), 0.011),
          add(lerp(at(0), at(1), 0.4), add(scale(L, r(0.004)), scale(dorsal, r(0.004)))),
          r(0.0034),
          {
            via: [add(at(0), add(scale(L, r(0.0068)), add(scale(palmar, r(0.0042)), scale(shaft, r(-0.002)))))],
            rAM: r(0.002),
            rBM: r(0.0014),
            peak: 0.35,
            flatten: { normal: palmar, ratio: 0.75 },
            samples: 10,
            tendon: (t) => Math.min(1, Math.max(0, (t - 0.62) / 0.18)),
          },
        )
      }),
      520,
    ),
  ]
}

/**
 * The long flexor tendons of the fingers (flexor digitorum superficialis', with profundus' beneath them as one cord in
 * the model), from the carpal tunnel across the palm and along the front of each finger to its middle phalanx, each
 * on the palmar face of its bones.
 */
export function fingerFlexorTendons(f: HandFrame, fingers: readonly Vec3[][]): Primitive[] {
  const { lengthRatio: k, palmar: N } = f
  return fingers.flatMap((joints, i) => {
    const at = (j: number): Vec3 => itemAt(joints, j, 'finger joints')
    /** `outM` in front of the bone from joint j to j + 1, at fraction t along it. */
    const inFront = (j: number, t: number, outM: number): Vec3 => {
      const a = at(j)
      const b = at(j + 1)
      const d = normalize(sub(b, a))
      const front = normalize(sub(N, scale(d, dot(N, d))))
      return add(lerp(a, b, t), scale(front, outM * k))
    }
    const tunnel = f.at(0.03, 0.006 - 0.0065 * i, 0.013)
    return belly(tunnel, inFront(1, 0.25, 0.0058), 0.0022 * k, {
      via: [f.at(0.062, 0.009 - 0.011 * i, 0.013), add(at(0), scale(N, 0.0098 * k)), inFront(0, 0.5, 0.0068), inFront(1, 0.0, 0.006)],
      rAM: 0.0022 * k,
      rBM: 0.0016 * k,
      flatten: { normal: N, ratio: 0.6 },
      samples: 16,
      tendon: () => 1,
    })
  })
}

/**
 * Extensor digitorum's four tendons over the back of the hand and the fingers (index to little): each from `from` (its
 * end under the extensor retinaculum) over its metacarpal and the knuckle, then along the back of the proximal and
 * middle phalanges to the base of the distal phalanx. The extensor expansion (its central slip to the middle phalanx and
 * the lateral bands round it to the distal) is one flat band here. Paths and sizes are model choices.
 */
export function fingerExtensorTendons(f: HandFrame, fingers: readonly Vec3[][], from: readonly Vec3[]): Primitive[] {
  const { lengthRatio: k, palmar: N } = f
  const dorsal = scale(N, -1)
  return fingers.flatMap((joints, i) => {
    const at = (j: number): Vec3 => itemAt(joints, j, 'finger joints')
    /** `outM` behind the bone from joint j to j + 1, at fraction t along it. */
    const behind = (j: number, t: number, outM: number): Vec3 => {
      const a = at(j)
      const d = normalize(sub(at(j + 1), a))
      const back = normalize(sub(dorsal, scale(d, dot(dorsal, d))))
      return add(lerp(a, at(j + 1), t), scale(back, outM * k))
    }
    const mc = itemAt(METACARPALS, i, 'metacarpals')
    const overShaft = add(
      f.at(...(mc.base.map((v, c) => v + (mc.head[c]! - v) * 0.55) as [number, number, number])),
      scale(dorsal, 0.0078 * k),
    )
    return belly(itemAt(from, i, 'extensor tendon starts'), behind(2, 0.12, 0.006), 0.0026 * k, {
      via: [overShaft, add(at(0), scale(dorsal, 0.0098 * k)), behind(0, 0.5, 0.0066), behind(1, 0.0, 0.0078), behind(1, 0.5, 0.0064)],
      rAM: 0.0026 * k,
      rBM: 0.0017 * k,
      flatten: { normal: N, ratio: 0.5 },
      samples: 18,
      tendon: () => 1,
    })
  })
}

/** The foot's muscles, from the foot's frame (footBones.ts). */
export function footMuscles(f: FootFrame): SmallMuscleBuild[] {
  const { at: A, tuber, rays } = f
  const ray = (i: number): FootFrame['rays'][number] => itemAt(rays, i, 'metatarsals')
  const m = (id: string, prims: Primitive[], maxTriangles: number): SmallMuscleBuild => ({
    id,
    prims,
    blendM: 0.004,
    cellM: CELL_M,
    maxTriangles,
  })
  /** Tendons from the end of a belly to toes, each ending `d` from its ray's head. */
  const tendons = (from: Vec3, toes: readonly number[], d: (i: number) => Vec3, radiusM: number): Primitive[] =>
    toes.flatMap((i) => belly(from, add(ray(i).head, d(i)), radiusM, { rAM: radiusM, rBM: radiusM * 0.8, samples: 6, tendon: () => 1 }))
  const fdbEnd = A(0.012, 0.011, 0.095)
  const edbEnd = A(0.012, 0.061, 0.074)
  return [
    // abductor digiti minimi: from the lateral process of the calcaneal tuberosity along the lateral border of the
    // sole, past the tuberosity of the fifth metatarsal, to the lateral side of the base of the little toe's proximal
    // phalanx
    m(
      'abductor-digiti-minimi-foot',
      belly(add(tuber, [0.011, -0.01, 0.008]), add(ray(4).head, [0.007, -0.004, 0.012]), 0.0085, {
        via: [A(0.04, 0.013, 0.02), A(0.052, 0.013, 0.065)],
        rAM: 0.0055,
        rBM: 0.003,
        peak: 0.35,
        flatten: { normal: [1, -0.5, 0], ratio: 0.65 },
        samples: 12,
      }),
      320,
    ),
    // flexor digitorum brevis: from the medial process of the calcaneal tuberosity down the middle of the sole, under
    // the plantar aponeurosis (not modelled), its belly dividing into four tendons to the middle phalanges of the
    // lesser toes
    m(
      'flexor-digitorum-brevis',
      [
        ...belly(add(tuber, [0.0, -0.015, 0.012]), fdbEnd, 0.011, {
          via: [A(0.006, 0.011, 0.03)],
          rAM: 0.006,
          rBM: 0.005,
          peak: 0.5,
          flatten: { normal: [0, -1, 0], ratio: 0.45 },
          samples: 10,
        }),
        ...tendons(fdbEnd, [1, 2, 3, 4], () => [0, -0.008, 0.02], 0.0018),
      ],
      500,
    ),
    // extensor digitorum brevis: from the dorsolateral surface of the calcaneus in front of the lateral malleolus,
    // a fleshy belly on the lateral dorsum of the foot deep to the long extensor tendons, its four tendons to the big
    // toe (extensor hallucis brevis, to the base of its proximal phalanx) and to the long extensor tendons of toes 2-4
    m(
      'extensor-digitorum-brevis',
      [
        // from the floor of the sinus tarsi, tapering there so that the skin rises onto it without a step
        ...belly(A(0.037, 0.042, 0.01), edbEnd, 0.0098, {
          via: [A(0.031, 0.051, 0.042)],
          rAM: 0.003,
          rBM: 0.005,
          peak: 0.45,
          flatten: { normal: [0.3, 1, 0], ratio: 0.45 },
          samples: 10,
        }),
        ...[0, 1, 2, 3].flatMap((i) =>
          belly(edbEnd, add(ray(i).head, [0.001, 0.009, 0.004]), 0.0017, {
            via: [add(lerp(ray(i).base, ray(i).head, 0.45), [0.002, 0.009, 0])],
            rAM: 0.0018,
            rBM: 0.0015,
            samples: 8,
            tendon: () => 1,
          }),
        ),
      ],
      500,
    ),
  ]
}
