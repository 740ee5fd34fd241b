// "All trigger points" of a body area at once: every atlas muscle of the area, its marks and its zones
// drawn together, with a list to jump to one muscle.
import type { ReactElement } from 'react'
import type { BodyArea } from '../../anatomy/ids'
import { musclesOfArea, useFeatureAtlas } from '../atlasData'
import { useFeatureStore } from '../store'

export const BODY_AREAS: readonly { id: BodyArea; label: string }[] = [
  { id: 'head-neck', label: 'Head and neck' },
  { id: 'shoulder-arm', label: 'Shoulder and arm' },
  { id: 'trunk', label: 'Trunk' },
  { id: 'hip-thigh', label: 'Hip and thigh' },
  { id: 'leg-foot', label: 'Leg and foot' },
]

export function RegionTriggerPointsContent(): ReactElement {
  const atlas = useFeatureAtlas()
  const areaView = useFeatureStore((s) => s.areaView)
  const setAreaView = useFeatureStore((s) => s.setAreaView)
  const focusMuscle = useFeatureStore((s) => s.focusMuscle)
  const muscles = areaView ? musclesOfArea(atlas, areaView) : []
  const count = muscles.reduce((n, m) => n + m.triggerPoints.length, 0)
  return (
    <div className="tpa-f" data-testid="region-trigger-points">
      <h2>All trigger points of a region</h2>
      <div className="tpa-f-row" role="group" aria-label="Body region">
        {BODY_AREAS.map((a) => (
          <button key={a.id} type="button" aria-pressed={areaView === a.id} onClick={() => setAreaView(areaView === a.id ? null : a.id)}>
            {a.label}
          </button>
        ))}
      </div>
      {areaView ? (
        <>
          <p>
            {muscles.length} muscle{muscles.length === 1 ? '' : 's'}, {count} trigger point{count === 1 ? '' : 's'} drawn on both sides.
          </p>
          <ul>
            {muscles.map((m) => (
              <li key={m.id}>
                <button type="button" onClick={() => focusMuscle(m.id)}>
                  {m.name}
                </button>{' '}
                <span className="tpa-f-muted">{m.triggerPoints.length} TrP</span>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="tpa-f-muted">Choose a region to draw all of its trigger points and referral zones together.</p>
      )}
    </div>
  )
}
