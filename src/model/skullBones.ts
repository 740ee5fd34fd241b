// The skull and the mandible as a student knows them from the atlas: cranial vault with the external occipital
// protuberance, the mastoid processes and a temporal fossa on each side (where temporalis lies), orbits and the
// pear-shaped nasal aperture (carved out of the facial skeleton), brow ridges, cheekbones and zygomatic arches, the
// maxilla with a row of upper teeth; the mandible with its body, chin, angle, ramus, condyle and coronoid process and a
// row of lower teeth, so that the attachments of masseter (arch to angle) and temporalis (over the coronoid) read.
// Placed from the landmark table; the sizes are model choices, not measurements.
import type { Landmarks } from './landmarkTable'
import { type Primitive, type Shape, ellipsoid, roundedBox, taperedCapsule, tube } from './sdf'
import { ramp } from './fibres'
import { itemAt, segmentsOf } from './lists'
import { type Vec3, add, cross, normalize, sub } from './vec'

/** Tooth positions per side, central incisor to third molar: x (lateral) and z (forward), metres. */
const UPPER_TEETH = {
  x: [0.0045, 0.011, 0.017, 0.0215, 0.0255, 0.029, 0.0325, 0.035],
  z: [0.0855, 0.0825, 0.0775, 0.0715, 0.0645, 0.0555, 0.047, 0.039],
}
const LOWER_TEETH = {
  x: [0.0035, 0.0095, 0.015, 0.0195, 0.0235, 0.0275, 0.031, 0.034],
  z: [0.082, 0.0795, 0.0755, 0.0695, 0.0625, 0.054, 0.0455, 0.038],
}
/** Crown half-sizes (x, y, z) per tooth: incisors, canine, premolars, molars. */
const CROWN: Vec3[] = [
  [0.0038, 0.0052, 0.0024],
  [0.0032, 0.0048, 0.0026],
  [0.0036, 0.0058, 0.0034],
  [0.0034, 0.0045, 0.0038],
  [0.0034, 0.0045, 0.0038],
  [0.0046, 0.0042, 0.0048],
  [0.0045, 0.0041, 0.0046],
  [0.0042, 0.004, 0.0042],
]

function teeth(row: { x: number[]; z: number[] }, y: number, s: number, scaleCrown: number): Primitive[] {
  return row.x.map((x, i) => {
    const c = itemAt(CROWN, i, 'tooth crowns')
    return ellipsoid([s * x, y, itemAt(row.z, i, 'tooth depths')], [c[0] * scaleCrown, c[1], c[2] * scaleCrown])
  })
}

/** Half-sizes (x, y, z) of the infratemporal fossa carved out of the skull block: a model choice. */
export const INFRATEMPORAL_FOSSA_RADII_M: Vec3 = [0.024, 0.02, 0.022]

/** Centre of the infratemporal fossa: medial to the ramus, below the zygomatic arch, behind the upper molars. */
export function infratemporalFossaCentre(lm: Landmarks, side: 'left' | 'right'): Vec3 {
  const zyg = lm.at('zygomatic-arch', side)
  const s = side === 'left' ? 1 : -1
  return add(zyg, [-s * 0.025, -0.02, -0.03])
}

/** The orbit's cavity on one side, carved out of the facial skeleton: open forward, a little lateral. */
export function orbitCavity(lm: Landmarks, side: 'left' | 'right'): Primitive {
  return ellipsoid(add(lm.at('supraorbital-margin', side), [side === 'left' ? -0.001 : 0.001, -0.018, 0.012]), [0.0175, 0.0158, 0.03])
}

/** Deepest point of the temporal fossa below the vault's curve (m): a model choice. */
export const TEMPORAL_FOSSA_DEPTH_M = 0.005

/** Half-height and half-length of the temporal fossa's outline (m): a model choice. */
export const TEMPORAL_FOSSA_RADII_M: readonly [number, number] = [0.04, 0.052]

