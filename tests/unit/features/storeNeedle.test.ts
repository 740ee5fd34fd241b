// The simulator's settings in the features store: choosing another trigger point withdraws the needle and
// returns to the default approach, so one muscle's approach never carries over to another.
import { beforeEach, describe, expect, it } from 'vitest'
import { DEFAULT_NEEDLE, useFeatureStore } from '../../../src/features/store'

describe('needle settings when the trigger point changes', () => {
  beforeEach(() => {
    useFeatureStore.setState({ focus: null, triggerPoint: null, needle: DEFAULT_NEEDLE })
  })

  it('resets the approach and the depth for another trigger point, keeps the needle length', () => {
    const s = useFeatureStore.getState()
    s.selectTriggerPoint({ muscleId: 'upper-trapezius', triggerPointId: 'upper-trapezius-trp1' })
    s.setNeedle({ approach: 'pincer', depthMm: 12, lengthMm: 40 })
    s.selectTriggerPoint({ muscleId: 'scalenes', triggerPointId: 'scalenes-trp-anterior' })
    expect(useFeatureStore.getState().needle).toEqual({ approach: 'straight', depthMm: 0, lengthMm: 40 })
  })

  it('keeps the approach when the same trigger point is chosen again (the depth is withdrawn)', () => {
    const s = useFeatureStore.getState()
    s.selectTriggerPoint({ muscleId: 'upper-trapezius', triggerPointId: 'upper-trapezius-trp1' })
    s.setNeedle({ approach: 'tangential', depthMm: 12 })
    s.selectTriggerPoint({ muscleId: 'upper-trapezius', triggerPointId: 'upper-trapezius-trp1' })
    expect(useFeatureStore.getState().needle.approach).toBe('tangential')
    expect(useFeatureStore.getState().needle.depthMm).toBe(0)
  })

  it('resets the approach when another muscle comes into focus', () => {
    const s = useFeatureStore.getState()
    s.focusMuscle('upper-trapezius', 'right')
    s.setNeedle({ approach: 'pincer' })
    s.focusMuscle('serratus-anterior', 'right')
    expect(useFeatureStore.getState().needle.approach).toBe('straight')
  })
})
