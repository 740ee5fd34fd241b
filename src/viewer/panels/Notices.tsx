// Friendly messages (a link that could not be fully applied, a file that could not be opened), shown as
// plain text and dismissable. Errors are announced at once; the rest politely (with them, the service
// worker's "works offline" and "Reload to update"). A notice may list its details (each problem of a link),
// folded away when there are many.
import { LazySlot } from '../../app/LazySlot'
import { lazyPart } from '../../app/lazyPart'
import { useViewer, type Notice } from '../store'

// The service worker's registration and its notes load after the app, not in the first chunk.
const UpdatePrompt = lazyPart(() => import('../../app/UpdatePrompt').then((m) => m.UpdatePrompt))
// The report of an opened atlas file loads with its first report.
const AtlasReportNotice = lazyPart(() => import('./OpenAtlas').then((m) => m.AtlasReportNotice))

function NoticeItem({ notice, onDismiss }: { notice: Notice; onDismiss: () => void }): React.JSX.Element {
  const list = notice.details?.length ? (
    <ul className="notice-details">
      {notice.details.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  ) : null
  return (
    <div className={`notice notice-${notice.tone}`}>
      <div className="notice-body">
        <p>{notice.text}</p>
        {list && notice.folded ? (
          <details>
            <summary>Show what could not be used</summary>
            {list}
          </details>
        ) : (
          list
        )}
      </div>
      <button type="button" onClick={onDismiss} aria-label="Dismiss message">
        ×
      </button>
    </div>
  )
}

export function Notices(): React.JSX.Element {
  const notices = useViewer((s) => s.notices)
  const dismiss = useViewer((s) => s.dismissNotice)
  const atlasReport = useViewer((s) => s.atlasReport !== null)
  return (
    <div className="notices">
      <div role="status" aria-live="polite">
        {atlasReport && (
          <LazySlot part="the atlas report">
            <AtlasReportNotice />
          </LazySlot>
        )}
        <LazySlot part="offline use and updates">
          <UpdatePrompt />
        </LazySlot>
        {notices
          .filter((n) => n.tone !== 'error')
          .map((n) => (
            <NoticeItem key={n.id} notice={n} onDismiss={() => dismiss(n.id)} />
          ))}
      </div>
      {notices.some((n) => n.tone === 'error') && (
        <div role="alert">
          {notices
            .filter((n) => n.tone === 'error')
            .map((n) => (
              <NoticeItem key={n.id} notice={n} onDismiss={() => dismiss(n.id)} />
            ))}
        </div>
      )}
    </div>
  )
}
