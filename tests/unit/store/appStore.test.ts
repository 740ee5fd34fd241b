// One store from slices: selecting a structure in the viewer and focusing it for the trigger-point, needle and
// patient views happen in one update, and the old names of the store are the same store.
import { beforeEach, describe, expect, it } from 'vitest'
import { useAppStore } from '../../../src/store/appStore'
import { useFeatureStore } from '../../../src/features/store'
import { useViewer, type StructureRecord } from '../../../src/viewer/store'
import { DEFAULT_NEEDLE } from '../../../src/store/featureSlice'

function rec(nodeName: string, kind: StructureRecord['kind'] = 'muscle'): StructureRecord {
  const [id, side] = nodeName.split('.') as [string, 'left' | 'right']
  return {
    nodeName,
    id,
    side,
    name: id,
    group: 'trunk',
    synonyms: [],
    kind,
    layer: kind === 'muscle' ? 'superficial' : 'bones',
    label: nodeName,
  }
}

beforeEach(() => {
  useAppStore.setState({ selection: null, focus: null, triggerPoint: null, compareMuscleId: null, areaView: null, needle: DEFAULT_NEEDLE })
  useAppStore.getState().setModel('test', [rec('soleus.left'), rec('deltoid.right'), rec('femur.left', 'bone')], [])
})

describe('the app store', () => {
  it('is one store under every name', () => {
    expect(useViewer).toBe(useAppStore)
    expect(useFeatureStore).toBe(useAppStore)
  })

  it('selecting a muscle sets the selection and the study focus in the same update, and resets the needle', () => {
    useAppStore.setState({ needle: { ...DEFAULT_NEEDLE, depthMm: 12, approach: 'pincer' } })
    const updates: { selection: string | null; focus: unknown }[] = []
    const stop = useAppStore.subscribe((s) => updates.push({ selection: s.selection, focus: s.focus }))
    useAppStore.getState().select('soleus.left')
    stop()
    expect(updates).toEqual([{ selection: 'soleus.left', focus: { muscleId: 'soleus', side: 'left' } }])
    expect(useAppStore.getState().needle).toEqual(DEFAULT_NEEDLE)
  })

  it('selecting a bone keeps the focus; clearing or hiding the selection clears it', () => {
    useAppStore.getState().select('deltoid.right')
    useAppStore.getState().select('femur.left')
    expect(useAppStore.getState().focus).toEqual({ muscleId: 'deltoid', side: 'right' })
    useAppStore.getState().select(null)
    expect(useAppStore.getState().focus).toBeNull()
    useAppStore.getState().select('soleus.left')
    useAppStore.getState().hideSelection()
    expect(useAppStore.getState()).toMatchObject({ selection: null, focus: null, hidden: ['soleus.left'] })
  })

  it('a new model without the selected muscle drops the selection and its focus together', () => {
    useAppStore.getState().select('soleus.left')
    useAppStore.getState().setModel('other', [rec('deltoid.right')], [])
    expect(useAppStore.getState()).toMatchObject({ selection: null, focus: null })
  })

  it('choosing a trigger point of the focused muscle keeps the focus', () => {
    useAppStore.getState().select('soleus.left')
    useAppStore.getState().selectTriggerPoint({ muscleId: 'soleus', triggerPointId: 'soleus-trp1' })
    useAppStore.getState().select('soleus.left')
    expect(useAppStore.getState().triggerPoint).toEqual({ muscleId: 'soleus', triggerPointId: 'soleus-trp1' })
  })
})
