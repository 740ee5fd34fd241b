// The pins and arrows of the lesson step on screen, drawn on the body: a marker at each point with its label beside
// it (HTML, so it stays sharp and large on a projector), and an arrow from one surface point to another. Points
// written against landmarks follow whichever body is loaded. Markers are drawn over the body so a pin on a muscle
// under the skin stays visible.
import { Html, Line } from '@react-three/drei'
import { useThree } from '@react-three/fiber'
import { useEffect, useMemo, type ReactElement } from 'react'
import { Quaternion, Vector3 } from 'three'
import { resolveAnchoredPoint, type LandmarkLookup } from '../../geometry/anchors'
import type { SurfacePoint } from '../../lessons/lessonFormat'
import { useAppStore } from '../../store/appStore'
import { openLessonOf } from '../../store/lessonSlice'
import { registerViewMarks } from './capture'

const PIN_COLOUR = '#ffd23f'
const ARROW_COLOUR = '#ff6b35'
const UP = new Vector3(0, 1, 0)

/** The model point of a surface point, or null when its landmark is not on this body. */
function pointOf(lookup: LandmarkLookup, at: SurfacePoint): Vector3 | null {
  if ('pointM' in at) return new Vector3(...at.pointM)
  try {
    const p = resolveAnchoredPoint(lookup, { landmark: at.landmark, offset: at.offset }, at.side)
    return new Vector3(p.x, p.y, p.z)
  } catch {
    return null
  }
}

export function LessonAnnotations({ lookup }: { lookup: LandmarkLookup }): ReactElement | null {
  const step = useAppStore((s) => openLessonOf(s)?.steps[s.lessonStepIndex] ?? null)
  const blank = useAppStore((s) => s.lessonBlank)
  const invalidate = useThree((s) => s.invalidate)
  const pins = useMemo(
    () => (step ? step.pins.map((p) => ({ id: p.id, label: p.label, point: pointOf(lookup, p.at) })).filter((p) => p.point) : []),
    [step, lookup],
  )
  const arrows = useMemo(
    () =>
      step
        ? step.arrows
            .map((a) => ({ id: a.id, label: a.label, from: pointOf(lookup, a.from), to: pointOf(lookup, a.to) }))
            .filter(
              (a): a is { id: string; label: string; from: Vector3; to: Vector3 } => !!a.from && !!a.to && a.from.distanceTo(a.to) > 1e-4,
            )
        : [],
    [step, lookup],
  )
  useEffect(() => invalidate(), [pins, arrows, invalidate])
  // The handout draws the same pins and arrows into its pictures.
  useEffect(() => {
    registerViewMarks(() => [
      ...pins.map((p) => ({ kind: 'pin' as const, at: p.point!, label: p.label })),
      ...arrows.map((a) => ({ kind: 'arrow' as const, from: a.from, to: a.to, label: a.label })),
    ])
    return () => registerViewMarks(null)
  }, [pins, arrows])
  if (!step || blank) return null
  return (
    <group name="tpa-lesson-annotations">
      {pins.map((p) => (
        <group key={p.id} position={p.point!}>
          <mesh renderOrder={20}>
            <sphereGeometry args={[0.007, 16, 12]} />
            <meshBasicMaterial color={PIN_COLOUR} depthTest={false} transparent />
          </mesh>
          {p.label.trim() ? (
            <Html className="tpa-lesson-pin-label" style={{ pointerEvents: 'none' }} zIndexRange={[30, 20]}>
              <span data-testid="lesson-pin-label">{p.label}</span>
            </Html>
          ) : null}
        </group>
      ))}
      {arrows.map((a) => {
        const dir = a.to.clone().sub(a.from)
        const length = dir.length()
        const head = Math.min(0.03, length * 0.3)
        const tip = a.to.clone()
        const base = a.to.clone().sub(dir.clone().setLength(head))
        const turn = new Quaternion().setFromUnitVectors(UP, dir.clone().normalize())
        return (
          <group key={a.id}>
            <Line points={[a.from, base]} color={ARROW_COLOUR} lineWidth={4} depthTest={false} renderOrder={20} transparent />
            <mesh position={base.clone().lerp(tip, 0.5)} quaternion={turn} renderOrder={20}>
              <coneGeometry args={[head * 0.45, head, 16]} />
              <meshBasicMaterial color={ARROW_COLOUR} depthTest={false} transparent />
            </mesh>
            {a.label.trim() ? (
              <Html
                position={a.from.clone().lerp(a.to, 0.5)}
                className="tpa-lesson-pin-label"
                style={{ pointerEvents: 'none' }}
                zIndexRange={[30, 20]}
              >
                <span>{a.label}</span>
              </Html>
            ) : null}
          </group>
        )
      })}
    </group>
  )
}
