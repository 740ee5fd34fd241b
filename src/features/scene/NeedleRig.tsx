// The needle simulator in 3D: measures the path for the chosen trigger point, approach and habitus on this
// model (BVH ray casts through the pure needle/needlePath.ts), publishes it to the store for the panel,
// draws the needle pushed to the chosen depth, and highlights the pleura and other danger structures on
// the path more strongly as the tip nears them.
import { useThree } from '@react-three/fiber'
import { useEffect, useMemo, type ReactElement } from 'react'
import { Color, Mesh, MeshBasicMaterial, Quaternion, Vector3 } from 'three'
import { closestPoint } from '../../geometry/meshBvh'
import { parseNodeName } from '../../anatomy/naming'
import { findTriggerPoint, type FeatureAtlas } from '../atlasData'
import { measureNeedlePath, NeedlePathNotTraced, tipPointM, type NeedlePath } from '../needle/needlePath'
import { needleReadout } from '../needle/needleReadout'
import { SECTION_MAX_DEPTH_MM } from '../needle/depthSection'
import { tissueCrossingsAlongPath } from '../../geometry/tissueLayers'
import { tissueMeshesAlongPath } from './tissueMeshes'
import { useFeatureStore } from '../store'
import { ZONE_PALETTE } from '../zones/palette'
import { publishDebug } from './debugCounts'
import { bvhOf } from './meshArrays'
import { needleMeshes } from './needleMeshes'
import type { SkinnedBody } from '../../viewer/scene/body'

export interface NeedleRigProps {
  body: SkinnedBody
  atlas: FeatureAtlas
}

const LEVEL_COLOUR = {
  clear: ZONE_PALETTE.warnClear,
  amber: ZONE_PALETTE.warnAmber,
  red: ZONE_PALETTE.warnRed,
  'past-pleura': ZONE_PALETTE.warnPastPleura,
}
/** Distance over which a highlight fades in as the tip approaches a structure (a display ramp, not a clinical figure). */
const HIGHLIGHT_RAMP_MM = 25

/** The lung's x-ray colour while needling: a pale pink, apart from the warning colours. */
const LUNG_COLOUR = '#F2A7B6'

/**
 * Highlight meshes sharing the danger structures' geometry, drawn over them whatever the viewer's layers say:
 * without depth test, so the pleura and lung show through the skin and muscles above them while needling.
 */
function useHazardHighlights(body: SkinnedBody, names: readonly string[]): Map<string, Mesh> {
  const highlights = useMemo(() => {
    const map = new Map<string, Mesh>()
    for (const name of names) {
      const { id } = parseNodeName(name)
      const source = body.node(name)[0]
      if (!source) {
        continue
      }
      source.updateWorldMatrix(true, false)
      const colour = id === 'lung' ? LUNG_COLOUR : ZONE_PALETTE.warnClear
      const mesh = new Mesh(
        source.geometry,
        new MeshBasicMaterial({ transparent: true, depthWrite: false, depthTest: false, opacity: 0, color: new Color(colour) }),
      )
      mesh.matrixAutoUpdate = false
      mesh.matrix.copy(source.matrixWorld)
      mesh.renderOrder = 6
      mesh.raycast = () => {}
      mesh.name = `tpa-highlight-${name}`
      map.set(name, mesh)
    }
    return map
  }, [body, names])
  useEffect(() => {
    return () => highlights.forEach((m) => (m.material as MeshBasicMaterial).dispose())
  }, [highlights])
  return highlights
}

