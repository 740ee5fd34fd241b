// The app's one store (zustand), built from slices: the viewer (selection, layers, camera requests, mode,
// notices) and the study, needle, patient and quiz state. Cross-slice actions change both in one update (selecting
// a muscle also focuses it). Components read it through useAppStore, or through the names their part of the app
// has always used (useViewer, useFeatureStore), which are this same store.
import { create } from 'zustand'
import { createFeatureSlice, type FeatureActions, type FeatureState } from './featureSlice'
import { createViewerSlice, type ViewerActions, type ViewerState } from './viewerSlice'

export type AppState = ViewerState & ViewerActions & FeatureState & FeatureActions

export const useAppStore = create<AppState>()((...a) => ({
  ...createViewerSlice(...a),
  ...createFeatureSlice(...a),
}))
