// A PNG of the current 3D view for the patient's print-out: renders a frame and reads the canvas in the
// same task (so it works without preserveDrawingBuffer). FeatureScene registers the renderer here; the
// patient panel, outside the Canvas, calls captureViewPng().
import { Vector3, type Camera, type Scene, type WebGLRenderer } from 'three'

let target: { gl: WebGLRenderer; scene: Scene; camera: Camera } | null = null

export function registerCaptureTarget(next: typeof target): void {
  target = next
}

/** A data: URL of the 3D view as PNG, or null when no view is mounted. */
export function captureViewPng(): string | null {
  if (!target) {
    return null
  }
  target.gl.render(target.scene, target.camera)
  return target.gl.domElement.toDataURL('image/png')
}

/**
 * Resolves once the camera has stopped moving (its matrix unchanged over a few frames), or after `timeoutMs`: a
 * tween between lesson steps ends before the handout takes the step's picture.
 */
export function waitForStillView(timeoutMs = 3000): Promise<void> {
  return new Promise((resolve) => {
    const started = performance.now()
    let last: number[] | null = null
    let still = 0
    const tick = (): void => {
      const camera = target?.camera
      const now = camera ? [...camera.matrixWorld.elements] : null
      still = now && last && now.every((v, i) => Math.abs(v - (last?.[i] ?? NaN)) < 1e-7) ? still + 1 : 0
      last = now
      if (still >= 4 || performance.now() - started > timeoutMs) resolve()
      else requestAnimationFrame(tick)
    }
    requestAnimationFrame(tick)
  })
}

/** A lesson annotation on screen, in model metres: a pin, or an arrow from one point to another. */
export type ViewMark =
  | { kind: 'pin'; at: { x: number; y: number; z: number }; label: string }
  | { kind: 'arrow'; from: { x: number; y: number; z: number }; to: { x: number; y: number; z: number }; label: string }

let viewMarks: () => readonly ViewMark[] = () => []

/** The lesson annotations (features/scene/LessonAnnotations.tsx) say where their pins and arrows are. */
export function registerViewMarks(getter: (() => readonly ViewMark[]) | null): void {
  viewMarks = getter ?? (() => [])
}

const PIN_FILL = '#ffd23f'
const ARROW_STROKE = '#ff6b35'

/**
 * A PNG of the 3D view with the lesson's pins and arrows drawn over it (they are HTML labels on screen, so the
 * canvas alone does not hold them): for the handout. Null when no view is mounted.
 */
export function captureViewPngWithMarks(): string | null {
  if (!target) return null
  const { gl, scene, camera } = target
  gl.render(scene, camera)
  const source = gl.domElement
  const out = document.createElement('canvas')
  out.width = source.width
  out.height = source.height
  const ctx = out.getContext('2d')
  if (!ctx) return source.toDataURL('image/png')
  ctx.drawImage(source, 0, 0)
  // Marks sized to the picture, so they stay legible when the handout shows it small.
  const scale = Math.max(source.width / Math.max(1, source.clientWidth || source.width), out.width / 700)
  const toScreen = (p: { x: number; y: number; z: number }): { x: number; y: number } | null => {
    const v = new Vector3(p.x, p.y, p.z).project(camera)
    return v.z > 1 ? null : { x: ((v.x + 1) / 2) * out.width, y: ((1 - v.y) / 2) * out.height }
  }
  ctx.font = `600 ${Math.round(15 * scale)}px system-ui, sans-serif`
  ctx.textBaseline = 'middle'
  const label = (text: string, at: { x: number; y: number }): void => {
    if (!text.trim()) return
    const pad = 6 * scale
    const w = ctx.measureText(text).width + 2 * pad
    const h = 22 * scale
    ctx.fillStyle = PIN_FILL
    ctx.fillRect(at.x + 10 * scale, at.y - h / 2, w, h)
    ctx.fillStyle = '#111'
    ctx.fillText(text, at.x + 10 * scale + pad, at.y)
  }
  for (const mark of viewMarks()) {
    if (mark.kind === 'pin') {
      const p = toScreen(mark.at)
      if (!p) continue
      ctx.fillStyle = PIN_FILL
      ctx.beginPath()
      ctx.arc(p.x, p.y, 5 * scale, 0, 2 * Math.PI)
      ctx.fill()
      label(mark.label, p)
    } else {
      const a = toScreen(mark.from)
      const b = toScreen(mark.to)
      if (!a || !b) continue
      const angle = Math.atan2(b.y - a.y, b.x - a.x)
      const head = 12 * scale
      ctx.strokeStyle = ARROW_STROKE
      ctx.fillStyle = ARROW_STROKE
      ctx.lineWidth = 4 * scale
      ctx.beginPath()
      ctx.moveTo(a.x, a.y)
      ctx.lineTo(b.x - head * Math.cos(angle), b.y - head * Math.sin(angle))
      ctx.stroke()
      ctx.beginPath()
      ctx.moveTo(b.x, b.y)
      ctx.lineTo(b.x - head * Math.cos(angle - 0.45), b.y - head * Math.sin(angle - 0.45))
      ctx.lineTo(b.x - head * Math.cos(angle + 0.45), b.y - head * Math.sin(angle + 0.45))
      ctx.fill()
      label(mark.label, { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 })
    }
  }
  return out.toDataURL('image/png')
}
