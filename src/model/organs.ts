// Lungs, parietal pleura, kidneys and the danger structures that needling safety is measured against. The pleural
// cavity is derived from the same rib rings as the skeleton (thorax.ts), so the pleura lies on the inner face of
// the ribs by construction; nerves and vessels run as tubes along their standard courses between landmarks.
import type { Landmarks } from './landmarkTable'
import { type Primitive, axesFrom, ellipsoid, smax, tube } from './sdf'
import { transverseProcessTip, vertebralBody } from './skeleton'
import { COLOURS, type StructureSpec } from './structure'
import { RIB_RADIUS_M, cageSurfaceValue } from './thorax'
import { type Vec3, add, lerp } from './vec'

/** How far inside the rib-centreline surface the parietal pleura lies (rib half-thickness plus intercostal fascia). */
export const PLEURA_INSET_M = RIB_RADIUS_M * 0.7 + 0.0015
/** The lung (visceral pleura) lies this far inside the parietal pleura. */
const LUNG_GAP_M = 0.003

/** Floor of the pleural cavity: the diaphragm dome, lowest in the posterior costodiaphragmatic recess. */
function diaphragmY(x: number, z: number): number {
  const slope = 1.19 + 0.06 * Math.min(Math.max((z + 0.09) / 0.18, 0), 1)
  const dome = 0.055 * Math.exp(-((x - 0.065) ** 2 + (z + 0.0) ** 2) / (2 * 0.045 ** 2))
  return slope + dome
}

/** Signed distance-like field of the left pleural cavity (the parietal pleura surface), negative inside. */
export function pleuralCavityValue(x: number, y: number, z: number, insetM = PLEURA_INSET_M): number {
  // the cavity is bounded by the ribs, the mediastinum, the heart, the diaphragm and the cupula; the inset
  // (pleura below the ribs, lung inside the pleura) applies to every boundary alike
  let d = cageSurfaceValue(x, y, z) + PLEURA_INSET_M
  d = smax(d, 0.024 - x, 0.012) // mediastinum
  // heart impression: the pericardium pushes the lower medial lung aside
  const hx = (x - 0.0) / 0.075, hy = (y - 1.275) / 0.06, hz = (z - 0.035) / 0.06
  d = smax(d, -(Math.sqrt(hx * hx + hy * hy + hz * hz) - 1) * 0.06, 0.01)
  d = smax(d, diaphragmY(x, z) - y, 0.02)
  d = smax(d, y - 1.512, 0.02) // cupula: the apex reaches the neck of the first rib
  return d + (insetM - PLEURA_INSET_M)
}

function cavityPrimitive(insetM: number): Primitive {
  return {
    bounds: { min: [0.0, 1.16, -0.13], max: [0.17, 1.52, 0.13] },
    distance: (x, y, z) => pleuralCavityValue(x, y, z, insetM),
  }
}

