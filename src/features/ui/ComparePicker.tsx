// "Compare with…": picks a second muscle whose zones are drawn in the compare colour and pattern beside the
// selected one (e.g. upper trapezius against SCM for a temple headache).
import type { ReactElement } from 'react'
import type { FeatureAtlas } from '../atlasData'
import { useFeatureStore } from '../store'

export interface ComparePickerProps {
  atlas: FeatureAtlas
}

export function ComparePicker({ atlas }: ComparePickerProps): ReactElement {
  const focus = useFeatureStore((s) => s.focus)
  const compareMuscleId = useFeatureStore((s) => s.compareMuscleId)
  const setCompareMuscle = useFeatureStore((s) => s.setCompareMuscle)
  return (
    <div className="tpa-f-row">
      <label htmlFor="tpa-f-compare">Compare with…</label>
      <select id="tpa-f-compare" value={compareMuscleId ?? ''} onChange={(e) => setCompareMuscle(e.target.value || null)} disabled={!focus}>
        <option value="">(no comparison)</option>
        {atlas.muscles
          .filter((m) => m.id !== focus?.muscleId)
          .map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
      </select>
    </div>
  )
}
