// The muscles, left side (mirrored for the right): every entry of MUSCLES in src/anatomy/ids.ts, shaped between its
// origin and insertion on our skeleton. Deep muscles are built first; superficial ones are laid over them (Envelope),
// so the layers never interpenetrate and the surface anatomy (trapezius diamond, latissimus wing, gluteal mass, the
// two heads of gastrocnemius) comes out of the attachments. Attachments follow standard anatomy as summarised in
// ../shared/clinical/facts.md §1 (origin/insertion lines of each entry).
import { MUSCLES, type MuscleIdentity } from '../anatomy/ids'
import { Envelope } from './envelope'
import { gapDeepToArch } from './archGap'
import { outwardSweep } from './outwardSweep'
import type { Landmarks } from './landmarkTable'
import { itemAt } from './lists'
import { spinousTip } from './landmarks'
import { CARVED_ATLAS_MUSCLE_IDS } from './carvedAtlasMuscles'
import { fibrePrimitives } from './muscleFibres'
import { fingerExtensorTendons } from './handFootMuscles'
import { handFrame, handJoints } from './handBones'
import { belly, sheet, tendonCord } from './muscleShapes'
import { ramp } from './fibres'
import { type PartOf, type Primitive, type Shape } from './sdf'
import { coronoidTip, mandibleCondyle, zygomaticArchRoot } from './skullBones'
import { transverseProcessTip, vertebralBody } from './skeleton'
import type { StructureSpec } from './structure'
import { cageSurfaceValue, ribPoint, wallPointAtAngle } from './thorax'
import { type Vec3, add, cross, distance, dot, lerp, normalize, scale, spline, sub } from './vec'

/** A muscle's field plus how finely to mesh it. */
interface MuscleBuild {
  prims: Primitive[]
  blendM?: number
  cellM?: number
  maxTriangles?: number
  /** Carved out of the field when it is meshed (not from the envelope, nor from the skin). */
  carve?: Primitive[]
  /** What the skin is wrapped over in the muscle's stead (StructureSpec.skinStandIn); by default its own primitives. */
  skinStandIn?: Primitive[]
}

/** Trapezius is one sheet in three atlas muscles: meshed as parts of one field, so they meet flush (sdf.ts PartOf). */
const TRAPEZIUS_PARTS: readonly string[] = ['upper-trapezius', 'middle-trapezius', 'lower-trapezius']

/** How far the copy of sternalis the skin is wrapped over is sunk into pectoralis major (m): deep enough that the skin
 * shows no ridge over the strip, shallow enough that the skin still lies about 1 mm over the strip itself (which is
 * covered again once the skin is meshed, skinCover.ts; docs/MODEL.md, "Sternalis: not in the skin's shape"). */
const STERNALIS_SKIN_SINK_M = 0.0025

/** A muscle's own field (its primitives' smooth union), before carving or cutting into parts. */
const unionOf = (b: MuscleBuild): Shape => ({ prims: b.prims, blendM: b.blendM ?? 0.008 })

const SP = (level: string, dz = 0): Vec3 => add(spinousTip(level), [0, 0, dz])
/** How far middle and lower trapezius arise across the midline (toward the other side), so that the two sides'
 * aponeuroses meet over the spinous processes instead of leaving a groove the tips show through. */
const TRAPEZIUS_MIDLINE_OVERLAP: Vec3 = [-0.003, 0, 0]
const TP = transverseProcessTip
const trunkOut = (p: Vec3): Vec3 => normalize([p[0], 0, p[2] + 0.005])

/** Pectoralis major's fibre centrelines lie this far outside the rib centreline surface, so that its deep face
 * clears the ribs and intercostal spaces rather than sinking between them. */
const PEC_WALL_OFFSET_M = 0.017

/** Deltoid fibres drape over a sphere of this radius round the glenohumeral joint: the humeral head (about 24 mm) and
 * its greater tubercle, the rotator cuff tendons and half the deltoid's thickness. Model choice. */
const DELTOID_DRAPE_M = 0.04

/** Where fibularis longus' belly ends, as a fraction of the way from the fibular head to the lateral malleolus: it arises
 * from the upper two thirds of the fibula and becomes its tendon below (ANAT). Model choice within that. */
const FIBULARIS_LONGUS_BELLY_END = 0.62
/** How far above the belly's end (same fraction) fibularis longus' tendon begins, inside the belly. */
const FIBULARIS_LONGUS_TENDON_OVERLAP = 0.08

/** Mesh settings of a muscle with a narrow tendon: a finer grid than the default 4 mm, which meshes the tendon as a row
 * of beads, and the triangles that grid needs. */
const NARROW_TENDON_MESH = { cellM: 0.0025, maxTriangles: 1600 } as const

/** Lay a point on the chest wall (rib centreline surface) along its radial direction, `outM` outside it. */
function onCage(p: Vec3, outM: number): Vec3 {
  const phi = Math.atan2(p[0], -(p[2] - 0.0))
  return wallPointAtAngle(p[1], phi, outM)
}

// Muscle colours (linear RGB): one muscle-red family, as in anatomy atlases, with small per-muscle variations so that
// neighbours can still be told apart; deep muscles a little darker. Model choices.
const SUPERFICIAL_TINTS: readonly [number, number, number][] = [
  [0.56, 0.085, 0.072],
  [0.6, 0.1, 0.085],
  [0.52, 0.075, 0.078],
  [0.58, 0.115, 0.095],
  [0.54, 0.095, 0.07],
  [0.62, 0.09, 0.088],
]
const DEEP_TINTS: readonly [number, number, number][] = [
  [0.42, 0.062, 0.056],
  [0.46, 0.078, 0.062],
  [0.4, 0.058, 0.062],
  [0.44, 0.082, 0.07],
]

/** The three parts of trapezius share one hue, graded, so the diamond reads as one muscle of three parts. */
const TRAPEZIUS_TINTS: Record<string, readonly [number, number, number]> = {
  'upper-trapezius': [0.5, 0.07, 0.085],
  'middle-trapezius': [0.46, 0.062, 0.08],
  'lower-trapezius': [0.42, 0.056, 0.076],
}

/**
 * Neighbours on the back that must not share a tint, so that a student can tell them apart at a glance without
 * outlines: trapezius darker and cooler, latissimus lighter and warmer, the rotator cuff rosier.
 */
const DISTINCT_TINTS: Record<string, readonly [number, number, number]> = {
  'latissimus-dorsi': [0.74, 0.2, 0.15],
  infraspinatus: [0.55, 0.1, 0.14],
  'teres-major': [0.64, 0.15, 0.11],
  'gluteus-maximus': [0.56, 0.085, 0.075],
  'gluteus-medius': [0.74, 0.19, 0.14],
  gastrocnemius: [0.64, 0.12, 0.09],
  deltoid: [0.64, 0.115, 0.1],
  'triceps-brachii': [0.5, 0.085, 0.08],
  hamstrings: [0.56, 0.1, 0.08],
  'pectoralis-major': [0.62, 0.105, 0.09],
}

export function muscleColour(m: MuscleIdentity): readonly [number, number, number] {
  const named = TRAPEZIUS_TINTS[m.id] ?? DISTINCT_TINTS[m.id]
  if (named) return named
  const i = MUSCLES.findIndex((x) => x.id === m.id)
  const tints = m.layer === 'superficial' ? SUPERFICIAL_TINTS : DEEP_TINTS
  return itemAt(tints, i % tints.length, `tints (muscle "${m.id}" is not in MUSCLES)`)
}

/**
 * Build every muscle. `under` is the envelope of the skeleton: deep muscles are added to it as they are built, and
 * superficial muscles are laid over it.
 */