/** The middle of the temporal fossa's outline on one side (only its height and depth are used): 4.5 cm above the
 * tragus, level with it front to back, so that the outline takes in temporalis from its origin on the temporal line down
 * to just above the arch, and from over the ear to behind the forehead's side. */
export function temporalFossaCentre(lm: Landmarks, side: 'left' | 'right'): Vec3 {
  return add(lm.at('tragus', side), [0, 0.045, 0.0])
}

/**
 * The temporal fossa on one side, as a volume to carve out of the vault: over the side of the skull above the
 * zygomatic arch, deepest (`TEMPORAL_FOSSA_DEPTH_M` under the vault's curve) over its middle third and shallowing to
 * nothing at its outline (the temporal line above, behind the side of the forehead in front, over the ear behind), so that
 * temporalis lies in a shallow dish and does not stand out at the temples. The volume is everything within the
 * outline that lies less than the depth under the vault's surface, outside it included; it cuts only the vault because
 * nothing else of the skull lies within the outline (the arch, the cheekbone and the orbital rim lie below and in
 * front of it; `bones.test.ts` checks this).
 */
export function temporalFossa(vault: readonly Primitive[], lm: Landmarks, side: 'left' | 'right'): Primitive {
  const s = side === 'left' ? 1 : -1
  const centre = temporalFossaCentre(lm, side)
  const [ry, rz] = TEMPORAL_FOSSA_RADII_M
  const reach = 0.1
  return {
    bounds: { min: [s > 0 ? 0 : -reach, centre[1] - ry, centre[2] - rz], max: [s > 0 ? reach : 0, centre[1] + ry, centre[2] + rz] },
    distance(x, y, z) {
      // across the fossa: 0 at its middle, 1 at its outline; outside the outline (or across the midline) the fossa's
      // own outline is far enough
      const r = Math.hypot((y - centre[1]) / ry, (z - centre[2]) / rz)
      const outside = Math.max((r - 1) * ry, -s * x)
      if (outside > 0) return outside
      const depth = TEMPORAL_FOSSA_DEPTH_M * (1 - ramp(r, 0.35, 1))
      let v = Infinity
      for (const p of vault) v = Math.min(v, p.distance(x, y, z))
      // the field outside the skull is then the distance to the fossa's floor, on which temporalis is laid
      return Math.max(-(v + depth), outside)
    },
  }
}

/** The cranial vault, egg-shaped seen from above: widest over the parietal eminences behind, narrower over the
 * frontal bone in front (the minimum frontal breadth); the temporal fossae are carved out of its sides below. */
export function cranialVault(lm: Landmarks): Primitive[] {
  const centre = lm.at('skull-centre')
  return [ellipsoid(add(centre, [0, 0.0, -0.024]), [0.074, 0.088, 0.078]), ellipsoid(add(centre, [0, 0.0, 0.018]), [0.062, 0.088, 0.08])]
}

/** The cranium and facial skeleton: a smooth union with the orbits, the nasal aperture, the infratemporal and the
 * temporal fossae carved out (`temporalFossae: false` leaves the last out, to compare with). */
