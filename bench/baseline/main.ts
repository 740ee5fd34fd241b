// The benchmark's baseline: the least a page can do to show models/body.glb with three.js (GLTFLoader with the
// meshopt decoder, one directional and one ambient light, OrbitControls, render on demand). The app's first
// frame and frame time are compared against this page, bundled by Vite the same way.
// The camera matches the app's: fov 35, the pose passed in the query (?pose=px,py,pz,tx,ty,tz) and the canvas size
// (?size=WxH) when given. Its context is made as the app makes its own (no multisampling and one pixel per CSS pixel
// on a software renderer: src/viewer/graphicsProbe.ts), so the ratio compares the work per frame, not the samples.
import {
  AmbientLight,
  Box3,
  DirectionalLight,
  PerspectiveCamera,
  Raycaster,
  Scene,
  Spherical,
  Vector2,
  Vector3,
  WebGLRenderer,
  type Object3D,
} from 'three'
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js'
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js'
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js'
import type { BaselineHooks } from './baselineHooks'
import { probeGraphics } from '../../src/viewer/graphicsProbe'

const params = new URLSearchParams(location.search)
const modelUrl = params.get('model') ?? '../models/body.glb'
const pose = (params.get('pose') ?? '').split(',').map(Number)
// ?size=WxH draws into a canvas of the app's canvas size (the app has panels beside its canvas), so both draw the
// same number of pixels and the same normalised screen point is the same ray.
const size = /^(\d{2,5})x(\d{2,5})$/.exec(params.get('size') ?? '')
const canvasWidth = (): number => (size ? Number(size[1]) : window.innerWidth)
const canvasHeight = (): number => (size ? Number(size[2]) : window.innerHeight)

const { software } = probeGraphics()
const renderer = new WebGLRenderer({ antialias: !software, powerPreference: 'high-performance' })
renderer.setPixelRatio(software ? 1 : Math.min(window.devicePixelRatio, 1.5))
renderer.setSize(canvasWidth(), canvasHeight())
document.body.appendChild(renderer.domElement)

const scene = new Scene()
const camera = new PerspectiveCamera(35, canvasWidth() / canvasHeight(), 0.02, 60)
camera.position.set(0, 0.9, 4)
scene.add(new AmbientLight(0xffffff, 1.2))
const sun = new DirectionalLight(0xffffff, 1.6)
sun.position.set(1.5, 3, 2.5)
scene.add(sun)

const controls = new OrbitControls(camera, renderer.domElement)
let framePending = false
function requestFrame(): void {
  if (framePending) return
  framePending = true
  requestAnimationFrame(() => {
    framePending = false
    draw()
  })
}
controls.addEventListener('change', requestFrame)

let model: Object3D | null = null
let firstFramePending = true
const gl = renderer.getContext()
const debugInfo = gl.getExtension('WEBGL_debug_renderer_info')

const hooks: BaselineHooks = {
  ready: false,
  frames: 0,
  renderer: debugInfo ? String(gl.getParameter(debugInfo.UNMASKED_RENDERER_WEBGL)) : undefined,
  cameraPose: () => ({
    position: camera.position.toArray() as [number, number, number],
    target: controls.target.toArray() as [number, number, number],
  }),
  orbit(azimuthRad, polarRad) {
    const offset = new Vector3().subVectors(camera.position, controls.target)
    const sph = new Spherical().setFromVector3(offset)
    sph.theta += azimuthRad
    sph.phi = Math.min(Math.PI - 0.01, Math.max(0.01, sph.phi + polarRad))
    camera.position.setFromSpherical(sph).add(controls.target)
    camera.lookAt(controls.target)
    controls.update()
    requestFrame()
  },
  renderNow: () => draw(),
  pick(xNdc, yNdc) {
    if (!model) return null
    camera.updateMatrixWorld()
    const ray = new Raycaster()
    ray.setFromCamera(new Vector2(xNdc, yNdc), camera)
    const hit = ray.intersectObject(model, true)[0]
    return hit ? hit.object.name : null
  },
}
window.__baseline = hooks

function draw(): void {
  renderer.render(scene, camera)
  hooks.frames++
  hooks.triangles = renderer.info.render.triangles
  if (model && firstFramePending) {
    firstFramePending = false
    const px = new Uint8Array(4)
    gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, px) // waits until the frame is really drawn
    hooks.firstFrameMs = performance.now()
    hooks.ready = true
  }
}

window.addEventListener('resize', () => {
  camera.aspect = canvasWidth() / canvasHeight()
  camera.updateProjectionMatrix()
  renderer.setSize(canvasWidth(), canvasHeight())
  requestFrame()
})

const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder)
loader.load(
  modelUrl,
  (gltf) => {
    model = gltf.scene
    scene.add(model)
    if (pose.length === 6 && pose.every(Number.isFinite)) {
      camera.position.fromArray(pose, 0)
      controls.target.fromArray(pose, 3)
    } else {
      const box = new Box3().setFromObject(model)
      const centre = box.getCenter(new Vector3())
      const heightM = box.max.y - box.min.y
      controls.target.copy(centre)
      camera.position.set(centre.x, centre.y, centre.z + (heightM * 0.6) / Math.tan((35 * Math.PI) / 360))
    }
    camera.lookAt(controls.target)
    controls.update()
    draw()
  },
  undefined,
  (error) => {
    hooks.error = String(error)
  },
)
