// Context muscles, left side (mirrored for the right): real muscles a student expects to see around the atlas's
// muscles (abdominal wall, front of the forearm, brachialis, medial thigh, sartorius, the infrahyoid strap muscles),
// shown for orientation only. The atlas muscles packed among them (src/model/carvedAtlasMuscles.ts) are built here too. They have no atlas entry and carry no clinical data; their
// identities are CONTEXT_MUSCLES in src/anatomy/ids.ts. They are built after the atlas muscles, between standard
// attachments on our skeleton (origin/insertion as in any anatomy atlas; the exact paths, widths and thicknesses
// are model choices), and every one is carved against the bones, the atlas muscles and the context muscles built
// before it, so no two muscles interpenetrate whatever the other builders change.
import { CONTEXT_MUSCLES, FACIAL_MUSCLE_IDS, MUSCLES, type MuscleIdentity } from '../anatomy/ids'
import { Envelope } from './envelope'
import { FIBRE_STRIPE_SPACING_M, type FibreChain, across, ramp, strapPerimeter } from './fibres'
import type { Landmarks } from './landmarkTable'
import { CARVED_ATLAS_MUSCLE_IDS } from './carvedAtlasMuscles'
import { footFrame, footLandmarks } from './footBones'
import { handFrame, handJoints } from './handBones'
import { fingerFlexorTendons, footMuscles, handMuscles } from './handFootMuscles'
import { belly, sheet, tendonCord } from './muscleShapes'
import { bisect } from '../geometry/bisect'
import { muscleColour, muscleStructure } from './muscles'
import { type Primitive, type Shape, ellipsoid, smax, smin, taperedCapsule, unionBounds } from './sdf'
import { emptyGrid, splat } from './splat'
import { fieldOf } from './meshStructure'
import type { StructureSpec } from './structure'
import { anteriorThetaAtX, cageSurfaceValue, ribPoint } from './thorax'
import { itemAt, segmentsOf } from './lists'
import { spinousTip } from './landmarks'
import { type Vec3, add, cross, dot, lerp, normalize, scale, spline, sub } from './vec'

/** How far outside a context muscle its baked field holds true distances (m). */
const FIELD_REACH_M = 0.036

/** Clearance kept between a context muscle and any structure built before it (m). */
const GAP_M = 0.0012
/** The iliotibial tract's thickness and its clearance over what lies beneath it (m). */
const TRACT_THICKNESS_M = 0.005
const TRACT_CLEARANCE_M = 0.003
/** Within this distance of tensor fasciae latae the iliotibial tract is laid on the muscles beneath that muscle's end
 * (m): beyond the distance at which a point of the tract is laid (its clearance and half its thickness), or laying it
 * would stop on the muscle's surface. */
const TRACT_OVER_TFL_M = TRACT_CLEARANCE_M + TRACT_THICKNESS_M / 2 + 0.0005

/** Muscle reds a little less saturated than the atlas muscles' (src/model/muscles.ts), so those stand out. */
const CONTEXT_TINTS: readonly (readonly [number, number, number])[] = [
  [0.5, 0.15, 0.13],
  [0.46, 0.135, 0.125],
  [0.54, 0.175, 0.15],
  [0.48, 0.15, 0.15],
  [0.44, 0.125, 0.115],
]

export function contextMuscleColour(m: MuscleIdentity): readonly [number, number, number] {
  const i = CONTEXT_MUSCLES.findIndex((x) => x.id === m.id)
  const c = itemAt(CONTEXT_TINTS, (i < 0 ? 0 : i) % CONTEXT_TINTS.length, 'context muscle tints')
  return m.layer === 'deep' ? [c[0] * 0.9, c[1] * 0.9, c[2] * 0.9] : c
}

interface ContextBuild {
  prims: Primitive[]
  blendM?: number
  cellM?: number
  maxTriangles?: number
  /**
   * An atlas muscle this one passes deep to, and the outward direction at a point: whatever of this muscle lies over
   * that muscle (within SHADOW_DEPTH_M outward of it) is cut away, so its edge runs under the other's border instead
   * of lying on it.
   */
  deepTo?: { id: string; outward: (p: Vec3) => Vec3 }
}

/** How far outward of an overlying atlas muscle a context muscle is cut away (`deepTo`), and the steps sampled. */
const SHADOW_DEPTH_M = 0.024
const SHADOW_STEPS = 6
/** Pieces of the sartorius' smoothed path between two of its via points (about 1.5 cm each). */
const SARTORIUS_PIECES_PER_SPAN = 6
/** Passes of tautPath over the sartorius' laid path: a lift reaches about 12 cm along the strap, so the hollow between
 * the anterior superior iliac spine and rectus femoris is bridged and the long groove over the adductor canal is
 * followed, more loosely. */
const SARTORIUS_TAUT_PASSES = 8

/** The field of everything lying outward of `field` within SHADOW_DEPTH_M along `outward` (negative inside it). */
function shadowField(field: (x: number, y: number, z: number) => number, outward: (p: Vec3) => Vec3) {
  return (x: number, y: number, z: number): number => {
    const n = outward([x, y, z])
    let v = Infinity
    for (let k = 0; k <= SHADOW_STEPS; k++) {
      const d = (SHADOW_DEPTH_M * k) / SHADOW_STEPS
      v = Math.min(v, field(x - n[0] * d, y - n[1] * d, z - n[2] * d))
    }
    return v
  }
}

/** A strap's path and half widths resampled along a Catmull-Rom curve through its via points, `piecesPerSpan` pieces
 * between each pair: at a corner of a polyline two flattened capsules of different direction overlap, and their union
 * stands out as a knob. */
function smoothStrapPath(
  points: readonly Vec3[],
  halfWidthsM: readonly number[],
  piecesPerSpan: number,
): { points: Vec3[]; halfWidthsM: number[] } {
  if (halfWidthsM.length !== points.length) {
    throw new Error(`smoothStrapPath: ${points.length} via points but ${halfWidthsM.length} half widths`)
  }
  const n = (points.length - 1) * piecesPerSpan
  const out = { points: [] as Vec3[], halfWidthsM: [] as number[] }
  for (let k = 0; k <= n; k++) {
    const f = k / piecesPerSpan
    const i = Math.min(Math.floor(f), points.length - 2)
    const w0 = itemAt(halfWidthsM, i, 'strap half widths')
    const w1 = itemAt(halfWidthsM, i + 1, 'strap half widths')
    out.points.push(spline(points, k / n))
    out.halfWidthsM.push(w0 + (w1 - w0) * (f - i))
  }
  return out
}

