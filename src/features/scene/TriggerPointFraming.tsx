// Choosing a trigger point (or "All") frames it (or all of the muscle's) with the referral zones: the camera keeps its direction of view and
// moves so that the point and its zones fill the view (zones/framing.ts). Works with the default controls
// (OrbitControls with makeDefault): their target moves too.
import { useThree } from '@react-three/fiber'
import { useEffect } from 'react'
import { Vector3, type PerspectiveCamera } from 'three'
import { resolveAnchoredPoint } from '../../geometry/anchors'
import { DEFAULT_FOV_DEG } from '../../urlState/urlState'
import { resolveSkinPatch } from '../../geometry/skinPaint'
import { findTriggerPoint, type FeatureAtlas } from '../atlasData'
import { useFeatureStore } from '../store'
import { frameSpheres, type FramingSphere } from '../zones/framing'
import type { BodyNodes } from './useBodyNodes'

interface ControlsLike {
  target: Vector3
  update(): void
}

const QUIZ_MIN_DISTANCE_M = 1.1

export function TriggerPointFraming({ body, atlas, enabled }: { body: BodyNodes; atlas: FeatureAtlas; enabled: boolean }): null {
  const camera = useThree((s) => s.camera)
  const controls = useThree((s) => s.controls) as unknown as ControlsLike | null
  const invalidate = useThree((s) => s.invalidate)
  const frameRequest = useFeatureStore((s) => s.frameRequest)
  const quiz = useFeatureStore((s) => s.quizTriggerPoint)

  useEffect(() => {
    const { triggerPoint: chosen, focus } = useFeatureStore.getState()
    // a quiz question frames its trigger point and zones by itself, seen from the side where they lie
    if (!enabled || (!quiz && (frameRequest === 0 || !focus)) || !controls?.target) {
      return
    }
    const side = quiz ? quiz.side : focus!.side
    let triggerPoints
    if (quiz) {
      const one = findTriggerPoint(atlas, quiz.muscleId, quiz.triggerPointId)
      triggerPoints = one ? [one] : []
    } else {
      const muscle = atlas.muscleById.get(focus!.muscleId)
      const one = chosen?.muscleId === focus!.muscleId ? findTriggerPoint(atlas, chosen.muscleId, chosen.triggerPointId) : null
      triggerPoints = one ? [one] : (muscle?.triggerPoints ?? [])
    }
    const spheres: FramingSphere[] = []
    for (const tp of triggerPoints) {
      try {
        spheres.push({ centre: resolveAnchoredPoint(body.lookup, tp.location, side), radiusM: 0.03 })
      } catch {
        // A missing landmark: frame the zones alone.
      }
      for (const zone of [tp.essentialZone, tp.spilloverZone]) {
        for (const patch of zone?.patches ?? []) {
          try {
            const placed = resolveSkinPatch(body.lookup, patch, side)
            spheres.push({ centre: placed.aM, radiusM: placed.radiusM }, { centre: placed.bM, radiusM: placed.radiusM })
          } catch {
            // Skipped, as in the zone painting, which reports it.
          }
        }
      }
    }
    const fov = (camera as PerspectiveCamera).isPerspectiveCamera ? (camera as PerspectiveCamera).fov : 40
    const framing = frameSpheres(spheres, Math.min(fov, fov * ((camera as PerspectiveCamera).aspect ?? 1)))
    if (!framing) {
      return
    }
    const dir = new Vector3().subVectors(camera.position, controls.target)
    if (quiz) {
      // look from where the framed points lie around the body's long axis (front, back or side)
      dir.set(0, 0, 0)
      for (const sphere of spheres) dir.add(new Vector3(sphere.centre.x, 0, sphere.centre.z))
      if (dir.lengthSq() < 1e-8) dir.set(0, 0, 1)
      dir.normalize().add(new Vector3(0, 0.15, 0))
    }
    if (dir.lengthSq() < 1e-12) {
      dir.set(0, 0, 1)
    }
    dir.normalize()
    controls.target.set(framing.target.x, framing.target.y, framing.target.z)
    // a quiz shows the pattern with enough of the body around it to recognise where it is
    camera.position.copy(controls.target).addScaledVector(dir, quiz ? Math.max(framing.distanceM, QUIZ_MIN_DISTANCE_M) : framing.distanceM)
    camera.lookAt(controls.target)
    controls.update()
    invalidate()
    // the new pose is the scene's (a link or a lesson step made now restores it)
    const mm = (v: Vector3): [number, number, number] => [v.x, v.y, v.z].map((n) => Math.round(n * 1000) / 1000) as [number, number, number]
    useFeatureStore
      .getState()
      .setCameraPose({ position: mm(camera.position), target: mm(controls.target), ...(fov !== DEFAULT_FOV_DEG ? { fovDeg: fov } : {}) })
  }, [enabled, frameRequest, quiz, atlas, body, camera, controls, invalidate])

  return null
}
