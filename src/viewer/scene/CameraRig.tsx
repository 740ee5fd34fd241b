// The camera: orbit controls (mouse and touch), the keyboard's orbit, pan and zoom, and smooth moves to named
// views or to frame the selection, requested through the store. Renders on demand: every move invalidates.
import { useEffect, useRef } from 'react'
import { useFrame, useThree } from '@react-three/fiber'
import { OrbitControls } from '@react-three/drei'
import { Box3, PerspectiveCamera, Sphere, Spherical, Vector3 } from 'three'
import type { OrbitControls as OrbitControlsImpl } from 'three-stdlib'
import { useViewer } from '../store'
import { DEFAULT_FOV_DEG } from '../../urlState/urlState'
import { DEFAULT_BODY_FRAME, fitDistanceM, viewPose, type BodyFrame } from '../views'
import { easeInOutCubic, interpolatePose, type Pose } from './cameraMath'
import { sceneBridge } from './sceneBridge'
import type { PreparedBody } from './prepareBody'

const MOVE_MS = 700
/** Quiet time after the last keyboard step before the camera's pose is published. */
const PUBLISH_AFTER_MS = 250
const MIN_FRAME_RADIUS_M = 0.06

interface Tween {
  from: Pose
  to: Pose
  startMs: number
}

export interface CameraRigProps {
  /** The body on screen; views are framed on its bounds. */
  body: PreparedBody | null
  /** Called when a smooth move starts or ends. */
  onMovingChange?: (moving: boolean) => void
}

function frameOf(body: PreparedBody | null): BodyFrame {
  if (!body || body.box.isEmpty()) return DEFAULT_BODY_FRAME
  const c = body.box.getCenter(new Vector3())
  const h = body.box.getSize(new Vector3()).multiplyScalar(0.5)
  return { center: [c.x, c.y, c.z], halfSizeM: [h.x, h.y, h.z] }
}

