// Choosing a trigger point (or "All") moves the camera, tweened, so that the point (or all of the muscle's) and
// its referral zones fill the view, keeping the direction of view (zones/framing.ts gives the spheres, the
// camera service frames them). A quiz question frames its trigger point by itself, seen from the side where it
// lies, with enough of the body around it to recognise where it is.
import { useEffect } from 'react'
import { useCameraFocus } from '../../viewer/scene/CameraFocus'
import type { SkinnedBody } from '../../viewer/scene/body'
import { findTriggerPoint, type FeatureAtlas } from '../atlasData'
import { useFeatureStore } from '../store'
import { triggerPointFramingSpheres } from '../zones/framing'

const QUIZ_MIN_DISTANCE_M = 1.1

export function TriggerPointFraming({ body, atlas, enabled }: { body: SkinnedBody; atlas: FeatureAtlas; enabled: boolean }): null {
  const focusCamera = useCameraFocus()
  const frameRequest = useFeatureStore((s) => s.frameRequest)
  const quiz = useFeatureStore((s) => s.quizTriggerPoint)

  useEffect(() => {
    const { triggerPoint: chosen, focus } = useFeatureStore.getState()
    if (!enabled) return
    if (quiz) {
      const one = findTriggerPoint(atlas, quiz.muscleId, quiz.triggerPointId)
      const spheres = triggerPointFramingSpheres(body.lookup, one ? [one] : [], quiz.side)
      focusCamera.framePoints(spheres, { lookFrom: 'outside', minDistanceM: QUIZ_MIN_DISTANCE_M })
      return
    }
    if (frameRequest === 0 || !focus) return
    const muscle = atlas.muscleById.get(focus.muscleId)
    const one = chosen?.muscleId === focus.muscleId ? findTriggerPoint(atlas, chosen.muscleId, chosen.triggerPointId) : null
    focusCamera.framePoints(triggerPointFramingSpheres(body.lookup, one ? [one] : (muscle?.triggerPoints ?? []), focus.side))
  }, [enabled, frameRequest, quiz, atlas, body, focusCamera])

  return null
}
