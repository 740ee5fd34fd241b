// Lungs, parietal pleura, heart, kidneys and the danger structures that needling safety is measured against. The pleural
// cavity is derived from the same rib rings as the skeleton (thorax.ts), so the pleura lies on the inner face of
// the ribs by construction; nerves and vessels run as tubes along their standard courses between landmarks.
import type { Landmarks } from './landmarkTable'
import { type Primitive, axesFrom, ellipsoid, smax, tube } from './sdf'
import { transverseProcessTip, vertebralBody } from './skeleton'
import { COLOURS, type StructureSpec } from './structure'
import { RIB_RADIUS_M, cageSurfaceValue } from './thorax'
import { type Vec3, add, lerp, sub } from './vec'

/** How far inside the rib-centreline surface the parietal pleura lies (rib half-thickness plus intercostal fascia). */
export const PLEURA_INSET_M = RIB_RADIUS_M * 0.7 + 0.0015
/** The lung (visceral pleura) lies this far inside the parietal pleura. */
const LUNG_GAP_M = 0.003

/**
 * The heart in the middle mediastinum (model choice after standard surface anatomy): about two thirds of it left of
 * the midline, its base behind the sternum at the level of the third costal cartilages, its apex down, forward and
 * to the left toward the fifth intercostal space. Signed distance in body coordinates (x = patient's left).
 */
const HEART_BASE: Vec3 = [-0.004, 1.345, 0.008]
const HEART_APEX: Vec3 = [0.078, 1.262, 0.058]
const HEART_AXES = axesFrom(sub(HEART_APEX, HEART_BASE), [0, 0, 1])
const HEART_CENTRE = lerp(HEART_BASE, HEART_APEX, 0.45)
const HEART_RADII: Vec3 = [0.066, 0.05, 0.04]

function heartValue(x: number, y: number, z: number): number {
  const d: Vec3 = [x - HEART_CENTRE[0], y - HEART_CENTRE[1], z - HEART_CENTRE[2]]
  const [u, v, w] = HEART_AXES
  // an ellipsoid that narrows toward the apex (the conical ventricles) and stays full at the base (the atria)
  const a = (d[0] * u[0] + d[1] * u[1] + d[2] * u[2]) / HEART_RADII[0]
  const taper = 1 - 0.28 * Math.max(0, a)
  const b = (d[0] * v[0] + d[1] * v[1] + d[2] * v[2]) / (HEART_RADII[1] * taper)
  const c = (d[0] * w[0] + d[1] * w[1] + d[2] * w[2]) / (HEART_RADII[2] * taper)
  return (Math.sqrt(a * a + b * b + c * c) - 1) * HEART_RADII[2] * 0.9
}

/** Floor of the pleural cavity: the diaphragm dome, lowest in the posterior costodiaphragmatic recess. */
function diaphragmY(ax: number, z: number, side: 'left' | 'right'): number {
  const slope = 1.19 + 0.06 * Math.min(Math.max((z + 0.09) / 0.18, 0), 1)
  // the right dome stands higher than the left, over the liver (model choice: 1.5 cm at its top)
  const dome = (side === 'right' ? 0.07 : 0.055) * Math.exp(-((ax - 0.065) ** 2 + (z + 0.0) ** 2) / (2 * 0.045 ** 2))
  return slope + dome
}

/**
 * Signed distance-like field of one pleural cavity (the parietal pleura surface), negative inside, in body
 * coordinates (the right cavity lies at x < 0).
 */
export function pleuralCavityValue(x: number, y: number, z: number, insetM = PLEURA_INSET_M, side: 'left' | 'right' = 'left'): number {
  // the cavity is bounded by the ribs, the mediastinum, the heart, the diaphragm and the cupula; the inset
  // (pleura below the ribs, lung inside the pleura) applies to every boundary alike
  const ax = side === 'left' ? x : -x
  let d = cageSurfaceValue(ax, y, z) + PLEURA_INSET_M
  d = smax(d, 0.024 - ax, 0.012) // mediastinum
  // the pericardium (heart plus a few millimetres) pushes the medial lung aside, more on the left than on the right
  d = smax(d, -(mediastinumValue(x, y, z) - 0.006), 0.01)
  d = smax(d, diaphragmY(ax, z, side) - y, 0.02)
  d = smax(d, y - 1.512, 0.02) // cupula: the apex reaches the neck of the first rib
  return d + (insetM - PLEURA_INSET_M)
}

/**
 * The left lung's cardiac notch: below the fourth costal cartilage its anterior border swings laterally, leaving the
 * pericardium covered only by pleura (the lung, not the parietal pleura, is cut back here).
 */
