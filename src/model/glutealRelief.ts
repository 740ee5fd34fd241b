// The buttocks' own surface marks, which the skin's smoothing (skin.ts) bridges: the natal (intergluteal) cleft
// between the buttocks, from about the third sacral spine down between them, and the gluteal fold under each,
// a skin crease that runs from the cleft laterally across the back of the thigh just below the ischial tuberosity
// (it is a crease of the skin and fascia, not gluteus maximus' lower border, which crosses it obliquely; ANAT). Both
// are given as how far the skin's field moves in at a point (about as far as the skin, where the field is a distance;
// further in the cleft, where the blur has flattened it); skin.ts never lets either uncover a structure. Their widths and
// depths are model choices, judged from the pictures; their places follow the pelvis' landmarks, so they move with
// each body.
import { ramp } from './fibres'
import type { Landmarks } from './landmarkTable'
import type { SkinRelief } from './skin'

/** Deepest the cleft is carved (m) before skin.ts's cover limit; the Gaussian scale of its profile across (m: the
 * depth falls to 1/e this far from the midline). */
const CLEFT_DEPTH_M = 0.012
const CLEFT_SCALE_M = 0.016
/** Depth of the gluteal fold (m); the Gaussian scales of its profile above (the buttock rounding into it) and below
 * its line (m). */
const FOLD_DEPTH_M = 0.01
const FOLD_SCALE_ABOVE_M = 0.02
const FOLD_SCALE_BELOW_M = 0.013
/** The fold's lowest point lies this far below the ischial tuberosity; it curves up by this much to its lateral end (m). */
const FOLD_BELOW_TUBEROSITY_M = 0.026
const FOLD_RISE_M = 0.02
/** The fold is lowest this far along it (0 at the cleft, 1 at its lateral end), and rises by this much (m) from there to
 * its medial end at the cleft. */
const FOLD_LOWEST_AT = 0.3
const FOLD_MEDIAL_RISE_M = 0.018
/** The fold runs from the cleft out to this distance from the midline, fading over its lateral third (m). */
const FOLD_LATERAL_END_M = 0.135

/** The natal cleft and both gluteal folds of a body, from its landmarks (reference-body frame). */
export function glutealRelief(lm: Landmarks): SkinRelief {
  const coccyx = lm.at('coccyx', 'midline')
  const sacrum = lm.at('sacrum-s2', 'midline')
  const tuberosity = lm.at('ischial-tuberosity', 'left')
  // only the back of the pelvis and thighs: behind the ischial tuberosities
  const behind = (z: number): number => ramp(z, tuberosity[2] - 0.01, tuberosity[2] - 0.035)
  // the cleft: deepening steadily from about the third sacral spine to just below the coccyx's tip (so that no step
  // crosses it there), fading below it to where the buttocks already part
  const cleftTop = coccyx[1] + 0.8 * (sacrum[1] - coccyx[1])
  const cleft = (x: number, y: number): number =>
    CLEFT_DEPTH_M *
    Math.exp(-((x / CLEFT_SCALE_M) ** 2)) *
    ramp(y, cleftTop, coccyx[1] - 0.01) *
    ramp(y, tuberosity[1] - 0.015, coccyx[1] - 0.015)
  const fold = (x: number, y: number): number => {
    const ax = Math.abs(x)
    const along = Math.max(0, ax - CLEFT_SCALE_M) / (FOLD_LATERAL_END_M - CLEFT_SCALE_M)
    if (along >= 1) return 0
    // each fold is the lower curve of its own buttock: lowest a third of the way out, rising laterally and, more
    // steeply, medially into the foot of the cleft, so that the two folds do not read as one line across
    const line =
      tuberosity[1] -
      FOLD_BELOW_TUBEROSITY_M +
      (along < FOLD_LOWEST_AT
        ? FOLD_MEDIAL_RISE_M * ((FOLD_LOWEST_AT - along) / FOLD_LOWEST_AT) ** 2
        : FOLD_RISE_M * ((along - FOLD_LOWEST_AT) / (1 - FOLD_LOWEST_AT)) ** 2)
    const dy = y - line
    const profile = Math.exp(-((dy / (dy > 0 ? FOLD_SCALE_ABOVE_M : FOLD_SCALE_BELOW_M)) ** 2))
    return FOLD_DEPTH_M * profile * ramp(along, 1, 0.6)
  }
  const reach = FOLD_LATERAL_END_M + 0.01
  return {
    // from the fold's lowest tail to the sacrum, and from behind the ischial tuberosity back past any buttock
    bounds: { min: [-reach, tuberosity[1] - 0.07, tuberosity[2] - 0.3], max: [reach, sacrum[1], tuberosity[2]] },
    inwardM: (x, y, z) => {
      const b = behind(z)
      return b === 0 ? 0 : b * Math.max(cleft(x, y), fold(x, y))
    },
  }
}
