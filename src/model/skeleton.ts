// The skeleton, built from the landmark table: skull and mandible (skullBones.ts), vertebrae C1-L5 with spinous
// processes, sacrum and coccyx and the hip bone (pelvisBones.ts), 12 pairs of ribs with costal cartilages, sternum,
// clavicle, scapula (spine, acromion, angles), humerus, radius, ulna, the hand (handBones.ts), femur with greater
// trochanter, patella, tibia, fibula and the foot (footBones.ts). Bones are smooth unions of capsules, ellipsoids
// and rounded boxes between landmarks; the small bones of hand and foot are meshed on a finer grid.
import type { Landmarks } from './landmarkTable'
import { VERTEBRAL_LEVELS, onVertebra, spinousTip, vertebralBody } from './spinalCurve'
import { type Primitive, axesFrom, ellipsoid, roundedBox, taperedCapsule, tube } from './sdf'
import { footLandmarks, footPrims } from './footBones'
import { handPrims } from './handBones'
import { hipBonePrims, sacrumPrims } from './pelvisBones'
import { craniumShape, mandiblePrims } from './skullBones'
import { COLOURS, type StructureSpec } from './structure'
import { RIB_COUNT, RIB_RADIUS_M, anteriorThetaAtX, posteriorThetaAtX, ribPoint, ringParams } from './thorax'
import { lastOf } from './lists'
import { type Vec3, add, lerp, normalize } from './vec'

const bone = (
  id: string,
  side: 'left' | 'midline',
  name: string,
  prims: Primitive[],
  opts: Partial<StructureSpec> = {},
): StructureSpec => ({
  id,
  kind: 'bone',
  side,
  name,
  shape: { prims, blendM: opts.shape?.blendM ?? 0.006 },
  cellM: 0.004,
  maxTriangles: 700,
  colour: COLOURS.bone,
  underSkin: true,
  ...opts,
})

export { vertebralBody }

/** Radius and half-height of a vertebral body (m), model choices growing down the column. */
function bodySize(level: string): { r: number; halfH: number } {
  const region = level[0]
  const idx = Number(level.slice(1))
  if (region === 'C') return { r: 0.011, halfH: 0.006 }
  if (region === 'T') return { r: 0.012 + idx * 0.0006, halfH: 0.008 + idx * 0.0003 }
  return { r: 0.021, halfH: 0.012 }
}

/** Reach of the transverse processes: sideways, and back behind the body (in the vertebra's own frame). */
function transverseReach(level: string): Vec3 {
  const region = level[0]
  const { r } = bodySize(level)
  if (region === 'C') return [0.028, 0, -r - 0.012]
  if (region === 'T') return [0.036, 0.004, -r - 0.028]
  return [0.045, 0, -r - 0.012]
}

/** Tip of the left transverse process of a level (C2..L5), tilted with its vertebra. */
export function transverseProcessTip(level: string): Vec3 {
  return onVertebra(level, transverseReach(level))
}

/** A vertebra in its own frame (body, pedicles, laminae, transverse processes), tilted by the spinal curve; the
 * spinous process runs from the laminae to the tip that the curve places below and behind the body. */