function cardiacNotchValue(x: number, y: number, z: number): number {
  const dx = (x - 0.035) / 0.06,
    dy = (y - 1.262) / 0.055,
    dz = (z - 0.085) / 0.06
  return (Math.sqrt(dx * dx + dy * dy + dz * dz) - 1) * 0.05
}

function cavityPrimitive(insetM: number, side: 'left' | 'right', lung: boolean): Primitive {
  const xs: [number, number] = side === 'left' ? [0, 0.17] : [-0.17, 0]
  return {
    bounds: { min: [xs[0], 1.16, -0.16], max: [xs[1], 1.52, 0.13] },
    distance: (x, y, z) => {
      const d = pleuralCavityValue(x, y, z, insetM, side)
      return lung && side === 'left' ? smax(d, -cardiacNotchValue(x, y, z), 0.015) : d
    },
  }
}

/** The heart with the roots of the great vessels (ascending aorta, arch and descending aorta, pulmonary trunk, SVC). */
const GREAT_VESSELS: Primitive[] = [
  ...tube(
    [
      [0.004, 1.352, 0.02],
      [0.0, 1.392, 0.018],
      [0.008, 1.418, 0.002],
      // the arch and the descending aorta lie on the left of the thoracic vertebral bodies, so they follow the curve
      [0.026, 1.41, vertebralBody('T4')[2] + 0.023],
      [0.03, 1.38, vertebralBody('T6')[2] + 0.014],
      [0.03, 1.24, vertebralBody('T12')[2] + 0.01],
    ],
    [0.014, 0.014, 0.013, 0.012, 0.011, 0.011],
  ),
  ...tube(
    [
      [0.022, 1.33, 0.042],
      [0.03, 1.37, 0.03],
      [0.034, 1.385, 0.008],
    ],
    [0.014, 0.013, 0.011],
  ),
  ...tube(
    [
      [-0.028, 1.43, 0.006],
      [-0.026, 1.35, 0.002],
    ],
    [0.011, 0.012],
  ),
]
const HEART: Primitive = { bounds: { min: [-0.075, 1.2, -0.06], max: [0.13, 1.42, 0.12] }, distance: heartValue }

/** The middle mediastinum (heart and great vessels) that the pleura and lungs make room for. */
function mediastinumValue(x: number, y: number, z: number): number {
  let d = heartValue(x, y, z)
  for (const p of GREAT_VESSELS) d = Math.min(d, p.distance(x, y, z))
  return d
}

