// Entry point: starts downloading the built-in body at once (before the 3D code has loaded), applies a deep
// link, and mounts the app.
import { lazy, StrictMode, Suspense } from 'react'
import { createRoot } from 'react-dom/client'
import bodyUrl from '../models/body.glb?url'
import { App } from './viewer/App'
import { requestBody } from './viewer/bodySource'
import { probeGraphics } from './viewer/graphicsProbe'
import { fetchWithProgress } from './viewer/scene/fetchProgress'
import { useViewer } from './viewer/store'
import { startUrlSync } from './viewer/urlSync'
import { startAtlasEnrichment } from './viewer/atlasEntry'
import { installSceneStateHooks } from './viewer/debugHooks'
import './viewer/styles.css'
import { hasLessonFragment } from './lessons/lessonLimits'

const SpeakerNotesPage = lazy(() => import('./features/lessons/SpeakerNotes').then((m) => ({ default: m.SpeakerNotes })))

// The speaker-notes window of a presented lesson is its own small page: no body, no link handling.
const speakerNotes = new URLSearchParams(window.location.search).has('speaker-notes')
const webgl = !speakerNotes && probeGraphics().webgl
// A link is applied before the app mounts (its reader loads only when there is one).
const linkApplied: Promise<unknown> = speakerNotes ? Promise.resolve() : startUrlSync()
installSceneStateHooks()
if (!speakerNotes) startAtlasEnrichment()
// A link that carries a whole lesson (#lesson=…) opens it; its code loads only then.
if (!speakerNotes && hasLessonFragment(window.location.hash))
  void import('./features/lessons/openFromLink').then((m) => m.openLessonFromLink())
if (webgl) {
  // Move the bar in 2% steps: a re-render per network chunk would slow the download on a busy machine.
  let shownPct = -1
  requestBody({
    label: 'Built-in body',
    builtin: true,
    bytes: fetchWithProgress(bodyUrl, (fraction) => {
      const pct = fraction === null ? null : Math.floor(fraction * 50) * 2
      if (pct !== null && pct === shownPct) return
      shownPct = pct ?? -1
      useViewer.getState().setLoad({ phase: 'loading', fraction: pct === null ? null : pct / 100, what: 'Loading the body model' })
    }),
  })
}

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
const mount = (): void =>
  createRoot(root).render(
    <StrictMode>
      {speakerNotes ? (
        <Suspense fallback={null}>
          <SpeakerNotesPage />
        </Suspense>
      ) : (
        <App webgl={webgl} />
      )}
    </StrictMode>,
  )
void linkApplied.then(mount, mount)
