// The landmark table of the reference adult (stature 1.75 m) from which the whole body is generated.
// Proportions: segment lengths and heights as fractions of stature H from Drillis & Contini (1966), as reproduced in
// Winter DA, Biomechanics and Motor Control of Human Movement, 4th ed., Wiley 2009, Fig. 4.1. We use: acromion
// height 0.818H, chin 0.870H, greater trochanter 0.530H, knee 0.285H, ankle (malleolus) 0.039H, upper arm 0.186H,
// forearm 0.146H, hand 0.108H, foot length 0.152H, foot breadth 0.055H, hip breadth 0.191H, chest breadth 0.174H.
// Everything else (spinal levels, scapula, pelvis, head) is placed by standard surface anatomy relative to these
// (e.g. inferior angle of the scapula at T8, iliac crest at L4, scapular spine root at T3) and is a model choice,
// not a measured value. Frame: metres, +Y up, body faces +Z, the patient's left is +X, origin on the floor between
// the feet. Bilateral entries give the LEFT (+X) copy; the right copy is mirrored.
import { LUMBAR_LEVELS, SACRAL_PROMONTORY, THORACIC_LEVELS, spinousHeight, spinousTip } from './spinalCurve'
import { type Vec3, add, normalize, scale } from './vec'

export const STATURE_M = 1.75
const H = STATURE_M

/** Winter (2009) Fig. 4.1 fractions of stature that the table uses (Drillis & Contini 1966). */
export const WINTER_FRACTIONS = {
  acromionHeight: 0.818,
  chinHeight: 0.87,
  greaterTrochanterHeight: 0.53,
  kneeHeight: 0.285,
  ankleHeight: 0.039,
  upperArm: 0.186,
  forearm: 0.146,
  hand: 0.108,
  footLength: 0.152,
  footBreadth: 0.055,
  hipBreadth: 0.191,
  chestBreadth: 0.174,
} as const

export type TableSide = 'bilateral' | 'midline'

export interface LandmarkEntry {
  id: string
  sides: TableSide
  /** Position of the midline point or of the LEFT copy, metres. */
  positionM: Vec3
  /** Where the point sits: on bone (palpable bony point), on the skin (projected onto the skin), or internal. */
  on: 'bone' | 'skin' | 'internal'
}

const F = WINTER_FRACTIONS
/** How far the mental protuberance (a point on the bone) lies above Winter's chin height of 0.870H, which is the
 * figure's outline, the skin under the chin: room for the bony menton 3 mm below the protuberance and the soft tissue
 * under it (a model choice). The skin under the bony menton then lies 3-4 mm below 0.870H, and the skin's top about
 * 5 mm below H; faceSkin.test.ts holds the head, from its top to that skin, to Winter's 0.130 of the body's height.
 * With the protuberance itself at 0.870H, the skin under the chin hung 1.9 cm below that height. */
const CHIN_BONE_ABOVE_SKIN_M = 0.009
const deg = Math.PI / 180

// ---- spine: the tips' heights and the sagittal curve live in spinalCurve.ts ----
export { VERTEBRAL_LEVELS, spinousHeight, spinousTip } from './spinalCurve'
const THORACIC = THORACIC_LEVELS
const LUMBAR = LUMBAR_LEVELS

// ---- upper limb in the anatomical position, arms abducted 12 deg so they stand clear of the trunk ----
const ARM_ABDUCTION = 12 * deg
const CARRYING = 15 * deg
const GH: Vec3 = [0.178, 1.405, -0.03]
const armDir: Vec3 = [Math.sin(ARM_ABDUCTION), -Math.cos(ARM_ABDUCTION), 0]
const armLat: Vec3 = [Math.cos(ARM_ABDUCTION), Math.sin(ARM_ABDUCTION), 0]
const ELBOW = add(GH, scale(armDir, F.upperArm * H))
const foreDir: Vec3 = normalize([Math.sin(CARRYING), -Math.cos(CARRYING), 0.08])
const foreLat: Vec3 = [Math.cos(CARRYING), Math.sin(CARRYING), 0]
const WRIST = add(ELBOW, scale(foreDir, F.forearm * H))
const FINGERTIP = add(WRIST, scale(foreDir, F.hand * H))