export function buildMuscles(lm: Landmarks, under: Envelope): StructureSpec[] {
  const L = (id: string): Vec3 => lm.at(id, 'left')
  const gh = L('glenohumeral-joint')
  const elbow = L('elbow-joint')
  const wrist = L('wrist-joint')
  const armDir = normalize(sub(elbow, gh))
  const foreDir = normalize(sub(wrist, elbow))
  const armLat = normalize(cross(armDir, [0, 0, -1]))
  const foreLat = normalize(cross(foreDir, [0, 0, -1]))
  const onArm = (t: number, lat: number, ant: number): Vec3 => add(add(lerp(gh, elbow, t), scale(armLat, lat)), [0, 0, ant])
  const onFore = (t: number, lat: number, ant: number): Vec3 => add(add(lerp(elbow, wrist, t), scale(foreLat, lat)), [0, 0, ant])
  // out of the shoulder: from a point below the middle of the joint above it, square to the arm below it (so that what
  // is laid over the arm is pushed off the arm, not down along it)
  const fromAxis = (p: Vec3, top: Vec3): Vec3 => sub(p, add(top, scale(armDir, Math.max(0, dot(sub(p, top), armDir)))))
  const fromHumerus = (p: Vec3): Vec3 => fromAxis(p, gh)
  const shoulderOut = (p: Vec3): Vec3 => normalize(fromAxis(p, add(gh, [-0.02, -0.03, 0])))
  const neckOut = (p: Vec3): Vec3 => {
    const lateral = Math.min(Math.max((p[0] - 0.045) / 0.07, 0), 1)
    return normalize([p[0] * 1.2, 0.15 + lateral * 0.9, (p[2] + 0.01) * 1.2 - 0.01])
  }
  const acr = L('acromion')
  const sup = L('superior-angle-of-scapula')
  const root = L('root-of-scapular-spine')
  const inf = L('inferior-angle-of-scapula')
  const spineMid = L('scapular-spine-midpoint')
  const glen = L('glenoid')
  const gt = L('greater-tubercle')
  const cor = L('coracoid-process')
  const sc = L('sternoclavicular-joint')
  const clavMid = L('clavicle-midpoint')
  const ac: Vec3 = add(acr, [-0.014, 0.008, 0.012])
  const eop = L('external-occipital-protuberance')
  const mast = L('mastoid-process')
  const hip = L('hip-joint')
  const gtr = L('greater-trochanter')
  const knee = L('knee-joint')
  const ankle = L('ankle-joint')
  const crest = L('iliac-crest')
  const asis = L('asis')
  const psis = L('psis')
  const isch = L('ischial-tuberosity')
  const patella = L('patella')
  const heel = L('calcaneus')
  const c1tp: Vec3 = add(TP('C2'), [0.012, 0.018, 0.002])
  const intertubercularGroove: Vec3 = add(gh, [0.018, -0.05, 0.018])

  const built = new Map<string, MuscleBuild>()
  const deepEnv = under
  const add2 = (id: string, b: MuscleBuild, addToEnvelope: boolean): void => {
    built.set(id, b)
    if (addToEnvelope) deepEnv.add(unionOf(b))
  }

  // ---------------- deep layer: spine and neck ----------------
  add2(
    'multifidus',
    {
      prims: belly(add(L('sacrum-s2'), [0.016, -0.02, 0.012]), add(SP('C2', 0.02), [0.014, 0, 0]), 0.014, {
        via: [
          add(SP('L4', 0.022), [0.02, 0, 0]),
          add(SP('L1', 0.024), [0.019, 0, 0]),
          add(SP('T9', 0.024), [0.017, 0, 0]),
          add(SP('T4', 0.026), [0.016, 0, 0]),
          add(SP('C7', 0.026), [0.015, 0, 0]),
        ],
        rAM: 0.012,
        rBM: 0.006,
        peak: 0.15,
        samples: 16,
      }),
    },
    true,
  )
  // Longissimus thoracis and iliocostalis thoracis thin toward the upper thorax, where the rhomboids lie on them:
  // longissimus runs 8 mm behind the T6 transverse process, iliocostalis thoracis is 7 mm thick. Longissimus is laid
  // as 28 capsules about 2 cm long: with half as many, longer capsules each joint of the chain stands out as a knob
  // under the back's skin (backSkinRelief.test.ts). Model choices.
  add2(
    'longissimus-thoracis',
    {
      prims: belly(add(L('sacrum-s2'), [0.03, 0.0, 0.0]), add(TP('T1'), [0.004, 0.01, -0.01]), 0.02, {
        via: [add(TP('L3'), [-0.01, 0, -0.025]), add(TP('T12'), [-0.004, 0, -0.022]), add(TP('T6'), [0.0, 0, -0.008])],
        rAM: 0.01,
        rBM: 0.005,
        peak: 0.3,
        samples: 28,
      }),
    },
    true,
  )
  add2(
    'iliocostalis-lumborum',
    {
      prims: belly(add(psis, [0.012, 0.02, 0.004]), add(ribPoint(6, 0.16 * Math.PI), [0, 0, -0.008]), 0.019, {
        via: [
          add(TP('L3'), [0.01, 0, -0.02]),
          add(ribPoint(12, 0.12 * Math.PI), [0.0, 0, -0.014]),
          add(ribPoint(9, 0.15 * Math.PI), [0, 0, -0.012]),
        ],
        rAM: 0.01,
        rBM: 0.005,
        peak: 0.3,
        samples: 14,
      }),
    },
    true,
  )
  add2(
    'iliocostalis-thoracis',
    {
      prims: belly(add(ribPoint(12, 0.13 * Math.PI), [0, 0.01, -0.02]), add(TP('C7'), [0.005, 0, -0.006]), 0.007, {
        via: [
          add(ribPoint(9, 0.16 * Math.PI), [0, 0, -0.02]),
          add(ribPoint(5, 0.15 * Math.PI), [0, 0, -0.014]),
          add(ribPoint(2, 0.2 * Math.PI), [0, 0, -0.012]),
        ],
        rAM: 0.006,
        rBM: 0.004,
        peak: 0.45,
        samples: 14,
      }),
    },
    true,
  )
  add2(
    'quadratus-lumborum',
    {
      prims: sheet(
        [add(crest, [-0.06, -0.01, -0.028]), add(crest, [-0.025, -0.005, -0.02])],
        [add(TP('L2'), [0.002, 0, 0.012]), add(ribPoint(12, 0.22 * Math.PI), [-0.01, -0.01, 0.012])],
        { fibres: 5, thicknessM: 0.016, outward: () => [0, 0, -1], steps: 6 },
      ),
    },
    true,
  )
  // Iliopsoas: psoas major from the T12-L5 vertebral bodies down beside the lumbar spine and along the pelvic brim,
  // iliacus from the iliac fossa; together under the inguinal ligament over the front of the hip joint, in the
  // floor of the femoral triangle lateral to pectineus, and back in front of the femoral neck to the lesser
  // trochanter (facts.md §31). Model choices.
  add2(
    'iliopsoas',
    {
      prims: [
        ...belly(add(vertebralBody('T12'), [0.022, 0, 0.004]), add(hip, [-0.018, -0.07, -0.008]), 0.024, {
          via: [
            add(vertebralBody('L3'), [0.036, 0, 0.006]),
            add(vertebralBody('L5'), [0.05, -0.01, 0.012]),
            [0.07, 0.94, 0.05],
            // over the front of the hip joint, then down in front of the femoral neck toward the lesser trochanter
            [0.08, 0.895, 0.042],
            [0.086, 0.872, 0.034],
          ],
          rAM: 0.012,
          rBM: 0.01,
          peak: 0.5,
          samples: 14,
        }),
        ...sheet(
          [add(crest, [-0.025, -0.02, 0.02]), add(lerp(crest, asis, 0.5), [-0.022, -0.015, 0.01]), add(asis, [-0.018, -0.008, -0.012])],
          [
            [0.07, 0.935, 0.045],
            [0.073, 0.925, 0.045],
            [0.076, 0.915, 0.045],
          ],
          { fibres: 5, thicknessM: 0.016, outward: () => [-1, 0, 0.3], steps: 6 },
        ),
      ],
      blendM: 0.012,
    },
    true,
  )
  add2(
    'suboccipitals',
    {
      prims: [
        ...belly(SP('C2', 0.004), add(eop, [0.03, -0.022, 0.02]), 0.007, { rAM: 0.004, rBM: 0.004 }),
        ...belly(add(SP('C2', 0.015), [0, 0.022, 0.008]), add(eop, [0.012, -0.02, 0.016]), 0.005, { rAM: 0.003, rBM: 0.003 }),
        ...belly(SP('C2', 0.004), c1tp, 0.007, { rAM: 0.004, rBM: 0.004 }),
        ...belly(c1tp, add(eop, [0.045, -0.018, 0.035]), 0.006, { rAM: 0.004, rBM: 0.004 }),
      ],
      blendM: 0.004,
      cellM: 0.0025,
    },
    true,
  )
  // Semispinalis capitis: from the transverse processes of the upper thoracic and lower cervical vertebrae up beside
  // the spinous processes to the occiput between the nuchal lines; the thick strap of the back of the neck, over
  // multifidus and the suboccipital muscles and under splenius and trapezius (ANAT has no entry; NA-X). Model choices.
  add2(
    'semispinalis-capitis',
    {
      prims: belly(add(TP('T5'), [-0.014, 0, -0.013]), add(eop, [0.022, -0.014, 0.006]), 0.012, {
        via: [
          add(TP('T2'), [-0.015, 0, -0.014]),
          add(TP('C7'), [-0.008, 0, -0.013]),
          add(TP('C5'), [-0.007, 0, -0.027]),
          add(TP('C3'), [-0.006, 0, -0.031]),
          add(eop, [0.022, -0.044, 0.024]),
        ],
        rAM: 0.004,
        rBM: 0.006,
        peak: 0.62,
        samples: 14,
        flatten: { normal: [0.25, 0, -1], ratio: 0.6 },
      }),
    },
    true,
  )
  add2(
    'splenius-cervicis',
    {
      prims: sheet([SP('T3', 0.008), SP('T6', 0.008)], [c1tp, add(TP('C3'), [0.002, 0, -0.004])], {
        fibres: 4,
        thicknessM: 0.006,
        outward: trunkOut,
        over: under,
        steps: 8,
      }),
    },
    true,
  )
  add2(
    'splenius-capitis',
    {
      prims: sheet(
        [add(SP('C3'), [0, 0, 0.006]), add(SP('C6'), [0, 0, 0.006]), SP('T1', 0.006), SP('T3', 0.008)],
        // onto the lateral part of the superior nuchal line and the mastoid, deep and lateral to trapezius' attachment
        // on its medial third (ANAT)
        [
          add(eop, [0.041, -0.014, 0.018]),
          add(eop, [0.045, -0.01, 0.028]),
          add(mast, [-0.004, 0.012, -0.008]),
          add(mast, [0, 0.004, 0.002]),
        ],
        { fibres: 6, thicknessM: 0.008, outward: neckOut, over: under, steps: 8 },
      ),
    },
    true,
  )
  add2(
    'levator-scapulae',
    {
      prims: belly(lerp(c1tp, TP('C4'), 0.4), add(sup, [0.004, 0.008, -0.002]), 0.011, {
        // at mid-neck beside splenius and behind the scalenes, so that trapezius' anterior border passes behind it
        // and it comes out from under that border at the angle of the neck (further out, it would hold trapezius out on
        // the side of the neck, and the neck would run as a tent from the ears to the shoulders)
        via: [add(TP('C5'), [0.01, 0.0, -0.022])],
        rAM: 0.007,
        rBM: 0.006,
        peak: 0.5,
        flatten: { normal: [0.3, 0.2, -1], ratio: 0.7 },
      }),
    },
    true,
  )
  add2(
    'scalenes',
    {
      prims: [
        ...belly(add(TP('C4'), [0, 0, 0.014]), ribPoint(1, 0.78 * Math.PI), 0.008, {
          via: [add(TP('C6'), [0.01, 0, 0.016])],
          rAM: 0.004,
          rBM: 0.005,
        }),
        ...belly(add(TP('C3'), [0, 0, 0.004]), ribPoint(1, 0.55 * Math.PI), 0.009, {
          via: [add(TP('C6'), [0.016, 0, 0.004])],
          rAM: 0.004,
          rBM: 0.006,
        }),
        ...belly(add(TP('C5'), [0, 0, -0.002]), ribPoint(2, 0.4 * Math.PI), 0.007, {
          via: [add(TP('C7'), [0.018, 0, 0])],
          rAM: 0.004,
          rBM: 0.005,
        }),
      ],
      blendM: 0.004,
    },
    true,
  )

  // ---------------- deep layer: shoulder girdle ----------------
  const scapNormal: Vec3 = normalize([0.3, 0.05, -1])
  add2(
    'subscapularis',
    {
      prims: sheet(
        [
          add(sup, [0.004, -0.004, 0.012]),
          add(root, [0.006, 0, 0.012]),
          add(lerp(root, inf, 0.5), [0.008, 0, 0.012]),
          add(inf, [0.008, 0.01, 0.012]),
        ],
        [add(gh, [0.01, 0.004, 0.03]), add(gh, [0.012, -0.012, 0.03])],
        { fibres: 6, thicknessM: 0.014, outward: () => [-scapNormal[0], -scapNormal[1], -scapNormal[2]], steps: 7 },
      ),
    },
    true,
  )
  add2(
    'serratus-anterior',
    {
      prims: sheet(
        [1, 2, 3, 4, 5, 6, 7, 8, 9].map((k) => onCage(ribPoint(k, (0.66 - k * 0.004) * Math.PI), 0.004)),
        [
          add(sup, [0.004, 0, 0.016]),
          add(root, [0.006, 0, 0.016]),
          add(lerp(root, inf, 0.5), [0.008, 0, 0.016]),
          add(inf, [0.006, 0.004, 0.012]),
        ],
        {
          fibres: 9,
          thicknessM: 0.008,
          outward: trunkOut,
          steps: 8,
          path: (o, i, t) => onCage(lerp(o, i, t), 0.004 + 0.006 * Math.sin(Math.PI * t)),
          thicknessAcross: (f) => 0.7 + 0.5 * f,
        },
      ),
    },
    true,
  )
  add2(
    'pectoralis-minor',
    {
      prims: sheet(
        [3, 4, 5].map((k) => onCage(ribPoint(k, 0.82 * Math.PI), 0.003)),
        [add(cor, [-0.004, -0.004, -0.004]), add(cor, [0.0, -0.008, -0.002])],
        {
          fibres: 4,
          thicknessM: 0.009,
          outward: trunkOut,
          steps: 7,
          path: (o, i, t) => (t < 0.8 ? onCage(lerp(o, i, t), 0.008) : lerp(o, i, t)),
        },
      ),
    },
    true,
  )
  add2(
    'supraspinatus',
    {
      prims: belly(add(root, [0.004, 0.02, 0.004]), add(gt, [-0.004, 0.012, 0.004]), 0.013, {
        via: [add(lerp(root, acr, 0.45), [0, 0.02, 0.004]), add(acr, [-0.028, -0.012, 0.014])],
        rAM: 0.008,
        rBM: 0.005,
        peak: 0.35,
        flatten: { normal: [0, 1, -0.4], ratio: 0.75 },
      }),
    },
    true,
  )
  // Serratus posterior superior: a thin sheet from the spinous processes of C7-T2 running down and laterally to the
  // upper borders of ribs 2-5 just lateral to their angles, over the erector spinae and under the rhomboids
  // (ANAT; thickness after HUNG, about 2-4 mm). Model choices.
  add2(
    'serratus-posterior-superior',
    {
      prims: sheet(
        [SP('C7', 0.02), SP('T1', 0.02), SP('T2', 0.022)],
        [2, 3, 4, 5].map((k) => onCage(ribPoint(k, (0.17 + 0.012 * k) * Math.PI), 0.008)),
        { fibres: 6, thicknessM: 0.0035, outward: trunkOut, over: under, steps: 8, clearanceM: 0.0008, reachOutM: 0.02 },
      ),
      blendM: 0.003,
      cellM: 0.0025,
    },
    true,
  )
  // The rhomboids lie on the erector spinae between the spines and the medial border of the scapula: below the T3
  // spinous tip and away from the midline their fibres may be lifted up to 4 cm off their straight course onto the
  // erector spinae (above, and over the spines, 8 mm, so that they stay under the trapezius' aponeurosis). Laid fibre
  // by fibre, neighbouring fibres settle at different depths over the erector spinae's capsules and the sheet meshes
  // thicker than it is (backMuscleThickness.test.ts): two passes of smoothing even them out. The passes do not lift the
  // sheet back off what lies beneath: lifted, two passes leave it as thick, and four move it and the interscapular
  // skin 4-5 mm back, against the measured depths. The erector spinae are trimmed where they poke through it instead
  // (below). Model choices.
  add2(
    'rhomboids',
    {
      prims: sheet(
        [SP('C7', 0.016), SP('T1', 0.016), SP('T3', 0.017), SP('T5', 0.018)],
        [add(sup, [0, 0, 0]), add(root, [0.0, 0, 0]), add(lerp(root, inf, 0.5), [0.0, 0, 0]), add(inf, [0.0, 0.01, 0])],
        {
          fibres: 7,
          thicknessM: 0.003,
          outward: trunkOut,
          over: under,
          steps: 7,
          reachOutM: (p) => (p[1] > spinousTip('T3')[1] || Math.abs(p[0]) < 0.015 ? 0.008 : 0.04),
          smooth: { passes: 2, along: 0.5, across: 0.5, lift: false },
        },
      ),
      blendM: 0.004,
      cellM: 0.0025,
    },
    true,
  )
  // The erector spinae and serratus posterior superior lie deep to the rhomboids. The model's erector spinae are tubes
  // whose surface is not smooth under a 3 mm sheet, so they are trimmed from the rhomboids' inner face outward (3 cm,
  // straight back and along the trunk's outward direction) wherever they poke through it; the skin and the layers laid
  // over them keep the uncarved fields. Model choices.
  const rhomboidShape: Shape = { prims: built.get('rhomboids')!.prims, blendM: 0.004 }
  const overRhomboids = [outwardSweep(rhomboidShape, trunkOut, 0.03, 0.001), outwardSweep(rhomboidShape, () => [0, 0, -1], 0.03, 0.001)]
  for (const id of ['longissimus-thoracis', 'iliocostalis-thoracis', 'iliocostalis-lumborum', 'serratus-posterior-superior']) {
    const b = built.get(id)!
    b.carve = [...(b.carve ?? []), ...overRhomboids]
  }

  // ---------------- superficial layer over the scapula ----------------
  add2(
    'infraspinatus',
    {
      prims: sheet(
        [
          add(root, [0.01, -0.012, -0.002]),
          add(lerp(root, inf, 0.5), [0.01, 0, -0.002]),
          add(inf, [0.008, 0.012, -0.002]),
          add(lerp(inf, glen, 0.25), [-0.002, 0.004, -0.002]),
        ],
        [add(gt, [-0.006, -0.006, -0.02]), add(gt, [-0.008, -0.014, -0.02]), add(gt, [-0.01, -0.02, -0.018])],
        {
          fibres: 16,
          thicknessM: 0.018,
          outward: (p) => normalize(add(scale(scapNormal, 1), [p[0] > 0.15 ? 0.4 : 0, 0, 0])),
          over: under,
          steps: 8,
          overlap: 0.8,
          // full from the spine down over the fossa, thinning to its lower border and, under the deltoid, into its tendon
          thicknessAcross: (f) => 1 - 0.3 * ramp(f, 0.7, 1),
          thicknessAlong: (t) => (0.45 + 0.55 * Math.sin(Math.PI * t)) * (1 - 0.3 * ramp(t, 0.65, 1)),
        },
      ),
    },
    true,
  )
  add2(
    'teres-minor',
    {
      prims: belly(add(lerp(inf, glen, 0.45), [0.01, 0, -0.008]), add(gt, [-0.006, -0.024, -0.016]), 0.01, { rAM: 0.006, rBM: 0.005 }),
    },
    true,
  )
  // Teres major arises from the oval area on the dorsal surface of the inferior angle (ANAT) and is flattened along its
  // length against the blade: as a round belly it stood 1.4 cm proud of infraspinatus, and latissimus and the skin over
  // it made a ledge across the inferior angle, dark underneath when seen from behind.
  add2(
    'teres-major',
    {
      prims: belly(add(inf, [0.006, 0.002, -0.004]), add(intertubercularGroove, [-0.006, 0, -0.004]), 0.015, {
        via: [add(lerp(inf, gh, 0.45), [0.002, -0.022, -0.016])],
        rAM: 0.01,
        rBM: 0.006,
        peak: 0.4,
        flatten: { normal: scapNormal, ratio: 0.6 },
      }),
    },
    true,
  )

  // ---------------- arm and forearm ----------------
  const radialTuberosity = add(onFore(0.12, 0.012, 0.004), [0, 0, 0])
  add2(
    'biceps-brachii',
    {
      prims: [
        // the belly ends a few centimetres above the elbow in a flat tendon that dives into the cubital fossa to the
        // radial tuberosity (the belly used to run on to the tuberosity and end out of sight under the forearm muscles)
        ...belly(add(cor, [0.004, -0.006, 0.004]), onArm(0.88, 0.003, 0.03), 0.021, {
          via: [onArm(0.35, 0.006, 0.03), onArm(0.68, 0.004, 0.034)],
          rAM: 0.005,
          rBM: 0.006,
          peak: 0.6,
          flatten: { normal: [0, 0, 1], ratio: 0.85 },
        }),
        ...tendonCord(onArm(0.84, 0.003, 0.031), radialTuberosity, {
          via: [onArm(0.97, 0.002, 0.024)],
          halfWidthM: 0.0055,
          endHalfWidthM: 0.0045,
          peak: 0.1,
          normal: [0, 0, 1],
          ratio: 0.6,
        }),
        // the bicipital aponeurosis (lacertus fibrosus): a flat band from the medial side of the tendon, widening as it
        // runs down and medially over the common flexor origin into the fascia of the forearm's flexors (a model choice
        // of width and length after standard anatomy)
        ...tendonCord(onArm(0.9, -0.002, 0.034), onFore(0.17, -0.034, 0.038), {
          via: [onFore(0.03, -0.016, 0.042)],
          startHalfWidthM: 0.004,
          halfWidthM: 0.009,
          endHalfWidthM: 0.012,
          peak: 0.7,
          normal: [0, 0, 1],
          ratio: 0.15,
        }),
        // the long head, out of the intertubercular groove, runs down beside the short head (lateral to it) and joins
        // it below the middle of the arm (it used to end in a blob under the short head at mid-arm)
        ...belly(add(glen, [0.004, 0.024, 0.004]), onArm(0.62, 0.008, 0.034), 0.012, {
          via: [add(gh, [0.024, -0.01, 0.022]), onArm(0.32, 0.021, 0.031)],
          rAM: 0.003,
          rBM: 0.01,
          peak: 0.6,
          flatten: { normal: [0, 0, 1], ratio: 0.85 },
        }),
      ],
      blendM: 0.01,
    },
    true,
  )
  // Triceps: three heads on the back of the arm that join a broad, flat common tendon over the lower third, which
  // narrows onto the olecranon (the heads stopped bluntly at the elbow, with no tendon to it). The long head from
  // below the glenoid, the lateral head from the upper back of the humerus, the medial head deep to both over the
  // lower half, reaching out to both epicondylar ridges. Paths and widths are model choices.
  add2(
    'triceps-brachii',
    {
      prims: [
        // long head
        ...belly(add(glen, [0.002, -0.026, -0.008]), onArm(0.8, -0.008, -0.034), 0.022, {
          via: [onArm(0.3, -0.01, -0.03), onArm(0.58, -0.008, -0.036)],
          rAM: 0.006,
          rBM: 0.008,
          peak: 0.45,
          flatten: { normal: [0, 0, -1], ratio: 0.8 },
        }),
        // lateral head
        ...belly(onArm(0.12, 0.016, -0.02), onArm(0.78, 0.01, -0.034), 0.018, {
          via: [onArm(0.45, 0.024, -0.028)],
          rAM: 0.006,
          rBM: 0.008,
          peak: 0.45,
        }),
        // medial head: wide and flat on the back of the lower humerus, out to both epicondylar ridges
        ...belly(onArm(0.42, -0.004, -0.02), add(L('olecranon'), [0, 0.022, 0.0]), 0.026, {
          via: [onArm(0.7, 0, -0.022)],
          rAM: 0.008,
          rBM: 0.014,
          peak: 0.6,
          flatten: { normal: [0, 0, -1], ratio: 0.55 },
        }),
        // the common tendon: a broad sheet on the back of the heads' lower parts, narrowing onto the olecranon
        ...tendonCord(onArm(0.66, 0, -0.042), add(L('olecranon'), [0, 0.006, -0.002]), {
          via: [onArm(0.84, 0, -0.04)],
          startHalfWidthM: 0.016,
          halfWidthM: 0.02,
          endHalfWidthM: 0.012,
          peak: 0.3,
          normal: [0, 0, -1],
          ratio: 0.22,
        }),
      ],
      blendM: 0.012,
    },
    true,
  )
  const lat = L('lateral-epicondyle')
  // Wrist extensors: the radial extensors (longus and brevis) from the lateral supracondylar ridge and the common
  // extensor origin, their bellies (one here) ending about the middle of the forearm, and extensor carpi ulnaris along the back
  // of the ulna to its lower quarter; then flat pale tendons down the back of the radius and beside the ulna's head to
  // the bases of the metacarpals (ANAT). Where each belly ends is a model choice within that.
  add2(
    'wrist-extensors',
    {
      prims: [
        ...belly(add(lat, [0.002, 0.04, 0.002]), onFore(0.58, 0.027, -0.005), 0.015, {
          via: [onFore(0.18, 0.03, 0.002)],
          rAM: 0.006,
          rBM: 0.005,
          peak: 0.42,
          samples: 12,
        }),
        ...tendonCord(onFore(0.5, 0.027, -0.006), onFore(1.08, 0.012, -0.01), {
          via: [onFore(0.8, 0.022, -0.012)],
          halfWidthM: 0.0055,
          endHalfWidthM: 0.005,
          peak: 0.5,
          normal: normalize(add(scale(foreLat, 0.5), [0, 0, -1])),
          ratio: 0.45,
          samples: 12,
        }),
        ...belly(add(lat, [-0.004, -0.004, -0.01]), onFore(0.78, -0.024, -0.016), 0.009, {
          via: [onFore(0.35, -0.016, -0.02)],
          rAM: 0.005,
          rBM: 0.004,
          peak: 0.4,
          samples: 12,
        }),
        ...tendonCord(onFore(0.7, -0.024, -0.016), onFore(1.08, -0.026, -0.012), {
          halfWidthM: 0.0035,
          endHalfWidthM: 0.0035,
          peak: 0.5,
          normal: normalize(add(scale(foreLat, -0.5), [0, 0, -1])),
          ratio: 0.7,
        }),
      ],
      blendM: 0.004,
      ...NARROW_TENDON_MESH,
    },
    true,
  )
  add2(
    'extensor-digitorum',
    {
      prims: [
        // its belly to the lower third of the forearm, then its four tendons side by side under the extensor
        // retinaculum (one flat band here) before they part over the back of the hand
        ...belly(add(lat, [-0.002, -0.006, -0.008]), onFore(0.72, 0.004, -0.02), 0.011, {
          via: [onFore(0.3, 0.012, -0.018)],
          rAM: 0.005,
          rBM: 0.005,
          peak: 0.45,
          samples: 12,
        }),
        ...tendonCord(onFore(0.64, 0.005, -0.02), onFore(1.05, 0.0, -0.018), {
          halfWidthM: 0.0065,
          endHalfWidthM: 0.0075,
          peak: 0.5,
          normal: [0, 0, -1],
          ratio: 0.35,
        }),
        // then over the back of the hand and along each finger (handFootMuscles.ts)
        ...fingerExtensorTendons(
          handFrame(wrist, L('fingertip')),
          handJoints(wrist, L('fingertip')).fingers,
          [0.024, 0.008, -0.008, -0.022].map((o) => onFore(1.05, o * 0.5, -0.018)),
        ),
      ],
      blendM: 0.004,
      // fine enough for the tendons on the fingers (about 2.5 mm thick)
      cellM: 0.002,
      maxTriangles: 1800,
    },
    true,
  )
  // Supinator: a deep sheet from the lateral epicondyle (with the radial collateral and annular ligaments) and the
  // supinator crest of the ulna, wrapping behind and round the lateral side of the upper radius to its lateral and
  // anterior surfaces above the oblique line (upper third). Each fibre is laid round the radius' axis (angle and
  // height interpolated), so the sheet hugs the bone the way the muscle does; almost all of it lies under the
  // extensors and brachioradialis. Model choices after ANAT.
  const radTop: Vec3 = add(elbow, [0.02, -0.018, 0.002])
  const radAxis = (s: number): Vec3 => lerp(radTop, L('radial-styloid'), s)
  const radLen = distance(radTop, L('radial-styloid'))
  const radDir = normalize(sub(L('radial-styloid'), radTop))
  const aroundRadius = (p: Vec3): { s: number; theta: number; r: number } => {
    const d = sub(p, radTop)
    const s = (d[0] * radDir[0] + d[1] * radDir[1] + d[2] * radDir[2]) / radLen
    const q = sub(p, radAxis(s))
    return { s, theta: Math.atan2(q[0], q[2]), r: Math.hypot(q[0], q[2]) }
  }
  const SUP_WRAP_M = 0.0125
  const supinatorCrest: Vec3 = add(elbow, [-0.004, -0.036, -0.014])
  add2(
    'supinator',
    {
      prims: sheet(
        [add(lat, [-0.004, -0.01, -0.002]), add(elbow, [0.016, -0.012, -0.014]), supinatorCrest],
        [radAxis(0.07), radAxis(0.2), radAxis(0.33)].map((c) => add(c, scale(normalize([0.45, 0, 0.89]), SUP_WRAP_M))),
        {
          fibres: 7,
          thicknessM: 0.0075,
          steps: 10,
          overlap: 0.8,
          outward: (p) => {
            const a = aroundRadius(p)
            return normalize([Math.sin(a.theta), 0, Math.cos(a.theta)])
          },
          path: (o, i, t) => {
            const a = aroundRadius(o)
            const b = aroundRadius(i)
            // the long way round: from behind (theta near +/-pi) through lateral (pi/2) to the front (theta near 0)
            const thetaA = a.theta < b.theta ? a.theta + 2 * Math.PI : a.theta
            const hug = Math.min(1, t / 0.3)
            const r = a.r + (SUP_WRAP_M - a.r) * (hug * hug * (3 - 2 * hug))
            const theta = thetaA + (b.theta - thetaA) * t
            const c = radAxis(a.s + (b.s - a.s) * t)
            return [c[0] + r * Math.sin(theta), c[1], c[2] + r * Math.cos(theta)]
          },
          thicknessAlong: (t) => 0.55 + 0.45 * Math.sin(Math.PI * Math.min(1, t * 1.1)),
        },
      ),
      blendM: 0.004,
      cellM: 0.0025,
    },
    true,
  )
  // Brachioradialis: upper two thirds of the lateral supracondylar ridge (and the lateral intermuscular septum) to
  // the base of the radial styloid; the fleshy lateral border of the forearm's front, a flat tendon in its lower half
  add2(
    'brachioradialis',
    {
      prims: [
        ...belly(onArm(0.66, 0.021, -0.002), onFore(0.55, 0.031, 0.018), 0.014, {
          via: [onArm(0.92, 0.035, 0.012), onFore(0.2, 0.036, 0.022)],
          rAM: 0.006,
          rBM: 0.005,
          peak: 0.45,
          flatten: { normal: [0.6, 0, 1], ratio: 0.7 },
          samples: 12,
        }),
        ...tendonCord(onFore(0.47, 0.032, 0.019), add(L('radial-styloid'), [-0.004, 0.01, 0.006]), {
          via: [onFore(0.78, 0.03, 0.012)],
          halfWidthM: 0.0055,
          endHalfWidthM: 0.0045,
          peak: 0.4,
          normal: [0.6, 0, 1],
          ratio: 0.45,
        }),
      ],
      blendM: 0.004,
      ...NARROW_TENDON_MESH,
    },
    true,
  )
  // Anconeus: a small triangle behind the elbow, from the back of the lateral epicondyle to the lateral side of the
  // olecranon and the upper quarter of the back of the ulna, continuing the line of triceps' medial head
  add2(
    'anconeus',
    {
      prims: sheet(
        [add(lat, [-0.004, 0.0, -0.009]), add(lat, [-0.005, -0.008, -0.011])],
        [add(L('olecranon'), [0.008, -0.004, -0.003]), add(elbow, [-0.004, -0.028, -0.02]), add(elbow, [-0.004, -0.05, -0.017])],
        {
          fibres: 6,
          thicknessM: 0.006,
          steps: 6,
          overlap: 0.8,
          outward: () => normalize([0.45, 0, -1]),
          thicknessAlong: (t) => 0.6 + 0.4 * Math.sin(Math.PI * t),
        },
      ),
      blendM: 0.004,
      cellM: 0.0025,
      maxTriangles: 700,
    },
    true,
  )
  // deltoid: a thick cap from clavicle, acromion and scapular spine converging on the deltoid tuberosity
  add2(
    'deltoid',
    {
      prims: sheet(
        [
          add(clavMid, [0.035, 0.002, -0.004]),
          add(ac, [-0.02, 0.004, 0.016]),
          add(acr, [0.004, 0.004, 0.002]),
          add(acr, [-0.004, 0.004, -0.026]),
          add(spineMid, [0.03, 0.006, -0.008]),
          add(spineMid, [-0.005, 0.004, -0.008]),
        ],
        // the three parts converge on a short tendon over the tuberosity (1.4 cm from front to back), so the muscle
        // ends in a V rather than a blunt rounded end
        [
          add(L('deltoid-tuberosity'), [-0.004, 0.012, 0.007]),
          add(L('deltoid-tuberosity'), [0.002, 0, 0]),
          add(L('deltoid-tuberosity'), [-0.004, 0.012, -0.007]),
        ],
        {
          fibres: 22,
          thicknessM: 0.019,
          outward: shoulderOut,
          over: under,
          layOver: 'lift',
          steps: 12,
          clearanceM: 0.002,
          reachOutM: 0.03,
          // the tip is laid over what lies round the tuberosity too (it ends a few millimetres clear of the bone), so
          // the last step of each fibre does not dive from over triceps and biceps to the bone under a hollow
          anchorEnds: [true, false],
          // the borders thin (over teres and triceps behind, over biceps in front) rather than ending in a thick roll,
          // but only by about a third: thinner, the anterior and posterior trigger points fell outside the muscle
          thicknessAcross: (f) => (1 - 0.32 * ramp(f, 0.75, 1)) * (1 - 0.35 * ramp(f, 0.12, 0)),
          // full over the cap, tapering into a V at the deltoid tuberosity, and thin at its origin, where its short
          // tendinous fibres lie flush on the clavicle, acromion and spine rather than standing off them as a ledge
          thicknessAlong: (t) =>
            (0.5 + 0.6 * Math.sin(Math.PI * Math.min(1, t * 1.1))) * (t > 0.75 ? 1 - (t - 0.75) * 2.4 : 1) * (0.5 + 0.5 * ramp(t, 0, 0.14)),
          // the cap: each fibre drapes over a sphere round the joint and a cylinder round the humerus below it (the
          // humeral head, the rotator cuff and half the deltoid's own thickness, DELTOID_DRAPE_M), most in its upper
          // half, so the muscle rounds over the head and then closes into its V instead of standing off the arm. The posterior fibres from the scapular spine start
          // far behind the joint: draped they would stand off infraspinatus and teres minor, so they run straight and
          // are only lifted over those muscles
          path: (o, i, t, f) => {
            // the anterior and posterior fibres turn round the arm toward the tuberosity as they descend, so the
            // borders converge along the lower half into a long V (straight chords kept them apart to the end)
            const chord = lerp(o, i, t)
            const chordOut = fromHumerus(chord)
            // (the posterior fibres later and less: their border stays over the back of the arm, where its trigger
            // point lies); every fibre has made its turn by 85 % of the way down, so that the borders close in a V
            const turnFrom = 0.2 + 0.15 * ramp(f, 0.25, 0) + 0.4 * ramp(f, 0.55, 0.85)
            const turn = ramp(t, turnFrom, Math.max(0.85, turnFrom + 0.2)) * (1 - 0.4 * ramp(f, 0.6, 1))
            const towardInsertion = normalize(lerp(normalize(chordOut), normalize(fromHumerus(i)), turn))
            const q = add(sub(chord, chordOut), scale(towardInsertion, Math.hypot(...chordOut)))
            const out = fromHumerus(q)
            const r = Math.hypot(...out)
            // the head's sphere, narrowing below it to the shaft's cylinder (muscles beneath are cleared by lifting)
            const below = Math.max(0, dot(sub(q, gh), armDir) - 0.02)
            const drape = Math.max(0.022, DELTOID_DRAPE_M - below * 0.3) * Math.sin(Math.PI * Math.min(1, t * 1.25))
            if (r >= drape) return q
            return lerp(q, add(sub(q, out), scale(out, drape / Math.max(r, 1e-6))), ramp(f, 0.9, 0.6))
          },
          smooth: { passes: 8, along: 0.5, across: 0.5 },
        },
      ),
      blendM: 0.01,
    },
    true,
  )

  // ---------------- back: trapezius and latissimus over everything ----------------
  // Latissimus dorsi: a fan from the lower thoracic spines, the thoracolumbar fascia, the iliac crest and the lower ribs.
  // Each fibre is laid out around the trunk (height and angle about the cage axis) to an approach point on the side
  // of the chest, past the inferior angle for the upper fibres and further round for the lower ones, then runs
  // straight into the posterior axillary fold and the intertubercular groove. The upper border runs from T7 down to
  // the inferior angle (one level lower), over it, and then dips under teres major, which shows above it on its way to the humerus (the two
  // had followed one course and latissimus hid teres major); the medial part is thin (aponeurosis), the lateral part
  // thick. Model choices.
  const latInsertion = add(intertubercularGroove, [-0.004, 0.006, -0.002])
  const latOrigins: Vec3[] = [
    SP('T7', 0.01),
    SP('T9', 0.01),
    SP('T11', 0.01),
    SP('L1', 0.008),
    SP('L3', 0.006),
    SP('L5', 0.004),
    add(psis, [0.02, 0.05, -0.02]),
    add(lerp(psis, crest, 0.5), [0.01, 0.03, -0.025]),
    add(crest, [-0.02, 0.006, -0.03]),
    onCage(ribPoint(12, 0.36 * Math.PI), 0.004),
    onCage(ribPoint(11, 0.44 * Math.PI), 0.004),
    onCage(ribPoint(10, 0.5 * Math.PI), 0.004),
  ]
  const latAngle = (p: Vec3): number => Math.atan2(p[0], -p[2])
  const latApproach = (f: number): [number, number] => [inf[1] - 0.004 - 0.07 * f, (0.32 + 0.18 * f) * Math.PI]
  const latTA = 0.72
  // outward normal of an elliptical trunk section (half-width 15 cm, half-depth 10 cm): straight back over the flat
  // of the back, lateral only at the side, so fibres laid over the scapula do not slide out toward the arm
  const latOut = (p: Vec3): Vec3 => normalize([p[0] / 0.0225, 0, (p[2] + 0.005) / 0.01])
  const latReach = (p: Vec3): number => {
    // well clear behind the trunk (over the erectors and the scapula), only a little at the side, near the arm
    const side = Math.min(Math.max((latAngle(p) / Math.PI - 0.3) / 0.15, 0), 1)
    // next to the arm the fibres are not lifted over teres major and the long head of triceps: they run through
    // the posterior axillary fold with teres major instead of standing out behind the arm (from a little below the
    // inferior angle, where the upper fibres meet teres major, up)
    const nearArm = Math.min(Math.max((p[0] - 0.14) / 0.02, 0), 1) * ramp(p[1], inf[1] - 0.074, inf[1] - 0.034)
    return (0.06 - 0.045 * side * (0.3 + 0.7 * ramp(p[1], 1.16, 1.24))) * (1 - 0.9 * nearArm)
  }
  add2(
    'latissimus-dorsi',
    {
      // the tendon twists: the upper fibres insert lowest, the lower ones highest
      prims: sheet(latOrigins, [add(latInsertion, [0, -0.01, 0.006]), add(latInsertion, [0.0, 0.014, 0.012])], {
        // with 40 fibres each one lay over the erector spinae as a shingle of the thin aponeurosis, a step at each,
        // which showed through the skin as two columns of lumps beside the lower thoracic spines
        fibres: 56,
        thicknessM: 0.012,
        // neighbouring fibres overlap well into each other: at the default the thin aponeurosis was corrugated, a
        // lobe per fibre with a crease between, over the lower back
        overlap: 0.8,
        outward: latOut,
        over: under,
        // 20 points along each fibre (about 2 cm apart) and 8 passes of smoothing (each averages every point with its
        // neighbours along and across, then lifts sunk points clear): with 13 points (3 cm) and 4 passes the
        // aponeurosis over the lower thoracic erector spinae lay as straight pieces kinked over the erector's beads,
        // and read as crumpled paper beside the spines with the skin hidden
        steps: 20,
        clearanceM: 0.0008,
        reachOutM: latReach,
        smooth: { passes: 8, along: 0.5, across: 0.5 },
        path: (o, i, t, f) => {
          const [yA, phiA] = latApproach(f)
          const A = wallPointAtAngle(yA, phiA, 0.004)
          if (t >= latTA) return lerp(A, i, (t - latTA) / (1 - latTA))
          const s = t / latTA
          // cylindrical interpolation: height eased so the lower fibres climb steadily, angle straight; the upper
          // fibres keep their height over the inferior angle and only then dip under teres major
          const ease = o[1] > yA ? s ** 1.8 : 1 - (1 - s) ** 1.3
          const y = o[1] + (yA - o[1]) * ease
          const phi = latAngle(o) + (phiA - latAngle(o)) * s
          return lerp(o, wallPointAtAngle(y, phi, 0.004), Math.min(1, s * 6))
        },
        // thin medially and along the upper border, thick laterally; all fibres thicken as they gather into the fold
        thicknessAlong: (t, f) => {
          const across = 0.3 + 0.9 * Math.min(1, f * 1.6)
          const fold = Math.min(Math.max((t - 0.55) / 0.3, 0), 1)
          return (0.45 + 0.75 * Math.min(1, t / 0.85) ** 1.4) * (t > 0.92 ? 1 - (t - 0.92) * 4 : 1) * (across + (1.0 - across) * fold)
        },
        // the thoracolumbar aponeurosis: the fibres from the lumbar spines and the sacrum start as a broad
        // aponeurosis (to about a sixth of their length), those from the crest as a short one, the upper ones from
        // T7-T9 and the rib slips are fleshy from their origin; all end in the flat tendon in the intertubercular groove
        tendon: (t, f) => {
          const reach = 0.16 * ramp(f, 0.08, 0.3) * ramp(f, 0.78, 0.55)
          return Math.max(ramp(t, reach * 1.25 + 0.03, reach), ramp(t, 0.9, 0.97))
        },
      }),
      blendM: 0.008,
      maxTriangles: 3200,
      cellM: 0.0035,
    },
    true,
  )
  const trapOver = under
  // Trapezius arises from the ligamentum nuchae and the spines, whose free edge lies behind the deep muscles of the
  // neck and upper back, between the two sides: each origin is laid straight back over what is there (splenius
  // capitis arises from the same spines). Anchored on the tips, the medial parts sank under splenius and the neck
  // showed a bare midline column. Model choice.
  const onNuchalLine = (p: Vec3): Vec3 => trapOver.wrap(p, [0, 0, -1], 0.005, 0.05, 0)
  // under the occiput the upper fibres are laid straight back over splenius capitis (neckOut points up the neck
  // there, under the skull, and the fibres stayed inside splenius)
  const upperTrapeziusOut = (p: Vec3): Vec3 => normalize(add(neckOut(p), [0, 0, -2 * ramp(p[1], eop[1] - 0.08, eop[1] - 0.03)]))
  // Trapezius is one sheet of fibres, from the occiput down to T12, meshed as its three parts (TRAPEZIUS_PARTS). Its
  // fibres are laid over what lies beneath and smoothed together, so that neighbouring parts meet in one surface
  // (sheets laid each its own way meet in steps and cracks). Fibre counts per part, upper to lower:
  const trapeziusFibres = { upper: 16, middle: 18, lower: 18 } as const
  const trapeziusCount = trapeziusFibres.upper + trapeziusFibres.middle + trapeziusFibres.lower
  const trapeziusSteps = 11
  // the part of the fibre at u (0..1 down the whole sheet) and its place within the part (0 at its upper border); each
  // part stops one fibre short of the next part's first, so that no two fibres coincide
  const trapeziusFibre = (u: number): { part: 'upper' | 'middle' | 'lower'; f: number } => {
    const i = Math.round(u * (trapeziusCount - 1))
    if (i < trapeziusFibres.upper) return { part: 'upper', f: i / trapeziusFibres.upper }
    const m = i - trapeziusFibres.upper
    if (m < trapeziusFibres.middle) return { part: 'middle', f: m / trapeziusFibres.middle }
    return { part: 'lower', f: (m - trapeziusFibres.middle) / (trapeziusFibres.lower - 1) }
  }
  const trapeziusOrigins = {
    // in order along the origin: the medial third of the superior nuchal line in to the external occipital
    // protuberance, then the ligamentum nuchae down to C7 (a line out to the nuchal line and back in to C2 loops, and
    // the sheet's top edge rises in a lobe on each side of a notch); the ligamentum nuchae's origins a little across
    // the midline, as the middle and lower parts', so that the two sides meet over the cervical spines
    upper: [
      add(eop, [0.026, -0.002, 0.006]),
      add(eop, [0.004, 0.004, -0.002]),
      ...[
        add(SP('C2'), [0, 0, -0.008]),
        add(SP('C4'), [0, 0, -0.012]),
        add(SP('C6'), [0, 0, -0.01]),
        add(SP('C7'), [0, -0.004, -0.002]),
      ].map((p) => onNuchalLine(add(p, TRAPEZIUS_MIDLINE_OVERLAP))),
    ],
    // C7 to midway between the T3 and T4 spines
    middle: [SP('C7', -0.002), SP('T1', -0.002), SP('T2', -0.002), lerp(SP('T3', -0.002), SP('T4', -0.002), 0.5)].map((p) =>
      onNuchalLine(add(p, TRAPEZIUS_MIDLINE_OVERLAP)),
    ),
    // from there to T12
    lower: [lerp(SP('T3', -0.004), SP('T4', -0.004), 0.5), ...['T6', 'T8', 'T10', 'T12'].map((l) => SP(l, -0.004))].map((p) =>
      add(p, TRAPEZIUS_MIDLINE_OVERLAP),
    ),
  }
  const trapeziusInsertions = {
    // the lateral third of the clavicle, the acromioclavicular joint and the acromion
    upper: [
      add(clavMid, [0.03, 0.004, -0.01]),
      add(clavMid, [0.055, 0.004, -0.016]),
      add(ac, [-0.006, 0.006, -0.008]),
      add(acr, [-0.01, 0.008, -0.016]),
    ],
    // the medial border of the acromion and the upper lip of the scapular spine
    middle: [
      add(acr, [-0.012, 0.008, -0.02]),
      add(spineMid, [0.03, 0.007, -0.01]),
      add(spineMid, [0, 0.006, -0.01]),
      add(root, [0.02, 0.007, -0.01]),
    ],
    // the tubercle at the root of the spine, over which its tendon glides
    lower: [add(root, [0.006, 0.006, -0.008]), add(root, [0.022, 0.004, -0.01])],
  }
  // Outward: the upper fibres and the uppermost middle ones face up and back over the neck and the top of the shoulder
  // (upperTrapeziusOut), the rest face back over the scapula (trunkOut); graded over the upper half of the middle part
  // and with height, so neighbouring fibres are laid alike.
  const trapeziusOut = (p: Vec3, u: number): Vec3 => {
    const { part, f } = trapeziusFibre(u)
    const byFibre = part === 'upper' ? 1 : part === 'middle' ? 1 - ramp(f, 0, 0.55) : 0
    const byHeight = ramp(p[1], SP('T2')[1], SP('C7')[1])
    // over the neck, between the occiput and the top of the shoulder, straight out from the neck's axis: neckOut points
    // mostly up there, and fibres laid along it would slide up the neck toward the ears
    const neckRadial = normalize([p[0], 0.03, p[2] + 0.01])
    const radial = (1 - ramp(p[0], 0.055, 0.095)) * (1 - ramp(p[1], eop[1] - 0.08, eop[1] - 0.05))
    const overNeck = lerp(upperTrapeziusOut(p), neckRadial, radial)
    return normalize(lerp(trunkOut(p), overNeck, Math.max(byFibre, byHeight)))
  }
  const trapeziusSheet = sheet(
    (u) => {
      const { part, f } = trapeziusFibre(u)
      return spline(trapeziusOrigins[part], f)
    },
    (u) => {
      const { part, f } = trapeziusFibre(u)
      return spline(trapeziusInsertions[part], f)
    },
    {
      fibres: trapeziusCount,
      steps: trapeziusSteps,
      // the upper fibres from the occiput and the upper ligamentum nuchae run down the back of the neck and turn out to
      // the clavicle (a quadratic curve whose control point lies 2 cm above the insertion, behind the origin), so that the
      // neck is a column under the head; the bend fades over the fibres from C2 to C6, which run out toward the acromion,
      // and the first part of each fibre keeps its straight course, so the origin's fan covers splenius capitis' insertion
      path: (o, i, t, u) => {
        const { part, f } = trapeziusFibre(u)
        if (part !== 'upper') return lerp(o, i, t)
        const bend = 1 - ramp(f, 0.2, 0.8)
        const down: Vec3 = [o[0] + 0.1 * (i[0] - o[0]), i[1] + 0.02, o[2] - 0.015]
        const c = lerp(lerp(o, i, 0.5), down, bend)
        const curved = add(add(scale(o, (1 - t) ** 2), scale(c, 2 * t * (1 - t))), scale(i, t * t))
        return lerp(lerp(o, i, t), curved, ramp(t, 0.05, 0.3))
      },
      // close fibres that overlap well: fewer, or less overlap, left grooves between the fibres of the thin aponeurosis
      // along the spines, where the spinous tips showed through
      overlap: 0.8,
      thicknessM: 0.012,
      outward: trapeziusOut,
      over: trapOver,
      // lower trapezius clear of latissimus by more than its meshing error (a thin sheet meshed on a 3.5 mm grid), so
      // that it lies visibly over latissimus' upper medial corner (at T7), as it does in the body; above, where it lies
      // on the rhomboids, the interscapular depths (KIM-2002) keep its clearance small
      clearanceM: (p) => 0.001 + 0.0015 * (1 - ramp(p[1], SP('T7')[1], SP('T6')[1])),
      // laid from farther out below T7 and above C4: under the occiput semispinalis and splenius capitis stand further
      // out than the fibres' nominal course from the nuchal line (from 2 cm the medial fibres stay buried in them)
      reachOutM: (p) => (p[1] < SP('T7')[1] || p[1] > SP('C4')[1] ? 0.04 : 0.02),
      // upper: thick in the neck ridge, thinning toward its lower border to the thickness of the middle part (3.3 mm
      // nominal: the sheet of overlapping fibres meshes about 2.5 mm thicker, near HUNG's 4.9 +/- 1.0 mm in men at the
      // medial scapular border); lower: thinning toward T12
      thicknessAcross: (u) => {
        const { part, f } = trapeziusFibre(u)
        const thin = 0.0033 / 0.012
        if (part === 'upper') {
          const w = ramp(f, 0.55, 1)
          return (0.75 + 0.4 * Math.sin(Math.PI * f)) * (1 - w) + thin * w
        }
        return part === 'middle' ? thin : thin * (1.1 - 0.5 * f)
      },
      // the upper part thin (down to about half) where the fibres from the occiput and the upper ligamentum nuchae
      // cross the upper neck, full in the ridge over the shoulder and thinning again to a flat insertion on the clavicle
      // and the acromion (at full thickness its edge stands proud of the bone, a shelf over the deltoid); elsewhere
      // thinning toward both ends
      thicknessAlong: (t, u) => {
        const { part, f } = trapeziusFibre(u)
        const along = 0.45 + 0.55 * Math.sin(Math.PI * t)
        if (part !== 'upper') return along
        return along * (1 - 0.55 * (1 - ramp(f, 0.3, 0.8)) * (1 - ramp(t, 0.2, 0.6))) * (1 - 0.5 * ramp(t, 0.65, 1))
      },
      // a thin smooth membrane: averaged along and across its fibres and kept clear of what lies beneath
      smooth: { passes: 4, along: 0.5, across: 0.5 },
      // short tendinous fibres on the occiput and the ligamentum nuchae, the tendinous diamond over C7-T3, a short
      // aponeurosis on the lower spines and the lower part's tendon gliding over the root of the scapular spine
      tendon: (t, u) => {
        const { part, f } = trapeziusFibre(u)
        if (part === 'upper') return ramp(t, 0.1 + 0.1 * ramp(f, 0.7, 1), 0.02)
        if (part === 'middle') return ramp(t, 0.14, 0.03)
        return Math.max(ramp(t, 0.12, 0.02), ramp(t, 0.88, 0.98))
      },
    },
  )
  // each part's fibres, in the sheet's order (each fibre is steps - 1 straps)
  const trapeziusPart = (from: number, count: number): Primitive[] =>
    trapeziusSheet.slice(from * (trapeziusSteps - 1), (from + count) * (trapeziusSteps - 1))
  add2('upper-trapezius', { prims: trapeziusPart(0, trapeziusFibres.upper), cellM: 0.003, maxTriangles: 1600 }, false)
  add2('middle-trapezius', { prims: trapeziusPart(trapeziusFibres.upper, trapeziusFibres.middle), blendM: 0.004, cellM: 0.003 }, false)
  add2(
    'lower-trapezius',
    { prims: trapeziusPart(trapeziusFibres.upper + trapeziusFibres.middle, trapeziusFibres.lower), blendM: 0.004, cellM: 0.003 },
    false,
  )
  // the three parts are laid side by side on what lies beneath (none over another) and meshed as parts of one sheet
  // (TRAPEZIUS_PARTS); later muscles lie over all of them
  for (const id of TRAPEZIUS_PARTS) deepEnv.add(unionOf(built.get(id)!))

  // ---------------- chest ----------------
  const xiph = L('xiphoid-process')
  const notch = L('sternal-notch')
  // Pectoralis major: a fan from the medial half of the clavicle (clavicular head), the sternum and the upper six
  // costal cartilages, converging on the lateral lip of the intertubercular groove. The fibres run over the chest wall
  // and then leave it together as the anterior axillary fold; the lowest fibres twist under the upper ones to insert
  // highest. The sheet is smoothed into one membrane over pectoralis minor and the ribs. Model choices.
  const chestOut = (p: Vec3): Vec3 => normalize([p[0] / 0.0225, 0.0, (p[2] + 0.005) / 0.01])
  // At the arm the fold crosses in front of biceps (both heads) to the lateral lip of the groove, under the anterior
  // deltoid: its fibres are lifted forward over biceps there, so that it does not end at biceps' medial edge
  const pecOverArm = new Envelope()
  pecOverArm.add(unionOf(built.get('biceps-brachii')!))
  const pecOut = (p: Vec3): Vec3 => normalize(lerp(chestOut(p), [0.25, 0, 1], ramp(p[0], 0.13, 0.16)))
  add2(
    'pectoralis-major',
    {
      prims: sheet(
        [
          add(clavMid, [0.004, -0.006, 0.008]),
          add(lerp(sc, clavMid, 0.45), [0, -0.006, 0.01]),
          add(sc, [0.012, -0.008, 0.01]),
          add(L('sternal-angle'), [0.014, 0, 0.01]),
          add(lerp(L('sternal-angle'), xiph, 0.55), [0.016, 0, 0.01]),
          add(xiph, [0.02, 0.004, 0.008]),
          onCage([0.07, 1.225, 0.1], 0.006),
          onCage([0.1, 1.215, 0.1], 0.006),
        ],
        // the lateral lip of the intertubercular groove, lateral to biceps' long head
        [onArm(0.25, 0.022, 0.016), onArm(0.2, 0.022, 0.017), onArm(0.15, 0.022, 0.018), onArm(0.1, 0.022, 0.019)],
        {
          fibres: 22,
          thicknessM: 0.011,
          outward: pecOut,
          over: pecOverArm,
          layOver: 'lift',
          clearanceM: 0.0008,
          anchorEnds: [true, false],
          steps: 12,
          smooth: { passes: 4, along: 0.5, across: 0.5 },
          path: (o, i, t, f) => {
            // the sternocostal fibres run on the chest wall, the clavicular ones straight from the clavicle; all leave
            // the wall together at the lateral border of the cage as the anterior axillary fold
            const at = (u: number): Vec3 => {
              const q = lerp(o, i, u)
              const onWall = Math.min(Math.max((f - 0.12) / 0.2, 0), 1) * Math.min(1, u * 6)
              return lerp(add(q, [0, 0, 0.008 * Math.sin(Math.PI * u)]), onCage(q, PEC_WALL_OFFSET_M), onWall)
            }
            // no fibre sinks into the chest wall: a straight (clavicular) fibre that would pass inside it is laid on it
            const clear = (p: Vec3): Vec3 => (cageSurfaceValue(p[0], p[1], p[2]) < PEC_WALL_OFFSET_M ? onCage(p, PEC_WALL_OFFSET_M) : p)
            if (t < 0.6) return clear(at(t))
            return clear(add(lerp(at(0.6), i, (t - 0.6) / 0.4), [0, 0, 0.006 * (1 - f) * Math.sin(Math.PI * t)]))
          },
          // thins over the last fifth into a flat tendon a few millimetres thick (drawn pale: tendonOfRelativeSize)
          thicknessAlong: (t) => (0.4 + 0.75 * Math.sin(Math.PI * Math.min(1, t * 1.1)) ** 0.8) * (1 - 0.45 * ramp(t, 0.8, 1)),
          thicknessAcross: (f) => 0.75 + 0.35 * Math.sin(Math.PI * f),
        },
      ),
      blendM: 0.01,
      maxTriangles: 2400,
    },
    true,
  )

  // Sternalis (when present): a flat strap beside the sternum, over the sternal origin of pectoralis major, from the
  // manubrium (continuous with the sternal head of sternocleidomastoid) down to the lower costal cartilages and the
  // rectus sheath; it does not cross the midline (SONI, NATSIS). Laid over pectoralis major. Model choices.
  // A variant, drawn only when asked for: the skin is wrapped over a copy of it sunk STERNALIS_SKIN_SINK_M into
  // pectoralis major (MuscleBuild.skinStandIn), so that the skin covers it without showing two ridges over the sternum.
  // It is thin (1.5 mm nominal; a 1.5 mm grid meshes it about 4.4 mm thick) and lies on pectoralis major without a gap.
  const sternalis = (clearanceM: number): Primitive[] =>
    sheet(
      [add(notch, [0.01, -0.012, 0.02]), add(notch, [0.024, -0.014, 0.02])],
      [add(xiph, [0.028, 0.01, 0.012]), add(xiph, [0.05, 0.012, 0.01])],
      {
        fibres: 5,
        thicknessM: 0.0015,
        outward: chestOut,
        over: under,
        steps: 9,
        clearanceM,
        reachOutM: 0.04,
        anchorEnds: [false, false],
        overlap: 0.9,
        thicknessAlong: (t) => 0.55 + 0.45 * Math.sin(Math.PI * t),
        // a flat strap: its edges thin out onto pectoralis major, and it is averaged along and across so that it
        // does not follow every ridge of the sternocostal origin beneath (it read as a beaded rod)
        thicknessAcross: (f) => 0.5 + 0.5 * Math.sin(Math.PI * f),
        smooth: { passes: 4, along: 0.5, across: 0.5 },
      },
    )
  add2(
    'sternalis',
    {
      prims: sternalis(0),
      skinStandIn: sternalis(-STERNALIS_SKIN_SINK_M),
      blendM: 0.004,
      cellM: 0.0015,
    },
    true,
  )

  // ---------------- head ----------------
  const condyle = mandibleCondyle(lm, 'left')
  const zyg = L('zygomatic-arch')
  // temporalis' insertion: the coronoid process's anterior border, 1 cm below its tip and 8 mm in front of it
  const coronoid: Vec3 = add(coronoidTip(lm, 'left'), [0, -0.01, 0.008])
  // The pterygoids, deep to the ramus and the zygomatic arch in the infratemporal fossa (skullBones.ts). Lateral
  // pterygoid: an upper head from the infratemporal surface of the greater wing of the sphenoid and a lower head from
  // the lateral pterygoid plate, running back and laterally almost horizontally to the joint capsule and disc and to
  // the pterygoid fovea on the neck of the condyle. Medial pterygoid: from the medial side of the lateral pterygoid
  // plate and the maxillary tuberosity down, back and laterally to the medial surface of the angle, mirroring
  // masseter on the inside of the ramus (ANAT). Model choices.
  const condyleNeck: Vec3 = add(condyle, [-0.0095, -0.005, 0.004])
  const pterygoidPlate: Vec3 = add(zyg, [-0.043, -0.021, -0.016])
  add2(
    'lateral-pterygoid',
    {
      prims: [
        ...belly(pterygoidPlate, condyleNeck, 0.0075, {
          via: [add(lerp(pterygoidPlate, condyleNeck, 0.5), [0.002, 0.001, 0])],
          rAM: 0.005,
          rBM: 0.0035,
          peak: 0.4,
        }),
        ...belly(add(zyg, [-0.033, -0.006, -0.02]), add(condyle, [-0.0085, 0.004, 0.002]), 0.0055, { rAM: 0.004, rBM: 0.003, peak: 0.4 }),
      ],
      blendM: 0.004,
      cellM: 0.002,
    },
    true,
  )
  add2(
    'medial-pterygoid',
    {
      prims: [
        ...belly(add(pterygoidPlate, [-0.004, -0.002, -0.004]), add(L('angle-of-mandible'), [-0.008, 0.009, -0.004]), 0.009, {
          via: [add(L('angle-of-mandible'), [-0.016, 0.03, 0.006])],
          rAM: 0.005,
          rBM: 0.005,
          peak: 0.55,
          flatten: { normal: [1, 0, 0.15], ratio: 0.6 },
        }),
        ...belly(add(pterygoidPlate, [0.006, -0.008, 0.004]), add(L('angle-of-mandible'), [-0.008, 0.014, 0.006]), 0.006, {
          rAM: 0.004,
          rBM: 0.004,
          peak: 0.5,
        }),
      ],
      blendM: 0.005,
      cellM: 0.0025,
    },
    true,
  )
  // Digastric: a posterior belly from the mastoid notch, medial to the mastoid process, down and forward to an
  // intermediate tendon held to the hyoid by a fibrous loop, and an anterior belly from there to the digastric fossa
  // behind the chin (ANAT). Model choices.
  const digastricTendon: Vec3 = add(L('hyoid'), [0.017, 0.005, -0.012])
  add2(
    'digastric',
    {
      prims: [
        ...belly(add(mast, [-0.009, -0.005, 0.008]), digastricTendon, 0.0065, {
          via: [add(L('angle-of-mandible'), [-0.016, -0.012, -0.016])],
          rAM: 0.004,
          rBM: 0.0025,
          peak: 0.45,
        }),
        ...belly(digastricTendon, add(L('mental-protuberance'), [0.008, -0.003, -0.011]), 0.0055, {
          via: [add(L('hyoid'), [0.013, 0.01, 0.012])],
          rAM: 0.0025,
          rBM: 0.0035,
          peak: 0.6,
        }),
      ],
      blendM: 0.003,
      cellM: 0.002,
    },
    true,
  )
  // Temporalis: a fan from the temporal fossa converging on a tendon that passes deep to the zygomatic arch, through
  // the gap between the arch and the side of the skull, to the coronoid process. The fan is laid over the skull and
  // ends just above the arch; the tendon runs on from there through the middle of the gap (found on the skeleton,
  // archGap.ts) to the coronoid, deep to masseter, which is built after it and laid over it. Model choices.
  const archGapAt = (dz: number): Vec3 => gapDeepToArch(under, add(zyg, [0.03, -0.002, dz])).centre
  const temporalisGap = [-0.01, -0.004, 0.002].map(archGapAt)
  const TEMPORALIS_TENDON_M = 0.004
  // the tendon starts on the side of the skull just above the arch, over the gap; the fan ends along the whole upper
  // border of the arch, on the skull, with the tendon's start in its middle
  const onSkullAt = (p: Vec3): Vec3 => under.wrap(p, [1, 0, 0], 0.001 + TEMPORALIS_TENDON_M / 2)
  const aboveArch = temporalisGap.map((g) => onSkullAt(add(g, [0, 0.016, 0])))
  const fanLowerBorder = [0.004, -0.01, -0.024, -0.038].map((dz) => onSkullAt(add(zyg, [0, 0.014, dz])))
  const coronoidLine = [add(coronoid, [0, 0.004, 0.008]), coronoid, add(coronoid, [0, 0, -0.008])]
  add2(
    'temporalis',
    {
      prims: [
        ...sheet(
          [
            add(L('temple'), [-0.006, 0.018, 0.026]),
            add(L('temple'), [-0.004, 0.04, -0.01]),
            add(L('temple'), [-0.008, 0.032, -0.05]),
            add(L('temple'), [-0.016, 0.0, -0.075]),
          ],
          fanLowerBorder,
          {
            fibres: 7,
            thicknessM: 0.008,
            outward: (p) => normalize(sub(p, add(L('vertex'), [0, -0.09, 0]))),
            over: under,
            steps: 8,
            anchorEnds: [false, true],
            // full over the fossa, thinning to the tendon's thickness at the arch
            thicknessAlong: (t) => 0.45 + 0.55 * Math.sin(Math.PI * Math.min(0.5, t * 0.85)) - 0.5 * ramp(t, 0.7, 1),
            // thickest in front, where the fibres run nearly vertically to the coronoid
            thicknessAcross: (f) => 1 + 0.3 * (1 - ramp(f, 0, 0.5)),
          },
        ),
        ...sheet(aboveArch, coronoidLine, {
          fibres: 3,
          thicknessM: TEMPORALIS_TENDON_M,
          outward: () => [1, 0, 0],
          steps: 7,
          overlap: 0.9,
          path: (o, i, t, f) => spline([o, spline(temporalisGap, f), i], t),
          thicknessAlong: () => 1,
          tendon: (t) => ramp(t, 0.2, 0.7),
        }),
      ],
      blendM: 0.003,
      cellM: 0.0025,
    },
    true,
  )
  // Masseter: from the lower border of the zygomatic arch (in line with the arch, clear of the temporalis tendon in
  // the gap deep to it) down to the angle and the lateral surface of the ramus, laid over the ramus and the
  // temporalis tendon. Model choices.
  add2(
    'masseter',
    {
      prims: sheet(
        [add(zyg, [-0.001, -0.006, 0.022]), add(zyg, [0.003, -0.006, 0.0]), add(zygomaticArchRoot(lm, 'left'), [0.001, -0.004, 0.006])],
        [
          add(L('angle-of-mandible'), [-0.007, 0.012, 0.032]),
          add(L('angle-of-mandible'), [-0.003, 0.004, 0.012]),
          add(L('angle-of-mandible'), [-0.005, 0.004, 0.0]),
        ],
        // about a centimetre thick over the ramus (at 13 mm, with its insertion 3 mm further out, its surface lay 7.5 cm
        // from the midline and the jaw read wide from the front)
        { fibres: 5, thicknessM: 0.01, outward: () => [1, 0, 0.15], over: under, steps: 6 },
      ),
    },
    true,
  )
  // Sternocleidomastoid: two heads that join in the lower half of the neck and run up and back to the mastoid. The
  // sternal head is a rounded tendon from the front of the manubrium, fleshy from about a third of the way up; the
  // clavicular head is a broad, flat, fleshy band from the upper surface of the medial third of the clavicle. Between
  // the two, above the sternoclavicular joint, lies a small gap (the lesser supraclavicular fossa), so the lighter
  // blend. Paths and widths are model choices.
  add2(
    'sternocleidomastoid',
    {
      prims: [
        ...belly(add(notch, [0.01, -0.006, 0.01]), add(mast, [0.002, 0.004, 0.006]), 0.011, {
          via: [
            [0.022, 1.465, 0.052],
            [0.034, 1.5, 0.04],
            [0.048, 1.54, 0.02],
          ],
          rAM: 0.004,
          rBM: 0.008,
          peak: 0.5,
          samples: 12,
          tendon: (t) => 1 - ramp(t, 0.14, 0.3),
        }),
        ...belly(add(sc, [0.034, 0.01, 0.0]), add(mast, [-0.004, 0.002, 0.0]), 0.012, {
          via: [
            [0.057, 1.485, 0.038],
            [0.054, 1.525, 0.016],
          ],
          rAM: 0.011,
          rBM: 0.006,
          peak: 0.3,
          samples: 12,
          flatten: { normal: [0.25, 0, 1], ratio: 0.5 },
        }),
      ],
      blendM: 0.005,
    },
    true,
  )

  // ---------------- hip ----------------
  // Piriformis: from the front of the sacrum out through the greater sciatic notch, then laterally behind the hip
  // joint, directly under gluteus maximus, to a rounded tendon on the upper border of the greater trochanter (its
  // posterior half). Thickest where it fills the notch and just lateral to it. Model choices.
  const gtTop: Vec3 = add(gtr, [-0.01, 0.018, -0.012])
  add2(
    'piriformis',
    {
      prims: belly(add(L('sacrum-s2'), [0.022, -0.012, 0.04]), gtTop, 0.013, {
        via: [
          [0.07, 0.955, -0.055],
          [0.12, 0.945, -0.066],
        ],
        rAM: 0.008,
        rBM: 0.005,
        peak: 0.45,
      }),
    },
    true,
  )
  add2(
    'gluteus-minimus',
    {
      prims: sheet(
        [add(asis, [0.0, -0.02, -0.02]), add(crest, [-0.01, -0.06, 0.0]), add(lerp(crest, psis, 0.5), [0.0, -0.06, 0.0])],
        [add(gtr, [-0.004, 0.016, 0.016]), add(gtr, [-0.004, 0.018, 0.0])],
        { fibres: 5, thicknessM: 0.012, outward: (p) => normalize([1, 0.1, (p[2] - 0.0) * 4]), over: under, steps: 6 },
      ),
    },
    true,
  )
  add2(
    'gluteus-medius',
    {
      prims: sheet(
        [
          add(asis, [0.006, -0.004, -0.01]),
          add(lerp(asis, crest, 0.5), [0.02, 0.012, 0.0]),
          add(crest, [0.002, -0.004, 0.0]),
          add(lerp(crest, psis, 0.5), [0.004, -0.002, -0.006]),
          add(psis, [0.02, -0.004, -0.004]),
        ],
        [add(gtr, [0.004, 0.022, 0.012]), add(gtr, [0.006, 0.02, -0.004]), add(gtr, [0.0, 0.01, -0.018])],
        { fibres: 12, thicknessM: 0.022, outward: (p) => normalize([1, 0.15, (p[2] - 0.0) * 5]), over: under, steps: 7 },
      ),
    },
    true,
  )
  // Gluteus maximus: a thick rounded quadrilateral from the posterior iliac crest, the back of the sacrum and the
  // coccyx, its fibres running down and laterally to the iliotibial tract (upper, superficial fibres, over the greater
  // trochanter) and the gluteal tuberosity (lower, deep fibres). Thickest in its middle, so it domes; its upper border
  // runs obliquely from the crest to the trochanter, leaving gluteus medius bare above and lateral to it. Model choices.
  add2(
    'gluteus-maximus',
    {
      prims: sheet(
        [
          add(lerp(crest, psis, 0.55), [0, 0.004, -0.014]),
          add(psis, [-0.004, 0, -0.012]),
          add(L('sacrum-s2'), [0.024, -0.03, -0.006]),
          add(L('coccyx'), [0.018, 0.02, -0.004]),
          add(L('coccyx'), [0.012, -0.01, 0.0]),
        ],
        [
          add(gtr, [0.014, -0.012, -0.012]),
          add(gtr, [0.012, -0.05, -0.014]),
          add(gtr, [0.0, -0.09, -0.02]),
          add(gtr, [-0.018, -0.125, -0.02]),
        ],
        {
          fibres: 20,
          thicknessM: 0.034,
          outward: (p) => normalize([p[0] - 0.03, -0.1, p[2] - 0.03]),
          over: under,
          steps: 11,
          clearanceM: 0.002,
          layOver: 'lift',
          smooth: { passes: 6, along: 0.5, across: 0.5 },
          // the nominal path domes out behind the hip, evenly across the fibres; lifting keeps it clear of the deeper
          // gluteals and the trochanter. The upper border bows up a little; the lower border runs straight and oblique
          // from the coccyx to the gluteal tuberosity (bowed down, it curled into a dark rounded pad)
          path: (o, i, t, f) => {
            const dome = scale([0.2, -0.1, -1], 0.026 * Math.sin(Math.PI * t) ** 0.9 * (0.45 + 0.55 * Math.sin(Math.PI * f)))
            const bow: Vec3 = [0, Math.sin(Math.PI * t) * 0.006 * (1 - f) ** 3, 0]
            return add(add(lerp(o, i, t), dome), bow)
          },
          // fleshy and thick from the sacrum to beyond its middle, thinning into the aponeurosis over the trochanter
          thicknessAlong: (t) => (t < 0.15 ? 0.6 + (0.4 * t) / 0.15 : t < 0.55 ? 1 : 1 - 0.72 * ((t - 0.55) / 0.45) ** 1.2),
          // the upper border thin over gluteus medius, the lower border thick (the free border above the gluteal fold)
          thicknessAcross: (f) => 0.45 + 0.25 * f + 0.35 * Math.sin(Math.PI * f),
          // the upper and superficial fibres end in a broad aponeurosis over the greater trochanter, which runs on into
          // the iliotibial tract; the lowest, deep fibres reach the gluteal tuberosity fleshy, on a short tendon
          tendon: (t, f) => Math.max(ramp(t, 0.62 + 0.25 * f, 0.8 + 0.17 * f) * (1 - 0.6 * ramp(f, 0.55, 1)), ramp(t, 0.93, 0.99)),
        },
      ),
      blendM: 0.014,
      maxTriangles: 2400,
    },
    true,
  )

  // ---------------- thigh ----------------
  const pTop = add(patella, [0, 0.03, 0.0])
  // Vastus lateralis: from the base of the greater trochanter (its anterior and inferior borders), the lateral lip of
  // the gluteal tuberosity and of the linea aspera, to the lateral side of the patella. The main belly covers the
  // front and side of the thigh; a posterior part wraps back round the lateral side of the femur from the trochanter
  // along the lateral lip of the linea aspera to the lateral intermuscular septum, in front of biceps femoris, and
  // thins out in the lower third where the short head of biceps fills the space behind the septum. Model choices.
  const femurAt = (t: number): Vec3 => lerp(add(gtr, [-0.022, -0.03, 0.004]), add(lerp(gtr, knee, 0.45), [-0.02, 0, 0.012]), t)
  add2(
    'vastus-lateralis',
    {
      // the three superficial heads of quadriceps abut one another so that the front of the thigh reads as one mass
      prims: [
        ...belly(add(gtr, [-0.006, -0.026, 0.01]), add(patella, [0.026, 0.034, -0.004]), 0.038, {
          via: [add(lerp(gtr, knee, 0.3), [0.008, 0, 0.022]), add(lerp(gtr, knee, 0.65), [0.022, 0, 0.024])],
          rAM: 0.016,
          rBM: 0.009,
          peak: 0.45,
          flatten: { normal: [1, 0, 0.3], ratio: 0.72 },
          samples: 12,
        }),
        ...belly(add(gtr, [-0.01, -0.03, -0.012]), add(femurAt(1.4), [0.014, 0, -0.032]), 0.02, {
          via: [add(femurAt(0.45), [0.024, 0, -0.032]), add(femurAt(1.1), [0.022, 0, -0.048])],
          rAM: 0.012,
          rBM: 0.007,
          peak: 0.55,
          samples: 10,
        }),
      ],
      // blended wide, so that the posterior part reads as the back of one muscle, not as a separate belly
      blendM: 0.02,
    },
    true,
  )
  add2(
    'vastus-medialis',
    {
      // the teardrop: thin along the upper thigh, full just above and medial to the patella
      prims: belly(add(hip, [0.0, -0.09, 0.008]), add(patella, [-0.022, 0.02, -0.004]), 0.036, {
        via: [add(lerp(hip, knee, 0.45), [-0.02, 0, 0.022]), add(lerp(hip, knee, 0.8), [-0.03, 0, 0.026])],
        rAM: 0.008,
        rBM: 0.012,
        peak: 0.82,
        flatten: { normal: [-1, 0, 0.4], ratio: 0.82 },
        samples: 12,
      }),
    },
    true,
  )
  // Rectus femoris ends in the quadriceps tendon on the base of the patella; its superficial fibres go on over the
  // front of the patella as the patellar ligament to the tibial tuberosity, so the patella lies in the tendon rather
  // than in front of the knee on its own. The ligament is drawn with rectus femoris (tendon throughout): about 2.5 cm
  // wide and 6 mm thick (model choices).
  const patellarLigament = tendonCord(pTop, add(L('tibial-tuberosity'), [0, 0.004, 0.007]), {
    via: [add(patella, [0, 0.012, 0.015]), add(patella, [0, -0.022, 0.013])],
    startHalfWidthM: 0.011,
    halfWidthM: 0.013,
    endHalfWidthM: 0.01,
    peak: 0.4,
    normal: [0, 0, 1],
    ratio: 0.45,
  })
  add2(
    'rectus-femoris',
    {
      prims: [
        ...belly(add(asis, [-0.014, -0.035, -0.014]), pTop, 0.026, {
          via: [add(lerp(hip, knee, 0.35), [0.008, 0, 0.054]), add(lerp(hip, knee, 0.7), [0.004, 0, 0.052])],
          rAM: 0.008,
          rBM: 0.009,
          peak: 0.5,
          samples: 12,
          flatten: { normal: [0, 0, 1], ratio: 0.78 },
        }),
        ...patellarLigament,
      ],
    },
    true,
  )
  // Tensor fasciae latae: from the anterior iliac crest behind the ASIS down and back to the iliotibial tract, into
  // which it inserts on the front of the thigh about a third of the way down. Built after the thigh's muscles, so that
  // its lower half is laid on them (vastus lateralis, rectus femoris) where the tract begins, and the tract, laid
  // under its end and carved against it, takes the end into its front edge (src/model/contextMuscles.ts). Model choices.
  const onThighFront = (p: Vec3): Vec3 => under.wrap(p, normalize([1, 0, 0.35]), 0.003, 0.06, 0.04)
  add2(
    'tensor-fasciae-latae',
    {
      prims: belly(add(asis, [0.006, -0.006, -0.004]), onThighFront(add(gtr, [0.03, -0.125, 0.024])), 0.014, {
        via: [add(asis, [0.022, -0.06, -0.01]), onThighFront(add(gtr, [0.024, -0.08, 0.03]))],
        rAM: 0.008,
        rBM: 0.005,
        peak: 0.35,
        // flat where it lies on the thigh, so that its end, running into the tract, does not raise the skin over the hip
        flatten: { normal: [1, 0, 0.4], ratio: 0.4 },
      }),
    },
    true,
  )
  add2(
    'adductor-longus',
    {
      prims: belly(add(L('pubic-tubercle'), [0.002, -0.012, -0.004]), add(lerp(hip, knee, 0.5), [-0.01, 0, -0.012]), 0.02, {
        via: [[0.05, 0.8, 0.032]],
        rAM: 0.008,
        rBM: 0.006,
        peak: 0.4,
        flatten: { normal: [-1, 0, 0.5], ratio: 0.7 },
      }),
    },
    true,
  )
  add2(
    'hamstrings',
    {
      prims: [
        // biceps femoris: from the ischial tuberosity obliquely down and laterally, behind vastus lateralis and the
        // lateral intermuscular septum, joined by the short head in the lower thigh, to the head of the fibula
        ...belly(add(isch, [0.004, -0.008, -0.006]), add(L('fibular-head'), [0.0, 0.012, -0.01]), 0.024, {
          via: [
            add(lerp(hip, knee, 0.4), [0.0, 0, -0.066]),
            add(lerp(hip, knee, 0.6), [0.016, 0, -0.064]),
            add(lerp(hip, knee, 0.78), [0.03, 0, -0.05]),
          ],
          rAM: 0.01,
          rBM: 0.006,
          peak: 0.45,
          samples: 12,
        }),
        ...belly(add(isch, [-0.002, -0.008, -0.004]), add(knee, [-0.038, -0.045, -0.016]), 0.029, {
          via: [add(lerp(hip, knee, 0.4), [-0.018, 0, -0.05]), add(lerp(hip, knee, 0.82), [-0.034, 0, -0.05])],
          rAM: 0.01,
          rBM: 0.006,
          peak: 0.55,
          samples: 12,
        }),
      ],
      blendM: 0.012,
    },
    true,
  )

  // ---------------- leg ----------------
  // the tendo calcaneus 7 cm above the heel: about 2 cm in front of the back of the heel, with Kager's fat
  // pad between it and the tibia (the skin's filler), so the back of the ankle curves in above the heel
  const achilles: Vec3 = add(heel, [0.002, 0.07, 0.02])
  // Soleus: broad and flat, from the back of the fibular head and upper fibula (its lateral part) and from the soleal
  // line of the tibia (its medial part), fleshy down to the lower third of the leg, where it shows on both sides of
  // gastrocnemius and of the tendon before its fibres end on the tendo calcaneus. Two bellies that blend into one
  // sheet; the medial part reaches lower, as in the body. Model choices.
  add2(
    'soleus',
    {
      prims: [
        ...belly(add(L('fibular-head'), [-0.012, -0.018, -0.012]), add(achilles, [0.003, 0.012, 0]), 0.021, {
          via: [
            add(lerp(knee, ankle, 0.32), [0.014, 0, -0.038]),
            add(lerp(knee, ankle, 0.56), [0.016, 0, -0.04]),
            add(lerp(knee, ankle, 0.74), [0.011, 0, -0.036]),
          ],
          rAM: 0.012,
          rBM: 0.006,
          peak: 0.45,
          flatten: { normal: [0, 0, -1], ratio: 0.72 },
          samples: 12,
        }),
        ...belly(add(knee, [-0.012, -0.085, -0.024]), add(achilles, [-0.003, 0.008, 0]), 0.021, {
          via: [
            add(lerp(knee, ankle, 0.42), [-0.016, 0, -0.038]),
            add(lerp(knee, ankle, 0.64), [-0.015, 0, -0.039]),
            add(lerp(knee, ankle, 0.78), [-0.011, 0, -0.035]),
          ],
          rAM: 0.01,
          rBM: 0.006,
          peak: 0.5,
          flatten: { normal: [0, 0, -1], ratio: 0.72 },
          samples: 12,
        }),
      ],
      blendM: 0.012,
    },
    true,
  )
  // Gastrocnemius: two fleshy heads over soleus in the upper half of the calf, the medial one larger and reaching
  // lower, ending on a broad flat aponeurosis that narrows into the tendo calcaneus. The lower ends of the heads and the
  // aponeurosis are laid on soleus from behind (soleus is built first), so that they lie superficial to it all the way
  // down to where soleus joins the tendon. Model choices.
  const onSoleus = (p: Vec3, clearM: number): Vec3 => under.wrap(p, [0, 0, -1], clearM, 0.06, 0.04)
  const calf = (t: number): Vec3 => lerp(knee, ankle, t)
  add2(
    'gastrocnemius',
    {
      prims: [
        ...belly(add(L('medial-femoral-condyle'), [0.006, 0.012, -0.022]), onSoleus(add(calf(0.6), [-0.004, 0, -0.046]), 0.011), 0.032, {
          via: [add(calf(0.18), [-0.024, 0, -0.062]), add(calf(0.38), [-0.016, 0, -0.064])],
          rAM: 0.01,
          rBM: 0.01,
          peak: 0.45,
          samples: 12,
          flatten: { normal: [-0.3, 0, -1], ratio: 0.78 },
        }),
        ...belly(add(L('lateral-femoral-condyle'), [-0.006, 0.012, -0.02]), onSoleus(add(calf(0.5), [0.006, 0, -0.046]), 0.01), 0.026, {
          via: [add(calf(0.16), [0.026, 0, -0.056]), add(calf(0.32), [0.018, 0, -0.058])],
          rAM: 0.009,
          rBM: 0.009,
          peak: 0.42,
          samples: 12,
          flatten: { normal: [0.3, 0, -1], ratio: 0.78 },
        }),
        // the aponeurosis: broad and flat, laid on soleus where the heads end, narrowing toward the ankle
        ...tendonCord(onSoleus(add(calf(0.46), [0, 0, -0.05]), 0.004), onSoleus(add(calf(0.8), [0, 0, -0.036]), 0.003), {
          via: [onSoleus(add(calf(0.58), [0, 0, -0.044]), 0.0038), onSoleus(add(calf(0.7), [0, 0, -0.04]), 0.003)],
          startHalfWidthM: 0.018,
          halfWidthM: 0.02,
          endHalfWidthM: 0.011,
          peak: 0.15,
          samples: 10,
          normal: [0, 0, -1],
          ratio: 0.18,
        }),
        // the tendo calcaneus: a cord about 8 mm front to back and 19 mm across (thick enough to mesh as one smooth
        // cord; a flat strap here was meshed as a row of beads), widening a little onto the calcaneal tuberosity
        ...tendonCord(onSoleus(add(calf(0.76), [0, 0, -0.036]), 0.002), add(heel, [0, 0.012, 0.0]), {
          via: [add(achilles, [0, 0, -0.002])],
          halfWidthM: 0.0095,
          endHalfWidthM: 0.01,
          peak: 0.05,
          normal: [0, 0, -1],
          ratio: 0.4,
        }),
      ],
      blendM: 0.008,
      maxTriangles: 1600,
    },
    true,
  )
  add2(
    'tibialis-anterior',
    {
      // a full belly in the upper two thirds of the leg, then its tendon, a flat pale cord, down the front of the
      // tibia and across the front of the ankle to the medial cuneiform
      prims: [
        ...belly(add(L('tibial-tuberosity'), [0.026, -0.01, -0.008]), add(lerp(knee, ankle, 0.72), [0.012, 0, 0.03]), 0.02, {
          via: [add(lerp(knee, ankle, 0.35), [0.028, 0, 0.022])],
          rAM: 0.011,
          rBM: 0.006,
          peak: 0.42,
          samples: 12,
        }),
        ...tendonCord(add(lerp(knee, ankle, 0.66), [0.014, 0, 0.03]), add(ankle, [-0.022, -0.045, 0.055]), {
          // in the lower leg the tendon lies on the front of the tibia, medial of the anterior tibial vessels
          via: [add(lerp(knee, ankle, 0.85), [-0.002, 0, 0.022])],
          halfWidthM: 0.0055,
          endHalfWidthM: 0.006,
          peak: 0.5,
          normal: [0, 0, 1],
          ratio: 0.6,
          samples: 12,
        }),
      ],
      ...NARROW_TENDON_MESH,
    },
    true,
  )
  // Fibularis longus: its belly on the upper two thirds of the fibula's lateral surface, then its tendon, a pale cord,
  // down to the groove behind the lateral malleolus (ANAT). In people the tendon runs down the lateral side of the
  // fibula over fibularis brevis and turns behind it in the lowest quarter of the leg; brevis is not in the model, and
  // the cord lies on the fibula's posterolateral face where brevis' belly would be. Where the belly ends, the cord's
  // path and its widths are model choices.
  const fibularHead = L('fibular-head')
  const lateralMalleolus = L('lateral-malleolus')
  const alongFibula = (t: number): Vec3 => lerp(fibularHead, lateralMalleolus, t)
  add2(
    'fibularis-longus',
    {
      prims: [
        ...belly(add(fibularHead, [0.006, -0.004, 0.0]), add(alongFibula(FIBULARIS_LONGUS_BELLY_END), [0.002, 0, -0.012]), 0.013, {
          via: [add(alongFibula(0.35), [0.012, 0, 0.002])],
          rAM: 0.008,
          rBM: 0.005,
          peak: 0.45,
          samples: 12,
        }),
        ...tendonCord(
          add(alongFibula(FIBULARIS_LONGUS_BELLY_END - FIBULARIS_LONGUS_TENDON_OVERLAP), [0.004, 0, -0.01]),
          add(lateralMalleolus, [-0.002, -0.012, -0.014]),
          {
            // low in the leg toward the malleolus' groove
            via: [add(alongFibula(0.8), [-0.002, 0, -0.016])],
            halfWidthM: 0.0045,
            endHalfWidthM: 0.004,
            peak: 0.4,
            normal: [1, 0, -0.3],
            ratio: 0.75,
            // short pieces: a narrow cord of longer ones meshes as a row of beads
            samples: 24,
          },
        ),
      ],
      // a smaller blend than the default 8 mm, which swells every join of the belly's pieces into a bulge
      blendM: 0.004,
      ...NARROW_TENDON_MESH,
    },
    true,
  )

  // ---------------- deep posterior leg and knee ----------------
  const mm = L('medial-malleolus')
  // Tibialis posterior: the deepest muscle of the back of the leg, from the upper back of the tibia, the fibula and
  // the interosseous membrane between them, its tendon turning behind the medial malleolus to the navicular
  // tuberosity. Its belly lies in front of soleus, between the two bones. Paths and widths are model choices.
  add2(
    'tibialis-posterior',
    {
      prims: belly(add(lerp(knee, L('fibular-head'), 0.5), [-0.004, -0.05, -0.024]), add(mm, [0.0, -0.035, 0.035]), 0.015, {
        via: [
          add(lerp(knee, ankle, 0.35), [0.014, 0, -0.02]),
          add(lerp(knee, ankle, 0.7), [0.0, 0, -0.021]),
          // above the medial malleolus the tendon lies behind the tibia, whose medial face is under the skin
          add(mm, [0.012, 0.03, -0.016]),
          add(mm, [0.002, -0.012, -0.012]),
        ],
        rAM: 0.009,
        rBM: 0.0035,
        peak: 0.25,
        samples: 14,
        flatten: { normal: [0, 0, -1], ratio: 0.6 },
      }),
    },
    true,
  )
  // Popliteus: a flat triangle on the back of the upper tibia, from the lateral surface of the lateral femoral
  // condyle (a narrow tendon) fanning down and medially to the tibia above the soleal line, deep to the popliteal
  // vessels. Model choices for its extent.
  add2(
    'popliteus',
    {
      prims: sheet(
        [add(L('lateral-femoral-condyle'), [0.0, -0.012, -0.012]), add(L('lateral-femoral-condyle'), [-0.004, -0.016, -0.016])],
        [add(knee, [-0.036, -0.03, -0.031]), add(knee, [-0.024, -0.05, -0.029]), add(knee, [-0.008, -0.066, -0.026])],
        {
          fibres: 6,
          thicknessM: 0.009,
          outward: () => [0, 0, -1],
          steps: 7,
          thicknessAlong: (t) => 0.5 + 0.5 * Math.sin(Math.PI * Math.min(1, t * 1.3)),
        },
      ),
      blendM: 0.005,
      cellM: 0.003,
    },
    true,
  )

  // ---------------- sole of the foot ----------------
  const mt1 = L('first-metatarsal-head')
  // Quadratus plantae: a flat quadrilateral deep in the sole, from the underside of the calcaneus (its medial and
  // lateral heads) forward to the tendon of flexor digitorum longus in the middle of the sole. Model choices.
  add2(
    'quadratus-plantae',
    {
      prims: [
        ...belly(add(heel, [0.008, -0.026, 0.03]), add(heel, [0.0, -0.019, 0.1]), 0.011, {
          via: [add(heel, [0.004, -0.024, 0.06])],
          rAM: 0.008,
          rBM: 0.004,
          peak: 0.35,
          flatten: { normal: [0, 1, 0], ratio: 0.5 },
        }),
        ...belly(add(heel, [-0.01, -0.02, 0.03]), add(heel, [-0.003, -0.02, 0.095]), 0.008, {
          rAM: 0.006,
          rBM: 0.004,
          peak: 0.35,
          flatten: { normal: [0.3, 1, 0], ratio: 0.55 },
        }),
      ],
      blendM: 0.005,
      cellM: 0.0025,
    },
    true,
  )
  // Abductor hallucis: along the medial border of the foot, from the medial process of the calcaneal tuberosity
  // under the arch (below the navicular and medial cuneiform) to the medial side of the base of the big toe's
  // proximal phalanx. Tall and thin from side to side. Model choices for its width.
  add2(
    'abductor-hallucis',
    {
      prims: belly(add(heel, [-0.012, -0.012, 0.018]), add(mt1, [-0.011, -0.004, 0.014]), 0.012, {
        via: [add(heel, [-0.022, -0.008, 0.06]), add(lerp(heel, mt1, 0.62), [-0.026, 0.004, 0.0]), add(mt1, [-0.014, 0.0, -0.03])],
        rAM: 0.008,
        rBM: 0.003,
        peak: 0.35,
        samples: 12,
        flatten: { normal: [-1, 0, 0], ratio: 0.6 },
      }),
      cellM: 0.0025,
    },
    true,
  )

  const trapeziusWhole = {
    shape: { prims: TRAPEZIUS_PARTS.flatMap((id) => built.get(id)!.prims), blendM: 0.004 },
    cellM: 0.003,
    maxTriangles: TRAPEZIUS_PARTS.reduce((n, id) => n + (built.get(id)!.maxTriangles ?? 1100), 0),
  }
  const trapeziusPartOf = (id: string): PartOf => ({
    others: TRAPEZIUS_PARTS.filter((o) => o !== id).map((o) => unionOf(built.get(o)!)),
    blendM: 0.006,
    whole: trapeziusWhole,
  })
  const out: StructureSpec[] = []
  for (const m of MUSCLES) {
    // built and carved with the context muscles (src/model/carvedAtlasMuscles.ts)
    if (CARVED_ATLAS_MUSCLE_IDS.includes(m.id)) continue
    const b = built.get(m.id)
    if (!b) throw new Error(`muscle "${m.id}" (src/anatomy/ids.ts) has no shape in src/model/muscles.ts`)
    const shape: Shape = {
      ...unionOf(b),
      ...(b.carve ? { carve: b.carve, carveBlendM: 0.002 } : {}),
      ...(TRAPEZIUS_PARTS.includes(m.id) ? { partOf: trapeziusPartOf(m.id) } : {}),
    }
    out.push(muscleStructure(m, shape, b, muscleColour(m)))
  }
  return out
}

/**
 * The structure of a (left) muscle: its identity from ids.ts, its field, meshing resolution, colour, and the
 * primitives it was built of (`build.prims`, before any carving: they carry its fibre axes).
 */
export function muscleStructure(
  m: MuscleIdentity,
  shape: Shape,
  build: { cellM?: number; maxTriangles?: number; prims: readonly Primitive[]; skinStandIn?: readonly Primitive[] },
  colour: readonly [number, number, number],
): StructureSpec {
  const fibrePrims = fibrePrimitives(build.prims)
  if (fibrePrims.length === 0) throw new Error(`muscle "${m.id}": none of its primitives carries a fibre axis (use belly or sheet)`)
  return {
    id: m.id,
    kind: 'muscle',
    side: 'left',
    name: m.name,
    layer: m.layer,
    ta: m.latin,
    shape,
    cellM: build.cellM ?? 0.004,
    maxTriangles: build.maxTriangles ?? 1100,
    colour,
    underSkin: true,
    ...(build.skinStandIn ? { skinStandIn: build.skinStandIn } : {}),
    fibrePrims,
  }
}
