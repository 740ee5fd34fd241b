// The needle simulator panel: pick a trigger point, a needle length (13–75 mm), an approach and a habitus,
// push the needle with the "Needle depth" slider (arrow keys, Page Up/Down) or the step buttons, and read
// the millimetres left, the warning (amber inside the margin, red at the limit, before the pleura), the
// published range with source, recommended maximum and margin, and the contraindications.
import { useEffect, type ReactElement } from 'react'
import { BUILDS, buildLabel } from '../../atlas/builds'
import type { Habitus } from '../../atlas/schema'
import { offeredApproaches, type NeedleApproach } from '../../geometry/needleApproach'
import { findTriggerPoint, useFeatureAtlas } from '../atlasData'
import { depthSection } from '../needle/depthSection'
import { NO_MAXIMUM_TEXT, needleReadout, PAST_PLEURA_SOURCES, recommendedMaxFor } from '../needle/needleReadout'
import { DepthSectionFigure } from './DepthSectionFigure'
import { publishDebug } from '../scene/debugCounts'
import { MAX_NEEDLE_LENGTH_MM, MIN_NEEDLE_LENGTH_MM, NEEDLE_LENGTHS_MM, useFeatureStore } from '../store'
import { formatMm } from '../text/describe'
import { ContraindicationList } from './ContraindicationList'
import { PleuraSiteFigures } from './PleuraSiteFigures'
import { SourceList } from './SourceList'

const APPROACH_LABEL: Record<NeedleApproach, string> = {
  straight: 'Straight in (atlas direction)',
  tangential: 'Tangential (shallow, along the skin)',
  pincer: 'Pincer grasp (tissue lifted between the fingers)',
}
const HABITUS: readonly { id: Habitus; label: string }[] = BUILDS.map((b) => ({ id: b.id, label: buildLabel(b.id) }))
const LEVEL_TEXT = {
  clear: 'Clear: before the margin',
  amber: 'Amber: inside the margin',
  red: 'Red: at or past the limit',
  'past-pleura': 'Past the pleura',
}

