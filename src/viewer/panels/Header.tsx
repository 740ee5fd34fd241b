// The top bar: the app's name, the mode switch (Study / Patient / Present), "Open model…", "Open atlas…" (and the way
// back to the built-in atlas once one is open) and the buttons
// that show or hide the side panels (drawers on a phone).
import { useRef } from 'react'
import { MODES, useViewer } from '../store'
import { describeLoadFailure } from '../../app/loadFailure'
import { openModelFile } from './openModel'

/** The steps of "Open atlas…" (../atlasOpen.ts) load on first use; when they cannot be downloaded, the user is told. */
function withAtlasSteps(run: (steps: typeof import('../atlasOpen')) => Promise<void>, failed: string): void {
  import('../atlasOpen').then(run, (err: unknown) =>
    useViewer
      .getState()
      .notify('error', `${failed} ${describeLoadFailure('opening an atlas', err).message} The atlas on screen is unchanged.`),
  )
}

export interface HeaderProps {
  leftOpen: boolean
  rightOpen: boolean
  onToggleLeft(): void
  onToggleRight(): void
}

export function Header({ leftOpen, rightOpen, onToggleLeft, onToggleRight }: HeaderProps): React.JSX.Element {
  const mode = useViewer((s) => s.mode)
  const setMode = useViewer((s) => s.setMode)
  const modelLabel = useViewer((s) => s.modelLabel)
  const lessonDockOpen = useViewer((s) => s.lessonDockOpen && s.mode !== 'present')
  const fileInput = useRef<HTMLInputElement>(null)
  const atlasInput = useRef<HTMLInputElement>(null)
  const openedAtlas = useViewer((s) => s.openedAtlasFile)
  return (
    <header className="app-header">
      <button type="button" className="panel-toggle" aria-expanded={leftOpen} aria-controls="left-panel" onClick={onToggleLeft}>
        Structures
      </button>
      <div className="brand">
        <svg viewBox="0 0 32 32" width="26" height="26" aria-hidden="true">
          <circle cx="16" cy="16" r="14" fill="#c0392b" />
          <circle cx="16" cy="16" r="8" fill="none" stroke="#fff" strokeWidth="2.5" />
          <circle cx="16" cy="16" r="3" fill="#fff" />
        </svg>
        <h1>Trigger Point Atlas</h1>
        <span className="model-label" title={modelLabel}>
          {modelLabel}
        </span>
      </div>
      <fieldset className="mode-switch">
        <legend className="visually-hidden">Mode</legend>
        {MODES.map((m) => (
          <label key={m.id} className={mode === m.id ? 'active' : undefined}>
            <input type="radio" name="mode" value={m.id} checked={mode === m.id} onChange={() => setMode(m.id)} />
            {m.label}
          </label>
        ))}
      </fieldset>
      <div className="header-actions">
        <button
          type="button"
          className="lessons-toggle"
          aria-expanded={lessonDockOpen}
          onClick={() => {
            const s = useViewer.getState()
            if (s.mode === 'present') s.setMode('study')
            s.setLessonDockOpen(!lessonDockOpen)
          }}
        >
          Lessons
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
          Open model…
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".glb,model/gltf-binary"
          className="visually-hidden"
          tabIndex={-1}
          aria-label="Open model file (.glb)"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0]
            if (file) openModelFile(file)
            e.currentTarget.value = ''
          }}
        />
        <button type="button" data-open-atlas onClick={() => atlasInput.current?.click()}>
          Open atlas…
        </button>
        {openedAtlas && (
          <button
            type="button"
            aria-label="Back to the built-in atlas"
            title={`Close ${openedAtlas} and show the built-in atlas`}
            onClick={() => withAtlasSteps((steps) => steps.restoreBuiltInAtlas(), 'Could not go back to the built-in atlas.')}
          >
            Built-in atlas
          </button>
        )}
        <input
          ref={atlasInput}
          type="file"
          accept=".json,application/json"
          className="visually-hidden"
          tabIndex={-1}
          aria-label="Open atlas file (.json)"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0]
            if (file) withAtlasSteps((steps) => steps.pickAtlasFile(file), `Could not open "${file.name}".`)
            e.currentTarget.value = ''
          }}
        />
        <button type="button" className="panel-toggle" aria-expanded={rightOpen} aria-controls="right-panel" onClick={onToggleRight}>
          Details
        </button>
      </div>
    </header>
  )
}
