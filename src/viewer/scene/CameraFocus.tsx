// The camera service: one provider inside the <Canvas> owns the camera and its orbit controls, and
// `useCameraFocus()` gives every part of the app the same small set of moves: frame structures, frame points (a
// trigger point and its zones), go to a named view, go to an exact pose (position, target, field of view). Every
// move is tweened in useFrame (the maths is cameraMath.ts), renders on demand (invalidating only while it runs),
// and is cancelled when the user starts to orbit, pan or zoom. Listeners hear where the camera came to rest
// after each move, drag or run of key steps (the link publishes it). Modelled on drei's <Bounds>. A user who asks
// the system for reduced motion gets every move as a cut, with no swing through the scene (WCAG 2.3.3).
import { createContext, useContext, useEffect, useMemo, useRef, type ReactNode } from 'react'
import { useFrame, useThree } from '@react-three/fiber'
import { Box3, Sphere, Vector3, type PerspectiveCamera } from 'three'
import { OrbitControls } from 'three-stdlib'
import { DEFAULT_BODY_FRAME, viewPose, type BodyFrame, type ViewId } from '../views'
import type { Body } from './body'
import { useBody } from './BodyContext'
import {
  copyPose,
  makePose,
  orbitPose,
  panPose,
  poseFramingPoints,
  poseFramingSphere,
  poseFromExact,
  startTween,
  stepTween,
  zoomPose,
  exactFromPose,
  type ExactCameraPose,
  type FramingSphere,
  type LookFrom,
  type Pose,
  type Tween,
} from './cameraMath'

export type { ExactCameraPose, FramingSphere, LookFrom }

/** How long a move takes when frames come fast enough (slow frames stretch it: cameraMath.ts MAX_TWEEN_STEP_MS). */
export const CAMERA_MOVE_MS = 700
/** Quiet time after the last keyboard step before the camera is said to be at rest. */
const SETTLE_AFTER_KEYS_MS = 250
/** A structure is framed with at least this radius around it. */
const MIN_FRAME_RADIUS_M = 0.06

/** The system asks for reduced motion; read at each move, so a change of the setting applies at once. */
function prefersReducedMotion(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches
}

export interface MoveOptions {
  /** Jump there in one frame instead of tweening (a link's first pose, a new body). */
  instant?: boolean
}

export interface FrameNodesOptions extends MoveOptions {
  /** Frame at least this radius around the structures, for context (metres). */
  minRadiusM?: number
  /** Where to look from; 'auto' (the default) turns to the side the structures lie on when the view faces away. */
  lookFrom?: LookFrom
}

export interface FramePointsOptions extends MoveOptions {
  /** Where to look from; 'current' (the default) keeps the direction of view. */
  lookFrom?: LookFrom
  /** Stay at least this far away (metres). */
  minDistanceM?: number
}

/** The moves every part of the app makes through the one camera. */
export interface CameraFocus {
  /** Frames structures by node name (`<id>.<side>`); false when the body has none of them. */
  frameNodes(nodeNames: readonly string[], options?: FrameNodesOptions): boolean
  /** Frames points with radii (a trigger point and its zones); false when there are none. */
  framePoints(spheres: readonly FramingSphere[], options?: FramePointsOptions): boolean
  /** Goes to a named view of the whole body; null is the default (anterior) view. */
  goToView(view: ViewId | null, options?: MoveOptions): void
  /** Goes to an exact pose; a pose without a field of view takes the view's usual one. */
  goToPose(pose: ExactCameraPose, options?: MoveOptions): void
  /** Keyboard steps, applied at once: orbit around the target, pan by fractions of the viewing distance, zoom by a factor. */
  orbit(azimuthRad: number, polarRad: number): void
  pan(rightFraction: number, upFraction: number): void
  zoom(factor: number): void
  /** Where the camera is now. */
  pose(): Required<ExactCameraPose>
  /** The pose of a named view for the body on screen (what goToView goes to). */
  viewPose(view: ViewId | null): Required<ExactCameraPose>
  /** Calls `listener` each time the camera comes to rest after a move, a drag or a run of key steps; returns the unsubscribe. */
  onSettled(listener: (pose: Required<ExactCameraPose>) => void): () => void
}

/** How a move ended, for the debug hooks and the tests. */
export type MoveEnd = 'arrived' | 'cancelled' | 'replaced'

export interface CameraFocusProviderProps {
  children?: ReactNode
  /** Called when a tweened move starts (with where it goes) and when it ends (with how). */
  onMoveChange?: (change: { moving: true; to: Required<ExactCameraPose> } | { moving: false; end: MoveEnd }) => void
}