export function craniumShape(lm: Landmarks, { temporalFossae = true }: { temporalFossae?: boolean } = {}): Shape {
  const eop = lm.at('external-occipital-protuberance')
  const nasion = lm.at('nasion')
  const vault = cranialVault(lm)
  const prims: Primitive[] = [
    ...vault,
    // the forehead (flush with the vault) and the occipital bulge
    ellipsoid(add(lm.at('glabella'), [0, 0.012, -0.03]), [0.052, 0.032, 0.035]),
    // the frontal squama rising from the brow, so that the forehead stands up before it turns back over the vault
    ellipsoid(add(lm.at('glabella'), [0, 0.032, -0.05]), [0.048, 0.04, 0.05]),
    ellipsoid(add(eop, [0, 0.012, 0.02]), [0.05, 0.035, 0.028]),
    // external occipital protuberance
    ellipsoid(add(eop, [0, 0.0, 0.004]), [0.01, 0.007, 0.006]),
    // facial skeleton: the block of the orbits and nose, the maxilla below
    roundedBox(add(nasion, [0, -0.008, -0.02]), [0.05, 0.022, 0.022], 0.01),
    roundedBox(add(nasion, [0, -0.042, -0.03]), [0.036, 0.033, 0.032], 0.015),
    // nasal bones
    taperedCapsule(nasion, add(nasion, [0, -0.024, 0.009]), 0.006, 0.0045),
    // alveolar process of the maxilla, carrying the upper teeth
    ...tube(
      UPPER_TEETH.x
        .map((x, i): Vec3 => [-x, 1.58, itemAt(UPPER_TEETH.z, i, 'upper teeth') - 0.002])
        .reverse()
        .concat(UPPER_TEETH.x.map((x, i): Vec3 => [x, 1.58, itemAt(UPPER_TEETH.z, i, 'upper teeth') - 0.002])),
      new Array<number>(16).fill(0.0062),
    ),
  ]
  for (const side of ['left', 'right'] as const) {
    const s = side === 'left' ? 1 : -1
    const zyg = lm.at('zygomatic-arch', side)
    const mastoid = lm.at('mastoid-process', side)
    const supra = lm.at('supraorbital-margin', side)
    // brow ridge over the orbit, and the lateral orbital rim (frontal process of the zygomatic bone)
    prims.push(
      ...tube(
        [add(supra, [-s * 0.024, -0.001, 0.006]), add(supra, [0, 0.003, 0.004]), add(supra, [s * 0.018, -0.002, -0.008])],
        [0.005, 0.0055, 0.0052],
      ),
    )
    prims.push(
      ...tube(
        [add(supra, [s * 0.019, -0.004, -0.01]), add(zyg, [-s * 0.016, 0.022, 0.03]), add(zyg, [-s * 0.016, 0.006, 0.022])],
        [0.0055, 0.0055, 0.007],
      ),
    )
    // cheekbone (body of the zygomatic bone) and the zygomatic arch back to the front of the ear
    prims.push(ellipsoid(add(zyg, [-s * 0.015, 0.004, 0.02]), [0.012, 0.013, 0.013]))
    prims.push(
      ...tube(
        [add(zyg, [-s * 0.006, 0.003, 0.014]), zyg, add(zyg, [s * 0.002, -0.002, -0.026]), zygomaticArchRoot(lm, side)],
        [0.0062, 0.0058, 0.0058, 0.0065],
        {
          normal: [1, 0, 0],
          ratio: 0.5,
        },
      ),
    )
    // mastoid process, pointing down behind the ear
    prims.push(taperedCapsule(add(mastoid, [-s * 0.006, 0.022, 0.006]), add(mastoid, [0, -0.002, 0.002]), 0.011, 0.006))
    prims.push(...teeth(UPPER_TEETH, 1.5715, s, 1))
  }
  const carve: Primitive[] = [
    orbitCavity(lm, 'left'),
    orbitCavity(lm, 'right'),
    // nasal aperture, below the nasal bones
    ellipsoid(add(nasion, [0, -0.043, 0.012]), [0.0105, 0.0165, 0.024]),
    // under the skull base behind the face: the vault ends at the level of the mastoids (foramen magnum, C1)
    roundedBox([0, 1.54, -0.05], [0.048, 0.05, 0.072], 0.02),
    // the infratemporal fossae: the space deep to the ramus and the zygomatic arch, behind the maxilla, where the
    // pterygoid muscles run from the pterygoid plates to the mandible (kept clear of the arch and the upper teeth)
    ...(['left', 'right'] as const).map((side) => ellipsoid(infratemporalFossaCentre(lm, side), INFRATEMPORAL_FOSSA_RADII_M)),
    ...(temporalFossae ? (['left', 'right'] as const).map((side) => temporalFossa(vault, lm, side)) : []),
  ]
  return { prims, blendM: 0.006, carve, carveBlendM: 0.003 }
}

/** The zygomatic arch's root on one side, where its posterior end joins the temporal bone above the mandibular fossa:
 * in front of, below and medial to the tragus. */
