// One trigger point in full for study: where it lies, how it is palpated, its essential and spillover
// zones, symptoms, perpetuating factors and self-care, each with its sources.
import type { ReactElement } from 'react'
import { citedEvidence, evidenceInWords, locationEvidenceInWords } from '../../atlas/evidence'
import type { ReferralZone, TriggerPoint } from '../../atlas/schema'
import type { FeatureAtlas } from '../atlasData'
import { describeAnchoredPoint } from '../text/describe'
import { SourceList } from './SourceList'

export interface TriggerPointDetailsProps {
  atlas: FeatureAtlas
  triggerPoint: TriggerPoint
}

function regionNames(atlas: FeatureAtlas, ids: readonly string[]): string {
  return ids.map((id) => atlas.regionById.get(id)?.name ?? id).join(', ')
}

/** How far a zone's pattern was checked, in plain words, from the sources it cites. */
function ZoneEvidence({ atlas, zone }: { atlas: FeatureAtlas; zone: ReferralZone }): ReactElement {
  const { level, recalledFromTravellSimons } = citedEvidence(zone.sources, atlas.sourceById)
  return (
    <p className="tpa-f-evidence" data-testid="zone-evidence" data-evidence={level}>
      Evidence: {evidenceInWords(level, recalledFromTravellSimons)}
    </p>
  )
}

export function TriggerPointDetails({ atlas, triggerPoint: tp }: TriggerPointDetailsProps): ReactElement {
  return (
    <div className="tpa-f-card" data-testid="trigger-point-details">
      <h3>{tp.name}</h3>
      <p>
        <strong>Location:</strong> {describeAnchoredPoint(tp.location)}{' '}
        <span className="tpa-f-evidence" data-testid="location-evidence" data-evidence={tp.locationEvidence}>
          (Evidence: {locationEvidenceInWords(tp.locationEvidence, tp.sources)})
        </span>
      </p>
      <p>
        <strong>Palpation:</strong> {tp.palpation}
      </p>
      <h4>
        <span
          className="tpa-f-swatch tpa-f-solid-primary"
          style={{ display: 'inline-block', verticalAlign: 'middle' }}
          aria-hidden="true"
        />{' '}
        Essential zone (solid)
      </h4>
      <p>{tp.essentialZone.description}</p>
      <ZoneEvidence atlas={atlas} zone={tp.essentialZone} />
      <p className="tpa-f-muted">Regions: {regionNames(atlas, tp.essentialZone.regions)}</p>
      <SourceList atlas={atlas} ids={tp.essentialZone.sources} />
      {tp.spilloverZone ? (
        <>
          <h4>
            <span
              className="tpa-f-swatch tpa-f-stipple-primary"
              style={{ display: 'inline-block', verticalAlign: 'middle' }}
              aria-hidden="true"
            />{' '}
            Spillover zone (dotted)
          </h4>
          <p>{tp.spilloverZone.description}</p>
          <ZoneEvidence atlas={atlas} zone={tp.spilloverZone} />
          <p className="tpa-f-muted">Regions: {regionNames(atlas, tp.spilloverZone.regions)}</p>
          <SourceList atlas={atlas} ids={tp.spilloverZone.sources} />
        </>
      ) : (
        <p className="tpa-f-muted">No spillover zone is recorded for this trigger point.</p>
      )}
      <h4>Symptoms</h4>
      <ul>
        {tp.symptoms.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
      {tp.perpetuatingFactors.length > 0 ? (
        <>
          <h4>Perpetuating factors</h4>
          <ul>
            {tp.perpetuatingFactors.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </>
      ) : null}
      {tp.selfCare.length > 0 ? (
        <>
          <h4>Self-care</h4>
          <ul>
            {tp.selfCare.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </>
      ) : null}
      <SourceList atlas={atlas} ids={tp.sources} label="Trigger point sources" />
    </div>
  )
}
