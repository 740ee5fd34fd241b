// Patient mode: paint where it hurts (or tap named regions), keep several named pain maps on this device,
// see which muscles' referral patterns may explain the pain, each with a one-line reason, and read what
// to expect from dry needling and what to tell the therapist. Plain language, big touch targets; the
// clinical detail is folded away. Education, not a diagnosis.
import { useEffect, useRef, useState, type ReactElement } from 'react'
import { useFeatureAtlas } from '../atlasData'
import { exportPainMaps, importPainMaps, painMapFileSizeProblem } from '../painMap/exportImport'
import { makePainMapId } from '../painMap/painMapFormat'
import { painMapBody, paintedOn } from '../painMap/painMapBody'
import { otherBodyNote, painMapFit } from '../painMap/painMapFit'
import { usePainMapPersistence } from '../painMap/usePainMapPersistence'
import { shownRankedMuscle, usePatientRanking } from '../patientRanking'
import { captureViewPng } from '../scene/capture'
import { useFeatureStore } from '../store'
import { afterNeedlingFlags, OTHER_CAUSES_LINE } from '../../atlas/redFlags'
import type { RankedMuscle } from '../../atlas/rank'
import { ContraindicationList } from './ContraindicationList'
import { RedFlagBox } from './RedFlagBox'
import { SourceList } from './SourceList'
import { ZoneLegend } from './ZoneLegend'
import { BodyChoice } from '../../viewer/panels/BodyChoice'
import { bodyFacing, namedViewPose } from '../../viewer/views'

const BRUSH_SIZES = [
  { label: 'Small brush', radiusM: 0.02 },
  { label: 'Medium brush', radiusM: 0.035 },
  { label: 'Large brush', radiusM: 0.06 },
]

/** A file with many broken maps lists the first few problems, not hundreds. */
const MAX_LISTED_IMPORT_ERRORS = 10

function download(name: string, href: string): void {
  const a = document.createElement('a')
  a.href = href
  a.download = name
  document.body.appendChild(a)
  a.click()
  a.remove()
}