export function zygomaticArchRoot(lm: Landmarks, side: 'left' | 'right'): Vec3 {
  return add(lm.at('tragus', side), [(side === 'left' ? -1 : 1) * 0.011, -0.011, 0.008])
}

/** The centre of the mandible's condyle on one side: in front of and below the tragus, in the mandibular fossa. */
export function mandibleCondyle(lm: Landmarks, side: 'left' | 'right'): Vec3 {
  return add(lm.at('tragus', side), [(side === 'left' ? -1 : 1) * 0.016, -0.022, 0.01])
}

/** The tip of the mandible's coronoid process on one side: under the zygomatic arch, where temporalis ends. */
export function coronoidTip(lm: Landmarks, side: 'left' | 'right'): Vec3 {
  return add(lm.at('zygomatic-arch', side), [(side === 'left' ? -1 : 1) * 0.012, -0.02, -0.006])
}

/** The mandible: body with the chin, angle, ramus with the condyle and the coronoid process, lower teeth. */
export function mandiblePrims(lm: Landmarks): Primitive[] {
  const chin = lm.at('mental-protuberance')
  const prims: Primitive[] = [
    ellipsoid(add(chin, [0, 0.006, -0.003]), [0.014, 0.009, 0.006]),
    // alveolar part, carrying the lower teeth
    ...tube(
      LOWER_TEETH.x
        .map((x, i): Vec3 => [-x, 1.5545, itemAt(LOWER_TEETH.z, i, 'lower teeth') - 0.002])
        .reverse()
        .concat(LOWER_TEETH.x.map((x, i): Vec3 => [x, 1.5545, itemAt(LOWER_TEETH.z, i, 'lower teeth') - 0.002])),
      new Array<number>(16).fill(0.0055),
    ),
  ]
  for (const side of ['left', 'right'] as const) {
    const s = side === 'left' ? 1 : -1
    const angle = lm.at('angle-of-mandible', side)
    const condyle = mandibleCondyle(lm, side)
    // body: a vertical band from the chin back to the angle, its lower border rising toward the symphysis (about 3 cm
    // from the alveolar crest to the menton with the chin's bulge) while its upper border stays under the teeth
    const body: Vec3[] = [
      add(chin, [0, 0.0115, -0.004]),
      add(chin, [s * 0.018, 0.012, -0.01]),
      add(chin, [s * 0.03, 0.0135, -0.025]),
      add(angle, [-s * 0.01, -0.001, 0.018]),
      add(angle, [-s * 0.002, 0.005, 0.003]),
    ]
    const bodyHalfHeightsM = [0.008, 0.0095, 0.011, 0.0125, 0.009]
    for (const [a, b, i] of segmentsOf(body)) {
      const n = normalize(cross(sub(b, a), [0, 1, 0]))
      const ra = itemAt(bodyHalfHeightsM, i, 'mandible body')
      prims.push(taperedCapsule(a, b, ra, itemAt(bodyHalfHeightsM, i + 1, 'mandible body'), { normal: n, ratio: 0.42 }))
    }
    // ramus: posterior border up to the condylar neck, anterior border up to the coronoid, the plate between
    const flat = { normal: [1, 0, 0] as Vec3, ratio: 0.5 }
    prims.push(taperedCapsule(add(angle, [-s * 0.001, 0.003, 0.0]), add(condyle, [-s * 0.003, -0.008, -0.001]), 0.0068, 0.0052, flat))
    prims.push(taperedCapsule(add(angle, [-s * 0.003, 0.01, 0.017]), coronoidTip(lm, side), 0.0072, 0.003, flat))
    prims.push(
      taperedCapsule(add(angle, [-s * 0.001, 0.008, 0.008]), add(angle, [s * 0.004, 0.034, 0.002]), 0.0115, 0.009, {
        normal: [1, 0, 0],
        ratio: 0.38,
      }),
    )
    // condyle: an oval head set across the joint
    prims.push(ellipsoid(condyle, [0.0095, 0.0055, 0.0055]))
    prims.push(...teeth(LOWER_TEETH, 1.562, s, 0.95))
  }
  return prims
}