function vertebra(level: string): StructureSpec {
  const tip = spinousTip(level)
  const at = (p: Vec3): Vec3 => onVertebra(level, p)
  const region = level[0]
  const { r: bodyR, halfH } = bodySize(level)
  const prims: Primitive[] = [taperedCapsule(at([0, halfH * 0.5, 0]), at([0, -halfH * 0.5, 0]), bodyR, bodyR)]
  // neural arch: pedicles and laminae meet behind the canal, then the spinous process runs back to its tip
  const canalR = region === 'L' ? 0.012 : 0.009
  const archBackLocal: Vec3 = [0, -0.002, -(bodyR + canalR * 2)]
  const archBack = at(archBackLocal)
  for (const sx of [1, -1]) {
    const pedicleLocal: Vec3 = [sx * canalR, 0, -bodyR - canalR * 0.6]
    const pedicle = at(pedicleLocal)
    prims.push(taperedCapsule(at([sx * bodyR * 0.6, 0, -bodyR * 0.7]), pedicle, 0.004, 0.004))
    prims.push(taperedCapsule(pedicle, archBack, 0.0035, 0.0035))
    const reach = transverseReach(level)
    prims.push(taperedCapsule(pedicle, at([sx * reach[0], reach[1], reach[2]]), 0.004, region === 'L' ? 0.0035 : 0.004))
  }
  prims.push(taperedCapsule(archBack, tip, 0.0045, region === 'C' && level !== 'C7' ? 0.004 : 0.005))
  if (region === 'L') {
    // lumbar spines are broad, hatchet-shaped plates in the sagittal plane, not rods
    const flat = { normal: [1, 0, 0] as Vec3, ratio: 0.42 }
    prims.push(taperedCapsule(add(archBack, [0, -0.006, 0.002]), add(tip, [0, -0.007, 0.003]), 0.0065, 0.0075, flat))
    prims.push(taperedCapsule(add(archBack, [0, 0.002, 0]), add(tip, [0, 0.002, 0.002]), 0.0065, 0.007, flat))
  } else if (region === 'T') {
    // thoracic spines slope down over the level below: a blade hanging from the laminae to the tip
    prims.push(
      taperedCapsule(at(add(archBackLocal, [0, 0.006, 0.004])), add(tip, [0, 0.004, 0.006]), 0.004, 0.0045, {
        normal: [1, 0, 0],
        ratio: 0.6,
      }),
    )
  }
  return bone(`${level.toLowerCase()}-vertebra`, 'midline', `${level} vertebra`, prims, { maxTriangles: 500, cellM: 0.003 })
}

function atlasVertebra(): StructureSpec {
  const c2 = vertebralBody('C2')
  const c = add(c2, [0, 0.018, -0.006])
  const prims: Primitive[] = []
  const ring: Vec3[] = []
  for (let i = 0; i <= 16; i++) {
    const a = (i / 16) * 2 * Math.PI
    ring.push(add(c, [0.022 * Math.sin(a), 0, 0.02 * Math.cos(a) - 0.008]))
  }
  prims.push(
    ...tube(
      ring,
      ring.map(() => 0.0045),
    ),
  )
  for (const sx of [1, -1]) prims.push(ellipsoid(add(c, [sx * 0.02, 0, 0.0]), [0.012, 0.008, 0.01]))
  for (const sx of [1, -1]) prims.push(taperedCapsule(add(c, [sx * 0.02, 0, 0]), add(c, [sx * 0.038, 0, -0.004]), 0.005, 0.004))
  return bone('c1-vertebra', 'midline', 'C1 vertebra (atlas)', prims, { maxTriangles: 500, cellM: 0.003 })
}

function skull(lm: Landmarks): StructureSpec[] {
  const cranium = craniumShape(lm)
  const mand = mandiblePrims(lm)
  return [
    bone('skull', 'midline', 'Skull (cranium and facial skeleton)', cranium.prims, { cellM: 0.0022, maxTriangles: 7000, shape: cranium }),
    bone('mandible', 'midline', 'Mandible', mand, { cellM: 0.0018, maxTriangles: 2600, shape: { prims: mand, blendM: 0.003 } }),
  ]
}

/** Rib centreline from the vertebral body round to its bony end, and the cartilage path on to the sternum. */
export function ribPath(k: number): { bony: Vec3[]; cartilage: Vec3[] } {
  const head = add(vertebralBody(`T${k}`), [0.014, 0, -0.006])
  const thetaStart = posteriorThetaAtX(k, 0.035)
  const endTheta =
    k <= 7
      ? anteriorThetaAtX(k, 0.018)
      : k === 11
        ? 0.62 * Math.PI
        : k === 12
          ? 0.42 * Math.PI
          : anteriorThetaAtX(k, 0.03 + (k - 8) * 0.022)
  const bonyEnd = k <= 10 ? thetaStart + (endTheta - thetaStart) * (k === 1 ? 0.8 : 0.74) : endTheta
  const steps = 14
  const bony: Vec3[] = [head]
  for (let i = 0; i <= steps; i++) bony.push(ribPoint(k, thetaStart + ((bonyEnd - thetaStart) * i) / steps))
  const cartilage: Vec3[] = []
  if (k <= 10) {
    for (let i = 0; i <= 6; i++) cartilage.push(ribPoint(k, bonyEnd + ((endTheta - bonyEnd) * i) / 6))
    if (k >= 8) {
      // false ribs: the cartilage turns up to join the cartilage above at the costal margin
      const prev = ribPoint(k - 1, anteriorThetaAtX(k - 1, 0.03 + (k - 9) * 0.022 + 0.012))
      cartilage.push(lerp(lastOf(cartilage, `rib ${k} cartilage`), prev, 0.9))
    }
  }
  return { bony, cartilage }
}

