// The store's side of the camera: turns the store's camera requests (view buttons, Reset view, Frame selection,
// double-clicks, the quiz) and the 3D view's keys into moves of the camera service (CameraFocus.tsx), frames each
// new body in the link's exact pose or the named view, and tells the store where the camera came to rest (the
// link carries it, or drops it when the camera is at the named view).
import { useEffect, type RefObject } from 'react'
import { DEFAULT_FOV_DEG } from '../../urlState/urlState'
import { useViewer } from '../store'
import { useBody } from './BodyContext'
import { useCameraFocus, type ExactCameraPose } from './CameraFocus'

const STEP_RAD = Math.PI / 12
const PAN_FRACTION = 0.06
const ZOOM_IN = 0.85

const near = (a: readonly number[], b: readonly number[]): boolean => Math.hypot(...a.map((v, i) => v - b[i]!)) < 1e-3
const mm = (v: readonly number[]): [number, number, number] => v.map((n) => Math.round(n * 1000) / 1000) as [number, number, number]

export function CameraRig({ keyTarget }: { keyTarget?: RefObject<HTMLElement | null> }): null {
  const body = useBody()
  const focus = useCameraFocus()

  // Where the camera came to rest, for the store and the link.
  useEffect(
    () =>
      focus.onSettled((pose: Required<ExactCameraPose>) => {
        const named = focus.viewPose(useViewer.getState().view)
        // A pose may name its own field of view (a lesson step, a link with fov=): kept when it is not the default.
        const fovChanged = Math.abs(pose.fovDeg - DEFAULT_FOV_DEG) > 1e-6
        if (!fovChanged && near(pose.position, named.position) && near(pose.target, named.target)) {
          useViewer.getState().setCameraPose(null)
          return
        }
        useViewer
          .getState()
          .setCameraPose({ position: mm(pose.position), target: mm(pose.target), ...(fovChanged ? { fovDeg: pose.fovDeg } : {}) })
      }),
    [focus],
  )

  // A new body: frame it at once. A link's exact pose frames the first body; later bodies (an opened model of
  // another size) take the named view.
  useEffect(() => {
    if (!body) return
    const { cameraPose, cameraPoseFromLink, view } = useViewer.getState()
    if (cameraPose && cameraPoseFromLink) {
      useViewer.setState({ cameraPoseFromLink: false })
      focus.goToPose(cameraPose, { instant: true })
    } else {
      focus.goToView(view, { instant: true })
    }
  }, [body, focus])

  // Requests from buttons, keys, the list, double-clicks and the quiz.
  useEffect(
    () =>
      useViewer.subscribe((state, prev) => {
        const req = state.cameraRequest
        if (!req || req === prev.cameraRequest) return
        if (req.kind === 'view') focus.goToView(req.view)
        else if (req.kind === 'pose') focus.goToPose(req.pose)
        // a quiz question (minRadiusM set) always faces its structure: the student must see what to name
        else focus.frameNodes([req.nodeName], { minRadiusM: req.minRadiusM, lookFrom: req.minRadiusM ? 'outside' : 'auto' })
      }),
    [focus],
  )

  // The 3D view's keys: arrows orbit (with Shift, pan), plus and minus zoom, F frames the selection, Escape clears it.
  useEffect(() => {
    const el = keyTarget?.current
    if (!el) return
    const onKey = (e: KeyboardEvent): void => {
      if (e.altKey || e.ctrlKey || e.metaKey) return
      const pan = e.shiftKey
      switch (e.key) {
        case 'ArrowLeft':
          if (pan) focus.pan(-PAN_FRACTION, 0)
          else focus.orbit(-STEP_RAD, 0)
          break
        case 'ArrowRight':
          if (pan) focus.pan(PAN_FRACTION, 0)
          else focus.orbit(STEP_RAD, 0)
          break
        case 'ArrowUp':
          if (pan) focus.pan(0, PAN_FRACTION)
          else focus.orbit(0, -STEP_RAD)
          break
        case 'ArrowDown':
          if (pan) focus.pan(0, -PAN_FRACTION)
          else focus.orbit(0, STEP_RAD)
          break
        case '+':
        case '=':
          focus.zoom(ZOOM_IN)
          break
        case '-':
        case '_':
          focus.zoom(1 / ZOOM_IN)
          break
        case 'f':
        case 'F':
          useViewer.getState().frameSelection()
          break
        case 'Escape':
          useViewer.getState().select(null)
          break
        default:
          return
      }
      e.preventDefault()
    }
    el.addEventListener('keydown', onKey)
    return () => el.removeEventListener('keydown', onKey)
  }, [keyTarget, focus])

  return null
}
