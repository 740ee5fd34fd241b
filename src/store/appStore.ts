// The app's one store (zustand), built from slices: the viewer (selection, layers, camera requests, mode,
// notices), the study, needle, patient and quiz state, the open lesson, the scene state (capture and apply one serialisable
// object), an opened atlas file, the failures of parts drawn in the 3D view, and what the service worker has to say. Cross-slice actions change both in one update (selecting a muscle also focuses it). Components read it
// through useAppStore, or through the names their part of the app has always used (useViewer, useFeatureStore),
// which are this same store.
import { create } from 'zustand'
import { createAtlasFileSlice, type AtlasFileState } from './atlasFileSlice'
import { createFeatureSlice, type FeatureActions, type FeatureState } from './featureSlice'
import { createLessonSlice, type LessonActions, type LessonState } from './lessonSlice'
import { createPartFailureSlice, type PartFailureActions, type PartFailureState } from './partFailureSlice'
import { createSceneStateSlice, type SceneStateActions } from './sceneStateSlice'
import { createServiceWorkerSlice, type ServiceWorkerActions, type ServiceWorkerState } from './serviceWorkerSlice'
import { createViewerSlice, type ViewerActions, type ViewerState } from './viewerSlice'

export type AppState = ViewerState &
  ViewerActions &
  FeatureState &
  FeatureActions &
  SceneStateActions &
  LessonState &
  LessonActions &
  AtlasFileState &
  PartFailureState &
  PartFailureActions &
  ServiceWorkerState &
  ServiceWorkerActions

/** A new store of the whole app (the app has one, useAppStore; tests make their own). */
export function createAppStore() {
  return create<AppState>()((...a) => ({
    ...createViewerSlice(...a),
    ...createFeatureSlice(...a),
    ...createSceneStateSlice(...a),
    ...createLessonSlice(...a),
    ...createAtlasFileSlice(...a),
    ...createPartFailureSlice(...a),
    ...createServiceWorkerSlice(...a),
  }))
}

export const useAppStore = createAppStore()
