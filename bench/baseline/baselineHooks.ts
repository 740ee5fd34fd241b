// The bare three.js baseline page's measurement hooks on window.__baseline (the counterpart of the app's
// window.__tpa, src/viewer/debugHooks.ts), so the bench drives both pages the same way.

export interface CameraPose {
  position: [number, number, number]
  target: [number, number, number]
}

export interface BaselineHooks {
  /** True once the model is loaded and its first frame has been drawn (GPU finished). */
  ready: boolean
  /** performance.now() when the first frame with the model finished (after a readPixels). */
  firstFrameMs?: number
  /** Triangles drawn in the last frame. */
  triangles?: number
  renderer?: string
  /** Frames rendered so far (the page renders on demand). */
  frames: number
  /** A load or WebGL error, if one happened. */
  error?: string
  cameraPose(): CameraPose
  /** Orbits the camera around the target (radians), then asks for a frame, like the app's hook. */
  orbit(azimuthRad: number, polarRad: number): void
  /** Renders one frame now. */
  renderNow(): void
  /** Plain three.js raycast (no BVH) at normalised device coordinates; returns the hit node's name or null. */
  pick(xNdc: number, yNdc: number): string | null
}

declare global {
  interface Window {
    __baseline?: BaselineHooks
  }
}

export {}
