// The page's shell: applies a deep link, opens a lesson carried in the link and mounts the app. Loaded by main.tsx
// once the body's and the 3D code's requests are out (index.html preloads this chunk beside the entry).
import { lazy, StrictMode, Suspense } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from '../viewer/App'
import { startUrlSync } from '../viewer/urlSync'
import { startAtlasEnrichment } from '../viewer/atlasEntry'
import { installSceneStateHooks } from '../viewer/debugHooks'
import '../viewer/styles.css'
import { hasLessonFragment } from '../lessons/lessonLimits'

const SpeakerNotesPage = lazy(() => import('../features/lessons/SpeakerNotes').then((m) => ({ default: m.SpeakerNotes })))

export function mountApp({ speakerNotes, webgl }: { speakerNotes: boolean; webgl: boolean }): void {
  // A link is applied before the app mounts (its reader loads only when there is one).
  const linkApplied: Promise<unknown> = speakerNotes ? Promise.resolve() : startUrlSync()
  installSceneStateHooks()
  if (!speakerNotes) startAtlasEnrichment()
  // A link that carries a whole lesson (#lesson=…) opens it; its code loads only then.
  if (!speakerNotes && hasLessonFragment(window.location.hash))
    void import('../features/lessons/openFromLink').then((m) => m.openLessonFromLink())

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
}