const CameraFocusContext = createContext<CameraFocus | null>(null)

/** The camera service; only inside <CameraFocusProvider>. */
export function useCameraFocus(): CameraFocus {
  const focus = useContext(CameraFocusContext)
  if (!focus) throw new Error('useCameraFocus() is used outside <CameraFocusProvider>')
  return focus
}

function frameOf(body: Body | null): BodyFrame {
  if (!body || body.box.isEmpty()) return DEFAULT_BODY_FRAME
  const c = body.box.getCenter(new Vector3())
  const h = body.box.getSize(new Vector3()).multiplyScalar(0.5)
  return { center: [c.x, c.y, c.z], halfSizeM: [h.x, h.y, h.z] }
}

export function CameraFocusProvider({ children, onMoveChange }: CameraFocusProviderProps): React.JSX.Element {
  const body = useBody()
  const camera = useThree((s) => s.camera) as PerspectiveCamera
  const invalidate = useThree((s) => s.invalidate)
  const gl = useThree((s) => s.gl)
  const events = useThree((s) => s.events)
  const setThree = useThree((s) => s.set)
  const getThree = useThree((s) => s.get)
  // The orbit controls update the camera from the pointer's own events and ask for a frame when it moved; they
  // are not stepped in every frame (no damping), so a still camera costs nothing per frame.
  const controls = useMemo(() => {
    const c = new OrbitControls(camera)
    c.enableDamping = false
    c.minDistance = 0.1
    c.maxDistance = 15
    return c
  }, [camera])
  const tween = useRef<Tween | null>(null)
  const work = useRef<Pose>(makePose())
  const onMoveChangeRef = useRef(onMoveChange)
  const listeners = useRef(new Set<(pose: Required<ExactCameraPose>) => void>())
  const settleTimer = useRef<number | null>(null)
  // The canvas's own field of view: named views, framings and poses without one use it.
  const baseFovDeg = useRef(camera.fov)

  useEffect(() => {
    onMoveChangeRef.current = onMoveChange
  })
  const tellSettled = (pose: Required<ExactCameraPose>): void => {
    for (const listener of listeners.current) listener(pose)
  }

  const focus = useMemo<CameraFocus>(() => {
    const target = (): Vector3 => controls.target
    const current = (out: Pose): Pose => {
      out.position.copy(camera.position)
      out.target.copy(target())
      out.fovDeg = camera.fov
      return out
    }
    /** Where the camera is heading (the end of a move under way), or where it is. */
    const heading = (): Pose => (tween.current ? copyPose(tween.current.to, makePose()) : current(makePose()))

    const apply = (p: Pose): void => {
      camera.position.copy(p.position)
      controls.target.copy(p.target)
      if (camera.fov !== p.fovDeg) {
        camera.fov = p.fovDeg
        camera.updateProjectionMatrix()
      }
      camera.lookAt(p.target)
    }
    const settled = (): void => tellSettled(exactFromPose(current(makePose())))
    const endTween = (end: MoveEnd): void => {
      if (!tween.current) return
      tween.current = null
      onMoveChangeRef.current?.({ moving: false, end })
    }
    const moveTo = (to: Pose, instant = false): void => {
      if (settleTimer.current !== null) {
        window.clearTimeout(settleTimer.current)
        settleTimer.current = null
      }
      endTween('replaced')
      if (instant || prefersReducedMotion()) {
        apply(to)
        controls.update()
        invalidate()
        settled()
        return
      }
      tween.current = startTween(current(work.current), to, performance.now(), CAMERA_MOVE_MS)
      onMoveChangeRef.current?.({ moving: true, to: exactFromPose(to) })
      invalidate()
    }
    const viewPoseOf = (view: ViewId | null): Pose => {
      const p = viewPose(view ?? 'anterior', frameOf(body), baseFovDeg.current, camera.aspect)
      return poseFromExact(p, baseFovDeg.current)
    }
    /** A key step: applied at once, cancelling a move; the camera is at rest once the keys pause. */
    const step = (next: Pose | null): void => {
      endTween('cancelled')
      if (!next) return
      apply(next)
      controls.update()
      invalidate()
      if (settleTimer.current !== null) window.clearTimeout(settleTimer.current)
      settleTimer.current = window.setTimeout(() => {
        settleTimer.current = null
        settled()
      }, SETTLE_AFTER_KEYS_MS)
    }

    return {
      frameNodes(nodeNames, options = {}) {
        if (!body) return false
        const box = new Box3()
        for (const name of nodeNames) for (const mesh of body.node(name)) box.expandByObject(mesh)
        if (box.isEmpty()) return false
        const sphere = box.getBoundingSphere(new Sphere())
        const to = poseFramingSphere(
          heading(),
          {
            centre: sphere.center,
            radiusM: sphere.radius,
            minRadiusM: options.minRadiusM ?? MIN_FRAME_RADIUS_M,
            lookFrom: options.lookFrom ?? 'auto',
          },
          body.box,
          baseFovDeg.current,
          camera.aspect,
        )
        moveTo(to, options.instant)
        return true
      },
      framePoints(spheres, options = {}) {
        const axis = body && !body.box.isEmpty() ? body.box.getCenter(new Vector3()) : new Vector3()
        const to = poseFramingPoints(
          heading(),
          { spheres, lookFrom: options.lookFrom ?? 'current', minDistanceM: options.minDistanceM },
          axis,
          baseFovDeg.current,
          camera.aspect,
        )
        if (!to) return false
        moveTo(to, options.instant)
        return true
      },
      goToView(view, options = {}) {
        moveTo(viewPoseOf(view), options.instant)
      },
      goToPose(pose, options = {}) {
        moveTo(poseFromExact(pose, baseFovDeg.current), options.instant)
      },
      orbit(azimuthRad, polarRad) {
        step(orbitPose(current(makePose()), azimuthRad, polarRad, makePose()))
      },
      pan(rightFraction, upFraction) {
        step(panPose(current(makePose()), rightFraction, upFraction, makePose()))
      },
      zoom(factor) {
        const c = controls
        step(zoomPose(current(makePose()), factor, c?.minDistance ?? 0.05, c?.maxDistance ?? 15, makePose()))
      },
      pose: () => exactFromPose(current(makePose())),
      viewPose: (view) => exactFromPose(viewPoseOf(view)),
      onSettled(listener) {
        listeners.current.add(listener)
        return () => listeners.current.delete(listener)
      },
    }
  }, [camera, invalidate, body, controls])

  // A new body: clip planes and orbit limits to its size (opened models come in metres, centimetres or millimetres).
  useEffect(() => {
    if (!body) return
    const sizeM = Math.max(body.box.isEmpty() ? 2 : body.box.getSize(new Vector3()).length(), 1e-3)
    camera.near = sizeM / 200
    camera.far = sizeM * 40
    camera.updateProjectionMatrix()
    controls.minDistance = sizeM / 40
    controls.maxDistance = sizeM * 8
    invalidate()
  }, [body, camera, invalidate, controls])

  useEffect(
    () => () => {
      if (settleTimer.current !== null) window.clearTimeout(settleTimer.current)
    },
    [],
  )

  // The controls listen on the canvas (or where the pointer events are connected), ask for a frame when they move
  // the camera, cancel a move under way when the user takes the camera, and are the scene's default controls (the
  // pain brush turns them off while it paints).
  const domElement = (events.connected as HTMLElement | undefined) ?? gl.domElement
  useEffect(() => {
    controls.connect(domElement)
    const previous = getThree().controls
    setThree({ controls })
    return () => {
      setThree({ controls: previous })
      controls.dispose()
    }
  }, [controls, domElement, getThree, setThree])
  useEffect(() => {
    const onChange = (): void => invalidate()
    const onStart = (): void => {
      // the user takes the camera: a move under way stops where it is
      if (!tween.current) return
      tween.current = null
      controls.update()
      onMoveChangeRef.current?.({ moving: false, end: 'cancelled' })
    }
    const onEnd = (): void => {
      const pose = focus.pose()
      for (const listener of listeners.current) listener(pose)
    }
    controls.addEventListener('change', onChange)
    controls.addEventListener('start', onStart)
    controls.addEventListener('end', onEnd)
    return () => {
      controls.removeEventListener('change', onChange)
      controls.removeEventListener('start', onStart)
      controls.removeEventListener('end', onEnd)
    }
  }, [controls, invalidate, focus])

  useFrame(() => {
    const tw = tween.current
    if (!tw) return
    const arrived = stepTween(tw, performance.now(), work.current)
    camera.position.copy(work.current.position)
    controls.target.copy(work.current.target)
    if (camera.fov !== work.current.fovDeg) {
      camera.fov = work.current.fovDeg
      camera.updateProjectionMatrix()
    }
    camera.lookAt(work.current.target)
    if (arrived) {
      tween.current = null
      controls.update()
      onMoveChangeRef.current?.({ moving: false, end: 'arrived' })
      tellSettled(exactFromPose(work.current))
    } else {
      invalidate()
    }
  })

  return <CameraFocusContext.Provider value={focus}>{children}</CameraFocusContext.Provider>
}