export function buildOrgans(lm: Landmarks): StructureSpec[] {
  const L = (id: string): Vec3 => lm.at(id, 'left')
  const organ = (
    id: string,
    name: string,
    prims: Primitive[],
    kind: 'organ' | 'danger',
    colour: readonly [number, number, number],
    extra: Partial<StructureSpec> = {},
  ): StructureSpec => ({
    id,
    kind,
    side: 'left',
    name,
    shape: { prims, blendM: 0.006 },
    cellM: 0.004,
    maxTriangles: 1500,
    colour,
    underSkin: false,
    ...extra,
  })
  const gtr = L('greater-trochanter')
  const isch = L('ischial-tuberosity')
  const knee = L('knee-joint')
  const asis = L('asis')
  const pubt = L('pubic-tubercle')
  const femoralEntry = lerp(asis, pubt, 0.55)
  const tp = transverseProcessTip
  return [
    organ('lung', 'Lung', [cavityPrimitive(PLEURA_INSET_M + LUNG_GAP_M, 'left', true)], 'organ', COLOURS.organLung, {
      cellM: 0.005,
      maxTriangles: 3000,
      fma: 'FMA:7195',
      rightShape: { prims: [cavityPrimitive(PLEURA_INSET_M + LUNG_GAP_M, 'right', true)], blendM: 0.006 },
    }),
    organ('parietal-pleura', 'Parietal pleura', [cavityPrimitive(PLEURA_INSET_M, 'left', false)], 'danger', COLOURS.pleura, {
      cellM: 0.005,
      maxTriangles: 3000,
      rightShape: { prims: [cavityPrimitive(PLEURA_INSET_M, 'right', false)], blendM: 0.006 },
    }),
    organ('heart', 'Heart', [HEART, ...GREAT_VESSELS], 'organ', COLOURS.organHeart, {
      side: 'midline',
      cellM: 0.004,
      maxTriangles: 3000,
      fma: 'FMA:7088',
    }),
    organ(
      'kidney',
      'Kidney',
      [ellipsoid(add(vertebralBody('L1'), [0.06, -0.005, -0.012]), [0.03, 0.056, 0.022], axesFrom([0.2, -1, 0.15], [1, 0, 0.4]))],
      'organ',
      COLOURS.organKidney,
      { fma: 'FMA:7203', maxTriangles: 800 },
    ),
    organ(
      'sciatic-nerve',
      'Sciatic nerve',
      tube(
        [
          [0.05, 0.965, -0.06],
          [0.075, 0.925, -0.07],
          add(lerp(isch, gtr, 0.45), [0, -0.01, -0.025]),
          add(lerp(L('hip-joint'), knee, 0.45), [0.006, 0, -0.042]),
          add(knee, [0.004, 0.13, -0.04]),
        ],
        [0.0065, 0.0065, 0.0065, 0.006, 0.0055],
      ),
      'danger',
      COLOURS.nerve,
      { cellM: 0.003, maxTriangles: 800 },
    ),
    organ(
      'popliteal-vessels',
      'Popliteal artery and vein',
      tube(
        [add(knee, [-0.01, 0.14, -0.025]), add(L('popliteal-fossa'), [0, 0, 0.012]), add(knee, [0, -0.07, -0.03])],
        [0.0055, 0.0055, 0.005],
      ),
      'danger',
      COLOURS.artery,
      { cellM: 0.003, maxTriangles: 600 },
    ),
    organ(
      'femoral-neurovascular-bundle',
      'Femoral nerve, artery and vein',
      tube(
        [
          add(femoralEntry, [0.0, 0.012, -0.01]),
          add(femoralEntry, [0.004, -0.05, -0.004]),
          add(lerp(L('hip-joint'), knee, 0.35), [-0.02, 0, 0.028]),
          add(lerp(L('hip-joint'), knee, 0.65), [-0.032, 0, 0.008]),
          add(knee, [-0.014, 0.15, -0.02]),
        ],
        [0.008, 0.008, 0.0065, 0.006, 0.0055],
      ),
      'danger',
      COLOURS.neurovascular,
      { cellM: 0.003, maxTriangles: 800 },
    ),
    organ(
      'brachial-plexus',
      'Brachial plexus',
      tube(
        [
          add(tp('C5'), [0.006, 0, 0.006]),
          add(tp('C7'), [0.02, -0.004, 0.004]),
          [0.085, 1.455, 0.01],
          [0.12, 1.425, 0.012],
          [0.15, 1.39, 0.004],
          add(L('glenohumeral-joint'), [-0.01, -0.07, 0.022]),
        ],
        [0.006, 0.0065, 0.007, 0.007, 0.0065, 0.006],
      ),
      'danger',
      COLOURS.nerve,
      { cellM: 0.003, maxTriangles: 800 },
    ),
    organ('radial-nerve', 'Radial nerve (with its deep and superficial branches)', radialNerve(lm), 'danger', COLOURS.nerve, {
      cellM: 0.0016,
      maxTriangles: 1800,
      // its superficial branch runs under the skin over the lower radius, where the skin lies close to the bone
      underSkin: true,
    }),
    organ(
      'anterior-tibial-neurovascular-bundle',
      'Anterior tibial artery and veins with the deep fibular nerve',
      anteriorTibialBundle(lm),
      'danger',
      COLOURS.neurovascular,
      { cellM: 0.003, maxTriangles: 260 },
    ),
    organ(
      'vertebral-artery',
      'Vertebral artery',
      tube(
        [
          add(vertebralBody('C7'), [0.028, -0.01, 0.012]),
          add(vertebralBody('C6'), [0.024, 0, 0.0]),
          add(vertebralBody('C4'), [0.023, 0, -0.002]),
          add(vertebralBody('C2'), [0.024, 0, -0.004]),
          add(vertebralBody('C2'), [0.034, 0.018, -0.012]),
          add(vertebralBody('C2'), [0.018, 0.026, -0.03]),
          add(vertebralBody('C2'), [0.006, 0.036, -0.012]),
        ],
        [0.0028, 0.0028, 0.0028, 0.0028, 0.0028, 0.0028, 0.0028],
      ),
      'danger',
      COLOURS.artery,
      { cellM: 0.0018, maxTriangles: 800 },
    ),
    organ(
      'common-carotid-artery',
      'Common carotid artery and internal jugular vein',
      [
        ...tube(
          [
            add(L('sternoclavicular-joint'), [-0.004, -0.004, -0.018]),
            [0.022, 1.47, 0.022],
            add(L('thyroid-cartilage'), [0.026, 0.018, -0.018]),
            [0.03, 1.53, 0.008],
          ],
          [0.0055, 0.0055, 0.0055, 0.005],
        ),
        ...tube(
          [add(L('sternoclavicular-joint'), [0.008, 0.0, -0.02]), [0.036, 1.47, 0.016], [0.04, 1.51, 0.006], [0.042, 1.545, -0.005]],
          [0.0065, 0.0065, 0.006, 0.006],
        ),
      ],
      'danger',
      COLOURS.artery,
      { cellM: 0.003, maxTriangles: 900 },
    ),
  ]
}