export function buildOrgans(lm: Landmarks): StructureSpec[] {
  const L = (id: string): Vec3 => lm.at(id, 'left')
  const organ = (id: string, name: string, prims: Primitive[], kind: 'organ' | 'danger', colour: readonly [number, number, number], extra: Partial<StructureSpec> = {}): StructureSpec => ({
    id, kind, side: 'left', name, shape: { prims, blendM: 0.006 }, cellM: 0.004, maxTriangles: 1500, colour, underSkin: false, ...extra,
  })
  const gtr = L('greater-trochanter')
  const isch = L('ischial-tuberosity')
  const knee = L('knee-joint')
  const asis = L('asis')
  const pubt = L('pubic-tubercle')
  const femoralEntry = lerp(asis, pubt, 0.55)
  const tp = transverseProcessTip
  return [
    organ('lung', 'Lung', [cavityPrimitive(PLEURA_INSET_M + LUNG_GAP_M)], 'organ', COLOURS.organLung, { cellM: 0.005, maxTriangles: 3000, fma: 'FMA:7195' }),
    organ('parietal-pleura', 'Parietal pleura', [cavityPrimitive(PLEURA_INSET_M)], 'danger', COLOURS.pleura, { cellM: 0.005, maxTriangles: 3000 }),
    organ('kidney', 'Kidney', [ellipsoid(add(vertebralBody('L1'), [0.06, -0.005, -0.012]), [0.03, 0.056, 0.022], axesFrom([0.2, -1, 0.15], [1, 0, 0.4]))], 'organ', COLOURS.organKidney, { fma: 'FMA:7203', maxTriangles: 800 }),
    organ('sciatic-nerve', 'Sciatic nerve', tube(
      [[0.05, 0.965, -0.06], [0.075, 0.925, -0.07], add(lerp(isch, gtr, 0.45), [0, -0.01, -0.025]), add(lerp(L('hip-joint'), knee, 0.45), [0.006, 0, -0.042]), add(knee, [0.004, 0.13, -0.04])],
      [0.0065, 0.0065, 0.0065, 0.006, 0.0055],
    ), 'danger', COLOURS.nerve, { cellM: 0.003, maxTriangles: 800 }),
    organ('popliteal-vessels', 'Popliteal artery and vein', tube(
      [add(knee, [-0.01, 0.14, -0.025]), add(L('popliteal-fossa'), [0, 0, 0.012]), add(knee, [0, -0.07, -0.03])],
      [0.0055, 0.0055, 0.005],
    ), 'danger', COLOURS.artery, { cellM: 0.003, maxTriangles: 600 }),
    organ('femoral-neurovascular-bundle', 'Femoral nerve, artery and vein', tube(
      [add(femoralEntry, [0.0, 0.012, -0.01]), add(femoralEntry, [0.004, -0.05, -0.004]), add(lerp(L('hip-joint'), knee, 0.35), [-0.02, 0, 0.028]), add(lerp(L('hip-joint'), knee, 0.65), [-0.032, 0, 0.008]), add(knee, [-0.014, 0.15, -0.02])],
      [0.008, 0.008, 0.0065, 0.006, 0.0055],
    ), 'danger', COLOURS.neurovascular, { cellM: 0.003, maxTriangles: 800 }),
    organ('brachial-plexus', 'Brachial plexus', tube(
      [add(tp('C5'), [0.006, 0, 0.006]), add(tp('C7'), [0.02, -0.004, 0.004]), [0.085, 1.455, 0.01], [0.12, 1.425, 0.012], [0.15, 1.39, 0.004], add(L('glenohumeral-joint'), [-0.01, -0.07, 0.022])],
      [0.006, 0.0065, 0.007, 0.007, 0.0065, 0.006],
    ), 'danger', COLOURS.nerve, { cellM: 0.003, maxTriangles: 800 }),
    organ('vertebral-artery', 'Vertebral artery', tube(
      [add(vertebralBody('C7'), [0.028, -0.01, 0.012]), add(vertebralBody('C6'), [0.024, 0, 0.0]), add(vertebralBody('C4'), [0.023, 0, -0.002]), add(vertebralBody('C2'), [0.024, 0, -0.004]), add(vertebralBody('C2'), [0.034, 0.018, -0.012]), add(vertebralBody('C2'), [0.018, 0.026, -0.03]), add(vertebralBody('C2'), [0.006, 0.036, -0.012])],
      [0.0028, 0.0028, 0.0028, 0.0028, 0.0028, 0.0028, 0.0028],
    ), 'danger', COLOURS.artery, { cellM: 0.0018, maxTriangles: 800 }),
    organ('common-carotid-artery', 'Common carotid artery and internal jugular vein', [
      ...tube([add(L('sternoclavicular-joint'), [-0.004, -0.004, -0.018]), [0.022, 1.47, 0.022], add(L('thyroid-cartilage'), [0.026, 0.018, -0.018]), [0.03, 1.53, 0.008]], [0.0055, 0.0055, 0.0055, 0.005]),
      ...tube([add(L('sternoclavicular-joint'), [0.008, 0.0, -0.02]), [0.036, 1.47, 0.016], [0.04, 1.51, 0.006], [0.042, 1.545, -0.005]], [0.0065, 0.0065, 0.006, 0.006]),
    ], 'danger', COLOURS.artery, { cellM: 0.003, maxTriangles: 900 }),
  ]
}