function ribs(): StructureSpec[] {
  const out: StructureSpec[] = []
  for (let k = 1; k <= RIB_COUNT; k++) {
    const { bony, cartilage } = ribPath(k)
    const r = k === 1 ? RIB_RADIUS_M * 1.05 : k >= 11 ? RIB_RADIUS_M * 0.85 : RIB_RADIUS_M
    // ribs are flat bands: squash the section along the ring's outward normal (approximated per rib)
    const prims = tube(
      bony,
      bony.map((_, i) => (i === 0 ? r * 1.1 : r)),
      { normal: [0.7, 0.25, -0.65], ratio: 0.7 },
    )
    out.push(bone(`rib-${k}`, 'left', `Rib ${k}`, prims, { cellM: 0.003, maxTriangles: 700, shape: { prims, blendM: 0.004 } }))
    if (cartilage.length > 1) {
      const cp = tube(
        cartilage,
        cartilage.map(() => r * 0.85),
      )
      out.push(
        bone(`costal-cartilage-${k}`, 'left', `Costal cartilage ${k}`, cp, {
          cellM: 0.003,
          maxTriangles: 300,
          colour: COLOURS.cartilage,
          shape: { prims: cp, blendM: 0.004 },
        }),
      )
    }
  }
  return out
}

function sternum(lm: Landmarks): StructureSpec {
  const notch = lm.at('sternal-notch')
  const angle = lm.at('sternal-angle')
  const xiph = lm.at('xiphoid-process')
  const prims: Primitive[] = [
    taperedCapsule(add(notch, [0, -0.008, 0.006]), add(angle, [0, 0.004, 0]), 0.024, 0.014, { normal: [0, 0.3, 1], ratio: 0.35 }),
    taperedCapsule(angle, add(xiph, [0, 0.02, -0.004]), 0.015, 0.014, { normal: [0, 0.3, 1], ratio: 0.35 }),
    taperedCapsule(add(xiph, [0, 0.02, -0.004]), xiph, 0.01, 0.004, { normal: [0, 0.3, 1], ratio: 0.4 }),
  ]
  return bone('sternum', 'midline', 'Sternum', prims, { cellM: 0.003, maxTriangles: 600 })
}

function shoulderGirdle(lm: Landmarks): StructureSpec[] {
  const sc = lm.at('sternoclavicular-joint')
  const mid = lm.at('clavicle-midpoint')
  const acr = lm.at('acromion')
  const ac: Vec3 = add(acr, [-0.014, 0.008, 0.012])
  const clav: Vec3[] = [sc, lerp(sc, mid, 0.5), mid, add(lerp(mid, ac, 0.6), [0, 0.002, -0.018]), ac]
  const clavicle = bone('clavicle', 'left', 'Clavicle', tube(clav, [0.009, 0.0075, 0.007, 0.007, 0.008]), {
    cellM: 0.003,
    maxTriangles: 600,
  })

  const sup = lm.at('superior-angle-of-scapula')
  const root = lm.at('root-of-scapular-spine')
  const inf = lm.at('inferior-angle-of-scapula')
  const glen = lm.at('glenoid')
  const spineMid = lm.at('scapular-spine-midpoint')
  const cor = lm.at('coracoid-process')
  // blade: a thin plate lying on the ribs; fan of flattened capsules from the glenoid neck to the medial border
  const normal = normalize([0.3, 0.05, -1])
  const neck: Vec3 = add(glen, [-0.012, 0, -0.006])
  const prims: Primitive[] = []
  const border = [sup, lerp(sup, root, 0.5), root, lerp(root, inf, 0.33), lerp(root, inf, 0.66), inf]
  for (const b of border) prims.push(taperedCapsule(b, neck, 0.006, 0.012, { normal, ratio: 0.35 }))
  prims.push(
    ...tube(
      border,
      border.map(() => 0.005),
    ),
  )
  // lateral border, thicker
  prims.push(taperedCapsule(inf, add(neck, [0, -0.02, 0]), 0.006, 0.01))
  // glenoid: a shallow oval socket
  prims.push(ellipsoid(glen, [0.008, 0.02, 0.014], axesFrom([1, 0, 0.2], [0, 1, 0])))
  // spine of the scapula, rising from its root to the acromion, standing out from the blade
  const spinePts: Vec3[] = [root, spineMid, add(acr, [-0.03, -0.004, -0.02]), add(acr, [-0.01, 0, -0.004])]
  prims.push(...tube(spinePts, [0.004, 0.007, 0.008, 0.009], { normal: [0, 1, 0], ratio: 0.55 }))
  // acromion: flat process over the shoulder
  prims.push(taperedCapsule(add(acr, [-0.025, 0.002, -0.02]), acr, 0.012, 0.01, { normal: [0, 1, 0], ratio: 0.45 }))
  // coracoid: hooks forward from the neck
  prims.push(...tube([add(neck, [0.002, 0.012, 0.01]), add(cor, [-0.01, 0.01, -0.02]), cor], [0.006, 0.0065, 0.006]))
  const scapula = bone('scapula', 'left', 'Scapula', prims, { cellM: 0.003, maxTriangles: 1400, shape: { prims, blendM: 0.006 } })
  return [clavicle, scapula]
}

