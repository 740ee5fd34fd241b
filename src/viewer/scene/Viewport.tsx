// The 3D view: a full-size canvas rendered on demand, with keyboard orbit/pan/zoom when it has focus, the label
// layer and the "graphics context lost" cover. Loaded lazily (with three.js) so the page shell paints first.
import { useRef } from 'react'
import { Canvas } from '@react-three/fiber'
import { DEFAULT_FOV_DEG } from '../../urlState/urlState'
import { probeGraphics } from '../graphicsProbe'
import { useViewer } from '../store'
import { LabelsOverlay, useLabelElements } from './LabelsOverlay'
import { SceneContent } from './SceneContent'

export default function Viewport(): React.JSX.Element {
  const labels = useLabelElements()
  const lost = useViewer((s) => s.webglLost)
  // The view's keys are handled inside the canvas, by the camera's side of the store (CameraRig.tsx).
  const viewport = useRef<HTMLDivElement>(null)
  // Drawn in software, the view skips multisampling and high-density pixels (graphicsProbe.ts).
  const { software } = probeGraphics()
  return (
    <div
      ref={viewport}
      className="viewport"
      tabIndex={0}
      role="group"
      aria-roledescription="3D view"
      aria-label="3D view of the body"
      aria-describedby="viewport-help"
    >
      <Canvas
        frameloop="demand"
        dpr={software ? 1 : [1, 1.5]}
        camera={{ fov: DEFAULT_FOV_DEG, near: 0.02, far: 60, position: [0, 0.9, 4] }}
        gl={{ antialias: !software, powerPreference: 'high-performance' }}
      >
        <SceneContent labels={labels} keyTarget={viewport} />
      </Canvas>
      <LabelsOverlay labels={labels} />
      <p id="viewport-help" className="visually-hidden">
        Arrow keys turn the body, Shift with arrow keys pans, plus and minus zoom, F frames the selection, Escape clears it. Click a
        structure to select it; double-click to frame it.
      </p>
      {lost && (
        <div className="context-lost" role="alert">
          <p>
            <strong>The 3D view stopped: the graphics context was lost.</strong> This happens when the graphics driver restarts or the
            device runs short of graphics memory. The view comes back by itself when the browser restores it.
          </p>
          <button type="button" onClick={() => window.location.reload()}>
            Reload the page
          </button>
        </div>
      )}
    </div>
  )
}
