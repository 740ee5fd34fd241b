// Everything inside the <Canvas>: loads the requested body and, once it is prepared, hands it to the scene
// through the body provider (BodyContext.tsx) and the camera service (CameraFocus.tsx); keeps its look in step
// with the store, turns pointer moves and clicks into hover and selection (BVH-accelerated picks), signals the
// first frame and publishes the window.__tpa hooks for tests and the benchmark.
import { useEffect, useRef, useState, type RefObject } from 'react'
import { addAfterEffect, addEffect, useThree } from '@react-three/fiber'
import { Vector3, type Mesh, type PerspectiveCamera } from 'three'
import { FeatureScene } from '../../features'
import { subscribeBody, type BodyRequest } from '../bodySource'
import { installDebugHooks, type AtlasDebugHooks } from '../debugHooks'
import { useViewer } from '../store'
import { muscleDetail, muscleDetailVisible } from './muscleMaterial'
import { applyAppearance, materialsOf } from './appearance'
import { bodyHandle, type Body } from './body'
import { BodyProvider, useBody } from './BodyContext'
import { CameraFocusProvider, useCameraFocus } from './CameraFocus'
import { CameraRig } from './CameraRig'
import { LabelDriver, type LabelElements } from './LabelsOverlay'
import { buildBoundsTrees, pickAt } from './picking'
import { bodyDrawn } from './bodyDrawn'
import type { PreparedBody } from './prepareBody'
import { prepareRequest } from './bodyPreparation'

const CLICK_SLOP_PX = 5

export interface SceneContentProps {
  labels: LabelElements
  /** The element whose keys move the camera (the focused 3D view). */
  keyTarget?: RefObject<HTMLElement | null>
}

function disposeBody(body: PreparedBody): void {
  for (const mesh of [...body.nodeOf.keys(), ...body.unmappedMeshes]) mesh.geometry.dispose()
  for (const m of materialsOf(body)) m.dispose()
}

