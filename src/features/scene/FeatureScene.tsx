// The one component the viewer mounts inside its <Canvas>: trigger-point marks, referral zones and pain on
// the skin, the needle simulator in 3D and the patient's brush. It draws on the body the viewer hands over
// (useBody(): its skin and landmarks), so it works with whichever conforming model the viewer has loaded.
import { useThree } from '@react-three/fiber'
import { useEffect, useMemo, type ReactElement } from 'react'
import { Vector3 } from 'three'
import { buildRegionFootprints, vertexAreasM2, type RegionFootprint } from '../../geometry/regionWeights'
import { buildSkinGrid } from '../../geometry/skinGrid'
import { MODE_DEFINITIONS, skinShapeWeights } from '../../modes/definitions'
import { useFeatureAtlas } from '../atlasData'
import { shownRankedMuscle, sidesOfPain, usePatientRanking } from '../patientRanking'
import { useFeatureStore } from '../store'
import { planDisplay } from '../zones/displayPlan'
import { LessonAnnotations } from './LessonAnnotations'
import { NeedleRig } from './NeedleRig'
import { PainBrush } from './PainBrush'
import { registerCaptureTarget } from './capture'
import { habitusMorph } from './meshArrays'
import { publishDebug } from './debugCounts'
import { skinWorldArrays } from './skinArrays'
import { SkinOverlay } from './SkinOverlay'
import { TriggerPointFraming } from './TriggerPointFraming'
import { TriggerPointMarks } from './TriggerPointMarks'
import { useBody } from '../../viewer/scene/BodyContext'
import { withSkin } from '../../viewer/scene/body'

export default function FeatureScene(): ReactElement | null {
  const root = useThree((s) => s.scene)
  const gl = useThree((s) => s.gl)
  const camera = useThree((s) => s.camera)
  useEffect(() => {
    registerCaptureTarget({ gl, scene: root, camera })
    return () => registerCaptureTarget(null)
  }, [gl, root, camera])
  const body = withSkin(useBody())
  useEffect(() => {
    publishDebug({
      landmarkScreenPoint: (name: string) => {
        const p = body?.landmarks.get(name)
        if (!p) {
          return null
        }
        const v = new Vector3(p.x, p.y, p.z).project(camera)
        if (v.z > 1) {
          return null
        }
        const rect = gl.domElement.getBoundingClientRect()
        return { x: ((v.x + 1) / 2) * rect.width, y: ((1 - v.y) / 2) * rect.height }
      },
    })
  }, [body, camera, gl])
  const atlas = useFeatureAtlas()
  const mode = useFeatureStore((s) => s.mode)
  const focus = useFeatureStore((s) => s.focus)
  const triggerPoint = useFeatureStore((s) => s.triggerPoint)
  const compareMuscleId = useFeatureStore((s) => s.compareMuscleId)
  const areaView = useFeatureStore((s) => s.areaView)
  const needleActive = useFeatureStore((s) => s.needleActive)
  const painting = useFeatureStore((s) => s.painting)
  const shownId = useFeatureStore((s) => s.patientShownMuscleId)
  const quiz = useFeatureStore((s) => s.quizTriggerPoint)
  const habitus = useFeatureStore((s) => s.habitus)
  const invalidate = useThree((s) => s.invalidate)
  const { pain, ranked, areas } = usePatientRanking(atlas)
  const scene = MODE_DEFINITIONS[mode].scene

  // The skin's shape follows the mode: the needle simulator's build while it is open (study), the base shape
  // otherwise, the one the patient's brush paints on (src/modes/definitions.ts).
  useEffect(() => {
    const skin = body?.skin
    const dict = skin?.morphTargetDictionary
    if (!skin || !dict || !skin.morphTargetInfluences) {
      return
    }
    const weights = skinShapeWeights(mode, needleActive, habitusMorph(habitus))
    for (const [name, i] of Object.entries(dict)) {
      skin.morphTargetInfluences[i] = weights[name] ?? 0
    }
    invalidate()
  }, [body, mode, needleActive, habitus, invalidate])

  const arrays = useMemo(() => (body ? skinWorldArrays(body.skin) : null), [body])
  const grid = useMemo(() => (arrays ? buildSkinGrid(arrays.positions, arrays.normals) : null), [arrays])
  const footprints = useMemo<RegionFootprint[]>(() => {
    if (!body || !arrays || !grid) {
      return []
    }
    const index = body.skin.geometry.index
    const areas = index ? vertexAreasM2(arrays.positions, index.array as ArrayLike<number>) : undefined
    const placed = buildRegionFootprints(grid, body.lookup, atlas.regions, areas)
    if (placed.problems.length > 0) {
      console.warn(`Trigger Point Atlas: ${placed.problems.length} region(s) could not be placed on this model`, placed.problems)
    }
    return placed.footprints
  }, [body, arrays, grid, atlas])

  const patient = scene.zones === 'patient'
  const plan = useMemo(() => {
    let patientMuscles: { muscleId: string; sides: ('left' | 'right')[] }[] | undefined
    if (patient) {
      const shown = shownRankedMuscle({ ranked, areas }, shownId)
      patientMuscles = shown
        ? [{ muscleId: shown.muscleId, sides: sidesOfPain(pain, [...shown.essentialRegions, ...shown.spilloverRegions]) }]
        : []
    }
    return planDisplay({
      muscles: atlas.muscles,
      muscleById: atlas.muscleById,
      focus: patient ? null : focus,
      triggerPoint,
      compareMuscleId: patient ? null : compareMuscleId,
      areaView: patient ? null : areaView,
      patientMuscles,
      quiz: patient ? null : quiz,
    })
  }, [atlas, focus, triggerPoint, compareMuscleId, areaView, patient, ranked, areas, pain, shownId, quiz])

  if (!body || !arrays || !grid) {
    return null
  }
  return (
    <group name="tpa-features">
      <SkinOverlay body={body} atlas={atlas} plan={plan} arrays={arrays} grid={grid} footprints={footprints} />
      <TriggerPointMarks body={body} atlas={atlas} plan={plan} grid={grid} needling={needleActive && scene.needle} />
      <TriggerPointFraming body={body} atlas={atlas} enabled={scene.framing} />
      <LessonAnnotations lookup={body.lookup} />
      {needleActive && scene.needle ? <NeedleRig body={body} atlas={atlas} /> : null}
      <PainBrush body={body} arrays={arrays} grid={grid} footprints={footprints} enabled={scene.painting && painting} />
    </group>
  )
}
