// What the user sees instead of the body: the loading bar, and the screens that explain what to do when the
// model cannot load or the browser has no WebGL.
import { useViewer } from '../store'

export function LoadingBar(): React.JSX.Element | null {
  const load = useViewer((s) => s.load)
  if (load.phase !== 'loading') return null
  const pct = load.fraction === null ? undefined : Math.round(load.fraction * 100)
  return (
    <div className="loading">
      <p id="loading-label">
        {load.what}
        {pct !== undefined ? ` (${pct}%)` : '…'}
      </p>
      <div
        className="progress"
        role="progressbar"
        aria-labelledby="loading-label"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={pct}
      >
        <div className={pct === undefined ? 'bar indeterminate' : 'bar'} style={{ width: `${pct ?? 30}%` }} />
      </div>
    </div>
  )
}

export function ModelErrorScreen({ message }: { message: string }): React.JSX.Element {
  return (
    <div className="status-screen" role="alert">
      <h2>The body model could not be loaded</h2>
      <p>Reason: {message}.</p>
      <p>
        Check your connection and reload the page. If you started the app yourself, run <code>npm start</code> in the project folder and
        open the address it prints; opening <code>index.html</code> straight from disk does not work.
      </p>
      <button type="button" onClick={() => window.location.reload()}>
        Try again
      </button>
    </div>
  )
}

export function NoWebglScreen(): React.JSX.Element {
  return (
    <div className="status-screen" role="alert">
      <h2>This browser cannot show the 3D body</h2>
      <p>The atlas draws the body with WebGL, and this browser did not provide it.</p>
      <ul>
        <li>
          Turn on hardware acceleration (in Chrome and Edge: Settings → System → “Use graphics acceleration when available”), then restart
          the browser.
        </li>
        <li>Update the browser and the graphics driver.</li>
        <li>Or open the atlas in a current Chrome, Edge, Firefox or Safari.</li>
      </ul>
    </div>
  )
}
