// Buttons over the 3D view: the named views with "Reset view", and the actions on the selection
// (frame, isolate, hide, show all).
import { VIEWS } from '../views'
import { useViewer } from '../store'

export function Toolbar(): React.JSX.Element {
  const requestView = useViewer((s) => s.requestView)
  const hasSelection = useViewer((s) => s.selection !== null)
  const anythingHidden = useViewer((s) => s.hidden.length > 0 || s.isolated !== null)
  const { frameSelection, isolateSelection, hideSelection, showAll } = useViewer.getState()
  return (
    <>
      <div className="toolbar">
        <div role="toolbar" aria-label="Views" className="button-group">
          {VIEWS.map((v) => (
            <button key={v.id} type="button" onClick={() => requestView(v.id)}>
              {v.label}
            </button>
          ))}
          <button type="button" onClick={() => requestView(null)}>
            Reset view
          </button>
        </div>
      </div>
      <div className="toolbar selection-bar">
        <div role="toolbar" aria-label="Selection" className="button-group">
          <button type="button" disabled={!hasSelection} onClick={frameSelection}>
            Frame selection
          </button>
          <button type="button" disabled={!hasSelection} onClick={isolateSelection}>
            Isolate
          </button>
          <button type="button" disabled={!hasSelection} onClick={hideSelection}>
            Hide
          </button>
          <button type="button" disabled={!anythingHidden} onClick={showAll}>
            Show all
          </button>
        </div>
      </div>
    </>
  )
}
