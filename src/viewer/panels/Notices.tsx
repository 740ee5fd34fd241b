// Friendly messages (a link that could not be fully applied, a file that could not be opened), shown as
// plain text and dismissable. Errors are announced at once; the rest politely (with them, the service
// worker's "works offline" and "Reload to update").
import { UpdatePrompt } from '../../app/UpdatePrompt'
import { useViewer } from '../store'
import { AtlasReportNotice } from './OpenAtlas'

export function Notices(): React.JSX.Element {
  const notices = useViewer((s) => s.notices)
  const dismiss = useViewer((s) => s.dismissNotice)
  return (
    <div className="notices">
      <div role="status" aria-live="polite">
        <AtlasReportNotice />
        <UpdatePrompt />
        {notices
          .filter((n) => n.tone !== 'error')
          .map((n) => (
            <div key={n.id} className={`notice notice-${n.tone}`}>
              <p>{n.text}</p>
              <button type="button" onClick={() => dismiss(n.id)} aria-label="Dismiss message">
                ×
              </button>
            </div>
          ))}
      </div>
      {notices.some((n) => n.tone === 'error') && (
      <div role="alert">
        {notices
          .filter((n) => n.tone === 'error')
          .map((n) => (
            <div key={n.id} className="notice notice-error">
              <p>{n.text}</p>
              <button type="button" onClick={() => dismiss(n.id)} aria-label="Dismiss message">
                ×
              </button>
            </div>
          ))}
      </div>
      )}
    </div>
  )
}
