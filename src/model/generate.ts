// The body generator: landmark table -> skeleton, muscles, organs and danger structures -> skin -> GLB bytes.
// Deterministic (no randomness, no clocks, fixed iteration order), so the same table always gives the same bytes.
import { LANDMARKS } from '../anatomy/ids'
import { Envelope } from './envelope'
import { type ExportLandmark, type ExportMesh, writeGlb } from './gltfExport'
import { Landmarks, type LandmarkTables, REFERENCE_TABLES } from './landmarkTable'
import { meshStructure } from './meshStructure'
import { type VertexFibres, mirrorFibres, vertexFibres } from './muscleFibres'
import { buildContextMuscles } from './contextMuscles'
import { buildMuscles } from './muscles'
import { buildOrgans } from './organs'
import { raycast } from './rayMesh'
import type { NodeExtras } from './readGlb'
import { type Primitive, type Shape, mirrorPrimitive } from './sdf'
import { buildSkeleton, ribPath } from './skeleton'
import { limbAxes } from './bodySegments'
import { buildSkin, coverLeanShapeAgain, leanShape, skinFillers } from './skin'
import { faceSurface } from './face'
import { glutealRelief } from './glutealRelief'
import { limbClefts } from './limbClefts'
import { scapularDrapes } from './skinDrape'
import { backClosing, neckBaseClosing, shoulderClosings } from './skinClosing'
import { coverPoints } from './skinCover'
import { buildFacialMuscles } from './facialMuscles'
import type { StructureSpec } from './structure'
import { RIB_RADIUS_M, anteriorThetaAtX, ribPoint, wallPointAtAngle } from './thorax'
import { itemAt, lastOf } from './lists'
import { AXES, type Vec3, lerp, mirrorX, normalize } from './vec'
import type { BodySex } from '../anatomy/ids'
import { breastPrimitives, femaleExtraFatM, femaleWarp, FEMALE_NIPPLE_REFERENCE_M } from './femaleBody'
import { warpLandmark, warpMesh } from './warpMeshes'

const SKIN_COLOUR = [0.93, 0.76, 0.65] as const

export function mirrorShape(s: Shape): Shape {
  return {
    prims: s.prims.map(mirrorPrimitive),
    blendM: s.blendM,
    carve: s.carve?.map(mirrorPrimitive),
    carveBlendM: s.carveBlendM,
    ...(s.partOf
      ? {
          partOf: {
            others: s.partOf.others.map(mirrorShape),
            blendM: s.partOf.blendM,
            whole: { ...s.partOf.whole, shape: mirrorShape(s.partOf.whole.shape) },
          },
        }
      : {}),
  }
}

function extrasOf(s: StructureSpec, side: 'left' | 'right' | 'midline'): NodeExtras {
  const e: NodeExtras = { kind: s.kind, id: s.id, side, name: s.name }
  if (s.layer) e.layer = s.layer
  if (s.fma) e.fma = s.fma
  if (s.ta) e.ta = s.ta
  return e
}

/** Landmarks whose table position is refined on the generated geometry (intercostal spaces, rib tips, skin points). */
function refinedLandmark(id: string, table: Vec3): Vec3 | null {
  const onWall = (p: Vec3): Vec3 => {
    const phi = Math.atan2(p[0], -p[2])
    return wallPointAtAngle(p[1], phi, RIB_RADIUS_M * 0.7)
  }
  if (id === 'second-intercostal-space-mcl') {
    return onWall(lerp(ribPoint(2, anteriorThetaAtX(2, table[0])), ribPoint(3, anteriorThetaAtX(3, table[0])), 0.5))
  }
  if (id === 'fifth-intercostal-space-aal') {
    return onWall(lerp(ribPoint(5, anteriorThetaAtX(5, table[0])), ribPoint(6, anteriorThetaAtX(6, table[0])), 0.5))
  }
  if (id === 'costal-margin') {
    const cart = ribPath(8).cartilage
    let best = itemAt(cart, 0, 'rib 8 cartilage')
    for (const p of cart) if (Math.abs(p[0] - table[0]) < Math.abs(best[0] - table[0])) best = p
    return best
  }
  if (id === 'twelfth-rib-tip') {
    const bony = ribPath(12).bony
    return lastOf(bony, 'rib 12')
  }
  return null
}

const SKIN_LANDMARK_DIRECTIONS: Record<string, Vec3> = {
  umbilicus: [0, 0, 1],
  nipple: normalize([0.25, 0, 1]),
  tragus: [1, 0, 0],
}

export interface GenerateResult {
  glb: Uint8Array
  /** The meshes as handed to the exporter (exact float positions, before compression), for the tests. */
  meshes: readonly ExportMesh[]
  triangles: number
  triangleCountByKind: Record<string, number>
}