export function CameraRig({ body, onMovingChange }: CameraRigProps): React.JSX.Element {
  const camera = useThree((s) => s.camera) as PerspectiveCamera
  const invalidate = useThree((s) => s.invalidate)
  const controls = useRef<OrbitControlsImpl>(null)
  const tween = useRef<Tween | null>(null)
  const work = useRef<Pose>({ position: new Vector3(), target: new Vector3() })

  const currentPose = (): Pose => ({
    position: camera.position.clone(),
    target: controls.current ? controls.current.target.clone() : new Vector3(),
  })

  const moveTo = (to: Pose, instant = false): void => {
    if (instant || !controls.current) {
      camera.position.copy(to.position)
      controls.current?.target.copy(to.target)
      camera.lookAt(to.target)
      controls.current?.update()
      tween.current = null
    } else {
      tween.current = { from: currentPose(), to, startMs: performance.now() }
      onMovingChange?.(true)
    }
    invalidate()
  }

  /** Tells the store where the camera now is (the link carries it), or that it is at the named view (a shorter link). */
  const publishPose = (): void => {
    const target = controls.current?.target ?? new Vector3()
    const named = poseOfView(useViewer.getState().view)
    const fovChanged = camera.fov !== DEFAULT_FOV_DEG
    if (!fovChanged && camera.position.distanceTo(named.position) < 1e-3 && target.distanceTo(named.target) < 1e-3) {
      useViewer.getState().setCameraPose(null)
      return
    }
    const round = (v: Vector3): [number, number, number] =>
      [v.x, v.y, v.z].map((n) => Math.round(n * 1000) / 1000) as [number, number, number]
    useViewer
      .getState()
      .setCameraPose({ position: round(camera.position), target: round(target), ...(fovChanged ? { fovDeg: camera.fov } : {}) })
  }

  /** A pose may name a field of view (a lesson step, a link with fov=); it is set at once, the move is tweened. */
  const setFov = (fovDeg: number | undefined): void => {
    const fov = fovDeg ?? DEFAULT_FOV_DEG
    if (camera.fov === fov) return
    camera.fov = fov
    camera.updateProjectionMatrix()
  }

  // Keyboard steps come many a second: the pose is told to the store (and the link) once they pause.
  const publishTimer = useRef<number | null>(null)
  const schedulePublish = (): void => {
    if (publishTimer.current !== null) window.clearTimeout(publishTimer.current)
    publishTimer.current = window.setTimeout(() => {
      publishTimer.current = null
      publishPose()
    }, PUBLISH_AFTER_MS)
  }

  const poseFrom = (p: { position: readonly number[]; target: readonly number[] }): Pose => ({
    position: new Vector3(p.position[0], p.position[1], p.position[2]),
    target: new Vector3(p.target[0], p.target[1], p.target[2]),
  })

  const poseOfView = (view: Parameters<typeof viewPose>[0] | null): Pose => {
    const p = viewPose(view ?? 'anterior', frameOf(body), camera.fov, camera.aspect)
    return { position: new Vector3(...p.position), target: new Vector3(...p.target) }
  }

  // A new body: frame it at once in the view the store (or the link) asks for.
  useEffect(() => {
    if (!body) return
    // Opened models come in any unit (metres, centimetres, millimetres): scale the clip planes to the model.
    const sizeM = Math.max(body.box.isEmpty() ? 2 : body.box.getSize(new Vector3()).length(), 1e-3)
    camera.near = sizeM / 200
    camera.far = sizeM * 40
    camera.updateProjectionMatrix()
    if (controls.current) {
      controls.current.minDistance = sizeM / 40
      controls.current.maxDistance = sizeM * 8
    }
    // A link's exact pose frames the first body; later bodies (an opened model of another size) take the named view.
    const { cameraPose, cameraPoseFromLink, view } = useViewer.getState()
    if (cameraPose && cameraPoseFromLink) {
      useViewer.setState({ cameraPoseFromLink: false })
      setFov(cameraPose.fovDeg)
      moveTo(poseFrom(cameraPose), true)
    } else {
      moveTo(poseOfView(view), true)
      publishPose()
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [body])

  // Requests from buttons, keys, the list and double-clicks.
  useEffect(
    () =>
      useViewer.subscribe((state, prev) => {
        const req = state.cameraRequest
        if (!req || req === prev.cameraRequest) return
        if (req.kind === 'view') {
          moveTo(poseOfView(req.view))
          return
        }
        if (req.kind === 'pose') {
          setFov(req.pose.fovDeg)
          moveTo(poseFrom(req.pose))
          return
        }
        const meshes = sceneBridge.body?.meshesOf.get(req.nodeName)
        if (!meshes?.length) return
        const box = new Box3()
        for (const m of meshes) box.expandByObject(m)
        const sphere = box.getBoundingSphere(new Sphere())
        const radius = Math.max(sphere.radius, req.minRadiusM ?? MIN_FRAME_RADIUS_M)
        const now = currentPose()
        const dir = now.position.clone().sub(now.target).normalize()
        // Look at the structure from the side it lies on (the back for infraspinatus, the front for
        // pectoralis major), unless the current view already faces that side.
        const body = sceneBridge.body
        if (body && !body.box.isEmpty()) {
          const axis = body.box.getCenter(new Vector3())
          const outward = new Vector3(sphere.center.x - axis.x, 0, sphere.center.z - axis.z)
          const span = body.box.getSize(new Vector3())
          // a quiz question (minRadiusM set) always faces its structure: the student must see what to name
          if (outward.length() > (req.minRadiusM ? 0.005 : 0.08 * Math.max(span.x, span.z))) {
            outward.normalize()
            if (req.minRadiusM || dir.dot(outward) < 0.35)
              dir
                .copy(outward)
                .addScaledVector(new Vector3(0, 1, 0), 0.2)
                .normalize()
          }
        }
        const dist = fitDistanceM(radius, camera.fov, camera.aspect, 1.6)
        moveTo({ target: sphere.center.clone(), position: sphere.center.clone().addScaledVector(dir, dist) })
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [body],
  )

  // The keyboard's camera API.
  useEffect(() => {
    const sph = new Spherical()
    const offset = new Vector3()
    const after = (): void => {
      tween.current = null
      camera.lookAt(controls.current?.target ?? new Vector3())
      controls.current?.update()
      invalidate()
      schedulePublish()
    }
    sceneBridge.camera = {
      orbit(azimuthRad, polarRad) {
        const target = controls.current?.target ?? new Vector3()
        sph.setFromVector3(offset.subVectors(camera.position, target))
        sph.theta += azimuthRad
        sph.phi = Math.min(Math.PI - 0.01, Math.max(0.01, sph.phi + polarRad))
        camera.position.setFromSpherical(sph).add(target)
        after()
      },
      pan(rightFraction, upFraction) {
        const target = controls.current?.target ?? new Vector3()
        const dist = camera.position.distanceTo(target)
        const right = new Vector3().setFromMatrixColumn(camera.matrixWorld, 0).multiplyScalar(rightFraction * dist)
        const up = new Vector3().setFromMatrixColumn(camera.matrixWorld, 1).multiplyScalar(upFraction * dist)
        camera.position.add(right).add(up)
        target.add(right).add(up)
        after()
      },
      zoom(factor) {
        const target = controls.current?.target ?? new Vector3()
        offset.subVectors(camera.position, target).multiplyScalar(factor)
        const len = offset.length()
        if (len < (controls.current?.minDistance ?? 0.05) || len > (controls.current?.maxDistance ?? 15)) return
        camera.position.copy(target).add(offset)
        after()
      },
    }
    return () => {
      sceneBridge.camera = null
    }
    // schedulePublish reads only the camera and the controls' ref
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [camera, invalidate])

  useFrame(() => {
    const tw = tween.current
    if (!tw) return
    const k = Math.min(1, (performance.now() - tw.startMs) / MOVE_MS)
    interpolatePose(tw.from, tw.to, easeInOutCubic(k), work.current)
    camera.position.copy(work.current.position)
    controls.current?.target.copy(work.current.target)
    camera.lookAt(work.current.target)
    if (k >= 1) {
      tween.current = null
      controls.current?.update()
      onMovingChange?.(false)
      publishPose()
    } else {
      invalidate()
    }
  })

  return (
    <OrbitControls
      ref={controls}
      makeDefault
      enableDamping={false}
      minDistance={0.1}
      maxDistance={15}
      onStart={() => {
        tween.current = null
      }}
      onEnd={publishPose}
    />
  )
}