// ---- lower limb ----
const GT_Y = F.greaterTrochanterHeight * H
const KNEE_Y = F.kneeHeight * H
const ANKLE_Y = F.ankleHeight * H
const HIP: Vec3 = [0.09, GT_Y + 0.008, 0.012]
const KNEE: Vec3 = [0.085, KNEE_Y, 0.008]
const ANKLE: Vec3 = [0.075, ANKLE_Y + 0.004, 0.0]
const HEEL_Z = -0.065
const FOOT_LEN = F.footLength * H

/** Joint centres and other internal points the skeleton is built on (not palpable). */
export const JOINT_CENTRES: readonly LandmarkEntry[] = [
  { id: 'skull-centre', sides: 'midline', positionM: [0, 1.655, 0.0], on: 'internal' },
  { id: 'glenohumeral-joint', sides: 'bilateral', positionM: GH, on: 'internal' },
  { id: 'elbow-joint', sides: 'bilateral', positionM: ELBOW, on: 'internal' },
  { id: 'wrist-joint', sides: 'bilateral', positionM: WRIST, on: 'internal' },
  { id: 'fingertip', sides: 'bilateral', positionM: FINGERTIP, on: 'internal' },
  { id: 'hip-joint', sides: 'bilateral', positionM: HIP, on: 'internal' },
  { id: 'knee-joint', sides: 'bilateral', positionM: KNEE, on: 'internal' },
  { id: 'ankle-joint', sides: 'bilateral', positionM: ANKLE, on: 'internal' },
  { id: 'glenoid', sides: 'bilateral', positionM: [0.158, 1.405, -0.035], on: 'internal' },
  { id: 'sacral-promontory', sides: 'midline', positionM: SACRAL_PROMONTORY, on: 'internal' },
]

/** A point of the scapula's medial border at the height of a level's spinous tip, `x` from the midline and `forwardM`
 * in front of the tip: the scapula lies on the ribs, so it follows the curve of the back (model choice). */
function onBackAt(level: string, x: number, forwardM: number): Vec3 {
  const tip = spinousTip(level)
  return [x, tip[1], tip[2] + forwardM]
}

const sp = (level: string): LandmarkEntry => ({
  id: `${level.toLowerCase()}-spinous-process`,
  sides: 'midline',
  positionM: spinousTip(level),
  on: 'bone',
})