export function NeedleRig({ body, atlas }: NeedleRigProps): ReactElement | null {
  const invalidate = useThree((s) => s.invalidate)
  const camera = useThree((s) => s.camera)
  const gl = useThree((s) => s.gl)
  const focus = useFeatureStore((s) => s.focus)
  const chosen = useFeatureStore((s) => s.triggerPoint)
  const needle = useFeatureStore((s) => s.needle)
  const habitus = useFeatureStore((s) => s.habitus)
  const path = useFeatureStore((s) => s.needlePath)
  const setNeedlePath = useFeatureStore((s) => s.setNeedlePath)

  // Measure the path.
  useEffect(() => {
    const ref =
      chosen ??
      (focus ? { muscleId: focus.muscleId, triggerPointId: atlas.muscleById.get(focus.muscleId)?.triggerPoints[0]?.id ?? '' } : null)
    const tp = ref ? findTriggerPoint(atlas, ref.muscleId, ref.triggerPointId) : null
    if (!ref || !tp) {
      setNeedlePath(null, 'Choose a muscle and one of its trigger points.')
      return
    }
    const side = focus?.side ?? 'right'
    try {
      const { skin, pleura, hazards, skeleton } = needleMeshes(body, habitus)
      const measured = measureNeedlePath({
        lookup: body.lookup,
        muscleId: ref.muscleId,
        triggerPoint: tp,
        side,
        approach: needle.approach,
        skin,
        pleura,
        hazards,
        skeleton,
      })
      const cutM = SECTION_MAX_DEPTH_MM / 1000
      const tissues = tissueCrossingsAlongPath(
        tissueMeshesAlongPath(body.root, measured.entryM, measured.direction, cutM),
        measured.entryM,
        measured.direction,
        cutM,
      )
      setNeedlePath({ ...measured, tissues })
    } catch (error) {
      setNeedlePath(
        null,
        error instanceof NeedlePathNotTraced
          ? error.message
          : `The needle path could not be measured on this model: ${(error as Error).message}`,
      )
    }
  }, [chosen, focus, atlas, body, habitus, needle.approach, setNeedlePath])

  const hazardNames = useMemo(() => {
    if (!path) {
      return [] as string[]
    }
    const names = path.hazards.map((h) => h.name)
    // The pleura and lung on the trigger point's side are always shown while needling over the thorax.
    const ownPleura = `parietal-pleura.${path.side}`
    const ownLung = `lung.${path.side}`
    if (body.structure('lung').length > 0 && !names.includes(ownLung) && path.pleuraName !== null) {
      names.unshift(ownLung)
    }
    for (const name of [path.pleuraName, ownPleura]) {
      if (name && !names.includes(name) && body.structure('parietal-pleura').length > 0) {
        names.push(name)
      }
    }
    return names
  }, [path, body])
  const highlights = useHazardHighlights(body, hazardNames)

  const tp = path ? findTriggerPoint(atlas, path.muscleId, path.triggerPointId) : null
  const site = tp?.needling.pleuraSiteId ? (atlas.pleuraSiteById.get(tp.needling.pleuraSiteId) ?? null) : null
  const readout = path ? needleReadout(path, needle.depthMm, site, habitus) : null

  // Highlight strength per structure from the millimetres left before it.
  useEffect(() => {
    if (!path || !readout) {
      return
    }
    const tip = tipPointM(path, needle.depthMm)
    const remainingOf = (name: string): number | null => {
      if (name === path.pleuraName && path.pleuraDepthMm !== null) {
        return path.pleuraDepthMm - needle.depthMm
      }
      const h = path.hazards.find((x) => x.name === name)
      if (h) {
        return h.depthMm - needle.depthMm
      }
      // Off the path: how close the tip is to the structure's surface.
      const mesh = body.node(name)[0]
      const nearest = mesh ? closestPoint(bvhOf(mesh, name), tip) : null
      return nearest ? nearest.distanceM * 1000 : null
    }
    highlights.forEach((mesh, name) => {
      const material = mesh.material as MeshBasicMaterial
      if (name.startsWith('lung.')) {
        // The lung is a backdrop for the pleura line, not a warning: a constant faint x-ray.
        material.opacity = 0.22
        mesh.renderOrder = 5
        return
      }
      const remaining = remainingOf(name)
      const t = remaining === null ? 0 : Math.min(1, Math.max(0, 1 - remaining / HIGHLIGHT_RAMP_MM))
      material.opacity = 0.15 + 0.6 * t
      material.color.set(
        LEVEL_COLOUR[name === path.pleuraName ? readout.level : remaining !== null && remaining <= 0 ? 'red' : t > 0 ? 'amber' : 'clear'],
      )
    })
    publishDebug({
      needleTipMm: needle.depthMm,
      needleWarning: readout.level,
      needleTipScreenPoint: () => {
        const v = new Vector3(tip.x, tip.y, tip.z).project(camera)
        const rect = gl.domElement.getBoundingClientRect()
        return v.z > 1 ? null : { x: ((v.x + 1) / 2) * rect.width, y: ((1 - v.y) / 2) * rect.height }
      },
      needleTipColour: LEVEL_COLOUR[readout.level],
    })
    invalidate()
  }, [path, readout, highlights, needle.depthMm, invalidate, body, camera, gl])

  if (!path || !readout) {
    return null
  }
  return (
    <group name="tpa-needle">
      {[...highlights.values()].map((mesh) => (
        <primitive key={mesh.uuid} object={mesh} />
      ))}
      <NeedleModel path={path} depthMm={needle.depthMm} lengthMm={needle.lengthMm} colour={LEVEL_COLOUR[readout.level]} />
    </group>
  )
}

const UP = new Vector3(0, 1, 0)

/** The needle: a thin steel shaft whose tip is `depthMm` along the path, a handle behind it, a coloured tip. */
function NeedleModel({
  path,
  depthMm,
  lengthMm,
  colour,
}: {
  path: NeedlePath
  depthMm: number
  lengthMm: number
  colour: string
}): ReactElement {
  // Drawn last and without depth test: the needle, shaft and tip stay in front of marks, skin and x-rayed organs.
  const { tip, quaternion, mid, handle } = useMemo(() => {
    const tipM = tipPointM(path, depthMm)
    const dir = new Vector3(path.direction.x, path.direction.y, path.direction.z)
    const q = new Quaternion().setFromUnitVectors(UP, dir.clone().negate())
    const tipV = new Vector3(tipM.x, tipM.y, tipM.z)
    const midV = tipV.clone().addScaledVector(dir, -lengthMm / 2000)
    const handleV = tipV.clone().addScaledVector(dir, -lengthMm / 1000 - 0.015)
    return { tip: tipV, quaternion: q, mid: midV, handle: handleV }
  }, [path, depthMm, lengthMm])
  return (
    <group>
      <mesh position={mid} quaternion={quaternion} renderOrder={30}>
        <cylinderGeometry args={[0.0009, 0.0009, lengthMm / 1000, 8]} />
        <meshBasicMaterial color="#e6edf3" depthTest={false} transparent toneMapped={false} />
      </mesh>
      <mesh position={handle} quaternion={quaternion} renderOrder={30}>
        <cylinderGeometry args={[0.002, 0.002, 0.03, 12]} />
        <meshBasicMaterial color="#8a939c" depthTest={false} transparent toneMapped={false} />
      </mesh>
      <mesh position={tip} renderOrder={31}>
        <sphereGeometry args={[0.0042, 16, 12]} />
        <meshBasicMaterial color="#ffffff" depthTest={false} transparent toneMapped={false} />
      </mesh>
      <mesh position={tip} renderOrder={32}>
        <sphereGeometry args={[0.0032, 16, 12]} />
        <meshBasicMaterial color={colour} depthTest={false} transparent toneMapped={false} />
      </mesh>
    </group>
  )
}