/** A strap's path drawn taut over a limited reach: in each pass every inner point that lies below the midpoint of
 * its neighbours' chord (measured along `outward`) is lifted along `outward` to that level, all from the previous
 * pass's points. A lift spreads one point further each pass, so hollows up to about `passes` points long are bridged,
 * as a muscle under tension bridges them, and longer ones are followed. Points are only ever moved out. */
function tautPath(points: readonly Vec3[], outward: (p: Vec3) => Vec3, passes: number): Vec3[] {
  let path = points.map((p): Vec3 => [p[0], p[1], p[2]])
  for (let pass = 0; pass < passes; pass++) {
    path = path.map((p, i, prev) => {
      if (i === 0 || i === prev.length - 1) return p
      const chordMid = lerp(itemAt(prev, i - 1, 'taut path'), itemAt(prev, i + 1, 'taut path'), 0.5)
      const o = outward(p)
      const below = dot(sub(chordMid, p), o)
      return below > 0 ? add(p, scale(o, below)) : p
    })
  }
  return path
}

/** A flat strap along a path: tapered capsules whose cross-section is flattened along `outward` at each segment
 * (all fleshy: a strap muscle's fibres run its length). */
function strap(points: readonly Vec3[], halfWidthsM: readonly number[], ratio: number, outward: (p: Vec3) => Vec3): Primitive[] {
  const out: Primitive[] = []
  const chain: FibreChain = { periods: Math.max(4, Math.round(strapPerimeter(Math.max(...halfWidthsM), ratio) / FIBRE_STRIPE_SPACING_M)) }
  for (const [a, b, i] of segmentsOf(points)) {
    const mid = lerp(a, b, 0.5)
    const widths = [itemAt(halfWidthsM, i, 'strap half widths'), itemAt(halfWidthsM, i + 1, 'strap half widths')] as const
    const up = across(normalize(sub(b, a)), outward(mid))
    out.push({
      ...taperedCapsule(a, b, widths[0], widths[1], { normal: outward(mid), ratio }),
      fibre: {
        a,
        b,
        tendonA: 0,
        tendonB: 0,
        chain,
        across: { kind: 'around', refA: up, refB: up, ratio, radiusAM: widths[0], radiusBM: widths[1] },
      },
    })
  }
  return out
}

/**
 * The deep surface the abdominal wall lies on: the abdominal contents (ellipsoids a little inside the skin's
 * abdominal filler), the outer face of the lower rib cage, and the iliac crests. A model choice that keeps the
 * rectus and the external oblique where the skin's outline already is.
 */
function abdominalCoreValue(crest: readonly Vec3[]): (x: number, y: number, z: number) => number {
  const viscera = [
    ellipsoid([0, 1.09, 0.0], [0.112, 0.15, 0.072]),
    ellipsoid([0, 0.975, 0.016], [0.112, 0.07, 0.058]),
    ellipsoid([0, 1.2, 0.008], [0.112, 0.07, 0.076]),
  ]
  const crestTube = segmentsOf(crest).map(([a, b]) => taperedCapsule(a, b, 0.011, 0.011))
  return (x, y, z) => {
    const ax = Math.abs(x)
    let d = Infinity
    for (const v of viscera) d = smin(d, v.distance(ax, y, z), 0.03)
    // outer face of the ribs and cartilages (centreline + rib radius), only over the cage (above rib 12's ends), and
    // carried down up to 12 cm below the costal margin as a wall sloping in by about 3 mm per centimetre: the lower
    // ribs stand up to 4.5 cm outside the viscera, and a muscle laid over that shelf folded under the costal margin
    let cage = Infinity
    for (let k = 0; k <= 12; k++) cage = Math.min(cage, cageSurfaceValue(ax, y + 0.01 * k, z) - 0.0095 + 0.003 * k)
    cage = smax(cage, 1.02 - y, 0.02)
    d = smin(d, cage, 0.02)
    for (const c of crestTube) d = smin(d, c.distance(ax, y, z), 0.015)
    return d
  }
}

/** Point on a surface `value` at height p.y in p's horizontal direction from the trunk axis, `outM` outside it. */
function onSurface(value: (x: number, y: number, z: number) => number, p: Vec3, outM: number): Vec3 {
  const dir = normalize([p[0], 0, p[2]])
  const t = bisect((m) => value(dir[0] * m, p[1], dir[2] * m) < 0, 0, 0.3, 32).at + outM
  return [dir[0] * t, p[1], dir[2] * t]
}

/** Lay p on the front of the surface `value` (negative inside), `outM` out from it along +z: straight back from in
 * front, at p's own height and distance from the midline (for a sheet on the front of the trunk whose borders are set
 * by their distance from the midline). The surface is sought by halving between 10 cm behind the frontal plane and
 * 30 cm in front of it; it throws when the halving meets no point inside (the column misses the body). */
function onFrontOf(value: (x: number, y: number, z: number) => number, p: Vec3, outM: number): Vec3 {
  const front = bisect((z) => value(p[0], p[1], z) < 0, -0.1, 0.3, 32)
  if (!front.heldBelow || value(p[0], p[1], 0.3) < 0)
    throw new Error(`onFrontOf: no front surface at (${p[0].toFixed(3)}, ${p[1].toFixed(3)})`)
  return [p[0], p[1], front.at + outM]
}

/** The unit normal of a surface `value` at p (central differences, 2 mm). */
function surfaceNormal(value: (x: number, y: number, z: number) => number, p: Vec3): Vec3 {
  const h = 0.002
  const [x, y, z] = p
  return normalize([
    value(x + h, y, z) - value(x - h, y, z),
    value(x, y + h, z) - value(x, y - h, z),
    value(x, y, z + h) - value(x, y, z - h),
  ])
}

const bump = (v: number, centre: number, width: number): number => Math.exp(-(((v - centre) / width) ** 2))

/**
 * Build every context muscle. `under` holds the bones and the atlas muscles (buildMuscles adds them as it builds);
 * context muscles are carved against it and against each other, and are not added to it. `atlasShapes` holds each
 * atlas muscle's shape by id, for the context muscles that lie deep to one (`deepTo`).
 */
