// The hip bone and the sacrum as the atlas shows them: a flaring iliac wing (a thin curved plate) under a thick
// iliac crest from the ASIS round to the PSIS, the acetabulum as a cup round the femoral head, the ischium down to
// its tuberosity, the superior and inferior pubic rami meeting at the pubic body (symphysis) and leaving the
// obturator foramen open between them; the sacrum as a curved wedge (body of S1 with the promontory, alae, median
// crest) between the ilia, with the coccyx. Placed from the landmark table; the shapes are model choices.
import type { Landmarks } from './landmarkTable'
import { type Primitive, axesFrom, ellipsoid, roundedBox, taperedCapsule, tube } from './sdf'
import { type Vec3, add, cross, lerp, normalize, scale, spline, sub } from './vec'

/** Primitives of the left hip bone. */
export function hipBonePrims(lm: Landmarks): Primitive[] {
  const asis = lm.at('asis')
  const psis = lm.at('psis')
  const crest = lm.at('iliac-crest')
  const hip = lm.at('hip-joint')
  const isch = lm.at('ischial-tuberosity')
  const pubt = lm.at('pubic-tubercle')
  const sym = lm.at('pubic-symphysis')
  // iliac crest: from the ASIS out and up to the tubercle and the highest point, then back and in to the PSIS
  const crestPts: Vec3[] = [
    asis,
    add(lerp(asis, crest, 0.35), [0.016, 0.006, 0.004]),
    add(lerp(asis, crest, 0.7), [0.012, 0.004, 0.0]),
    crest,
    add(lerp(crest, psis, 0.35), [0.002, 0.004, -0.012]),
    add(lerp(crest, psis, 0.7), [0.0, -0.002, -0.01]),
    psis,
  ]
  // lower edge of the wing: anterior inferior iliac spine, the roof of the acetabulum, the greater sciatic notch,
  // the auricular (sacro-iliac) part behind
  const lowerPts: Vec3[] = [
    add(asis, [-0.008, -0.026, -0.01]),
    add(hip, [0.012, 0.024, 0.03]),
    add(hip, [0.006, 0.03, 0.005]),
    add(hip, [-0.006, 0.026, -0.022]),
    add(hip, [-0.022, 0.022, -0.05]),
    add(psis, [0.008, -0.012, 0.026]),
    add(psis, [0.002, -0.01, 0.008]),
  ]
  const prims: Primitive[] = [...tube(crestPts, [0.0065, 0.0072, 0.0078, 0.0085, 0.008, 0.0085, 0.0095])]
  // the wing: straps from the crest down to the lower edge, each flattened across the plate (the plate's normal
  // from the crest's tangent and the strap's direction), with two rows along the plate to close it
  const steps = 28
  for (let i = 0; i <= steps; i++) {
    const t = i / steps
    const c = spline(crestPts, t)
    const b = spline(lowerPts, t)
    const tangent = sub(spline(crestPts, Math.min(t + 0.02, 1)), spline(crestPts, Math.max(t - 0.02, 0)))
    const n = normalize(cross(tangent, sub(b, c)))
    // the gluteal surface bulges a little outward in the middle of the wing
    const mid = add(lerp(c, b, 0.5), scale(n, 0.004))
    prims.push(...tube([c, mid, b], [0.0075, 0.0085, 0.0095], { normal: n, ratio: 0.3 }))
  }
  for (const f of [0.3, 0.62]) {
    const row: Vec3[] = []
    for (let i = 0; i <= 8; i++) row.push(lerp(spline(crestPts, i / 8), spline(lowerPts, i / 8), f))
    prims.push(
      ...tube(
        row,
        row.map(() => 0.0034),
      ),
    )
  }
  // acetabulum: a rim round the femoral head, opening laterally, forward and down, on a thick socket behind
  const open = normalize([0.75, -0.45, 0.35])
  const u = normalize(cross(open, [0, 0, 1]))
  const v = cross(open, u)
  const rim: Vec3[] = []
  for (let i = 0; i <= 14; i++) {
    const a = (i / 14) * 2 * Math.PI
    rim.push(add(hip, add(scale(open, 0.006), add(scale(u, 0.0265 * Math.cos(a)), scale(v, 0.0265 * Math.sin(a))))))
  }
  prims.push(
    ...tube(
      rim,
      rim.map(() => 0.0055),
    ),
  )
  prims.push(ellipsoid(add(hip, scale(open, -0.014)), [0.021, 0.025, 0.024]))
  // ischium: body from behind the acetabulum down to the tuberosity
  prims.push(
    ...tube([add(hip, [-0.008, -0.018, -0.02]), add(isch, [0.002, 0.022, 0.004]), add(isch, [0, 0.006, 0.002])], [0.0115, 0.0095, 0.011]),
  )
  prims.push(ellipsoid(add(isch, [0.001, 0.004, 0.004]), [0.01, 0.016, 0.013]))
  // ischial spine, pointing medially behind
  prims.push(taperedCapsule(add(hip, [-0.014, -0.012, -0.03]), add(hip, [-0.03, -0.02, -0.042]), 0.006, 0.003))
  // superior pubic ramus from the front of the acetabulum to the pubic tubercle and the pubic body
  prims.push(...tube([add(hip, [-0.012, -0.004, 0.022]), add(lerp(hip, pubt, 0.55), [0, 0.002, 0.012]), pubt], [0.0095, 0.0075, 0.0075]))
  // pubic body at the symphysis (the fibrocartilaginous disc keeps it 3 mm off the midline)
  prims.push(ellipsoid(add(sym, [0.011, -0.006, -0.004]), [0.0085, 0.017, 0.0075]))
  // inferior pubic ramus and ischial ramus, from the pubic body back to the tuberosity
  prims.push(
    ...tube(
      [
        add(sym, [0.01, -0.02, -0.006]),
        add(sym, [0.024, -0.036, -0.02]),
        add(isch, [-0.006, -0.001, 0.035]),
        add(isch, [-0.002, 0.0, 0.01]),
      ],
      [0.007, 0.0065, 0.0068, 0.0085],
      { normal: [0.3, 0, 1], ratio: 0.6 },
    ),
  )
  return prims
}

