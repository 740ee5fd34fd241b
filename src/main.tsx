// Entry point: starts downloading the chosen built-in body at once (before the 3D code has loaded), applies a deep
// link, and mounts the app.
import { lazy, StrictMode, Suspense } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './viewer/App'
import { startBuiltInBody } from './viewer/bodyChoice'
import { loadViewport } from './viewer/viewportModule'
import { subscribeBody } from './viewer/bodySource'
import { probeGraphics } from './viewer/graphicsProbe'
import { startUrlSync } from './viewer/urlSync'
import { startAtlasEnrichment } from './viewer/atlasEntry'
import { installSceneStateHooks } from './viewer/debugHooks'
import './viewer/styles.css'
import { hasLessonFragment } from './lessons/lessonLimits'

const SpeakerNotesPage = lazy(() => import('./features/lessons/SpeakerNotes').then((m) => ({ default: m.SpeakerNotes })))

// The query as the page opened (the link's sync rewrites the address bar to what it applied).
const openedWith = window.location.search
// The speaker-notes window of a presented lesson is its own small page: no body, no link handling.
const speakerNotes = new URLSearchParams(openedWith).has('speaker-notes')
const webgl = !speakerNotes && probeGraphics().webgl
// A link is applied before the app mounts (its reader loads only when there is one).
const linkApplied: Promise<unknown> = speakerNotes ? Promise.resolve() : startUrlSync()
installSceneStateHooks()
if (!speakerNotes) startAtlasEnrichment()
// A link that carries a whole lesson (#lesson=…) opens it; its code loads only then.
if (!speakerNotes && hasLessonFragment(window.location.hash))
  void import('./features/lessons/openFromLink').then((m) => m.openLessonFromLink())
if (webgl) {
  startBuiltInBody(openedWith)
  // the view's code too, so its canvas can be made while the body downloads (viewportModule.ts)
  loadViewport().catch(() => undefined)
  // Each requested body is parsed as soon as its bytes and the 3D code are in, not once the view has mounted and
  // subscribed. The view asks again when it mounts and gets the same result; a failed import is reported by the
  // view's own import.
  void import('./viewer/scene/bodyPreparation')
    .then(({ prepareRequest }) => subscribeBody((req) => void prepareRequest(req)))
    .catch(() => undefined)
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