/** The landmark table of a body: the female one places the nipple on the breast (femaleBody.ts). */
export function tablesFor(sex: BodySex, tables: LandmarkTables = REFERENCE_TABLES): LandmarkTables {
  if (sex === 'male') return tables
  return {
    ...tables,
    landmarks: tables.landmarks.map((l) => (l.id === 'nipple' ? { ...l, positionM: FEMALE_NIPPLE_REFERENCE_M } : l)),
  }
}

export async function generateBody(
  tables: LandmarkTables = REFERENCE_TABLES,
  log: (s: string) => void = () => {},
  sex: BodySex = 'male',
): Promise<GenerateResult> {
  const lm = new Landmarks(tablesFor(sex, tables))
  const bones = buildSkeleton(lm)
  const under = new Envelope()
  for (const b of bones) under.add(b.shape)
  const muscles = buildMuscles(lm, under)
  const context = buildContextMuscles(lm, under, new Map(muscles.map((m) => [m.id, m.shape])))
  const organs = buildOrgans(lm)
  const structures = [...bones, ...muscles, ...context, ...organs]
  log(`${structures.length} structures described`)

  const meshes: ExportMesh[] = []
  const skinPrims: Primitive[] = []
  // structures the skin is not wrapped over (a stand-in is) but must still cover (StructureSpec.skinStandIn)
  const coveredOnlyPrims: Primitive[] = []
  const counts: Record<string, number> = {}
  const bodyMin: [number, number, number] = [Infinity, Infinity, Infinity]
  const bodyMax: [number, number, number] = [-Infinity, -Infinity, -Infinity]
  const exportStructure = async (s: StructureSpec): Promise<void> => {
    const m = await meshStructure(s)
    // a muscle's fibres, from the primitives it was built of; the right copy is the left one mirrored
    const fibres = s.fibrePrims ? vertexFibres(m.left, s.fibrePrims) : undefined
    if (s.kind === 'muscle' && !fibres) throw new Error(`muscle "${s.id}" has no fibre axes`)
    const copies: ['left' | 'right' | 'midline', typeof m.left, VertexFibres | undefined][] =
      s.side === 'midline'
        ? [['midline', m.left, fibres]]
        : [
            ['left', m.left, fibres],
            ['right', m.right!, fibres && mirrorFibres(fibres)],
          ]
    for (const [side, mesh, meshFibres] of copies) {
      meshes.push({
        nodeName: `${s.id}.${side}`,
        extras: extrasOf(s, side),
        positions: mesh.positions,
        normals: mesh.normals,
        indices: mesh.indices,
        colour: s.colour,
        ...(meshFibres ? { fibres: meshFibres } : {}),
      })
      counts[s.kind] = (counts[s.kind] ?? 0) + mesh.indices.length / 3
      if (s.underSkin) {
        for (let i = 0; i < mesh.positions.length; i += 3) {
          for (const k of AXES) {
            bodyMin[k] = Math.min(bodyMin[k], mesh.positions[i + k]!)
            bodyMax[k] = Math.max(bodyMax[k], mesh.positions[i + k]!)
          }
        }
      }
    }
    if (s.underSkin) {
      // a left structure's primitives and their mirror image on the right
      const bothSides = (shape: Shape): Primitive[] => (s.side === 'left' ? [...shape.prims, ...mirrorShape(shape).prims] : shape.prims)
      if (s.skinStandIn) {
        skinPrims.push(...bothSides({ prims: [...s.skinStandIn], blendM: s.shape.blendM }))
        coveredOnlyPrims.push(...bothSides(s.shape))
      } else skinPrims.push(...bothSides(s.shape))
    }
  }
  for (const s of structures) await exportStructure(s)
  for (const f of skinFillers(lm)) skinPrims.push(...f.prims)
  if (sex === 'female') {
    const breast = breastPrimitives(lm.at('nipple', 'left'))
    skinPrims.push(...breast, ...breast.map(mirrorPrimitive))
  }
  log(`structures meshed: ${JSON.stringify(counts)}`)

  const margin = 0.04
  const skin = await buildSkin(
    skinPrims,
    {
      min: [bodyMin[0] - margin, Math.max(bodyMin[1] - margin, -0.02), bodyMin[2] - margin],
      max: [bodyMax[0] + margin, bodyMax[1] + margin, bodyMax[2] + margin],
    },
    limbAxes(lm),
    faceSurface(lm),
    sex === 'female' ? femaleExtraFatM : undefined,
    glutealRelief(lm),
    limbClefts(lm),
    scapularDrapes(lm),
    [backClosing(lm), neckBaseClosing(lm), ...shoulderClosings(lm)],
    coveredOnlyPrims,
    // the muscles and bones stay under the skin after its mesh is smoothed and simplified (skinCover.ts)
    meshes.filter((m) => m.extras.kind === 'muscle' || m.extras.kind === 'bone').map(coverPoints),
  )
  log(`skin: covered ${skin.coverShortBefore} points of muscles and bones that its simplified mesh left outside or too near`)
  log(`skin: the lean shape covered ${skin.leanCoverShortBefore} points of them again`)
  log(`skin: ${skin.untangled.before} triangles turned over against their neighbours, ${skin.untangled.after} after untangling`)
  // the muscles of facial expression are laid under the finished skin (facialMuscles.ts); where the lean shape lies
  // closer to the bone than they need (the forehead), it is covered again over them, as over every other muscle
  const builtUnderSkin = meshes.filter((m) => m.extras.kind === 'muscle' || m.extras.kind === 'bone')
  const facialFrom = meshes.length
  for (const s of buildFacialMuscles(lm, { base: skin, lean: leanShape(skin) }, builtUnderSkin)) await exportStructure(s)
  const facialShort = coverLeanShapeAgain(skin, meshes.slice(facialFrom).map(coverPoints))
  log(`facial muscles laid under the skin; the lean shape covered ${facialShort} points of them`)
  counts.skin = skin.indices.length / 3
  log(`skin: ${counts.skin} triangles`)
  for (const v of skin.filledVoids)
    log(`skin: filled an enclosed pocket of ${v.samples} samples at ${v.centreM.map((c) => c.toFixed(3)).join(', ')} m`)
  meshes.push({
    nodeName: 'skin.midline',
    extras: { kind: 'skin', id: 'skin', side: 'midline', name: 'Skin (average habitus; morph targets "lean" and "high")' },
    positions: skin.positions,
    normals: skin.normals,
    indices: skin.indices,
    colour: SKIN_COLOUR,
    morphTargets: skin.targets,
  })

  const landmarks: ExportLandmark[] = []
  for (const l of LANDMARKS) {
    const entry = lm.entry(l.id)
    let p: Vec3 = refinedLandmark(l.id, entry.positionM) ?? entry.positionM
    if (entry.on === 'skin') {
      const dir = SKIN_LANDMARK_DIRECTIONS[l.id] ?? [0, 0, 1]
      const origin: Vec3 = [p[0] - dir[0] * 0.06, p[1] - dir[1] * 0.06, p[2] - dir[2] * 0.06]
      const hit = raycast(skin.positions, skin.indices, origin, dir)
      if (!hit) throw new Error(`landmark "${l.id}": could not place it on the skin`)
      p = [origin[0] + dir[0] * hit.distanceM, origin[1] + dir[1] * hit.distanceM, origin[2] + dir[2] * hit.distanceM]
    }
    const sides: ('left' | 'right' | 'midline')[] = l.sides === 'midline' ? ['midline'] : ['left', 'right']
    for (const side of sides) {
      landmarks.push({
        nodeName: `${l.id}.${side}`,
        extras: { kind: 'landmark', id: l.id, side, name: l.name },
        positionM: side === 'right' ? mirrorX(p) : p,
      })
    }
  }
  let out = { meshes, landmarks }
  if (sex === 'female') {
    const warp = femaleWarp({
      glenohumeral: lm.at('glenohumeral-joint', 'left'),
      elbow: lm.at('elbow-joint', 'left'),
      wrist: lm.at('wrist-joint', 'left'),
      fingertip: lm.at('fingertip', 'left'),
    })
    out = { meshes: meshes.map((m) => warpMesh(m, warp)), landmarks: landmarks.map((l) => warpLandmark(l, warp)) }
    log('warped to the female proportions')
    // the warp carries the lean shape by its Jacobian at the average skin (warpMeshes.ts), which lays it close to, not
    // exactly on, the warped lean shape: where that brings a muscle or bone through it, it is covered again
    const warpedSkin = out.meshes.find((m) => m.extras.kind === 'skin')
    if (!warpedSkin?.morphTargets) throw new Error('the warped body has no skin with builds')
    const warpedShort = coverLeanShapeAgain(
      { ...warpedSkin, targets: warpedSkin.morphTargets },
      out.meshes.filter((m) => m.extras.kind === 'muscle' || m.extras.kind === 'bone').map(coverPoints),
    )
    log(`warped: the lean shape covered ${warpedShort} points again`)
  }
  const glb = await writeGlb(out.meshes, out.landmarks, { body: sex })
  const triangles = Object.values(counts).reduce((a, b) => a + b, 0)
  return { glb, meshes: out.meshes, triangles, triangleCountByKind: counts }
}
