// Hooks the built app exposes on window.__tpa so that browser tests and `npm run bench` can wait for the
// first frame and measure picking without reaching into React. Filled in by the viewer's scene code
// (scene/SceneContent.tsx calls installDebugHooks once the renderer exists).

/** A camera pose as the hooks give it: metres and degrees. */
export interface CameraPoseHook {
  position: [number, number, number]
  target: [number, number, number]
  fovDeg: number
}

export interface AtlasDebugHooks {
  /** True once the model is loaded and its first frame has been drawn. */
  ready: boolean
  /** performance.now() (ms since navigation start) when the first full frame with the model finished. */
  firstFrameMs?: number
  /** Triangles drawn in the last frame (renderer.info.render.triangles). */
  triangles?: number
  /** Draw calls in the last frame (renderer.info.render.calls). */
  drawCalls?: number
  /** The WebGL renderer string (SwiftShader in CI). */
  renderer?: string
  /** Whether the view's context multisamples (not on a software renderer: src/viewer/graphicsProbe.ts). */
  antialias?: boolean
  /** Pick at normalised device coordinates (-1..1); returns the node name (`<id>.<side>`) hit first, or null. */
  pick(xNdc: number, yNdc: number, options?: { naive?: boolean }): string | null
  /**
   * Screen position (whole CSS pixels relative to the canvas) of a named node: its bounding-box centre when the node
   * is the first thing hit there, else another point of its surface that is; null when it is hidden or covered.
   */
  screenPointOf(nodeName: string): { x: number; y: number } | null
  /** True once every mesh has its bounds tree (before that, picking falls back to the plain raycast). */
  bvhReady: boolean
  /** Frames rendered so far (the app renders on demand, so this only grows when something changed). */
  frames: number
  /** True while a smooth camera move is under way. */
  cameraMoving: boolean
  /**
   * The last smooth camera move: where it was going, the pose drawn in each of its frames (the last one it drew
   * before arriving is the nearest to `to`), and how it ended (null while under way).
   */
  cameraMove: {
    to: CameraPoseHook
    poses: CameraPoseHook[]
    end: 'arrived' | 'cancelled' | 'replaced' | null
  } | null
  /** Camera position and orbit target in metres, and the vertical field of view. */
  cameraPose(): CameraPoseHook
  /** Renders one frame now (for measurements that orbit the camera). */
  renderNow(): void
  /** Orbits the camera by the given angles (radians) around the target, then renders. */
  orbit(azimuthRad: number, polarRad: number): void
  /** The right choice's label while a quiz question waits for its answer (so that tests can answer it). */
  quizAnswer?: string | null
  /** The scene state on screen (src/sceneState/sceneState.ts), as a link or a lesson step would keep it. */
  sceneState?(): SceneState
  /** Reads and applies a scene state; resolves to the problems (by field) when it is refused, else an empty list. */
  applySceneState?(state: unknown): Promise<string[]>
}

import type { SceneState } from '../sceneState/sceneState'
import { captureSceneState } from '../store/sceneStateSlice'
import { useViewer } from './store'

declare global {
  interface Window {
    __tpa?: AtlasDebugHooks
  }
}

/**
 * Publishes the hooks on window, merged into whatever other modules (src/features) already put there; the
 * scene then updates the mutable fields (ready, frames…) in place on the returned object.
 */
export function installDebugHooks(hooks: AtlasDebugHooks): AtlasDebugHooks {
  window.__tpa = Object.assign(window.__tpa ?? {}, hooks)
  return window.__tpa
}

/** Publishes the scene state's capture and apply on window.__tpa (for browser tests), before the scene exists. */
export function installSceneStateHooks(): void {
  const hooks: Pick<AtlasDebugHooks, 'sceneState' | 'applySceneState'> = {
    sceneState: () => captureSceneState(useViewer),
    // The schema loads on first use, as it does for links and lessons.
    async applySceneState(input) {
      const { readSceneState } = await import('../sceneState/sceneState')
      const read = readSceneState(input)
      if (!read.ok) return read.problems
      useViewer.getState().applySceneState(read.state)
      return []
    },
  }
  window.__tpa = Object.assign(window.__tpa ?? ({} as AtlasDebugHooks), hooks)
}