/**
 * The radial nerve along its standard course (model choice after PICKFORD-RN and FDLP-2021 in data/sources.json):
 * from the axilla behind the humerus in the spiral groove, round the lateral border of the humerus at the junction
 * of its middle and lower thirds, forward between brachialis and brachioradialis to the front of the lateral
 * epicondyle, where it divides. The deep branch (posterior interosseous nerve) winds round the lateral side of the
 * upper radius inside the supinator (under the arcade of Frohse) to the back of the forearm; the superficial branch
 * runs down under brachioradialis and comes to the back of the wrist in the lower forearm.
 */
function radialNerve(lm: Landmarks): Primitive[] {
  const L = (id: string): Vec3 => lm.at(id, 'left')
  const gh = L('glenohumeral-joint')
  const elbow = L('elbow-joint')
  const wrist = L('wrist-joint')
  const rs = L('radial-styloid')
  const onHumerus = (t: number, off: Vec3): Vec3 => add(lerp(gh, elbow, t), off)
  const onForearm = (t: number, off: Vec3): Vec3 => add(lerp(elbow, wrist, t), off)
  const division = add(elbow, [0.026, 0.004, 0.014])
  const trunk = tube(
    [
      add(gh, [-0.01, -0.07, 0.018]),
      onHumerus(0.35, [-0.007, 0, -0.018]),
      onHumerus(0.55, [0.008, 0, -0.017]),
      onHumerus(0.68, [0.018, 0, -0.006]),
      onHumerus(0.85, [0.02, 0, 0.012]),
      division,
    ],
    [0.0028, 0.0028, 0.0028, 0.0027, 0.0026, 0.0025],
  )
  // the deep branch: a spiral round the radius' axis at the supinator's mid-thickness, from its front to its back
  const radTop = add(elbow, [0.02, -0.018, 0.002])
  const radAxis = (s: number): Vec3 => lerp(radTop, rs, s)
  const spiral: Vec3[] = [0.02, 0.06, 0.1, 0.14, 0.18, 0.22, 0.26].map((s, k) => {
    const theta = Math.PI * (0.12 + (0.9 * k) / 6)
    const c = radAxis(s)
    return [c[0] + 0.0125 * Math.sin(theta), c[1], c[2] + 0.0125 * Math.cos(theta)]
  })
  const deep = tube(
    [
      division,
      add(radTop, [0.006, 0.004, 0.014]),
      ...spiral,
      add(radAxis(0.4), [-0.01, 0, -0.015]),
      add(radAxis(0.6), [-0.013, 0, -0.013]),
    ],
    [0.0025, 0.0023, ...spiral.map(() => 0.0021), 0.002, 0.0018],
  )
  const superficial = tube(
    [
      division,
      onForearm(0.15, [0.024, 0.006, 0.012]),
      onForearm(0.35, [0.024, 0.005, 0.01]),
      onForearm(0.6, [0.026, 0.006, 0.006]),
      onForearm(0.8, [0.032, 0.008, -0.004]),
      add(rs, [0.002, 0.004, -0.008]),
    ],
    [0.0022, 0.002, 0.002, 0.0019, 0.0018, 0.0016],
  )
  return [...trunk, ...deep, ...superficial]
}

/**
 * The anterior tibial artery and its veins with the deep fibular nerve, one tube along their shared course (model
 * choice after GRAY-1918 and QUT-PAA in data/sources.json): they enter the front of the leg above the upper border of
 * the interosseous membrane, beside the neck of the fibula, and run down on the front of the membrane under the
 * anterior muscles, between tibialis anterior and extensor digitorum longus above and between tibialis anterior and
 * extensor hallucis longus below; near the ankle the tendon of extensor hallucis longus crosses in front of them to
 * their medial side, and they reach the front of the ankle between that tendon and extensor digitorum longus's.
 */
function anteriorTibialBundle(lm: Landmarks): Primitive[] {
  const ankle = lm.at('ankle-joint', 'left')
  const knee = lm.at('knee-joint', 'left')
  const onLeg = (f: number, off: Vec3): Vec3 => add(lerp(knee, ankle, f), off)
  return tube(
    [
      onLeg(0.15, [0.027, 0, -0.014]),
      onLeg(0.28, [0.021, 0, -0.007]),
      onLeg(0.47, [0.013, 0, 0.002]),
      onLeg(0.65, [0.012, 0, 0.015]),
      onLeg(0.79, [0.011, 0, 0.02]),
      onLeg(0.88, [0.007, 0, 0.025]),
      add(ankle, [0.011, 0.003, 0.036]),
      add(ankle, [0.006, -0.012, 0.05]),
    ],
    [0.0032, 0.0032, 0.0032, 0.0032, 0.003, 0.003, 0.003, 0.0028],
  )
}