/** The palpable landmarks: one entry per id of LANDMARKS in src/anatomy/ids.ts. */
export const LANDMARK_TABLE: readonly LandmarkEntry[] = [
  // head and neck
  { id: 'vertex', sides: 'midline', positionM: [0, H, -0.005], on: 'bone' },
  { id: 'glabella', sides: 'midline', positionM: [0, 1.668, 0.094], on: 'bone' },
  { id: 'nasion', sides: 'midline', positionM: [0, 1.655, 0.09], on: 'bone' },
  { id: 'mental-protuberance', sides: 'midline', positionM: [0, F.chinHeight * H + CHIN_BONE_ABOVE_SKIN_M, 0.083], on: 'bone' },
  { id: 'external-occipital-protuberance', sides: 'midline', positionM: [0, 1.63, -0.093], on: 'bone' },
  { id: 'hyoid', sides: 'midline', positionM: [0, 1.503, 0.042], on: 'bone' },
  { id: 'thyroid-cartilage', sides: 'midline', positionM: [0, 1.478, 0.05], on: 'bone' },
  { id: 'sternal-notch', sides: 'midline', positionM: [0, 1.435, 0.045], on: 'bone' },
  { id: 'sternal-angle', sides: 'midline', positionM: [0, 1.39, 0.07], on: 'bone' },
  { id: 'xiphoid-process', sides: 'midline', positionM: [0, 1.255, 0.1], on: 'bone' },
  { id: 'umbilicus', sides: 'midline', positionM: [0, 1.06, 0.09], on: 'skin' },
  { id: 'pubic-symphysis', sides: 'midline', positionM: [0, 0.905, 0.068], on: 'bone' },
  sp('C2'),
  sp('C7'),
  ...THORACIC.map(sp),
  ...LUMBAR.map(sp),
  { id: 'sacrum-s2', sides: 'midline', positionM: [0, 0.985, -0.1], on: 'bone' },
  { id: 'coccyx', sides: 'midline', positionM: [0, 0.89, -0.088], on: 'bone' },
  { id: 'supraorbital-margin', sides: 'bilateral', positionM: [0.032, 1.664, 0.086], on: 'bone' },
  { id: 'temple', sides: 'bilateral', positionM: [0.07, 1.668, 0.045], on: 'bone' },
  { id: 'zygomatic-arch', sides: 'bilateral', positionM: [0.064, 1.618, 0.05], on: 'bone' },
  // the tragus's top level with the orbit's floor (the Frankfurt horizontal: porion and orbitale in one plane; the
  // orbit's cavity in skullBones.ts reaches down to 1.630), so the ear spans from about the brow to the nose's base
  { id: 'tragus', sides: 'bilateral', positionM: [0.074, 1.625, 0.0], on: 'skin' },
  { id: 'mastoid-process', sides: 'bilateral', positionM: [0.055, 1.578, -0.028], on: 'bone' },
  { id: 'angle-of-mandible', sides: 'bilateral', positionM: [0.05, 1.548, 0.022], on: 'bone' },
  // shoulder girdle and chest
  { id: 'sternoclavicular-joint', sides: 'bilateral', positionM: [0.024, 1.437, 0.045], on: 'bone' },
  { id: 'clavicle-midpoint', sides: 'bilateral', positionM: [0.1, 1.447, 0.045], on: 'bone' },
  { id: 'acromion', sides: 'bilateral', positionM: [0.196, F.acromionHeight * H, -0.028], on: 'bone' },
  { id: 'coracoid-process', sides: 'bilateral', positionM: [0.15, 1.412, 0.022], on: 'bone' },
  { id: 'superior-angle-of-scapula', sides: 'bilateral', positionM: onBackAt('T2', 0.078, 0.026), on: 'bone' },
  { id: 'root-of-scapular-spine', sides: 'bilateral', positionM: onBackAt('T3', 0.072, 0.013), on: 'bone' },
  { id: 'scapular-spine-midpoint', sides: 'bilateral', positionM: [0.125, 1.437, spinousTip('T3')[2] + 0.027], on: 'bone' },
  // the inferior angle at the height of the T8 spinous tip (surface anatomy puts it at T7-T8): at T7 the blade was 12 cm
  // from the superior angle, against 155 +/- 16 mm measured on cadaveric scapulae (von Schroeder et al. 2001, "Osseous
  // anatomy of the scapula"); at T8 it is about 14 cm, within that spread. Its depth stays where it was at T7 (the
  // chest-depth scale of src/geometry/anchors.ts is measured to it).
  {
    id: 'inferior-angle-of-scapula',
    sides: 'bilateral',
    positionM: [0.095, spinousTip('T8')[1], onBackAt('T7', 0.095, 0.023)[2]],
    on: 'bone',
  },
  { id: 'greater-tubercle', sides: 'bilateral', positionM: add(GH, [0.028, -0.006, 0.012]), on: 'bone' },
  {
    id: 'deltoid-tuberosity',
    sides: 'bilateral',
    positionM: add(add(GH, scale(armDir, 0.45 * F.upperArm * H)), scale(armLat, 0.013)),
    on: 'bone',
  },
  { id: 'lateral-epicondyle', sides: 'bilateral', positionM: add(add(ELBOW, scale(armLat, 0.034)), [0, 0.004, -0.004]), on: 'bone' },
  { id: 'medial-epicondyle', sides: 'bilateral', positionM: add(add(ELBOW, scale(armLat, -0.04)), [0, 0.006, -0.006]), on: 'bone' },
  { id: 'olecranon', sides: 'bilateral', positionM: add(ELBOW, [0, 0.014, -0.027]), on: 'bone' },
  { id: 'radial-styloid', sides: 'bilateral', positionM: add(add(WRIST, scale(foreLat, 0.032)), [0, -0.004, 0.004]), on: 'bone' },
  { id: 'ulnar-styloid', sides: 'bilateral', positionM: add(add(WRIST, scale(foreLat, -0.026)), [0, 0.002, -0.01]), on: 'bone' },
  {
    id: 'third-metacarpal-head',
    sides: 'bilateral',
    positionM: add(add(WRIST, scale(foreDir, 0.092)), [0, 0, -0.012]),
    on: 'bone',
  },
  { id: 'nipple', sides: 'bilateral', positionM: [0.1, 1.3, 0.1], on: 'skin' },
  { id: 'second-intercostal-space-mcl', sides: 'bilateral', positionM: [0.1, 1.385, 0.07], on: 'bone' },
  { id: 'fifth-intercostal-space-aal', sides: 'bilateral', positionM: [0.12, 1.275, 0.06], on: 'bone' },
  { id: 'costal-margin', sides: 'bilateral', positionM: [0.1, 1.21, 0.08], on: 'bone' },
  { id: 'twelfth-rib-tip', sides: 'bilateral', positionM: [0.115, 1.16, -0.055], on: 'bone' },
  // pelvis and lower limb
  { id: 'iliac-crest', sides: 'bilateral', positionM: [0.14, spinousHeight('L4') - 0.004, -0.015], on: 'bone' },
  { id: 'asis', sides: 'bilateral', positionM: [0.118, 0.968, 0.072], on: 'bone' },
  { id: 'psis', sides: 'bilateral', positionM: [0.042, 0.99, -0.09], on: 'bone' },
  { id: 'pubic-tubercle', sides: 'bilateral', positionM: [0.026, 0.91, 0.066], on: 'bone' },
  { id: 'ischial-tuberosity', sides: 'bilateral', positionM: [0.056, 0.862, -0.045], on: 'bone' },
  { id: 'greater-trochanter', sides: 'bilateral', positionM: [(F.hipBreadth * H) / 2 - 0.01, GT_Y, -0.01], on: 'bone' },
  { id: 'patella', sides: 'bilateral', positionM: [0.087, KNEE_Y + 0.035, 0.052], on: 'bone' },
  { id: 'tibial-tuberosity', sides: 'bilateral', positionM: [0.086, KNEE_Y - 0.045, 0.043], on: 'bone' },
  { id: 'medial-femoral-condyle', sides: 'bilateral', positionM: [0.046, KNEE_Y + 0.018, 0.004], on: 'bone' },
  { id: 'lateral-femoral-condyle', sides: 'bilateral', positionM: [0.126, KNEE_Y + 0.018, 0.002], on: 'bone' },
  { id: 'fibular-head', sides: 'bilateral', positionM: [0.125, KNEE_Y - 0.03, -0.012], on: 'bone' },
  { id: 'popliteal-fossa', sides: 'bilateral', positionM: [0.086, KNEE_Y + 0.01, -0.045], on: 'internal' },
  { id: 'lateral-malleolus', sides: 'bilateral', positionM: [0.106, ANKLE_Y, -0.01], on: 'bone' },
  { id: 'medial-malleolus', sides: 'bilateral', positionM: [0.047, ANKLE_Y + 0.01, 0.005], on: 'bone' },
  { id: 'calcaneus', sides: 'bilateral', positionM: [0.076, 0.035, HEEL_Z], on: 'bone' },
  { id: 'first-metatarsal-head', sides: 'bilateral', positionM: [0.055, 0.02, HEEL_Z + 0.72 * FOOT_LEN], on: 'bone' },
  { id: 'fifth-metatarsal-base', sides: 'bilateral', positionM: [0.118, 0.018, HEEL_Z + 0.5 * FOOT_LEN], on: 'bone' },
  { id: 'great-toe-tip', sides: 'bilateral', positionM: [0.062, 0.014, HEEL_Z + FOOT_LEN], on: 'bone' },
]

/** Breadths the skeleton uses from the table (Winter fractions). */
export const BREADTHS_M = {
  chest: F.chestBreadth * H,
  hip: F.hipBreadth * H,
  foot: F.footBreadth * H,
}