export function PatientPanelContent(): ReactElement {
  const atlas = useFeatureAtlas()
  const actions = usePainMapPersistence()
  const { ranked, areas, redFlags } = usePatientRanking(atlas)
  const maps = useFeatureStore((s) => s.maps)
  const body = useFeatureStore((s) => s.body)
  const activeMapId = useFeatureStore((s) => s.activeMapId)
  const problems = useFeatureStore((s) => s.storageProblems)
  const brush = useFeatureStore((s) => s.brush)
  const painting = useFeatureStore((s) => s.painting)
  // The toggle shows the side the camera looks at (a shared link may open from behind or from the side): its resting
  // pose, or at a named view (where the store keeps no pose) that view's.
  const cameraPose = useFeatureStore((s) => s.cameraPose)
  const namedView = useFeatureStore((s) => s.view)
  const facing = bodyFacing(cameraPose ?? namedViewPose(namedView))
  const tapped = useFeatureStore((s) => s.tappedRegions)
  const shownId = useFeatureStore((s) => s.patientShownMuscleId)
  const bodySkinVertexCount = useFeatureStore((s) => s.skinVertexCount)
  const st = useFeatureStore.getState()
  const [newName, setNewName] = useState('')
  const [tapSide, setTapSide] = useState<'left' | 'right'>('right')
  const [importErrors, setImportErrors] = useState<string[]>([])
  const [importRefused, setImportRefused] = useState(false)
  const [png, setPng] = useState<string | null>(null)
  const fileRef = useRef<HTMLInputElement>(null)

  useEffect(() => () => useFeatureStore.getState().setPainting(false), [])

  const activeMap = maps.find((m) => m.id === activeMapId)
  const fit = activeMap ? painMapFit(activeMap, bodySkinVertexCount) : null
  const readOnly = fit?.kind === 'other-body'
  const shown = shownRankedMuscle({ ranked, areas }, shownId)
  const shownMuscle = shown ? atlas.muscleById.get(shown.muscleId) : undefined
  const shownTp = shownMuscle?.triggerPoints.find((t) => t.id === shown?.triggerPointId)

  const setView = (view: 'front' | 'back'): void => {
    st.setPatientView(view)
    st.requestView(view === 'front' ? 'anterior' : 'posterior')
  }

  const onImport = async (file: File): Promise<void> => {
    const tooLarge = painMapFileSizeProblem(file.size)
    setImportRefused(tooLarge !== null)
    if (tooLarge) {
      setImportErrors([tooLarge])
      return
    }
    const text = await file.text()
    const result = importPainMaps(text, new Set(useFeatureStore.getState().maps.map((m) => m.id)), makePainMapId)
    setImportErrors(result.errors)
    if (result.maps.length > 0) {
      await actions.addImported(result.maps)
    }
  }

  return (
    <div className="tpa-f tpa-f-patient" data-testid="patient-panel">
      <h2>Where does it hurt?</h2>
      <p className="tpa-f-note" role="note" data-testid="not-a-diagnosis">
        This is education, not a diagnosis. Only a health professional who examines you can tell where your pain comes from.
      </p>
      <div className="tpa-f-noprint">
        <BodyChoice legend="Body chart" />
      </div>
      {problems.length > 0 ? (
        <div className="tpa-f-error" role="alert" data-testid="storage-problems">
          <strong>
            {problems.length} saved pain map{problems.length === 1 ? '' : 's'} could not be read. Your other maps are loaded.
          </strong>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      ) : null}

      <section aria-label="Your pain maps" className="tpa-f-noprint">
        <h3>Your pain maps</h3>
        <p className="tpa-f-muted">Kept only in this browser, on this device. Nothing is sent anywhere.</p>
        <div className="tpa-f-row">
          <label htmlFor="tpa-f-map">Open pain map</label>
          <select id="tpa-f-map" value={activeMapId ?? ''} onChange={(e) => actions.openMap(e.target.value)} style={{ minHeight: 44 }}>
            {activeMapId ? null : <option value="">(none yet)</option>}
            {maps.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
                {m.version === 2 && !paintedOn(m, body) ? ` (on the ${painMapBody(m)} body)` : ''}
              </option>
            ))}
          </select>
          {activeMap ? (
            <button type="button" onClick={() => void actions.removeMap(activeMap.id)}>
              Delete this map
            </button>
          ) : null}
        </div>
        <div className="tpa-f-row">
          <input
            type="text"
            aria-label="Name of a new pain map"
            placeholder="e.g. Morning headache"
            value={newName}
            onChange={(e) => setNewName(e.target.value)}
            style={{ minHeight: 44 }}
          />
          <button
            type="button"
            onClick={() => {
              void actions.createMap(newName)
              setNewName('')
            }}
          >
            New map
          </button>
          {activeMap && !readOnly ? (
            <button
              type="button"
              disabled={!newName.trim()}
              onClick={() => void actions.renameMap(activeMap.id, newName).then(() => setNewName(''))}
            >
              Rename to this
            </button>
          ) : null}
        </div>
        {activeMap && fit?.kind === 'other-body' ? (
          <div className="tpa-f-note" role="note" aria-label="Read-only pain map" data-testid="read-only-map">
            <p style={{ fontWeight: 400, margin: '0 0 6px' }}>{otherBodyNote(activeMap, fit)}</p>
            <div className="tpa-f-row">
              <button type="button" onClick={() => void actions.copyToNewMap(activeMap.id)}>
                Copy its tapped areas into a new map
              </button>
              <button type="button" onClick={() => void actions.createMap('')}>
                Start a new map
              </button>
            </div>
          </div>
        ) : null}
      </section>

      <section aria-label="Paint your pain" className="tpa-f-noprint">
        <h3>Paint your pain</h3>
        <div className="tpa-f-row">
          <button
            type="button"
            disabled={readOnly}
            aria-pressed={painting && !brush.erase}
            onClick={() => {
              st.setBrush({ erase: false })
              st.setPainting(!(painting && !brush.erase))
            }}
          >
            Paint
          </button>
          <button
            type="button"
            disabled={readOnly}
            aria-pressed={painting && brush.erase}
            onClick={() => {
              st.setBrush({ erase: true })
              st.setPainting(!(painting && brush.erase))
            }}
          >
            Erase
          </button>
          <button type="button" aria-pressed={brush.mirror} onClick={() => st.setBrush({ mirror: !brush.mirror })}>
            Mirror to the other side
          </button>
          <button type="button" disabled={readOnly} onClick={actions.clearActive}>
            Clear all
          </button>
        </div>
        <div className="tpa-f-row" role="group" aria-label="Brush size">
          {BRUSH_SIZES.map((b) => (
            <button
              key={b.label}
              type="button"
              aria-pressed={Math.abs(brush.radiusM - b.radiusM) < 1e-6}
              onClick={() => st.setBrush({ radiusM: b.radiusM })}
            >
              {b.label}
            </button>
          ))}
        </div>
        <div className="tpa-f-row" role="group" aria-label="Turn the body">
          <button type="button" aria-pressed={facing === 'front'} onClick={() => setView('front')}>
            Front
          </button>
          <button type="button" aria-pressed={facing === 'back'} onClick={() => setView('back')}>
            Back
          </button>
        </div>
        <p className="tpa-f-muted">
          {readOnly
            ? 'This map is read-only here: start a new map to paint.'
            : painting
              ? 'Drag on the body to ' + (brush.erase ? 'erase.' : 'paint.') + ' Turn Paint off to turn the body again.'
              : 'Press Paint, then drag on the body.'}
        </p>
        <details>
          <summary>Or tap a named area</summary>
          <div className="tpa-f-row" role="group" aria-label="Side">
            <button type="button" aria-pressed={tapSide === 'right'} onClick={() => setTapSide('right')}>
              My right side
            </button>
            <button type="button" aria-pressed={tapSide === 'left'} onClick={() => setTapSide('left')}>
              My left side
            </button>
          </div>
          <div className="tpa-f-row">
            {atlas.regions.map((r) => {
              const key = `${r.id}.${r.sides === 'midline' ? 'midline' : tapSide}`
              return (
                <button
                  key={r.id}
                  type="button"
                  disabled={readOnly}
                  aria-pressed={tapped.includes(key)}
                  data-region={r.id}
                  onClick={() => st.toggleTappedRegion(key)}
                >
                  {r.name}
                </button>
              )
            })}
          </div>
        </details>
      </section>

      <RedFlagBox flags={redFlags} atlas={atlas} />

      <section aria-label="Muscles that may refer pain there" data-testid="ranked-muscles">
        <h3>Muscles that may send pain there</h3>
        {areas.length === 0 ? (
          <p>Paint or tap where it hurts, and the muscles whose trigger points can send pain there appear here.</p>
        ) : areas.length === 1 ? (
          <MuscleList muscles={areas[0]!.muscles.slice(0, 6)} shownId={shown?.muscleId} onShow={st.setPatientShownMuscle} />
        ) : (
          areas.map((area) => (
            <section key={area.regions.join(',')} aria-label={area.heading} data-testid="pain-area">
              <h4>{area.heading}</h4>
              <MuscleList muscles={area.muscles.slice(0, 4)} shownId={shown?.muscleId} onShow={st.setPatientShownMuscle} />
            </section>
          ))
        )}
        {areas.length > 0 ? (
          <p className="tpa-f-muted" data-testid="other-causes">
            {OTHER_CAUSES_LINE}
          </p>
        ) : null}
        {shownMuscle ? (
          <>
            <p>
              On the body: <strong>{shownMuscle.name}</strong>. The ✕ marks its trigger points; its usual pain area is coloured. A therapist
              may treat that spot even though it is away from where you feel the pain, because trigger points can send pain elsewhere.
            </p>
            <ZoneLegend primaryName={shownMuscle.name} showPain />
            {shownTp && shownTp.selfCare.length > 0 ? (
              <>
                <h4>Things you can try yourself</h4>
                <ul>
                  {shownTp.selfCare.map((s) => (
                    <li key={s}>{s}</li>
                  ))}
                </ul>
              </>
            ) : null}
            <details>
              <summary>Clinical detail (for your therapist)</summary>
              <p>
                <strong>Nerve:</strong> {shownMuscle.innervation.nerve} ({shownMuscle.innervation.roots})
              </p>
              {shownTp ? (
                <>
                  <p>
                    <strong>{shownTp.name}</strong>: {shownTp.palpation}
                  </p>
                  <p>
                    <strong>Needling:</strong> {shownTp.needling.approach}
                  </p>
                  {shownTp.needling.pleuraSiteId ? (
                    <p>
                      Over the chest wall: see the needle simulator for the published depth to the pleura at{' '}
                      {atlas.pleuraSiteById.get(shownTp.needling.pleuraSiteId)?.name ?? shownTp.needling.pleuraSiteId}.
                    </p>
                  ) : null}
                  <SourceList atlas={atlas} ids={shownTp.sources} />
                </>
              ) : null}
            </details>
          </>
        ) : null}
      </section>

      <section aria-label="What to expect from dry needling">
        <h3>What to expect from dry needling</h3>
        <ul>
          <li>
            The needle is thin and solid; nothing is injected. <SourceList atlas={atlas} ids={['SA-G']} label="Source" />
          </li>
          <li>
            Mild effects afterwards are common. In an Irish survey of 7,629 treatments about 1 in 5 had one: most often a bruise (about 8 in
            100), a little bleeding (about 5 in 100), or soreness during (3 in 100) or after (2 in 100) the treatment. None of those
            treatments led to a significant problem. <SourceList atlas={atlas} ids={['BRADY-2014']} label="Source" />
          </li>
          <li>
            In a US survey of 20,464 sessions, 20 led to a major adverse event: fewer than 1 in 1,000.{' '}
            <SourceList atlas={atlas} ids={['BOYCE-2020']} label="Source" />
          </li>
          <li>
            Needling over the chest or upper back can, rarely, let air in around a lung (a pneumothorax). In over 5 million acupuncture
            treatments in Taiwan it needed hospital care 0.87 times per million treatments.{' '}
            <SourceList atlas={atlas} ids={['LIN-2019']} label="Source" />
          </li>
          <li>
            Its signs can come at once or over the following days, and can be mild: an ache in the chest, with or without being short of
            breath. If that happens, get medical help and say that you were needled.{' '}
            <SourceList atlas={atlas} ids={['SA-G', 'MINTKEN-2025']} label="Sources" />
          </li>
          <li>
            Your therapist should explain the risks, including this one, and ask for your consent first.{' '}
            <SourceList atlas={atlas} ids={['PT-ALBERTA']} label="Source" />
          </li>
        </ul>
        <h4>Get help after needling if…</h4>
        <ul data-testid="after-needling-flags">
          {afterNeedlingFlags(atlas.redFlags).map((f) => (
            <li key={f.id} data-red-flag={f.id}>
              <strong>{f.heading}:</strong> {f.signs} ({f.condition}). <strong>{f.whatToDo}</strong>{' '}
              <SourceList atlas={atlas} ids={f.sources} />
            </li>
          ))}
        </ul>
        <h3>Tell your therapist if…</h3>
        <ContraindicationList atlas={atlas} audience="patient" />
      </section>

      <section aria-label="Keep or share" className="tpa-f-noprint">
        <h3>Keep or share your map</h3>
        <div className="tpa-f-row">
          <button
            type="button"
            disabled={maps.length === 0}
            onClick={() => {
              const url = URL.createObjectURL(new Blob([exportPainMaps(useFeatureStore.getState().maps)], { type: 'application/json' }))
              download('pain-maps.json', url)
              window.setTimeout(() => URL.revokeObjectURL(url), 1000)
            }}
          >
            Export maps (JSON)
          </button>
          <button type="button" onClick={() => fileRef.current?.click()}>
            Import maps
          </button>
          <input
            ref={fileRef}
            type="file"
            accept="application/json,.json"
            aria-label="Pain map file to import"
            style={{ display: 'none' }}
            onChange={(e) => {
              const file = e.target.files?.[0]
              if (file) {
                void onImport(file)
              }
              e.target.value = ''
            }}
          />
          <button
            type="button"
            onClick={() => {
              const url = captureViewPng()
              setPng(url)
              if (url) {
                download(`${activeMap?.name ?? 'pain-map'}.png`, url)
              }
            }}
          >
            Save picture (PNG)
          </button>
          <button
            type="button"
            onClick={() => {
              setPng(captureViewPng())
              window.setTimeout(() => window.print(), 50)
            }}
          >
            Print view
          </button>
        </div>
        {importErrors.length > 0 ? (
          <div className="tpa-f-error" role="alert">
            {importRefused ? 'The file was not imported:' : 'Some of the file could not be imported:'}
            <ul>
              {importErrors.slice(0, MAX_LISTED_IMPORT_ERRORS).map((e) => (
                <li key={e}>{e}</li>
              ))}
              {importErrors.length > MAX_LISTED_IMPORT_ERRORS ? <li>…and {importErrors.length - MAX_LISTED_IMPORT_ERRORS} more</li> : null}
            </ul>
          </div>
        ) : null}
      </section>
      {png ? (
        <figure className="tpa-f-print-figure">
          <img src={png} alt={`Pain map ${activeMap?.name ?? ''} on the body`} style={{ maxWidth: '100%' }} />
          <figcaption>{activeMap?.name ?? 'Pain map'}</figcaption>
        </figure>
      ) : null}
    </div>
  )
}

/** One ranked list: each muscle with the line that says which part of the pain it may explain. */
function MuscleList({
  muscles,
  shownId,
  onShow,
}: {
  muscles: readonly RankedMuscle[]
  shownId: string | undefined
  onShow: (id: string) => void
}): ReactElement {
  if (muscles.length === 0) {
    return <p>No muscle in this atlas refers pain to this area.</p>
  }
  return (
    <ol>
      {muscles.map((r) => (
        <li key={r.muscleId} data-muscle={r.muscleId}>
          <button type="button" aria-pressed={shownId === r.muscleId} onClick={() => onShow(r.muscleId)}>
            {r.muscleName}
          </button>{' '}
          <span>{r.reason}</span>
        </li>
      ))}
    </ol>
  )
}