export function SceneContent({ labels, keyTarget }: SceneContentProps): React.JSX.Element {
  const gl = useThree((s) => s.gl)
  const camera = useThree((s) => s.camera) as PerspectiveCamera
  const invalidate = useThree((s) => s.invalidate)
  const size = useThree((s) => s.size)
  const [body, setBody] = useState<Body | null>(null)
  /** The body last handed to React, for the first-frame check that runs outside React. */
  const shownBody = useRef<Body | null>(null)
  const pickable = useRef<Mesh[]>([])
  /** World point under the pointer on the hovered structure, for its label. */
  const hoverPoint = useRef<Vector3 | null>(null)
  const hooks = useRef<AtlasDebugHooks | null>(null)
  const firstFramePending = useRef(false)
  /** The body once a frame holding it has been drawn: work that can wait (bounds trees) waits for this. */
  const [drawnBody, setDrawnBody] = useState<Body | null>(null)

  // Load whichever body is requested; a broken user file leaves the current body in place.
  useEffect(() => {
    let generation = 0
    let current: Body | null = null
    const load = async (req: BodyRequest): Promise<void> => {
      const mine = ++generation
      const { setLoad, notify, setModel } = useViewer.getState()
      try {
        const { prepared, frameNote } = await prepareRequest(req)
        if (mine !== generation) return
        if (current) disposeBody(current)
        current = bodyHandle(prepared)
        shownBody.current = current
        setModel(req.label, prepared.structures, prepared.unmapped)
        firstFramePending.current = true
        setBody(current)
        if (!req.builtin) {
          const mapped = prepared.structures.length
          const unmapped = prepared.unmapped.length
          notify(
            'info',
            `Opened "${req.label}": ${mapped} structure${mapped === 1 ? '' : 's'} recognised` +
              (unmapped ? `, ${unmapped} part${unmapped === 1 ? '' : 's'} not recognised (listed as unmapped).` : '.') +
              (frameNote ? ` ${frameNote}` : ''),
          )
        }
      } catch (err) {
        const reason = (err as Error).message || String(err)
        if (req.builtin && !current) {
          setLoad({ phase: 'error', message: reason })
        } else {
          notify('error', `Could not open "${req.label}": ${reason}. The body on screen is unchanged.`)
        }
      }
    }
    const unsubscribe = subscribeBody((req) => void load(req))
    return () => {
      unsubscribe()
      generation++
    }
  }, [])

  // Look: layers, hiding, isolation, hover, selection.
  useEffect(() => {
    if (!body) return
    const apply = (): void => {
      pickable.current = applyAppearance(body, useViewer.getState())
      invalidate()
    }
    apply()
    return useViewer.subscribe((s, p) => {
      if (
        s.layers !== p.layers ||
        s.hidden !== p.hidden ||
        s.isolated !== p.isolated ||
        s.variantsShown !== p.variantsShown ||
        s.focus !== p.focus ||
        s.selection !== p.selection ||
        s.highlight !== p.highlight ||
        s.namesHidden !== p.namesHidden ||
        s.hover !== p.hover
      ) {
        apply()
      }
    })
  }, [body, invalidate])

  // Bounds trees once a frame with the body has been drawn, so they never delay it.
  useEffect(() => {
    if (hooks.current) hooks.current.bvhReady = false
    if (!drawnBody || drawnBody !== body) return
    let cancelled = false
    const start = window.setTimeout(() => {
      void buildBoundsTrees([...body.nodeOf.keys(), ...body.unmappedMeshes], () => cancelled).then(() => {
        if (!cancelled && hooks.current) hooks.current.bvhReady = true
      })
    }, 0)
    return () => {
      cancelled = true
      window.clearTimeout(start)
    }
  }, [body, drawnBody])

  // Pointer: hover on move (one pick per animation frame), select on a click that did not drag.
  useEffect(() => {
    const el = gl.domElement
    let pending: PointerEvent | null = null
    let raf = 0
    let down: { x: number; y: number } | null = null
    const ndcOf = (e: { clientX: number; clientY: number }): [number, number] => {
      const r = el.getBoundingClientRect()
      return [((e.clientX - r.left) / r.width) * 2 - 1, -((e.clientY - r.top) / r.height) * 2 + 1]
    }
    const nodeAt = (e: { clientX: number; clientY: number }): { node: string | null; point: Vector3 | null } => {
      if (!body) return { node: null, point: null }
      const [x, y] = ndcOf(e)
      const hit = pickAt(camera, pickable.current, x, y)
      const rec = hit ? body.nodeOf.get(hit.mesh) : undefined
      return { node: rec ? rec.nodeName : null, point: rec && hit ? hit.point : null }
    }
    const onMove = (e: PointerEvent): void => {
      if (e.buttons !== 0 || e.pointerType === 'touch') return
      pending = e
      if (raf) return
      raf = requestAnimationFrame(() => {
        raf = 0
        if (!pending) return
        const { node, point } = nodeAt(pending)
        hoverPoint.current = point
        useViewer.getState().setHover(node)
        el.style.cursor = node ? 'pointer' : ''
        invalidate()
      })
    }
    const onLeave = (): void => {
      pending = null
      hoverPoint.current = null
      useViewer.getState().setHover(null)
      el.style.cursor = ''
    }
    const onDown = (e: PointerEvent): void => {
      down = e.button === 0 ? { x: e.clientX, y: e.clientY } : null
    }
    const onUp = (e: PointerEvent): void => {
      if (!down || Math.hypot(e.clientX - down.x, e.clientY - down.y) > CLICK_SLOP_PX) return
      down = null
      const picked = nodeAt(e)
      // While a lesson annotation is being placed, the click gives its point on the body instead of selecting.
      if (useViewer.getState().lessonPlacing) {
        if (picked.point) {
          const { x, y, z } = picked.point
          useViewer.getState().placeLessonPoint({ pointM: [x, y, z], ...(picked.node ? { structure: picked.node } : {}) })
        }
        return
      }
      useViewer.getState().select(picked.node)
    }
    const onDouble = (e: MouseEvent): void => {
      const { node } = nodeAt(e)
      if (node) useViewer.getState().select(node, { frame: true })
    }
    el.addEventListener('pointermove', onMove)
    el.addEventListener('pointerleave', onLeave)
    el.addEventListener('pointerdown', onDown)
    el.addEventListener('pointerup', onUp)
    el.addEventListener('dblclick', onDouble)
    return () => {
      cancelAnimationFrame(raf)
      el.removeEventListener('pointermove', onMove)
      el.removeEventListener('pointerleave', onLeave)
      el.removeEventListener('pointerdown', onDown)
      el.removeEventListener('pointerup', onUp)
      el.removeEventListener('dblclick', onDouble)
    }
  }, [gl, camera, invalidate, body])

  // WebGL context loss: three keeps the scene; show a notice until the browser restores the context.
  useEffect(() => {
    const el = gl.domElement
    const lost = (e: Event): void => {
      e.preventDefault()
      useViewer.getState().setWebglLost(true)
    }
    const restored = (): void => {
      useViewer.getState().setWebglLost(false)
      invalidate()
    }
    el.addEventListener('webglcontextlost', lost)
    el.addEventListener('webglcontextrestored', restored)
    return () => {
      el.removeEventListener('webglcontextlost', lost)
      el.removeEventListener('webglcontextrestored', restored)
    }
  }, [gl, invalidate])

  // Before each frame: the muscles' fine detail only where a stripe can be seen (muscleMaterial.ts).
  useEffect(
    () =>
      addEffect(() => {
        const shown = shownBody.current
        if (!shown) return
        const near = muscleDetailVisible(camera.position.distanceTo(shown.bounds.center), shown.bounds.radius, camera.fov, size.height)
        muscleDetail.value = near ? 1 : 0
      }),
    [camera, size.height],
  )

  // First frame with the model, triangle count of each frame.
  useEffect(
    () =>
      addAfterEffect(() => {
        const h = hooks.current
        if (!h) return
        h.frames++
        h.triangles = gl.info.render.triangles
        h.drawCalls = gl.info.render.calls
        // the pose drawn in each frame of a camera move, so tests can see it tween
        if (h.cameraMoving && h.cameraMove && h.cameraMove.poses.length < 200) h.cameraMove.poses.push(h.cameraPose())
        const shown = shownBody.current
        if (firstFramePending.current && shown) {
          // Ready promises that the frame just drawn holds the body: the store may already hold a body that
          // React has not attached yet, so wait for a frame in which it is in the scene and drew triangles.
          if (!bodyDrawn(shown.root, gl.info.render.triangles)) {
            invalidate()
            return
          }
          firstFramePending.current = false
          setDrawnBody(shown)
          const ctx = gl.getContext()
          const px = new Uint8Array(4)
          ctx.readPixels(0, 0, 1, 1, ctx.RGBA, ctx.UNSIGNED_BYTE, px) // waits until the frame is really drawn
          if (!h.ready) h.firstFrameMs = performance.now()
          h.ready = true
          document.documentElement.dataset.ready = 'true'
          useViewer.getState().setLoad({ phase: 'ready' })
        }
      }),
    [gl, invalidate],
  )

  return (
    <>
      <hemisphereLight args={['#f4f6ff', '#3a302a', 0.9]} />
      <directionalLight position={[1.5, 3, 2.5]} intensity={1.5} />
      <directionalLight position={[-2, 1.5, -2.5]} intensity={0.55} />
      <BodyProvider body={body}>
        <CameraFocusProvider
          onMoveChange={(change) => {
            const h = hooks.current
            if (!h) return
            h.cameraMoving = change.moving
            if (change.moving) h.cameraMove = { to: change.to, poses: [], end: null }
            else if (h.cameraMove) h.cameraMove.end = change.end
          }}
        >
          {body && <primitive object={body.root} />}
          {drawnBody && <FeatureScene />}
          <CameraRig keyTarget={keyTarget} />
          <LabelDriver labels={labels} size={size} hoverPoint={hoverPoint} />
          <DebugHooks hooks={hooks} pickable={pickable} />
        </CameraFocusProvider>
      </BodyProvider>
    </>
  )
}

