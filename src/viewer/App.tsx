// The application frame: header, left panel (search, list, layers), the 3D view with its toolbar, the
// right panel (Details), notices, loading and error screens, drag-and-drop of a .glb.
import { useEffect, useRef, useState } from 'react'
import { LazySlot } from '../app/LazySlot'
import { PartFailureNotices } from '../app/PartFailureNotices'
import { lazyPart } from '../app/lazyPart'
import { startedPart } from '../app/startedPart'
import { LessonDock, LessonPresenter } from '../features'
import { MODE_DEFINITIONS } from '../modes/definitions'
import { useViewer } from './store'
import { Header } from './panels/Header'
import { Toolbar } from './panels/Toolbar'
import { Notices } from './panels/Notices'
import { loadViewport } from './viewportModule'
import { LoadingBar, ModelErrorScreen, NoWebglScreen } from './panels/StatusScreens'
import { openModelFile } from './panels/openModel'

// Its own error boundary: if three.js cannot be downloaded or the scene throws, the rest stays usable.
const Viewport = startedPart(loadViewport)
// The structure list, the layers and the side panel load after the body is drawn (see panelsStarted below): the list
// mirrors the loaded body, and nothing can be selected or peeled before the body is drawn.
const StructureBrowser = lazyPart(() => import('./panels/StructureBrowser').then((m) => m.StructureBrowser))
const DetailsPanel = lazyPart(() => import('./panels/DetailsPanel').then((m) => m.DetailsPanel))
// The layer switches and the body's choice come with them: before the body is drawn there is nothing to peel.
const LayersPanel = lazyPart(() => import('./panels/LayersPanel').then((m) => m.LayersPanel))
const OpenAtlasChoice = lazyPart(() => import('./panels/OpenAtlas').then((m) => m.OpenAtlasChoice))

// data-loading-part marks a panel still on its way (tests wait until none is left).
const LIST_LOADING = (
  <p className="muted" data-loading-part="">
    Loading the structure list…
  </p>
)
const LAYERS_LOADING = (
  <p className="muted" data-loading-part="">
    Loading the layers…
  </p>
)
const DETAILS_LOADING = (
  <p className="muted" data-loading-part="">
    Loading the details panel…
  </p>
)

const NARROW_PX = 900
const isNarrow = (): boolean => window.innerWidth < NARROW_PX

export interface AppProps {
  webgl: boolean
}

export function App({ webgl }: AppProps): React.JSX.Element {
  // Only the phase and an error's message: the download's progress re-renders the loading bar, not the whole app.
  const loadPhase = useViewer((s) => s.load.phase)
  const loadError = useViewer((s) => (s.load.phase === 'error' ? s.load.message : ''))
  const mode = useViewer((s) => s.mode)
  const lessonDockOpen = useViewer((s) => s.lessonDockOpen && s.mode !== 'present')
  const presentingLesson = useViewer((s) => s.mode === 'present' && s.lessonHistory !== null)
  const [leftOpen, setLeftOpen] = useState(() => !isNarrow() && MODE_DEFINITIONS[mode].panels.structures)
  const [rightOpen, setRightOpen] = useState(() => !isNarrow() && MODE_DEFINITIONS[mode].panels.side)
  const [dragging, setDragging] = useState(false)
  const atlasChoiceOpen = useViewer((s) => s.atlasFilePending !== null)
  // Their code loads once the body is drawn (or cannot be), so it never competes with the first frame; they stay when
  // another model is opened.
  const [panelsStarted, setPanelsStarted] = useState(false)
  if (!panelsStarted && (!webgl || loadPhase !== 'loading')) setPanelsStarted(true)
  // Each mode opens its panels (src/modes/definitions.ts): present clears the stage for a projector, patient opens
  // its panel with the study list folded (Structures opens it), study restores both. A phone keeps them as drawers.
  const previousMode = useRef(mode)
  useEffect(() => {
    if (previousMode.current === mode) return
    previousMode.current = mode
    const { panels } = MODE_DEFINITIONS[mode]
    const narrow = isNarrow()
    setLeftOpen(panels.structures && !narrow)
    setRightOpen(panels.side && (!narrow || mode === 'patient'))
  }, [mode])
  const hasFiles = (e: React.DragEvent): boolean => Array.from(e.dataTransfer.types).includes('Files')

  return (
    <div
      className={`app mode-${mode}${leftOpen ? ' left-open' : ''}${rightOpen ? ' right-open' : ''}${lessonDockOpen ? ' lesson-dock-open' : ''}${presentingLesson ? ' presenting-lesson' : ''}`}
      onDragOver={(e) => {
        if (!hasFiles(e)) return
        e.preventDefault()
        setDragging(true)
      }}
      onDragLeave={(e) => {
        if (e.currentTarget === e.target) setDragging(false)
      }}
      onDrop={(e) => {
        if (!hasFiles(e)) return
        e.preventDefault()
        setDragging(false)
        const file = e.dataTransfer.files[0]
        if (file) openModelFile(file)
      }}
    >
      {/* The search lives in the left panel, folded away on a phone and in patient and present modes: the
          link unfolds it first, so it never points at something hidden. */}
      <a
        className="skip-link"
        href="#structure-search"
        onClick={(e) => {
          if (leftOpen) return
          e.preventDefault()
          setLeftOpen(true)
          requestAnimationFrame(() => document.getElementById('structure-search')?.focus())
        }}
      >
        Skip to search
      </a>
      <Header
        leftOpen={leftOpen}
        rightOpen={rightOpen}
        onToggleLeft={() => setLeftOpen((v) => !v)}
        onToggleRight={() => setRightOpen((v) => !v)}
      />
      <aside id="left-panel" className="side left" aria-label="Structures and layers" hidden={!leftOpen}>
        <LazySlot part="the structure list" loading={LIST_LOADING}>
          {panelsStarted ? <StructureBrowser onChosen={() => isNarrow() && setLeftOpen(false)} /> : LIST_LOADING}
        </LazySlot>
        <LazySlot part="the layers" loading={LAYERS_LOADING}>
          {panelsStarted ? <LayersPanel /> : LAYERS_LOADING}
        </LazySlot>
      </aside>
      <main className="stage" aria-label="Body">
        {!webgl ? (
          <NoWebglScreen />
        ) : loadPhase === 'error' ? (
          <ModelErrorScreen message={loadError} />
        ) : (
          <>
            <LazySlot part="the 3D view" className="status-screen">
              <Viewport />
            </LazySlot>
            <Toolbar />
            <LoadingBar />
            {lessonDockOpen ? <LessonDock /> : null}
            {presentingLesson ? <LessonPresenter /> : null}
          </>
        )}
        <Notices />
        <PartFailureNotices />
        {atlasChoiceOpen && (
          <LazySlot part="the Open atlas choice">
            <OpenAtlasChoice />
          </LazySlot>
        )}
        {dragging && (
          <div className="drop-hint" aria-hidden="true">
            Drop a .glb file to open it
          </div>
        )}
      </main>
      <aside id="right-panel" className="side right" aria-label="Selection" hidden={!rightOpen}>
        <LazySlot part="the details panel" loading={DETAILS_LOADING}>
          {panelsStarted ? <DetailsPanel /> : DETAILS_LOADING}
        </LazySlot>
      </aside>
    </div>
  )
}
