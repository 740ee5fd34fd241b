// Contraindications and precautions from data/contraindications.json: the clinician wording in study
// views, the patient wording ("tell your therapist if…") in patient mode, each with its sources.
import type { ReactElement } from 'react'
import type { FeatureAtlas } from '../atlasData'
import { SourceList } from './SourceList'

export interface ContraindicationListProps {
  atlas: FeatureAtlas
  audience: 'clinician' | 'patient'
}

export function ContraindicationList({ atlas, audience }: ContraindicationListProps): ReactElement {
  if (audience === 'patient') {
    return (
      <ul data-testid="tell-your-therapist">
        {atlas.contraindications.map((c) => (
          <li key={c.id}>{c.patientText}</li>
        ))}
      </ul>
    )
  }
  const groups = [
    { kind: 'absolute', title: 'Absolute contraindications (do not needle)' },
    { kind: 'relative', title: 'Relative contraindications and precautions' },
  ] as const
  return (
    <div data-testid="contraindications">
      {groups.map((g) => (
        <div key={g.kind}>
          <h4>{g.title}</h4>
          <ul>
            {atlas.contraindications
              .filter((c) => c.kind === g.kind)
              .map((c) => (
                <li key={c.id}>
                  {c.text} <SourceList atlas={atlas} ids={c.sources} label="Source" />
                </li>
              ))}
          </ul>
        </div>
      ))}
    </div>
  )
}