export function buildContextMuscles(lm: Landmarks, under: Envelope, atlasShapes: ReadonlyMap<string, Shape>): StructureSpec[] {
  const L = (id: string): Vec3 => lm.at(id, 'left')
  const built = new Map<string, ContextBuild>()
  const shapes = new Map<string, Shape>()
  /** The context muscles built so far (uncarved fields: conservative), for placing the next ones. */
  let mine = new Envelope()
  const earlier: Shape[] = []
  const put = (id: string, b: ContextBuild): void => {
    built.set(id, b)
    const blendM = b.blendM ?? 0.008
    // carved against the bones, the atlas muscles and the context muscles built before this one (a snapshot: the
    // field is evaluated later, when the structure is meshed), and cut away outward of the atlas muscle it lies deep
    // to. The carving reaches only the grid cells near the muscle: further out its field is that of the uncut muscle
    const before = mine
    const over = b.deepTo && atlasShapes.get(b.deepTo.id)
    if (b.deepTo && !over) throw new Error(`context muscle "${id}" lies deep to "${b.deepTo.id}", which is not an atlas muscle built`)
    const shadow = over && b.deepTo ? shadowField(fieldOf(over), b.deepTo.outward) : () => Infinity
    const baked = bakeCarved(
      b.prims,
      blendM,
      b.cellM ?? 0.004,
      (x, y, z) => Math.min(under.value(x, y, z), before.value(x, y, z), shadow(x, y, z)) - GAP_M,
    )
    shapes.set(id, { prims: [baked], blendM: 0 })
    earlier.push({ prims: b.prims, blendM })
    mine = new Envelope()
    for (const s of earlier) mine.add(s)
  }
  const laid = (p: Vec3, dir: Vec3, marginM: number): Vec3 => under.wrap(p, normalize(dir), marginM, 0.03, 0.03)

  // ---------------- neck: sternohyoid, manubrium to the hyoid, beside the midline ----------------
  const hyoid = L('hyoid')
  const notch = L('sternal-notch')
  const thyroid = L('thyroid-cartilage')
  put('sternohyoid', {
    prims: strap(
      [
        add(notch, [0.014, -0.006, -0.012]),
        add(notch, [0.014, 0.012, 0.0]),
        add(thyroid, [0.013, -0.012, 0.007]),
        add(thyroid, [0.013, 0.008, 0.007]),
        add(hyoid, [0.011, 0.0, 0.006]),
      ],
      [0.008, 0.01, 0.01, 0.009, 0.008],
      0.3,
      (p) => normalize([p[0] * 2, 0, 1]),
    ),
    blendM: 0.004,
    cellM: 0.0025,
    maxTriangles: 500,
  })

  // ---------------- abdominal wall ----------------
  const asis = L('asis')
  const crestTop = L('iliac-crest')
  const pubt = L('pubic-tubercle')
  const crest: Vec3[] = [asis, add(lerp(asis, crestTop, 0.5), [0.012, 0.012, 0.012]), crestTop]
  const core = abdominalCoreValue(crest)
  /** Out of the abdominal wall beneath (its field's gradient): how the sheets on it are flattened and cut away. */
  const coreOut = (p: Vec3): Vec3 => surfaceNormal(core, p)
  const xiphY = L('xiphoid-process')[1]
  const umbilicusY = L('umbilicus')[1]
  // rectus abdominis: pubic crest (beside the symphysis) to the xiphoid and costal cartilages 5-7; three tendinous
  // intersections (at the umbilicus, at the xiphoid's tip level below the costal margin, and between) are grooves
  // across the belly. The linea alba between the two bellies (in the body about 1 cm wide above the umbilicus and
  // narrower below; the model's, 1 cm at the pubis to 1.6 cm at the xiphoid, is the space the bellies' rounded edges
  // leave) is drawn as the pale, thinner medial strip of each side's sheet, meeting its twin at the midline, so that it
  // closes the trunk between them. Each sheet is laid on the abdominal wall from straight in front (`onFrontOf`), so
  // its borders lie at their distances from the midline: the lateral border (linea semilunaris) 3.3 cm out at the
  // pubis, widening to 9.4 cm at the costal cartilages. Model choices.
  const RA_THICK = 0.0115
  const raBottomY = 0.918
  const raTopY = (u: number): number => xiphY + 0.015 + (1.35 - xiphY - 0.015) * u ** 1.2
  const intersections = [1.062, 1.148, 1.228]
  const raThickness = (y: number, t: number): number => {
    let r = 0.55 + 0.45 * Math.sin(Math.PI * Math.min(1, 0.15 + t * 0.95))
    for (const yi of intersections) r *= 1 - 0.55 * bump(y, yi, 0.008)
    return r
  }
  /** The midline edge of the sheet (the middle of the linea alba, a hair off the plane), and the bellies' medial and
   * lateral borders, at t (0 pubis, 1 top). */
  const RA_MIDLINE_X = 0.0015
  const raMedialX = (t: number): number => 0.005 + 0.003 * t
  const raLateralX = (t: number): number => 0.033 + 0.061 * (1 - (1 - t) ** 1.5)
  /** A point of the sheet at t and u (0 midline, 1 lateral border); z is 0, as the path lays every point on the wall
   * with onFrontOf, which keeps only x and y. */
  const raPoint = (t: number, u: number): Vec3 => {
    const y = raBottomY + (raTopY(u) - raBottomY) * t
    return [RA_MIDLINE_X + (raLateralX(t) - RA_MIDLINE_X) * u, y, 0]
  }
  /** 1 over the linea alba, 0 over the belly, across its medial border. */
  const lineaAlba = (t: number, u: number): number => {
    const border = (raMedialX(t) - RA_MIDLINE_X) / (raLateralX(t) - RA_MIDLINE_X)
    return 1 - ramp(u, border, border + 0.06)
  }
  put('rectus-abdominis', {
    prims: sheet([raPoint(0, 0), raPoint(0, 1)], [raPoint(1, 0), raPoint(1, 1)], {
      fibres: 14,
      thicknessM: RA_THICK,
      steps: 44,
      overlap: 0.9,
      outward: (p) => normalize([p[0] * 0.5, 0, 1]),
      path: (_o, _i, t, u) => {
        const p = raPoint(t, u)
        return onFrontOf(core, p, (RA_THICK * raThickness(p[1], t)) / 2 + 0.0005)
      },
      // the linea alba thinner than the bellies (about 0.7), its outer face a little below theirs and its inner face
      // off the surface beneath (the path sets the mid-plane from the belly's thickness); thinner still, the bellies'
      // rounded flanks would cover it
      thicknessAlong: (t, u) => raThickness(raPoint(t, u)[1], t) * (1 - 0.3 * lineaAlba(t, u)),
      tendon: lineaAlba,
    }),
    blendM: 0.004,
    cellM: 0.003,
    maxTriangles: 2400,
    deepTo: { id: 'pectoralis-major', outward: coreOut },
  })
  // external oblique: fleshy slips from the outer surfaces of ribs 5-12 (the upper ones interdigitating with
  // serratus anterior's; the model's begin at rib 6, as the slip from rib 5 lay under pectoralis major and was cut by
  // it into teeth), fibres running down, forward and medially to the lateral border of the rectus sheath
  // (the aponeurosis, thinner medially), to the inguinal ligament (ASIS to pubic tubercle) and to the anterior half
  // of the iliac crest (the lowest, nearly vertical fibres)
  const EO_THICK = 0.0085
  const eoOrigins: Vec3[] = [
    ribPoint(6, 0.655 * Math.PI),
    ribPoint(7, 0.63 * Math.PI),
    ribPoint(8, 0.6 * Math.PI),
    ribPoint(9, 0.57 * Math.PI),
    ribPoint(10, 0.54 * Math.PI),
    ribPoint(11, 0.5 * Math.PI),
    ribPoint(12, 0.44 * Math.PI),
  ]
  const eoInsertions: Vec3[] = [
    [0.096, 1.265, 0.1],
    [0.093, 1.17, 0.1],
    [0.086, 1.08, 0.1],
    [0.072, 1.005, 0.1],
    [0.05, 0.95, 0.1],
    add(lerp(pubt, asis, 0.55), [0, 0.012, 0]),
    add(lerp(asis, itemAt(crest, 1, 'iliac crest'), 0.6), [0, 0.02, 0]),
    add(lerp(itemAt(crest, 1, 'iliac crest'), crestTop, 0.6), [0, 0.024, 0]),
  ]
  const eoThickness = (t: number, f: number): number => {
    // fleshy part thickest near the ribs; the aponeurotic end thins to a third (more so for the upper fibres)
    const apo = 1 - (0.5 - 0.2 * f) * Math.max(0, (t - 0.55) / 0.45)
    // never below about 4.5 mm, so the thin edge still meshes as one sheet on the 3 mm grid
    return Math.max(0.53, (0.55 + 0.45 * Math.sin(Math.PI * Math.min(1, 0.2 + t))) * apo)
  }
  /** Where external oblique's fibre at u (0 top, 1 lowest) is laid on the abdominal wall at t (0 rib, 1 insertion),
   * its mid-plane `outM` out from the wall. */
  const eoLaid = (t: number, u: number, outM: number): Vec3 => onSurface(core, lerp(spline(eoOrigins, u), spline(eoInsertions, u), t), outM)
  const eoMidPlaneM = (t: number, u: number): number => (EO_THICK * eoThickness(t, u)) / 2 + 0.0006
  /** The costal margin's height where the linea semilunaris meets it (at the ninth costal cartilage): rib 9's ring 9 cm
   * from the midline. */
  const costalMarginAtBorderY = ribPoint(9, anteriorThetaAtX(9, 0.09))[1]
  /** 1 within the aponeurosis' band lateral to rectus abdominis' border (its lateral fibre's line), fading to 0 over a
   * centimetre beyond it: 1.5 cm wide at the costal margin, widening to 4 cm at the umbilicus and below (model choices,
   * after the atlases' drawings of the muscle's fleshy edge curving away from the linea semilunaris toward the anterior
   * superior iliac spine). */
  const eoAponeurosisBand = (p: Vec3): number => {
    const t = Math.min(1, Math.max(0, (p[1] - raBottomY) / (raTopY(1) - raBottomY)))
    const widthM = 0.015 + 0.025 * (1 - ramp(p[1], umbilicusY, costalMarginAtBorderY))
    return ramp(raLateralX(t) + widthM + 0.01 - Math.abs(p[0]), 0, 0.01)
  }
  // the surface it lies on, as an envelope the smoothed sheet is lifted clear of
  const coreUnder = new Envelope()
  coreUnder.add({ prims: [{ bounds: { min: [-0.3, 0.8, -0.3], max: [0.3, 1.4, 0.3] }, distance: core }], blendM: 0 })
  put('external-oblique', {
    prims: sheet(eoOrigins, eoInsertions, {
      fibres: 13,
      thicknessM: EO_THICK,
      steps: 12,
      overlap: 0.7,
      // flattened square to the wall beneath (over the costal margin it slopes inward): flattened square to the
      // horizontal instead, the bundles stood out of the sloping wall edge-on, as overlapping shingles
      outward: coreOut,
      path: (_o, _i, t, f) => eoLaid(t, f, eoMidPlaneM(t, f)),
      thicknessAlong: eoThickness,
      // spans the hollows of the surface beneath (over the costal margin) rather than following them into pits
      over: coreUnder,
      layOver: 'lift',
      clearanceM: 0.0006,
      smooth: { passes: 4, along: 0.5, across: 0.5 },
      // the aponeurosis: a band along rectus abdominis' lateral border, reckoned from where the fibre is laid (a share
      // of each fibre's length alone would leave the part beside the border fleshy above the umbilicus, as the fibres
      // run on under the rectus and are carved back to its border), and the long middle and lower fibres aponeurotic a
      // little beyond half way (the aponeurosis below the umbilicus, to the inguinal ligament); the lowest (to the
      // crest) stay fleshy
      tendon: (t, f) => {
        const start = 0.82 - 0.28 * ramp(f, 0.1, 0.45)
        const alongFibre = ramp(t, start, start + 0.15)
        return Math.max(alongFibre, eoAponeurosisBand(eoLaid(t, f, eoMidPlaneM(t, f)))) * ramp(f, 0.8, 0.62)
      },
    }),
    blendM: 0.004,
    cellM: 0.003,
    maxTriangles: 2600,
    // its upper slips pass under the lower border of pectoralis major: what of them lies outward of that thin border
    // is cut away, so the sheet emerges from under the border
    deepTo: { id: 'pectoralis-major', outward: coreOut },
  })

  // ---------------- arm and forearm ----------------
  const gh = L('glenohumeral-joint')
  const elbow = L('elbow-joint')
  const wrist = L('wrist-joint')
  const armDir = normalize(sub(elbow, gh))
  const foreDir = normalize(sub(wrist, elbow))
  const armLat = normalize(cross(armDir, [0, 0, -1]))
  const foreLat = normalize(cross(foreDir, [0, 0, -1]))
  const onArm = (t: number, lat: number, ant: number): Vec3 => add(add(lerp(gh, elbow, t), scale(armLat, lat)), [0, 0, ant])
  const onFore = (t: number, lat: number, ant: number): Vec3 => add(add(lerp(elbow, wrist, t), scale(foreLat, lat)), [0, 0, ant])
  const med = L('medial-epicondyle')
  const latEpi = L('lateral-epicondyle')
  // brachialis: lower half of the front of the humerus to the coronoid process and ulnar tuberosity, deep to biceps
  // and wider than it, so its edges show on both sides of biceps
  put('brachialis', {
    prims: [
      ...belly(onArm(0.45, 0.004, 0.004), onFore(0.1, -0.008, 0.006), 0.026, {
        via: [onArm(0.7, 0.0, 0.01), onArm(0.9, -0.002, 0.012)],
        rAM: 0.009,
        rBM: 0.008,
        peak: 0.62,
        flatten: { normal: [0, 0, 1], ratio: 0.45 },
        samples: 10,
      }),
      // its lateral part, seen between biceps and triceps below the deltoid insertion
      ...belly(onArm(0.48, 0.014, -0.002), onFore(0.08, -0.002, 0.002), 0.012, {
        via: [onArm(0.72, 0.024, -0.006)],
        rAM: 0.007,
        rBM: 0.006,
        peak: 0.5,
        flatten: { normal: [1, 0, 0], ratio: 0.7 },
      }),
    ],
    blendM: 0.01,
  })
  // (brachioradialis, on the lateral border of the forearm's front, is an atlas muscle: src/model/muscles.ts)
  // flexor digitorum superficialis: the deep bulk of the flexor compartment (humero-ulnar and radial heads), its
  // tendons at the wrist under palmaris longus, then across the palm and along the fingers (handFootMuscles.ts)
  const hand = handFrame(wrist, L('fingertip'))
  const handDigits = handJoints(wrist, L('fingertip'))
  put('flexor-digitorum-superficialis', {
    prims: [
      ...belly(add(med, [0.008, -0.004, 0.01]), onFore(0.76, -0.003, 0.004), 0.02, {
        via: [onFore(0.22, -0.012, 0.006), onFore(0.5, -0.004, 0.004)],
        rAM: 0.009,
        rBM: 0.008,
        peak: 0.45,
        flatten: { normal: [0, 0, 1], ratio: 0.5 },
        samples: 12,
      }),
      // its four tendons in two rows, one flat band here, through the carpal tunnel
      ...tendonCord(onFore(0.68, -0.003, 0.004), onFore(1.04, -0.002, 0.0), {
        halfWidthM: 0.0085,
        endHalfWidthM: 0.0075,
        peak: 0.4,
        normal: [0, 0, 1],
        ratio: 0.45,
      }),
      ...fingerFlexorTendons(hand, handDigits.fingers),
    ],
    cellM: 0.002,
    maxTriangles: 1500,
  })
  // the superficial flexors from the common flexor origin on the medial epicondyle, lateral to medial:
  // pronator teres (to the middle of the lateral radius), flexor carpi radialis, palmaris longus, flexor carpi ulnaris
  const fo = add(med, [0.006, -0.006, 0.014])
  const foreOut = (d: number): Vec3 => normalize(add(scale(foreLat, d), [0, 0, 1]))
  put('pronator-teres', {
    prims: belly(add(fo, [0.004, 0.014, -0.002]), onFore(0.45, 0.026, 0.008), 0.013, {
      via: [onFore(0.18, 0.002, 0.022)],
      rAM: 0.008,
      rBM: 0.006,
      peak: 0.35,
      flatten: { normal: foreOut(0.3), ratio: 0.65 },
    }),
    cellM: 0.003,
  })
  // flexor carpi radialis and palmaris longus: bellies to about the middle of the forearm, then tendons (palmaris'
  // the thinnest) to the wrist; flexor carpi ulnaris fleshy nearly to the wrist, its tendon to the pisiform (ANAT;
  // where each belly ends is a model choice)
  put('flexor-carpi-radialis', {
    prims: [
      ...belly(add(fo, [0.002, 0.0, 0.006]), onFore(0.56, 0.006, 0.023), 0.013, {
        via: [onFore(0.24, -0.008, 0.028)],
        rAM: 0.007,
        rBM: 0.0045,
        peak: 0.45,
        flatten: { normal: foreOut(0.2), ratio: 0.6 },
        samples: 12,
      }),
      ...tendonCord(onFore(0.48, 0.005, 0.024), onFore(1.03, 0.016, 0.01), {
        via: [onFore(0.8, 0.012, 0.016)],
        halfWidthM: 0.0035,
        endHalfWidthM: 0.003,
        peak: 0.5,
        normal: foreOut(0.2),
        ratio: 0.75,
      }),
    ],
    blendM: 0.004,
    cellM: 0.0025,
  })
  put('palmaris-longus', {
    prims: [
      ...belly(add(fo, [-0.004, -0.004, 0.008]), onFore(0.5, -0.01, 0.029), 0.009, {
        via: [onFore(0.24, -0.021, 0.03)],
        rAM: 0.006,
        rBM: 0.003,
        peak: 0.45,
        flatten: { normal: foreOut(-0.1), ratio: 0.65 },
        samples: 12,
      }),
      ...tendonCord(onFore(0.42, -0.012, 0.03), onFore(1.06, 0.0, 0.016), {
        via: [onFore(0.8, -0.003, 0.021)],
        halfWidthM: 0.0028,
        endHalfWidthM: 0.0028,
        peak: 0.5,
        normal: foreOut(-0.1),
        ratio: 0.6,
      }),
    ],
    blendM: 0.004,
    cellM: 0.0025,
  })
  put('flexor-carpi-ulnaris', {
    prims: [
      ...belly(add(med, [-0.004, -0.004, -0.002]), onFore(0.82, -0.027, 0.01), 0.014, {
        via: [onFore(0.22, -0.036, 0.01), onFore(0.55, -0.031, 0.01)],
        rAM: 0.008,
        rBM: 0.005,
        peak: 0.4,
        flatten: { normal: foreOut(-0.9), ratio: 0.65 },
        samples: 12,
      }),
      ...tendonCord(onFore(0.74, -0.027, 0.01), onFore(1.03, -0.024, 0.008), {
        halfWidthM: 0.004,
        endHalfWidthM: 0.0035,
        peak: 0.5,
        normal: foreOut(-0.9),
        ratio: 0.7,
      }),
    ],
    blendM: 0.004,
    cellM: 0.003,
  })
  void latEpi

  // ---------------- thigh ----------------
  const hip = L('hip-joint')
  const knee = L('knee-joint')
  const isch = L('ischial-tuberosity')
  const mfc = L('medial-femoral-condyle')
  const sym = L('pubic-symphysis')
  const gtr = L('greater-trochanter')
  const femurAxis = (y: number): Vec3 => {
    // the femoral shaft runs from below the greater trochanter to the knee (as in skeleton.ts); an axis for directions
    const top = add(gtr, [-0.042, -0.03, 0.004])
    const t = (top[1] - y) / (top[1] - knee[1])
    return lerp(top, knee, t)
  }
  const thighOut = (p: Vec3): Vec3 => {
    const a = femurAxis(p[1])
    return normalize([p[0] - a[0], 0, p[2] - a[2]])
  }
  // pectineus: pectineal line of the pubis to the pectineal line of the femur, between iliopsoas and adductor longus
  put('pectineus', {
    prims: belly(add(pubt, [0.014, 0.002, -0.008]), add(hip, [0.026, -0.085, -0.01]), 0.013, {
      via: [add(lerp(pubt, hip, 0.5), [0.0, -0.04, 0.012])],
      rAM: 0.009,
      rBM: 0.005,
      peak: 0.4,
      flatten: { normal: [-0.3, 0.2, 1], ratio: 0.6 },
    }),
  })
  // adductor magnus (an atlas muscle carved here: src/model/carvedAtlasMuscles.ts): the adductor part fans from the inferior pubic ramus and ischial ramus to the linea aspera;
  // the "hamstring" part runs from the ischial tuberosity down the medial thigh to the adductor tubercle
  const tubercle = add(mfc, [0.002, 0.04, -0.012])
  put('adductor-magnus', {
    prims: [
      ...belly(add(isch, [-0.006, -0.006, 0.004]), tubercle, 0.026, {
        via: [
          [0.04, 0.76, -0.03],
          [0.038, 0.64, -0.022],
        ],
        rAM: 0.012,
        rBM: 0.007,
        peak: 0.4,
        flatten: { normal: [-1, 0, -0.3], ratio: 0.75 },
        samples: 12,
      }),
      ...sheet(
        [add(sym, [0.012, -0.03, -0.016]), add(isch, [-0.012, 0.0, 0.016])],
        [femurAxis(0.83), femurAxis(0.6)].map((p) => add(p, [-0.01, 0, -0.016])),
        {
          fibres: 5,
          thicknessM: 0.03,
          outward: () => normalize([-1, 0, 0.4]),
          steps: 7,
          thicknessAlong: (t) => 0.6 + 0.4 * Math.sin(Math.PI * t),
        },
      ),
    ],
    blendM: 0.014,
    maxTriangles: 1600,
  })
  // gracilis: body of the pubis beside the symphysis, straight down the medial thigh, behind the medial condyle to
  // the pes anserinus on the medial tibia; a flat strap laid on the adductors
  const pes: Vec3 = add(L('tibial-tuberosity'), [-0.03, -0.012, -0.016])
  const graPts: Vec3[] = [
    add(sym, [0.014, -0.028, -0.012]),
    laid([0.028, 0.8, 0.005], [-1, 0, 0.15], 0.008),
    laid([0.03, 0.7, -0.006], [-1, 0, 0], 0.008),
    laid([0.034, 0.6, -0.016], [-1, 0, -0.1], 0.008),
    laid(add(mfc, [-0.016, 0.0, -0.024]), [-1, 0, -0.2], 0.008),
    pes,
  ]
  // the adductor magnus is not in `under`; keep gracilis medial of it as well
  for (let i = 1; i < graPts.length - 1; i++) {
    graPts[i] = wrapOver(mine, itemAt(graPts, i, 'gracilis path'), [-1, 0, 0], 0.008)
  }
  put('gracilis', {
    prims: strap(graPts, [0.016, 0.016, 0.013, 0.01, 0.006, 0.004], 0.35, (p) => normalize([-1, 0, p[2] < -0.01 ? -0.3 : 0.2])),
    blendM: 0.006,
  })
  // sartorius: ASIS, obliquely down and medially across the front of the thigh, over the medial edge of rectus
  // femoris and, at the apex of the femoral triangle, the medial border of adductor longus; below, over vastus
  // medialis and the adductors (the roof of the adductor canal), behind the medial condyle to the pes anserinus in
  // front of gracilis. Its path is a smooth curve, laid over what lies beneath point by point and drawn taut.
  const sarVia: Vec3[] = [
    add(asis, [-0.004, -0.012, 0.0]),
    [0.106, 0.87, 0.08],
    [0.074, 0.78, 0.072],
    [0.058, 0.69, 0.052],
    [0.044, 0.6, 0.026],
    add(mfc, [-0.012, 0.006, -0.008]),
    add(pes, [0.004, 0.01, 0.01]),
  ]
  const sar = smoothStrapPath(sarVia, [0.01, 0.015, 0.016, 0.016, 0.014, 0.01, 0.005], SARTORIUS_PIECES_PER_SPAN)
  const sarLaid: Vec3[] = sar.points.map((p, i, all) => {
    if (i === 0 || i === all.length - 1) return p
    const q = laid(p, thighOut(p), 0.0078)
    return wrapOver(mine, q, thighOut(q), 0.0078)
  })
  const sarPts = tautPath(sarLaid, thighOut, SARTORIUS_TAUT_PASSES)
  put('sartorius', {
    prims: strap(sarPts, sar.halfWidthsM, 0.36, (p) => thighOut(p)),
    blendM: 0.006,
  })

  // iliotibial tract: the thickened band of fascia lata on the side of the thigh. Above, level with and below the
  // greater trochanter, it receives tensor fasciae latae in front (whose end runs into its front edge, below) and the
  // superficial fibres of gluteus maximus behind (its top starts under that muscle's end and is carved against it); it
  // runs down over vastus lateralis, narrowing, to the anterolateral tibial condyle (Gerdy's tubercle,
  // between the tibial tuberosity and the head of the fibula). Tendon throughout. Its width (about 5 cm above, 1.5 cm
  // at the knee) and its 5 mm thickness (thicker than the real band of 1-3 mm, so it meshes whole on the grid) are model choices.
  const gerdy = add(lerp(L('tibial-tuberosity'), L('fibular-head'), 0.5), [0.004, 0.018, 0.0])
  // Where tensor fasciae latae ends on the front of the tract, the tract is laid on the muscles beneath that end, not
  // over it, and then carved against it like everything else: the muscle's end runs into the tract, and muscle,
  // clearance and tract are not stacked on the side of the hip.
  const atlasField = (id: string): ((x: number, y: number, z: number) => number) => {
    const shape = atlasShapes.get(id)
    if (!shape) throw new Error(`the iliotibial tract is laid beside "${id}", which is not built`)
    return fieldOf(shape)
  }
  const tflField = atlasField('tensor-fasciae-latae')
  const beneathTfl = ['vastus-lateralis', 'rectus-femoris', 'gluteus-medius', 'gluteus-minimus'].map(atlasField)
  const tractBed = new Envelope()
  tractBed.add({
    prims: [
      {
        bounds: { min: [0.02, knee[1] - 0.1, -0.2], max: [0.3, gtr[1] + 0.1, 0.2] },
        distance: (x, y, z) =>
          tflField(x, y, z) < TRACT_OVER_TFL_M ? Math.min(...beneathTfl.map((f) => f(x, y, z))) : under.value(x, y, z),
      },
    ],
    blendM: 0,
  })
  put('iliotibial-tract', {
    prims: sheet(
      [add(gtr, [0.016, -0.02, -0.026]), add(gtr, [0.02, -0.055, 0.0]), add(gtr, [0.014, -0.1, 0.026])],
      [add(gerdy, [0.0, 0.0, -0.008]), add(gerdy, [0.002, 0.0, 0.0]), add(gerdy, [0.0, 0.0, 0.008])],
      {
        fibres: 10,
        thicknessM: TRACT_THICKNESS_M,
        outward: (p) => thighOut(p),
        over: tractBed,
        clearanceM: TRACT_CLEARANCE_M,
        steps: 26,
        anchorEnds: [false, false],
        thicknessAlong: () => 1,
        thicknessAcross: (f) => 0.75 + 0.25 * Math.sin(Math.PI * f),
        smooth: { passes: 3, along: 0.5, across: 0.5 },
        tendon: () => 1,
      },
    ),
    blendM: 0.003,
    cellM: 0.002,
    maxTriangles: 2000,
  })

  // thoracolumbar fascia, the part of its posterior layer below latissimus dorsi: from the spine of L5 and the
  // median sacral crest (its medial edge a little across the midline, so the two halves meet) out to the posterior
  // superior iliac spine and down the medial border of gluteus maximus, which arises from it, to the coccyx; over
  // multifidus and the erector spinae on the back of the sacrum. Above, latissimus' own aponeurosis continues it (the
  // two are one sheet in the body). Fibres run across, as the layer's do. Tendon throughout; its 4 mm thickness
  // (thicker than the real layer, so it meshes whole on the grid) and its outline are model choices.
  const psis = L('psis')
  const coccyx = L('coccyx')
  const sacralCrest: Vec3[] = [
    add(spinousTip('L5'), [-0.004, 0.006, 0.0]),
    add(spinousTip('L5'), [-0.004, -0.018, 0.0]),
    add(L('sacrum-s2'), [-0.004, 0.012, -0.004]),
    add(L('sacrum-s2'), [-0.004, -0.03, -0.002]),
    add(coccyx, [-0.003, 0.026, -0.004]),
  ]
  // its upper border abuts the lower border of latissimus' aponeurosis instead of lying over it
  const besideGluteus: Vec3[] = [
    add(psis, [0.016, 0.034, -0.014]),
    add(psis, [0.006, 0.018, -0.01]),
    add(psis, [-0.01, -0.008, -0.01]),
    add(L('sacrum-s2'), [0.014, -0.03, -0.006]),
    add(coccyx, [0.008, 0.022, -0.004]),
  ]
  put('thoracolumbar-fascia', {
    prims: sheet(sacralCrest, besideGluteus, {
      // close fibres (about 5 mm apart): a few thick ones meshed as a row of beads
      fibres: 30,
      thicknessM: 0.004,
      outward: (p) => normalize([p[0] * 3, 0.1, -1]),
      over: under,
      clearanceM: 0.0015,
      steps: 7,
      anchorEnds: [false, false],
      thicknessAlong: () => 1,
      // thin where it passes under latissimus' aponeurosis above, and toward the coccyx
      thicknessAcross: (f) => (0.4 + 0.6 * ramp(f, 0, 0.2)) * (1 - 0.3 * ramp(f, 0.8, 1)),
      smooth: { passes: 4, along: 0.5, across: 0.5 },
      tendon: () => 1,
    }),
    blendM: 0.003,
    cellM: 0.002,
    maxTriangles: 1600,
  })

  // ---------------- leg ----------------
  const ankle = L('ankle-joint')
  const fh = L('fibular-head')
  // extensor digitorum longus (an atlas muscle carved here, src/model/carvedAtlasMuscles.ts): lateral tibial condyle
  // and the front of the fibula, lateral to tibialis anterior, in front of the ankle and fanning into four tendons to
  // toes 2-5
  const edlTendon: Vec3 = add(ankle, [0.012, -0.01, 0.055])
  const legOut = (p: Vec3): Vec3 => normalize([p[0] - 0.08, 0, p[2] + 0.01])
  put('extensor-digitorum-longus', {
    prims: [
      ...belly(add(fh, [-0.008, 0.008, 0.02]), edlTendon, 0.0125, {
        via: [
          // high in the leg it lies lateral of tibialis anterior, beside it rather than in front of it
          laid(add(lerp(knee, ankle, 0.3), [0.04, 0, 0.018]), [1, 0, 0.3], 0.011),
          laid(add(lerp(knee, ankle, 0.62), [0.03, 0, 0.022]), [0.5, 0, 1], 0.008),
          // low in the leg the tendon lies level with the tibia's front, lateral of it, over the interosseous membrane
          add(lerp(knee, ankle, 0.9), [0.02, 0, 0.022]),
        ],
        rAM: 0.007,
        rBM: 0.004,
        peak: 0.35,
        flatten: { normal: legOut(lerp(knee, ankle, 0.4)), ratio: 0.75 },
        samples: 12,
      }),
      // the four tendons run over the dorsum of the foot to the heads of metatarsals 2-5 (on to the toes)
      ...[0.25, 0.5, 0.75, 1]
        .map((f) => {
          const mt1 = L('first-metatarsal-head')
          const end = add(lerp(mt1, add(mt1, [0.06, -0.002, -0.035]), f), [0, 0.016, 0.004])
          const over = add(lerp(edlTendon, end, 0.5), [0, 0.0, 0])
          return belly(edlTendon, end, 0.003, {
            rAM: 0.003,
            rBM: 0.0024,
            samples: 4,
            via: [[over[0], Math.max(over[1], 0.052), over[2]]],
            tendon: () => 1,
          })
        })
        .flat(),
    ],
    blendM: 0.004,
    cellM: 0.003,
    maxTriangles: 720,
  })

  // extensor hallucis longus (an atlas muscle carved here, src/model/carvedAtlasMuscles.ts): from the middle half of
  // the front of the fibula and the interosseous membrane, deep between tibialis anterior and extensor digitorum
  // longus, with the anterior tibial vessels and the deep fibular nerve between it and tibialis anterior (GRAY-1918);
  // its belly is fullest a little below the middle of the leg (its midpoint about 35% of the leg's length above the
  // ankle, ARM-2016). The tendon comes forward between the two others' tendons in the lower third, crosses the front
  // of the ankle lateral to tibialis anterior's and runs along the inner part of the top of the foot to the base of
  // the big toe's distal phalanx. Widths and the exact path are model choices; the carving keeps it in the gap.
  const ehlMt1 = L('first-metatarsal-head')
  const ehlToe = L('great-toe-tip')
  const onLeg = (f: number, off: Vec3): Vec3 => add(lerp(knee, ankle, f), off)
  put('extensor-hallucis-longus', {
    prims: [
      ...belly(onLeg(0.22, [0.03, 0, -0.004]), onLeg(0.74, [0.015, 0, 0.016]), 0.0085, {
        via: [onLeg(0.42, [0.023, 0, 0.004]), onLeg(0.6, [0.019, 0, 0.011])],
        rAM: 0.003,
        rBM: 0.003,
        peak: 0.6,
        flatten: { normal: [0.15, 0, 1], ratio: 0.7 },
        samples: 12,
      }),
      // the tendon: deep to tibialis anterior's lower belly, then between its tendon and extensor digitorum longus's
      // over the front of the ankle, along the inner part of the top of the foot to the big toe
      ...belly(onLeg(0.74, [0.015, 0, 0.016]), add(ankle, [-0.003, -0.006, 0.053]), 0.003, {
        via: [add(ankle, [0.014, 0.058, 0.02]), add(ankle, [0.012, 0.028, 0.026]), add(ankle, [0.004, 0.008, 0.04])],
        rAM: 0.003,
        rBM: 0.0026,
        samples: 12,
        tendon: () => 1,
      }),
      // on the top of the foot the tendon is thinner and lies just under the skin, over the first metatarsal
      ...belly(add(ankle, [-0.003, -0.006, 0.053]), add(ehlToe, [-0.005, 0.018, -0.034]), 0.0025, {
        via: [
          add(ehlMt1, [0.003, 0.04, -0.052]),
          add(ehlMt1, [0.0, 0.03, -0.032]),
          add(ehlMt1, [0.0, 0.022, -0.007]),
          add(ehlMt1, [0.0, 0.019, 0.013]),
        ],
        rAM: 0.0026,
        rBM: 0.002,
        samples: 14,
        tendon: () => 1,
      }),
    ],
    blendM: 0.003,
    cellM: 0.0025,
    maxTriangles: 480,
  })

  // the hand's and the foot's own muscles
  for (const { id, ...b } of [...handMuscles(hand, handDigits), ...footMuscles(footFrame(footLandmarks(lm)))]) put(id, b)

  // context muscles in the order of CONTEXT_MUSCLES, each carved atlas muscle right after the muscle put before it
  // (where it stood when it was a context muscle): the order of the skin's union of fields stays the same
  const order = CONTEXT_MUSCLES.map((m) => m.id).filter((id) => !FACIAL_MUSCLE_IDS.includes(id))
  const putOrder = [...built.keys()]
  for (const id of CARVED_ATLAS_MUSCLE_IDS) {
    const putBefore = putOrder[putOrder.indexOf(id) - 1]
    order.splice(putBefore === undefined ? 0 : order.indexOf(putBefore) + 1, 0, id)
  }
  const out: StructureSpec[] = []
  for (const id of order) {
    const carved = CARVED_ATLAS_MUSCLE_IDS.includes(id)
    const m = carved ? MUSCLES.find((x) => x.id === id) : CONTEXT_MUSCLES.find((x) => x.id === id)
    const b = built.get(id)
    const shape = shapes.get(id)
    if (!m || !b || !shape)
      throw new Error(
        `muscle "${id}" (src/anatomy/ids.ts, src/model/carvedAtlasMuscles.ts) has no identity or shape in src/model/contextMuscles.ts`,
      )
    out.push(muscleStructure(m, shape, b, carved ? muscleColour(m) : contextMuscleColour(m)))
  }
  return out
}

