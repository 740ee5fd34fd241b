// The trigger points as an "x", as in the classic charts, at the atlas positions placed on this model's
// landmarks at run time. Drawn on top (no depth test) so they stay visible through skin and muscle, and
// always facing the camera. Clicking a mark chooses that trigger point.
import { Billboard } from '@react-three/drei'
import type { ThreeEvent } from '@react-three/fiber'
import { useEffect, useMemo, type ReactElement } from 'react'
import { resolveAnchoredPoint } from '../../geometry/anchors'
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

export function TriggerPointMarks({ body, atlas, plan, sizeM = 0.022, needling = false }: TriggerPointMarksProps): ReactElement {
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
        marks.push({ ...mark, point: resolveAnchoredPoint(body.lookup, tp.location, mark.side) })
      } catch (error) {
        console.warn(`Trigger Point Atlas: cannot place ${mark.muscleId} ${mark.triggerPointId}: ${(error as Error).message}`)
      }
    }
    return marks
  }, [plan, atlas, body])

  useEffect(() => {
    publishDebug({ triggerPointMarks: placed.length })
  }, [placed])

  return (
    <group name="tpa-trigger-point-marks">
      {placed.map((m) => (
        <Billboard
          key={`${m.role}:${m.muscleId}:${m.triggerPointId}:${m.side}`}
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
