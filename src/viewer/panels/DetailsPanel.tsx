// The right-hand panel: in study mode, tabs for Details, Trigger points, Needling (these two from src/features) and
// Quiz, all but Details loaded lazily; in patient mode, the patient's panel. The "Details" region shows the selection: name, Latin name, side, layer, and from the atlas origin, insertion, innervation with
// roots and action, with the source ids they rest on.
import { MODE_DEFINITIONS } from '../../modes/definitions'
import { useEffect, useState } from 'react'
import { LazySlot } from '../../app/LazySlot'
import { lazyPart } from '../../app/lazyPart'
import { LAYERS } from '../layers'
import { useViewer, type StructureRecord } from '../store'
import type { Muscle } from '../../atlas/schema'
import { loadAtlas, useAtlasVersion } from '../atlasEntry'
import { NeedlingTab, PatientPanel, TriggerPointsTab } from '../../features'
import { CONTEXT_MUSCLE_IDS } from '../../anatomy/ids'
import { evidenceInWords } from '../../atlas/evidence'

// The quiz loads when its tab is first opened, not with the app.
const QuizPanel = lazyPart(() => import('./QuizPanel').then((m) => m.QuizPanel))

type AtlasLookup = { status: 'absent' } | { status: 'ok'; muscle: Muscle } | { status: 'invalid'; message: string }

const KIND_WORD: Record<StructureRecord['kind'], string> = {
  muscle: 'Muscle',
  bone: 'Bone',
  organ: 'Organ',
  danger: 'Danger structure',
  skin: 'Skin',
  landmark: 'Landmark',
}

/** The tabs of the right-hand panel (names matter: the features' browser specs click them by name). */
const TABS = [
  { id: 'details', label: 'Details' },
  { id: 'trigger-points', label: 'Trigger points' },
  { id: 'needling', label: 'Needling' },
  { id: 'quiz', label: 'Quiz' },
] as const

function useAtlas(rec: StructureRecord | undefined): AtlasLookup | 'loading' | null {
  const [state, setState] = useState<{ id: string; version: number; result: AtlasLookup } | null>(null)
  const id = rec?.kind === 'muscle' ? rec.id : null
  const version = useAtlasVersion()
  useEffect(() => {
    if (!id) return
    let live = true
    loadAtlas().then(
      ({ atlas }) => {
        const muscle = atlas.muscles.find((m) => m.id === id)
        if (live) setState({ id, version, result: muscle ? { status: 'ok', muscle } : { status: 'absent' } })
      },
      (err: unknown) => {
        if (live) setState({ id, version, result: { status: 'invalid', message: `the atlas could not be loaded (${String(err)})` } })
      },
    )
    return () => {
      live = false
    }
  }, [id, version])
  if (!id) return null
  return state?.id === id && state.version === version ? state.result : 'loading'
}

