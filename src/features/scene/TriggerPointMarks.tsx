// The trigger points as an "x", as in the classic charts, at the atlas positions placed on this model's
// landmarks at run time. Drawn on top (no depth test) so they stay visible through skin and muscle, and
// always facing the camera. A mark on the far side of the body (its skin faces away from the camera, as a
// neck trigger point seen from the front) is drawn faint, so that it does not read as lying on the near side.
// Clicking a mark chooses that trigger point.
import { Billboard } from '@react-three/drei'
import { useFrame, type ThreeEvent } from '@react-three/fiber'
import { useEffect, useMemo, useRef, type ReactElement } from 'react'
import type { Group, Mesh, MeshBasicMaterial } from 'three'
import { resolveAnchoredPoint } from '../../geometry/anchors'
import { nearestSkinNormal, type SkinGrid } from '../../geometry/skinGrid'
import type { Vec3Like } from '../../geometry/vec'
import { findTriggerPoint, type FeatureAtlas } from '../atlasData'
import { useFeatureStore } from '../store'
import type { DisplayPlan, PlannedMark } from '../zones/displayPlan'
import { ZONE_PALETTE } from '../zones/palette'
import { publishDebug } from './debugCounts'
import type { SkinnedBody } from '../../viewer/scene/body'

export interface TriggerPointMarksProps {
  body: SkinnedBody
  atlas: FeatureAtlas
  plan: DisplayPlan
  /** The skin's vertex grid: which way the skin over each mark faces. */
  grid: SkinGrid
  /** Arm length of the x, in metres. */
  sizeM?: number
  /**
   * The needle simulator is open: the marks shrink to a small x drawn before the needle and the x-rayed
   * pleura, so they never cover the needle, its tip or the pleura it approaches.
   */
  needling?: boolean
}

interface PlacedMark extends PlannedMark {
  point: Vec3Like
  /** Outward normal of the skin over the mark (null when no skin is near). */
  skinNormal: Vec3Like | null
}

/** Opacity of a mark on the far side of the body. */
const FAR_SIDE_OPACITY = 0.3
/** The skin over a mark faces away from the camera beyond this (cosine), so a mark on a flank stays near-side. */
const FAR_SIDE_COSINE = -0.2

function setMarkOpacity(group: Group, opacity: number): void {
  group.traverse((o) => {
    const material = (o as Mesh).material as MeshBasicMaterial | undefined
    if (material && 'opacity' in material) material.opacity = opacity
  })
}

function Cross({ sizeM, colour, outline, order }: { sizeM: number; colour: string; outline: string; order: number }): ReactElement {
  const bar = sizeM * 0.22
  return (
    <group>
      {[Math.PI / 4, -Math.PI / 4].map((angle) => (
        <group key={angle} rotation={[0, 0, angle]}>
          <mesh renderOrder={order}>
            <planeGeometry args={[sizeM * 1.15, bar * 1.9]} />
            <meshBasicMaterial color={outline} depthTest={false} depthWrite={false} transparent />
          </mesh>
          <mesh renderOrder={order + 1}>
            <planeGeometry args={[sizeM, bar]} />
            <meshBasicMaterial color={colour} depthTest={false} depthWrite={false} transparent />
          </mesh>
        </group>
      ))}
    </group>
  )
}

export function TriggerPointMarks({ body, atlas, plan, grid, sizeM = 0.022, needling = false }: TriggerPointMarksProps): ReactElement {
  // While needling: a third of the size, and drawn before the pleura highlight (5-6) and the needle (30+).
  const size = needling ? sizeM / 3 : sizeM
  const order = needling ? 3 : 20
  const selectTriggerPoint = useFeatureStore((s) => s.selectTriggerPoint)
  const placed = useMemo(() => {
    const marks: PlacedMark[] = []
    for (const mark of plan.marks) {
      const tp = findTriggerPoint(atlas, mark.muscleId, mark.triggerPointId)
      if (!tp) {
        continue
      }
      try {
        const point = resolveAnchoredPoint(body.lookup, tp.location, mark.side)
        marks.push({ ...mark, point, skinNormal: nearestSkinNormal(grid, point) })
      } catch (error) {
        console.warn(`Trigger Point Atlas: cannot place ${mark.muscleId} ${mark.triggerPointId}: ${(error as Error).message}`)
      }
    }
    return marks
  }, [plan, atlas, body, grid])

  useEffect(() => {
    publishDebug({ triggerPointMarks: placed.length })
  }, [placed])

  // Near or far side, from the camera's position each frame; a mark's materials change only when its side does.
  const groups = useRef<(Group | null)[]>([])
  const farSide = useRef<boolean[]>([])
  useFrame(({ camera }) => {
    placed.forEach((m, i) => {
      const group = groups.current[i]
      const n = m.skinNormal
      if (!group || !n) return
      const dx = camera.position.x - m.point.x,
        dy = camera.position.y - m.point.y,
        dz = camera.position.z - m.point.z
      const far = (n.x * dx + n.y * dy + n.z * dz) / (Math.hypot(dx, dy, dz) || 1) < FAR_SIDE_COSINE
      if (farSide.current[i] === far) return
      farSide.current[i] = far
      setMarkOpacity(group, far ? FAR_SIDE_OPACITY : 1)
    })
  })
  useEffect(() => {
    farSide.current = []
  }, [placed])

  return (
    <group name="tpa-trigger-point-marks">
      {placed.map((m, i) => (
        <Billboard
          key={`${m.role}:${m.muscleId}:${m.triggerPointId}:${m.side}`}
          ref={(g: Group | null) => {
            groups.current[i] = g
          }}
          position={[m.point.x, m.point.y, m.point.z]}
          onClick={(e: ThreeEvent<MouseEvent>) => {
            e.stopPropagation()
            selectTriggerPoint({ muscleId: m.muscleId, triggerPointId: m.triggerPointId })
          }}
        >
          <Cross
            sizeM={m.chosen ? size * 1.5 : size}
            order={order}
            colour={m.role === 'compare' ? ZONE_PALETTE.markCompare : ZONE_PALETTE.markPrimary}
            outline="#ffffff"
          />
        </Billboard>
      ))}
    </group>
  )
}
