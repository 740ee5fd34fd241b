// A PNG of the current 3D view for the patient's print-out: renders a frame and reads the canvas in the
// same task (so it works without preserveDrawingBuffer). FeatureScene registers the renderer here; the
// patient panel, outside the Canvas, calls captureViewPng().
import type { Camera, Scene, WebGLRenderer } from 'three'

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
