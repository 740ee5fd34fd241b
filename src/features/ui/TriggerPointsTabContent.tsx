// The "Trigger points" tab of the selected muscle: its trigger points (choosing one selects it and paints
// only its zones), the zones legend, the compare picker, and the details of the chosen trigger point.
import type { ReactElement } from 'react'
import { useFeatureAtlas } from '../atlasData'
import { useFeatureStore } from '../store'
import { ComparePicker } from './ComparePicker'
import { RegionTriggerPointsContent } from './RegionTriggerPointsContent'
import { SourceList } from './SourceList'
import { TriggerPointDetails } from './TriggerPointDetails'
import { ZoneLegend } from './ZoneLegend'

export function TriggerPointsTabContent(): ReactElement {
  const atlas = useFeatureAtlas()
  const focus = useFeatureStore((s) => s.focus)
  const chosen = useFeatureStore((s) => s.triggerPoint)
  const compareMuscleId = useFeatureStore((s) => s.compareMuscleId)
  const selectTriggerPoint = useFeatureStore((s) => s.selectTriggerPoint)
  // follows the viewer's selection itself, also when the scene part (which starts it too) failed to load

  if (!focus) {
    return (
      <div className="tpa-f" data-testid="trigger-points-tab">
        <p>Select a muscle on the body or in the list to see its trigger points and where they refer pain.</p>
        <RegionTriggerPointsContent />
      </div>
    )
  }
  const muscle = atlas.muscleById.get(focus.muscleId)
  if (!muscle) {
    return (
      <div className="tpa-f" data-testid="trigger-points-tab">
        <p>The atlas has no trigger-point entry for this muscle yet.</p>
      </div>
    )
  }
  const compare = compareMuscleId ? atlas.muscleById.get(compareMuscleId) : undefined
  const chosenTp = chosen?.muscleId === muscle.id ? muscle.triggerPoints.find((t) => t.id === chosen.triggerPointId) : undefined
  const shown = chosenTp ? [chosenTp] : muscle.triggerPoints
  return (
    <div className="tpa-f" data-testid="trigger-points-tab">
      <h2>
        {muscle.name} <span className="tpa-f-muted">({focus.side})</span>
      </h2>
      <p className="tpa-f-muted">
        {muscle.triggerPoints.length} trigger point{muscle.triggerPoints.length === 1 ? '' : 's'} in the atlas
      </p>
      <div className="tpa-f-row" role="group" aria-label="Trigger points of this muscle">
        <button type="button" aria-pressed={!chosenTp} onClick={() => selectTriggerPoint(null)}>
          All
        </button>
        {muscle.triggerPoints.map((tp) => (
          <button
            key={tp.id}
            type="button"
            aria-pressed={chosenTp?.id === tp.id}
            data-trigger-point={tp.id}
            onClick={() => selectTriggerPoint({ muscleId: muscle.id, triggerPointId: tp.id })}
          >
            {tp.name}
          </button>
        ))}
      </div>
      <ZoneLegend primaryName={muscle.name} compareName={compare?.name ?? null} />
      <ComparePicker atlas={atlas} />
      {shown.map((tp) => (
        <TriggerPointDetails key={tp.id} atlas={atlas} triggerPoint={tp} />
      ))}
      <SourceList atlas={atlas} ids={muscle.sources} label="Muscle sources" />
      <details>
        <summary>All trigger points of a region</summary>
        <RegionTriggerPointsContent />
      </details>
    </div>
  )
}