function StructureDetails({ rec }: { rec: StructureRecord }): React.JSX.Element {
  const patient = useViewer((s) => s.mode === 'patient')
  const atlas = useAtlas(rec)
  const layer = rec.layer ? LAYERS.find((l) => l.id === rec.layer)?.label : undefined
  const muscle = atlas && atlas !== 'loading' && atlas.status === 'ok' ? atlas.muscle : null
  const latin = muscle?.latin ?? rec.latin
  return (
    <article className="details">
      <h2>{rec.label}</h2>
      {latin && !patient && (
        <p className="latin" lang="la">
          {latin}
        </p>
      )}
      <p className="meta">
        {KIND_WORD[rec.kind]}
        {layer ? ` · ${layer}` : ''}
        {rec.side !== 'midline' ? ` · ${rec.side} side` : ''}
      </p>
      {atlas === 'loading' && <p className="muted">Loading the atlas entry…</p>}
      {atlas && atlas !== 'loading' && atlas.status === 'absent' && (
        <p className="muted">
          {CONTEXT_MUSCLE_IDS.includes(rec.id)
            ? 'Shown for orientation only: this atlas has no entry and no trigger points for this muscle.'
            : 'The atlas has no entry for this muscle yet.'}
        </p>
      )}
      {atlas && atlas !== 'loading' && atlas.status === 'invalid' && (
        <p className="error-text">The atlas entry could not be used: {atlas.message}</p>
      )}
      {muscle && (
        <>
          {muscle.name !== rec.name && <p className="muted">Named in this atlas: {muscle.name}</p>}
          <dl className="facts">
            <dt>Origin</dt>
            <dd>{muscle.origin}</dd>
            <dt>Insertion</dt>
            <dd>{muscle.insertion}</dd>
            <dt>Innervation</dt>
            <dd>
              {muscle.innervation.nerve} <span className="roots">({muscle.innervation.roots})</span>
              {muscle.innervation.note && <span className="note">{muscle.innervation.note}</span>}
            </dd>
            <dt>Action</dt>
            <dd>{muscle.action}</dd>
          </dl>
          {muscle.synonyms.length > 0 && <p className="muted">Also called: {muscle.synonyms.join(', ')}</p>}
          <p className="sources">
            Anatomy: <span data-testid="anatomy-evidence">{evidenceInWords(muscle.anatomyEvidence)}</span>. Sources:{' '}
            {muscle.sources.join(', ')}.
          </p>
        </>
      )}
    </article>
  )
}

export function DetailsPanel(): React.JSX.Element {
  const patient = useViewer((s) => MODE_DEFINITIONS[s.mode].sidePanel === 'patient')
  if (patient) return <PatientPanel />
  return <StudyPanels />
}

function StudyPanels(): React.JSX.Element {
  const rec = useViewer((s) => (s.selection ? s.structures.find((r) => r.nodeName === s.selection) : undefined))
  // The needle simulator is open exactly while its tab is shown: a scene state that opens or closes it (a link, a
  // lesson step) turns to or away from the tab.
  const needleOpen = useViewer((s) => s.needleActive)
  const [tab, setTab] = useState<(typeof TABS)[number]['id']>(() => (needleOpen ? 'needling' : 'details'))
  useEffect(() => {
    if (needleOpen) setTab('needling')
    else setTab((current) => (current === 'needling' ? 'details' : current))
  }, [needleOpen])
  return (
    <>
      <div
        role="tablist"
        aria-label="Panels"
        className="tabs"
        onKeyDown={(e) => {
          const i = TABS.findIndex((t) => t.id === tab)
          const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0
          if (!step) return
          e.preventDefault()
          const next = TABS[(i + step + TABS.length) % TABS.length]
          if (!next) return
          setTab(next.id)
          document.getElementById(`tab-${next.id}`)?.focus()
        }}
      >
        {TABS.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={`tabpanel-${t.id}`}
            tabIndex={tab === t.id ? 0 : -1}
            onClick={() => setTab(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <section id="tabpanel-details" role="region" aria-label="Details" aria-live="polite" className="tabpanel" hidden={tab !== 'details'}>
        {rec ? <StructureDetails rec={rec} /> : <p className="muted">Select a structure in the view or in the list to see its details.</p>}
      </section>
      {tab === 'trigger-points' && (
        <section id="tabpanel-trigger-points" role="tabpanel" aria-labelledby="tab-trigger-points" className="tabpanel">
          <TriggerPointsTab />
        </section>
      )}
      {/* The needle simulator runs only while its tab is shown (it turns the needle on when mounted). */}
      {tab === 'needling' && (
        <section id="tabpanel-needling" role="tabpanel" aria-labelledby="tab-needling" className="tabpanel">
          <NeedlingTab />
        </section>
      )}
      {tab === 'quiz' && (
        <section id="tabpanel-quiz" role="tabpanel" aria-labelledby="tab-quiz" className="tabpanel">
          <LazySlot part="the quiz" loading={<p className="muted">Loading the quiz…</p>}>
            <QuizPanel />
          </LazySlot>
        </section>
      )}
    </>
  )
}