/** Publishes the window.__tpa hooks for tests and the benchmark, over the body and the camera on screen. */
function DebugHooks({ hooks, pickable }: { hooks: RefObject<AtlasDebugHooks | null>; pickable: RefObject<Mesh[]> }): null {
  const gl = useThree((s) => s.gl)
  const camera = useThree((s) => s.camera) as PerspectiveCamera
  const get = useThree((s) => s.get)
  const body = useBody()
  const focus = useCameraFocus()
  useEffect(() => {
    const ctx = gl.getContext()
    const dbg = ctx.getExtension('WEBGL_debug_renderer_info')
    const renderer = dbg ? String(ctx.getParameter(dbg.UNMASKED_RENDERER_WEBGL)) : String(ctx.getParameter(ctx.RENDERER))
    const project = new Vector3()
    const screenOf = (p: Vector3): { x: number; y: number } | null => {
      project.copy(p).project(camera)
      if (project.z > 1 || Math.abs(project.x) > 1 || Math.abs(project.y) > 1) return null
      const r = gl.domElement.getBoundingClientRect()
      return { x: ((project.x + 1) / 2) * r.width, y: ((1 - project.y) / 2) * r.height }
    }
    const pickNode = (x: number, y: number, naive = false): string | null => {
      const hit = body ? pickAt(camera, pickable.current, x, y, naive) : null
      return hit && body ? (body.nodeOf.get(hit.mesh)?.nodeName ?? null) : null
    }
    const previous = hooks.current
    hooks.current = installDebugHooks({
      ready: previous?.ready ?? false,
      firstFrameMs: previous?.firstFrameMs,
      renderer,
      antialias: ctx.getContextAttributes()?.antialias ?? false,
      bvhReady: previous?.bvhReady ?? false,
      frames: previous?.frames ?? 0,
      cameraMoving: previous?.cameraMoving ?? false,
      cameraMove: previous?.cameraMove ?? null,
      pick: (x, y, options) => {
        camera.updateMatrixWorld()
        return pickNode(x, y, options?.naive)
      },
      screenPointOf(nodeName) {
        const meshes = body?.node(nodeName)
        if (!meshes?.length || !meshes.some((m) => m.visible)) return null
        camera.updateMatrixWorld()
        const r = gl.domElement.getBoundingClientRect()
        // judged at whole CSS pixels, where a pointer's click lands: a fractional point on a node's edge can pick the
        // node while the click there picks its neighbour
        const hits = (p: { x: number; y: number }): boolean => pickNode((p.x / r.width) * 2 - 1, -(p.y / r.height) * 2 + 1) === nodeName
        const centre = new Vector3()
        const candidates: Vector3[] = []
        for (const m of meshes) {
          m.geometry.computeBoundingBox()
          const box = m.geometry.boundingBox!.clone().applyMatrix4(m.matrixWorld)
          candidates.push(box.getCenter(centre).clone())
        }
        for (const m of meshes) {
          const pos = m.geometry.attributes.position
          if (!pos) continue
          const step = Math.max(1, Math.floor(pos.count / 60))
          for (let i = 0; i < pos.count; i += step) {
            candidates.push(new Vector3().fromBufferAttribute(pos, i).applyMatrix4(m.matrixWorld))
          }
        }
        for (const c of candidates) {
          const s = screenOf(c)
          if (!s) continue
          const pixel = { x: Math.round(s.x), y: Math.round(s.y) }
          if (hits(pixel)) return pixel
        }
        return null
      },
      cameraPose: () => focus.pose(),
      renderNow: () => {
        gl.render(get().scene, camera)
      },
      orbit: (a, p) => focus.orbit(a, p),
    })
  }, [gl, camera, get, body, focus, hooks, pickable])
  return null
}