/**
 * The field of `prims` (smooth union), carved by `clearance` (the field of what must stay outside, minus the gap),
 * sampled once on a grid of `cellM` and returned as one primitive (trilinear inside the grid, plus the distance to
 * the grid's box outside it). Carving on the grid only near and inside the muscle keeps the generator fast.
 */
function bakeCarved(
  prims: readonly Primitive[],
  blendM: number,
  cellM: number,
  clearance: (x: number, y: number, z: number) => number,
): Primitive {
  // true distances out to FIELD_REACH_M: the skin is the smooth union of every structure's field offset by the
  // subcutaneous layer (up to about 2 cm), so it reads this field well outside the muscle
  const bounds = unionBounds(prims, blendM + FIELD_REACH_M)
  const grid = emptyGrid(bounds, cellM, FIELD_REACH_M + 0.01)
  splat(grid, prims, blendM, blendM + FIELD_REACH_M)
  const { values, dims, origin } = grid
  const [nx, ny, nz] = dims
  // idx runs over the nx*ny*nz grid values, and `at` is only called for cells within the grid
  for (let k = 0, idx = 0; k < nz; k++) {
    const z = origin[2] + k * cellM
    for (let j = 0; j < ny; j++) {
      const y = origin[1] + j * cellM
      for (let i = 0; i < nx; i++, idx++) {
        if (values[idx]! > 2.5 * cellM) continue
        values[idx] = smax(values[idx]!, -clearance(origin[0] + i * cellM, y, z), 0.002)
      }
    }
  }
  const max: [number, number, number] = [origin[0] + (nx - 1) * cellM, origin[1] + (ny - 1) * cellM, origin[2] + (nz - 1) * cellM]
  const at = (i: number, j: number, k: number): number => values[i + nx * (j + ny * k)]!
  return {
    bounds: { min: [...origin], max },
    distance(x, y, z) {
      const cx = Math.min(Math.max(x, origin[0]), max[0])
      const cy = Math.min(Math.max(y, origin[1]), max[1])
      const cz = Math.min(Math.max(z, origin[2]), max[2])
      const outside = Math.hypot(x - cx, y - cy, z - cz)
      const fx = (cx - origin[0]) / cellM
      const fy = (cy - origin[1]) / cellM
      const fz = (cz - origin[2]) / cellM
      const i = Math.min(Math.floor(fx), nx - 2)
      const j = Math.min(Math.floor(fy), ny - 2)
      const k = Math.min(Math.floor(fz), nz - 2)
      const u = fx - i,
        v = fy - j,
        w = fz - k
      const c00 = at(i, j, k) * (1 - u) + at(i + 1, j, k) * u
      const c10 = at(i, j + 1, k) * (1 - u) + at(i + 1, j + 1, k) * u
      const c01 = at(i, j, k + 1) * (1 - u) + at(i + 1, j, k + 1) * u
      const c11 = at(i, j + 1, k + 1) * (1 - u) + at(i + 1, j + 1, k + 1) * u
      const c0 = c00 * (1 - v) + c10 * v
      const c1 = c01 * (1 - v) + c11 * v
      return c0 * (1 - w) + c1 * w + outside
    },
  }
}

/** Push a point outward along `dir` until it is `marginM` clear of the shapes in `env` (unchanged if already clear). */
function wrapOver(env: Envelope, p: Vec3, dir: Vec3, marginM: number): Vec3 {
  if (env.value(p[0], p[1], p[2]) >= marginM) return p
  const d = normalize(dir)
  for (let t = 0.0015; t <= 0.04; t += 0.0015) {
    const q: Vec3 = [p[0] + d[0] * t, p[1] + d[1] * t, p[2] + d[2] * t]
    if (env.value(q[0], q[1], q[2]) >= marginM) return q
  }
  return p
}