function upperLimb(lm: Landmarks): StructureSpec[] {
  const gh = lm.at('glenohumeral-joint')
  const elbow = lm.at('elbow-joint')
  const wrist = lm.at('wrist-joint')
  const tip = lm.at('fingertip')
  const lat = lm.at('lateral-epicondyle')
  const med = lm.at('medial-epicondyle')
  const gt = lm.at('greater-tubercle')
  const hum: Primitive[] = [
    ellipsoid(add(gh, [0.004, 0.002, 0.0]), [0.024, 0.025, 0.024]),
    ellipsoid(add(gt, [-0.004, 0, -0.002]), [0.012, 0.016, 0.012]),
    ...tube(
      [add(gh, [0.006, -0.02, 0.0]), lerp(gh, elbow, 0.3), lerp(gh, elbow, 0.75), add(elbow, [0, 0.025, -0.004])],
      [0.014, 0.011, 0.0105, 0.012],
    ),
    taperedCapsule(lat, med, 0.008, 0.009),
    ellipsoid(add(elbow, [0, 0.004, 0.002]), [0.022, 0.012, 0.013]),
    ellipsoid(lm.at('deltoid-tuberosity'), [0.006, 0.014, 0.007]),
  ]
  const rs = lm.at('radial-styloid')
  const us = lm.at('ulnar-styloid')
  const radius: Primitive[] = [
    ellipsoid(add(elbow, [0.02, -0.012, 0.002]), [0.011, 0.007, 0.011]),
    ...tube(
      // the last piece is the styloid process, its tip at the landmark
      [
        add(elbow, [0.02, -0.018, 0.002]),
        lerp(add(elbow, [0.02, -0.03, 0.004]), rs, 0.4),
        add(rs, [-0.01, 0.02, 0.002]),
        add(rs, [-0.0055, 0.004, 0]),
      ],
      [0.007, 0.007, 0.011, 0.0055],
    ),
  ]
  const olec = lm.at('olecranon')
  const ulna: Primitive[] = [
    ...tube(
      // the head, then the styloid process, its tip at the landmark
      [
        olec,
        add(elbow, [-0.012, -0.008, -0.01]),
        lerp(add(elbow, [-0.015, -0.03, -0.006]), us, 0.5),
        add(us, [0.004, 0.015, 0]),
        add(us, [0.003, 0.003, 0]),
      ],
      [0.011, 0.011, 0.007, 0.006, 0.0035],
    ),
  ]
  const hand = handPrims(wrist, tip)
  return [
    bone('humerus', 'left', 'Humerus', hum, { cellM: 0.004, maxTriangles: 1000 }),
    bone('radius', 'left', 'Radius', radius, { cellM: 0.003, maxTriangles: 600 }),
    bone('ulna', 'left', 'Ulna', ulna, { cellM: 0.003, maxTriangles: 600 }),
    bone('hand', 'left', 'Hand (carpals, metacarpals, phalanges)', hand, {
      cellM: 0.0016,
      maxTriangles: 8500,
      shape: { prims: hand, blendM: 0.0015 },
    }),
  ]
}

