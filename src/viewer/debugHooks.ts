// Hooks the built app exposes on window.__tpa so that browser tests and `npm run bench` can wait for the
// first frame and measure picking without reaching into React. Filled in by the viewer's scene code.

export interface AtlasDebugHooks {
  /** True once the model is loaded and its first frame has been drawn. */
  ready: boolean
  /** performance.now() (ms since navigation start) when the first full frame with the model finished. */
  firstFrameMs?: number
  /** Triangles drawn in the last frame (renderer.info.render.triangles). */
  triangles?: number
  /** The WebGL renderer string (SwiftShader in CI). */
  renderer?: string
  /** Pick at normalised device coordinates (-1..1); returns the node name (`<id>.<side>`) hit first, or null. */
  pick(xNdc: number, yNdc: number, options?: { naive?: boolean }): string | null
  /** Screen position (CSS pixels relative to the canvas) of a named node's bounding-box centre, if visible. */
  screenPointOf(nodeName: string): { x: number; y: number } | null
}

declare global {
  interface Window {
    __tpa?: AtlasDebugHooks
  }
}

export {}
