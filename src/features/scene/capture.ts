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