function pelvis(lm: Landmarks): StructureSpec[] {
  const prims = hipBonePrims(lm)
  const hipBone = bone('hip-bone', 'left', 'Hip bone (ilium, ischium, pubis)', prims, {
    cellM: 0.0028,
    maxTriangles: 5000,
    shape: { prims, blendM: 0.005 },
  })

  const sacrumP = sacrumPrims(lm)
  const sacrum = bone('sacrum', 'midline', 'Sacrum and coccyx', sacrumP, { cellM: 0.003, maxTriangles: 1800 })
  return [hipBone, sacrum]
}

function lowerLimb(lm: Landmarks): StructureSpec[] {
  const hip = lm.at('hip-joint')
  const gt = lm.at('greater-trochanter')
  const knee = lm.at('knee-joint')
  const mc = lm.at('medial-femoral-condyle')
  const lc = lm.at('lateral-femoral-condyle')
  const femur: Primitive[] = [
    ellipsoid(hip, [0.023, 0.023, 0.023]),
    taperedCapsule(hip, add(gt, [-0.03, -0.02, 0.0]), 0.016, 0.017),
    ellipsoid(add(gt, [-0.008, 0.0, -0.004]), [0.016, 0.022, 0.016]),
    ...tube(
      [add(gt, [-0.022, -0.03, 0.004]), add(lerp(gt, knee, 0.45), [-0.02, 0, 0.012]), add(knee, [0.0, 0.04, -0.002])],
      [0.016, 0.0135, 0.02],
    ),
    ellipsoid(add(mc, [0.004, -0.004, -0.006]), [0.017, 0.024, 0.028]),
    ellipsoid(add(lc, [-0.004, -0.004, -0.006]), [0.017, 0.024, 0.028]),
  ]
  const patella = bone('patella-bone', 'left', 'Patella', [ellipsoid(lm.at('patella'), [0.022, 0.025, 0.01])], {
    cellM: 0.003,
    maxTriangles: 300,
  })
  const ankle = lm.at('ankle-joint')
  const mm = lm.at('medial-malleolus')
  const lmal = lm.at('lateral-malleolus')
  const tt = lm.at('tibial-tuberosity')
  const tibia: Primitive[] = [
    roundedBox(add(knee, [0, -0.016, -0.004]), [0.04, 0.014, 0.028], 0.01),
    ellipsoid(add(tt, [0, 0, -0.01]), [0.012, 0.016, 0.01]),
    ...tube(
      [
        add(knee, [0, -0.03, 0.0]),
        add(lerp(knee, ankle, 0.5), [-0.006, 0, 0.012]),
        add(ankle, [-0.01, 0.04, 0.006]),
        add(ankle, [-0.006, 0.008, 0.004]),
      ],
      [0.022, 0.015, 0.013, 0.019],
    ),
    taperedCapsule(add(ankle, [-0.01, 0.03, 0.002]), mm, 0.012, 0.009),
  ]
  const fh = lm.at('fibular-head')
  const fibula: Primitive[] = [
    ellipsoid(fh, [0.011, 0.012, 0.011]),
    // the lower shaft bends in toward the tibia's fibular notch a few centimetres above the lateral malleolus
    ...tube([fh, add(lerp(fh, lmal, 0.5), [0, 0, -0.004]), add(lmal, [-0.006, 0.03, 0.002]), lmal], [0.008, 0.0065, 0.008, 0.01]),
  ]
  const foot = footPrims(footLandmarks(lm))
  return [
    bone('femur', 'left', 'Femur', femur, { cellM: 0.004, maxTriangles: 1200, shape: { prims: femur, blendM: 0.01 } }),
    patella,
    bone('tibia', 'left', 'Tibia', tibia, { cellM: 0.004, maxTriangles: 1000, shape: { prims: tibia, blendM: 0.01 } }),
    bone('fibula', 'left', 'Fibula', fibula, { cellM: 0.003, maxTriangles: 700 }),
    bone('foot', 'left', 'Foot (tarsals, metatarsals, phalanges)', foot, {
      cellM: 0.0018,
      maxTriangles: 7800,
      shape: { prims: foot, blendM: 0.002 },
    }),
  ]
}

/** Every bone of the model (bilateral bones described on the left). */
export function buildSkeleton(lm: Landmarks): StructureSpec[] {
  return [
    ...skull(lm),
    atlasVertebra(),
    ...VERTEBRAL_LEVELS.map(vertebra),
    ...ribs(),
    sternum(lm),
    ...shoulderGirdle(lm),
    ...upperLimb(lm),
    ...pelvis(lm),
    ...lowerLimb(lm),
  ]
}

export { ringParams }
