// The 3D view: a full-size canvas rendered on demand, with keyboard orbit/pan/zoom when it has focus, the label
// layer and the "graphics context lost" cover. Loaded lazily (with three.js) so the page shell paints first.
import { Canvas } from '@react-three/fiber'
import { DEFAULT_FOV_DEG } from '../../urlState/urlState'
import { useViewer } from '../store'
import { LabelsOverlay, useLabelElements } from './LabelsOverlay'
import { SceneContent } from './SceneContent'
import { sceneBridge } from './sceneBridge'

const STEP_RAD = Math.PI / 12
const PAN_FRACTION = 0.06
const ZOOM_IN = 0.85

function onKey(e: React.KeyboardEvent<HTMLDivElement>): void {
  const cam = sceneBridge.camera
  if (!cam || e.altKey || e.ctrlKey || e.metaKey) return
  const pan = e.shiftKey
  switch (e.key) {
    case 'ArrowLeft':
      if (pan) cam.pan(-PAN_FRACTION, 0)
      else cam.orbit(-STEP_RAD, 0)
      break
    case 'ArrowRight':
      if (pan) cam.pan(PAN_FRACTION, 0)
      else cam.orbit(STEP_RAD, 0)
      break
    case 'ArrowUp':
      if (pan) cam.pan(0, PAN_FRACTION)
      else cam.orbit(0, -STEP_RAD)
      break
    case 'ArrowDown':
      if (pan) cam.pan(0, -PAN_FRACTION)
      else cam.orbit(0, STEP_RAD)
      break
    case '+':
    case '=':
      cam.zoom(ZOOM_IN)
      break
    case '-':
    case '_':
      cam.zoom(1 / ZOOM_IN)
      break
    case 'f':
    case 'F':
      useViewer.getState().frameSelection()
      break
    case 'Escape':
      useViewer.getState().select(null)
      break
    default:
      return
  }
  e.preventDefault()
}

export default function Viewport(): React.JSX.Element {
  const labels = useLabelElements()
  const lost = useViewer((s) => s.webglLost)
  return (
    <div
      className="viewport"
      tabIndex={0}
      role="group"
      aria-roledescription="3D view"
      aria-label="3D view of the body"
      aria-describedby="viewport-help"
      onKeyDown={onKey}
    >
      <Canvas
        frameloop="demand"
        dpr={[1, 1.5]}
        camera={{ fov: DEFAULT_FOV_DEG, near: 0.02, far: 60, position: [0, 0.9, 4] }}
        gl={{ antialias: true, powerPreference: 'high-performance' }}
      >
        <SceneContent labels={labels} />
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
