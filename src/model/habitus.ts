// Body habitus: how thick the subcutaneous layer is, region by region, for the average reference adult, and how it
// changes for a lean and a high-BMI body. The change is scaled from the CT regression of skin-to-pleura depth in the
// interscapular space on BMI (KIM-2002: depth cm = 0.380 x BMI - 4.301; sample BMI 21.1 +/- 3.2): "average" is the
// sample mean BMI, "lean" one SD below it, "high" two SDs above it. Only the fat layer changes in the model (muscle
// and bone are fixed), so the lean body cannot lose more than most of its fat: see LEAN_FLOOR.

/** KIM-2002 regression (depth in cm on BMI) and its sample. */
export const KIM_2002 = { slopeCmPerBmi: 0.38, interceptCm: -4.301, meanBmi: 21.1, sdBmi: 3.2 } as const

export const HABITUS_BMI = {
  lean: KIM_2002.meanBmi - KIM_2002.sdBmi,
  average: KIM_2002.meanBmi,
  high: KIM_2002.meanBmi + 2 * KIM_2002.sdBmi,
} as const

export type Habitus = keyof typeof HABITUS_BMI

/** Change of interscapular skin-to-pleura depth from the average habitus, by the regression (m). */
export function interscapularDepthChangeM(h: Habitus): number {
  return (KIM_2002.slopeCmPerBmi * (HABITUS_BMI[h] - HABITUS_BMI.average)) / 100
}

/** The lean body keeps at least this fraction of its average subcutaneous layer (a modelling floor). */
export const LEAN_FLOOR = 0.25

const bump = (v: number, centre: number, width: number): number => Math.exp(-(((v - centre) / width) ** 2))
/** 1 between `lo` and `hi`, falling off over `soft` on each side. */
export const band = (v: number, lo: number, hi: number, soft: number): number =>
  1 / (1 + Math.exp(-(v - lo) / soft)) / (1 + Math.exp((v - hi) / soft))

/** Average-habitus subcutaneous thickness (skin plus fat) at a point on the body (m). */
export function subcutaneousThicknessM(x: number, y: number, z: number): number {
  const ax = Math.abs(x)
  let t = 0.0045
  // abdomen and flanks
  t += band(y, 0.93, 1.24, 0.03) * band(ax, -1, 0.17, 0.015) * (0.006 + 0.008 * band(z, 0.0, 1, 0.02))
  // buttocks and hips
  t += band(y, 0.8, 1.02, 0.03) * band(ax, -1, 0.2, 0.015) * (0.004 + 0.006 * band(-z, 0.03, 1, 0.02))
  // thighs
  t += band(y, 0.55, 0.86, 0.03) * band(ax, -1, 0.21, 0.01) * 0.003
  // over the deltoid: enough layer for the skin to smooth over its fibre bundles (lateral of the upper trapezius)
  t += band(y, 1.2, 1.45, 0.02) * band(ax, 0.17, 0.27, 0.008) * 0.004
  // thin over the head, hands and feet
  t -= band(y, 1.52, 2, 0.01) * 0.0015
  t -= band(ax, 0.25, 1, 0.01) * band(y, 0, 0.95, 0.02) * 0.002
  t -= band(y, -1, 0.09, 0.01) * 0.0015
  void bump
  return Math.max(t, 0.0018)
}

/** Subcutaneous thickness over the interscapular region, the reference the KIM-2002 change is scaled from (m). */
export const INTERSCAPULAR_REFERENCE_M = subcutaneousThicknessM(0.055, 1.37, -0.14)

/**
 * How much of the trunk's habitus change reaches the skin of the hands, the feet and the head (a model choice, not a
 * measurement): fat gained or lost lies mostly on the trunk and limbs, and moving the knuckles, toes and the features of
 * the face out by the 1-2 cm that the regression gives the trunk swelled them into bubbles.
 */
export function habitusChangeShare(x: number, y: number): number {
  const ax = Math.abs(x)
  const hand = band(ax, 0.23, 1, 0.01) * band(y, -1, 0.82, 0.01)
  const foot = band(y, -1, 0.07, 0.01)
  const head = band(y, 1.53, 2, 0.01)
  return 1 - 0.7 * Math.max(hand, foot) - 0.5 * head
}

/**
 * Outward displacement of the skin at a point for a habitus (m): the regression change, scaled by how much fat the
 * region carries relative to the interscapular reference (limited to 0.25-1.6 times) and by habitusChangeShare on the
 * hands, feet and head, and for the lean body never more than (1 - LEAN_FLOOR) of the local layer (the smaller of the
 * regional thickness and `layerM`, the layer the skin actually leaves over the structures beneath it at that point,
 * when the caller knows it).
 */
export function habitusDisplacementM(
  h: Habitus,
  x: number,
  y: number,
  z: number,
  layerM?: number,
  thicknessM: number = subcutaneousThicknessM(x, y, z),
): number {
  const t = thicknessM
  const w = Math.min(Math.max(t / INTERSCAPULAR_REFERENCE_M, 0.25), 1.6)
  const d = interscapularDepthChangeM(h) * w * habitusChangeShare(x, y)
  return Math.max(d, -(1 - LEAN_FLOOR) * Math.min(t, layerM ?? t))
}