export function NeedlingTabContent(): ReactElement {
  const atlas = useFeatureAtlas()
  const focus = useFeatureStore((s) => s.focus)
  const chosen = useFeatureStore((s) => s.triggerPoint)
  const needle = useFeatureStore((s) => s.needle)
  const habitus = useFeatureStore((s) => s.habitus)
  const path = useFeatureStore((s) => s.needlePath)
  const problem = useFeatureStore((s) => s.needlePathProblem)
  const { setNeedle, setHabitus, selectTriggerPoint, setNeedleActive } = useFeatureStore.getState()

  useEffect(() => {
    setNeedleActive(true)
    return () => setNeedleActive(false)
  }, [setNeedleActive])

  const muscle = focus ? atlas.muscleById.get(focus.muscleId) : undefined
  // Opening the simulator on a muscle chooses its first trigger point (which also frames it in the view).
  useEffect(() => {
    if (muscle && chosen?.muscleId !== muscle.id && muscle.triggerPoints[0]) {
      selectTriggerPoint({ muscleId: muscle.id, triggerPointId: muscle.triggerPoints[0].id })
    }
  }, [muscle, chosen, selectTriggerPoint])
  const tpId = chosen?.muscleId === muscle?.id ? chosen?.triggerPointId : muscle?.triggerPoints[0]?.id
  const tp = muscle && tpId ? findTriggerPoint(atlas, muscle.id, tpId) : null
  const site = tp?.needling.pleuraSiteId ? (atlas.pleuraSiteById.get(tp.needling.pleuraSiteId) ?? null) : null
  const pathFits = path && tp && path.triggerPointId === tp.id && path.muscleId === muscle?.id
  const readout = pathFits ? needleReadout(path, needle.depthMm, site, habitus) : null
  const section =
    pathFits && path
      ? depthSection({
          crossings: path.tissues,
          pleuraDepthMm: path.pleuraDepthMm,
          targetDepthMm: path.targetDepthMm,
          tipDepthMm: needle.depthMm,
          needleLengthMm: needle.lengthMm,
          recommendedMaxDepthMm: site ? recommendedMaxFor(site, habitus) : null,
          marginMm: site ? site.marginMm : null,
          hazardReached: readout ? readout.hazardsAhead.some((h) => h.remainingMm <= 0) : false,
        })
      : null
  const approaches = tp ? offeredApproaches(tp.needling) : (['straight'] as NeedleApproach[])
  // The atlas traces no path to some trigger points (no cited approach, or a pose the model cannot show): the
  // needle controls go and the reason takes the place of the model depths.
  const notTracedReason = tp?.needling.notSimulatedReason ?? null

  useEffect(() => {
    if (readout) {
      publishDebug({ needleWarning: readout.level, needleTipMm: needle.depthMm })
    }
  }, [readout, needle.depthMm])

  return (
    <div className="tpa-f" data-testid="needling-tab">
      <h2>Needle simulator</h2>
      {!muscle ? <p>Select a muscle to simulate needling one of its trigger points.</p> : null}
      {muscle ? (
        <>
          <div className="tpa-f-row">
            <label htmlFor="tpa-f-needle-tp">Trigger point</label>
            <select
              id="tpa-f-needle-tp"
              value={tp?.id ?? ''}
              onChange={(e) => selectTriggerPoint({ muscleId: muscle.id, triggerPointId: e.target.value })}
            >
              {muscle.triggerPoints.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          </div>
          {notTracedReason ? null : (
            <>
              <div className="tpa-f-row">
                <label htmlFor="tpa-f-needle-length">Needle length</label>
                <select id="tpa-f-needle-length" value={needle.lengthMm} onChange={(e) => setNeedle({ lengthMm: Number(e.target.value) })}>
                  {NEEDLE_LENGTHS_MM.map((l) => (
                    <option key={l} value={l}>
                      {l} mm
                    </option>
                  ))}
                </select>
                <span className="tpa-f-muted">
                  ({MIN_NEEDLE_LENGTH_MM}–{MAX_NEEDLE_LENGTH_MM} mm)
                </span>
              </div>
              <fieldset className="tpa-f-row">
                <legend>Approach</legend>
                {approaches.map((a) => (
                  <label key={a}>
                    <input
                      type="radio"
                      name="tpa-f-approach"
                      value={a}
                      checked={needle.approach === a}
                      onChange={() => setNeedle({ approach: a, depthMm: 0 })}
                    />{' '}
                    {APPROACH_LABEL[a]}
                  </label>
                ))}
              </fieldset>
            </>
          )}
          <fieldset className="tpa-f-row">
            <legend>Build (body mass index, kg/m²)</legend>
            {HABITUS.map((h) => (
              <label key={h.id}>
                <input type="radio" name="tpa-f-habitus" value={h.id} checked={habitus === h.id} onChange={() => setHabitus(h.id)} />{' '}
                {h.label}
              </label>
            ))}
          </fieldset>
          {notTracedReason ? null : (
            <>
              <label htmlFor="tpa-f-needle-depth">
                <strong>Needle depth</strong>: <span data-testid="needle-depth">{formatMm(needle.depthMm)}</span> of {needle.lengthMm} mm
              </label>
              <input
                id="tpa-f-needle-depth"
                type="range"
                min={0}
                max={needle.lengthMm}
                step={0.5}
                value={needle.depthMm}
                aria-valuetext={`${needle.depthMm} millimetres`}
                onChange={(e) => setNeedle({ depthMm: Number(e.target.value) })}
              />
              <div className="tpa-f-row">
                <button type="button" onClick={() => setNeedle({ depthMm: needle.depthMm - 1 })}>
                  − 1 mm
                </button>
                <button type="button" onClick={() => setNeedle({ depthMm: needle.depthMm + 1 })}>
                  + 1 mm
                </button>
                <button type="button" onClick={() => setNeedle({ depthMm: 0 })}>
                  Withdraw
                </button>
              </div>
            </>
          )}
          {notTracedReason ? (
            <div className="tpa-f-card" role="note" aria-label="No simulated needle path">
              <h3>No simulated needle path for this trigger point</h3>
              <p>{notTracedReason}</p>
              <p className="tpa-f-muted">The atlas needling notes below give the position and approach the sources describe.</p>
            </div>
          ) : readout && path ? (
            <>
              <div className="tpa-f-warning" data-level={readout.level} role="status" aria-live="polite" data-testid="needle-warning">
                <div>{LEVEL_TEXT[readout.level]}</div>
                <div style={{ fontWeight: 400 }}>{readout.message}</div>
                {readout.pastPleura ? (
                  <div style={{ fontWeight: 400, marginTop: 6 }} data-testid="past-pleura">
                    {readout.pastPleura}
                  </div>
                ) : null}
              </div>
              {readout.pastPleura ? (
                <SourceList atlas={atlas} ids={PAST_PLEURA_SOURCES} label="What a pneumothorax looks like, sources" />
              ) : null}
              {readout.targetBeyondLimit ? (
                <p className="tpa-f-note" data-testid="target-beyond-limit">
                  {readout.targetBeyondLimit}
                </p>
              ) : null}
              {readout.noMaximum ? (
                <p className="tpa-f-note" data-testid="no-maximum-technique">
                  {NO_MAXIMUM_TEXT} Choose it under Approach.
                </p>
              ) : null}
              {section ? <DepthSectionFigure section={section} /> : null}
              <table>
                <tbody>
                  {readout.pleura ? (
                    <>
                      <tr>
                        <th>Left before the limit</th>
                        <td data-testid="remaining-mm">
                          {readout.pleura.remainingToLimitMm === null
                            ? 'no limit on this path'
                            : formatMm(readout.pleura.remainingToLimitMm)}
                        </td>
                      </tr>
                      <tr>
                        <th>Limit used</th>
                        <td>
                          {readout.pleura.limitMm === null
                            ? 'none: no recommended maximum and the path misses the pleura'
                            : `${formatMm(readout.pleura.limitMm)} (${readout.pleura.limitFrom === 'recommended-max' ? 'recommended maximum' : 'model pleura minus margin'})`}
                        </td>
                      </tr>
                    </>
                  ) : null}
                  <tr>
                    <th>Skin to pleura on this path (model, {buildLabel(habitus)})</th>
                    <td data-testid="model-pleura-mm">
                      {path.pleuraDepthMm === null ? 'the path misses the pleura' : formatMm(path.pleuraDepthMm)}
                    </td>
                  </tr>
                  <tr>
                    <th>Left before the pleura (model)</th>
                    <td>{path.pleuraDepthMm === null ? '–' : formatMm(path.pleuraDepthMm - needle.depthMm)}</td>
                  </tr>
                  <tr>
                    <th>Skin to trigger point (model)</th>
                    <td>{formatMm(path.targetDepthMm)}</td>
                  </tr>
                  {readout.hazardsAhead.map((h) => (
                    <tr key={h.name}>
                      <th>{h.name} (model)</th>
                      <td>
                        {formatMm(h.depthMm)} deep; {h.remainingMm > 0 ? `${formatMm(h.remainingMm)} left` : 'reached'}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {path.notes.map((note) => (
                <p key={note} className="tpa-f-muted" data-testid="needle-path-note">
                  Note: {note}.
                </p>
              ))}
              <p className="tpa-f-muted">
                Model depths come from ray casts on this body model, not from a patient; the published figures below come from the studies
                named.
              </p>
            </>
          ) : (
            <p className="tpa-f-muted">{problem ?? 'Measuring the needle path on the model…'}</p>
          )}
          {site ? <PleuraSiteFigures atlas={atlas} site={site} habitus={habitus} /> : null}
          {tp ? (
            <div className="tpa-f-card">
              <h3>Atlas needling notes: {tp.name}</h3>
              <p>
                <strong>Position:</strong> {tp.needling.patientPosition}
              </p>
              <p>
                <strong>Approach:</strong> {tp.needling.approach}
              </p>
              {tp.needling.typicalDepth ? (
                <p>
                  <strong>Typical depth:</strong> {tp.needling.typicalDepth.minMm}–{tp.needling.typicalDepth.maxMm} mm.{' '}
                  {tp.needling.typicalDepth.note} <SourceList atlas={atlas} ids={tp.needling.typicalDepth.sources} label="Source" />
                </p>
              ) : null}
              {tp.needling.dangerStructures.length > 0 ? (
                <p>
                  <strong>Danger structures beneath:</strong> {tp.needling.dangerStructures.join(', ')}
                </p>
              ) : null}
              {tp.needling.precautions.length > 0 ? (
                <ul>
                  {tp.needling.precautions.map((p) => (
                    <li key={p}>{p}</li>
                  ))}
                </ul>
              ) : null}
              <SourceList atlas={atlas} ids={tp.needling.sources} />
            </div>
          ) : null}
        </>
      ) : null}
      <details open>
        <summary>Contraindications and precautions</summary>
        <ContraindicationList atlas={atlas} audience="clinician" />
      </details>
    </div>
  )
}
