// "Open atlas…" UI: the choice between adding the instructor's file to the built-in atlas or replacing its
// muscles, and the report after loading (summary, then one plain-text line per fault). Logic lives in
// ../atlasOpen.ts and src/atlas/openFile.ts; these components only show state and forward clicks. They load only when
// there is something to show (App.tsx, Notices.tsx).
import { useEffect, useRef } from 'react'
import { applyPendingAtlas, cancelPendingAtlas, dismissAtlasReport } from '../atlasOpen'
import { useViewer } from '../store'

/** Tab and Shift+Tab cycle through the dialog's buttons instead of leaving it (it is modal). */
function keepFocusInside(e: React.KeyboardEvent<HTMLElement>): void {
  const buttons = Array.from(e.currentTarget.querySelectorAll<HTMLButtonElement>('button:not([disabled])'))
  const first = buttons[0]
  const last = buttons[buttons.length - 1]
  if (!first || !last) return
  if (e.shiftKey && document.activeElement === first) {
    e.preventDefault()
    last.focus()
  } else if (!e.shiftKey && document.activeElement === last) {
    e.preventDefault()
    first.focus()
  }
}

export function OpenAtlasChoice(): React.JSX.Element | null {
  const pending = useViewer((s) => s.atlasFilePending)
  const first = useRef<HTMLButtonElement>(null)
  // Mounted while a file waits for the choice (App.tsx): the first button takes the keyboard, and closing the choice
  // hands it back to the button that opened it.
  useEffect(() => {
    first.current?.focus()
    return () => document.querySelector<HTMLButtonElement>('button[data-open-atlas]')?.focus()
  }, [])
  if (!pending) return null
  return (
    <div
      className="atlas-choice"
      role="dialog"
      aria-modal="true"
      aria-labelledby="atlas-choice-title"
      onKeyDown={(e) => {
        if (e.key === 'Escape') cancelPendingAtlas()
        if (e.key === 'Tab') keepFocusInside(e)
      }}
    >
      <h2 id="atlas-choice-title">Open atlas “{pending.name}”</h2>
      <p>Use its muscles together with the built-in atlas, or show only its muscles?</p>
      <div className="atlas-choice-buttons">
        <button ref={first} type="button" onClick={() => void applyPendingAtlas('add')}>
          Add to the built-in atlas
        </button>
        <button type="button" onClick={() => void applyPendingAtlas('replace')}>
          Replace the built-in muscles
        </button>
        <button type="button" onClick={cancelPendingAtlas}>
          Cancel
        </button>
      </div>
    </div>
  )
}

/** Shown inside the notices' status region, so it is announced politely. */
export function AtlasReportNotice(): React.JSX.Element | null {
  const report = useViewer((s) => s.atlasReport)
  if (!report) return null
  return (
    <div className={`notice atlas-report ${report.faultLines.length > 0 ? 'notice-warning' : ''}`}>
      <div className="atlas-report-body">
        <p>{report.summary}</p>
        {report.faultLines.length > 0 && (
          <ul aria-label="Atlas faults" className="atlas-faults">
            {report.faultLines.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        )}
      </div>
      <button type="button" onClick={dismissAtlasReport} aria-label="Dismiss atlas report">
        ×
      </button>
    </div>
  )
}
