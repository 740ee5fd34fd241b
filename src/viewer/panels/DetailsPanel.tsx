// The right-hand panel: tabs (Details now; trigger points and needling join later) and the "Details" region
// for the selection: name, Latin name, side, layer, and from the atlas origin, insertion, innervation with
// roots and action, with the source ids they rest on.
import { useEffect, useState } from 'react'
import { LAYERS } from '../layers'
import { useViewer, type StructureRecord } from '../store'
import type { Muscle } from '../../atlas/schema'
import { loadAtlas } from '../atlasEntry'

type AtlasLookup = { status: 'absent' } | { status: 'ok'; muscle: Muscle } | { status: 'invalid'; message: string }

const KIND_WORD: Record<StructureRecord['kind'], string> = {
  muscle: 'Muscle',
  bone: 'Bone',
  organ: 'Organ',
  danger: 'Danger structure',
  skin: 'Skin',
  landmark: 'Landmark',
}

const EVIDENCE_WORD = {
  verified: 'checked against a source',
  secondary: 'from a secondary source only',
  unconfirmed: 'not yet checked against a source',
} as const

/** The tabs of the right-hand panel; later features add theirs here. */
const TABS = [{ id: 'details', label: 'Details' }] as const

function useAtlas(rec: StructureRecord | undefined): AtlasLookup | 'loading' | null {
  const [state, setState] = useState<{ id: string; result: AtlasLookup } | null>(null)
  const id = rec?.kind === 'muscle' ? rec.id : null
  useEffect(() => {
    if (!id) return
    let live = true
    loadAtlas().then(
      ({ atlas }) => {
        const muscle = atlas.muscles.find((m) => m.id === id)
        if (live) setState({ id, result: muscle ? { status: 'ok', muscle } : { status: 'absent' } })
      },
      (err: unknown) => {
        if (live) setState({ id, result: { status: 'invalid', message: `the atlas could not be loaded (${String(err)})` } })
      },
    )
    return () => {
      live = false
    }
  }, [id])
  if (!id) return null
  return state?.id === id ? state.result : 'loading'
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
        <p className="muted">The atlas has no entry for this muscle yet.</p>
      )}
      {atlas && atlas !== 'loading' && atlas.status === 'invalid' && (
        <p className="error-text">The atlas entry could not be used: {atlas.message}</p>
      )}
      {muscle && (
        <>
          <dl className="facts">
            <dt>Origin</dt>
            <dd>{muscle.origin}</dd>
            <dt>Insertion</dt>
            <dd>{muscle.insertion}</dd>
            <dt>Innervation</dt>
            <dd>
              {muscle.innervation.nerve} <span className="roots">({muscle.innervation.roots})</span>
              {muscle.innervation.note && <span className="note"> {muscle.innervation.note}</span>}
            </dd>
            <dt>Action</dt>
            <dd>{muscle.action}</dd>
          </dl>
          {muscle.synonyms.length > 0 && <p className="muted">Also called: {muscle.synonyms.join(', ')}</p>}
          <p className="sources">
            Anatomy {EVIDENCE_WORD[muscle.anatomyEvidence]}. Sources: {muscle.sources.join(', ')}.
          </p>
        </>
      )}
    </article>
  )
}

export function DetailsPanel(): React.JSX.Element {
  const rec = useViewer((s) => (s.selection ? s.structures.find((r) => r.nodeName === s.selection) : undefined))
  const [tab, setTab] = useState<(typeof TABS)[number]['id']>('details')
  return (
    <>
      <div role="tablist" aria-label="Panels" className="tabs">
        {TABS.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={`tabpanel-${t.id}`}
            onClick={() => setTab(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <section id="tabpanel-details" role="region" aria-label="Details" aria-live="polite" className="tabpanel">
        {rec ? (
          <StructureDetails rec={rec} />
        ) : (
          <p className="muted">Select a structure in the view or in the list to see its details.</p>
        )}
      </section>
    </>
  )
}