/** Primitives of the sacrum and the coccyx. */
export function sacrumPrims(lm: Landmarks): Primitive[] {
  const s2 = lm.at('sacrum-s2')
  const prom = lm.at('sacral-promontory')
  const coccyx = lm.at('coccyx')
  // the sacrum tilts: its dorsal surface faces back and up
  const flat = { normal: [0, 0.3, -1] as Vec3, ratio: 0.75 }
  const prims: Primitive[] = [
    // body of S1 with the promontory at its front edge, and the base of the sacrum spreading into the alae
    ellipsoid(add(prom, [0, -0.008, -0.018]), [0.024, 0.012, 0.019]),
    roundedBox(add(prom, [0, -0.013, -0.03]), [0.054, 0.011, 0.02], 0.009, axesFrom([1, 0, 0], [0, 0.95, -0.3])),
    // the median axis of the fused bodies, curving forward below
    ...tube(
      [add(prom, [0, -0.01, -0.028]), add(s2, [0, -0.012, 0.026]), add(s2, [0, -0.05, 0.02]), add(s2, [0, -0.08, 0.014])],
      [0.02, 0.018, 0.012, 0.007],
      flat,
    ),
    // median sacral crest with the S2 tubercle
    ...tube(
      [add(s2, [0, 0.014, 0.005]), add(s2, [0, 0.0, 0.004]), add(s2, [0, -0.04, 0.006]), add(s2, [0, -0.066, 0.012])],
      [0.0045, 0.005, 0.0045, 0.004],
    ),
    // coccyx
    taperedCapsule(add(s2, [0, -0.082, 0.012]), coccyx, 0.006, 0.004),
  ]
  // lateral parts and alae: spread from the base, narrowing to the apex
  for (const s of [1, -1]) {
    prims.push(
      ...tube(
        [
          add(prom, [s * 0.038, -0.014, -0.04]),
          add(s2, [s * 0.034, -0.012, 0.026]),
          add(s2, [s * 0.02, -0.048, 0.018]),
          add(s2, [s * 0.006, -0.078, 0.013]),
        ],
        [0.017, 0.016, 0.011, 0.006],
        { normal: flat.normal, ratio: 0.6 },
      ),
    )
  }
  return prims
}
