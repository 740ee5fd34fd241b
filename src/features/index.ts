// What the viewer mounts: the trigger-point tabs, the needle simulator, patient mode and the one scene
// component, each loaded lazily so none of it, nor the atlas JSON, weighs on the first chunk. Each sits in an
// error boundary: if its code cannot be downloaded (offline, or a new version was published) or it throws,
// a message with Retry takes its place and the rest of the app keeps working.
// See MOUNTING.md for the few lines the viewer adds.
import { createElement, type ComponentType, type ReactElement } from 'react'
import { LazySlot } from '../app/LazySlot'
import { lazyPart } from '../app/lazyPart'
import { retryBuiltInAtlas } from '../atlas/active'
import { useFeatureStore } from './store'
import './features.css'

function lazyPanel(load: () => Promise<ComponentType>, label: string): () => ReactElement {
  const Lazy = lazyPart(load)
  function Panel(): ReactElement {
    return createElement(
      LazySlot,
      {
        part: `the ${label}`,
        loading: createElement('p', { className: 'tpa-f tpa-f-muted' }, `Loading ${label}…`),
        // Retry also asks again for the atlas data, whose download may be what failed
        onRetry: retryBuiltInAtlas,
      },
      createElement(Lazy),
    )
  }
  Panel.displayName = `Lazy(${label})`
  return Panel
}

/** Right-panel tab: the selected muscle's trigger points, zones legend, compare picker, details and sources. */
export const TriggerPointsTab = lazyPanel(
  () => import('./ui/TriggerPointsTabContent').then((m) => m.TriggerPointsTabContent),
  'trigger points',
)

/** "All trigger points" of a body region at once. */
export const RegionTriggerPointsView = lazyPanel(
  () => import('./ui/RegionTriggerPointsContent').then((m) => m.RegionTriggerPointsContent),
  'region trigger points',
)

/** The compare picker on its own ("Compare with…"), for a toolbar. */
export const ComparePicker = lazyPanel(
  () =>
    Promise.all([import('./ui/ComparePicker'), import('./atlasData')]).then(([m, a]) => {
      function ComparePickerWithAtlas(): ReactElement {
        return createElement(m.ComparePicker, { atlas: a.useFeatureAtlas() })
      }
      return ComparePickerWithAtlas
    }),
  'compare picker',
)

/** Right-panel tab: the needle simulator with depth to the pleura, warnings, published ranges, contraindications. */
export const NeedlingTab = lazyPanel(() => import('./ui/NeedlingTabContent').then((m) => m.NeedlingTabContent), 'needle simulator')

/** Patient mode's panel: paint pain, saved maps, ranked muscles, what to expect, "tell your therapist if…". */
export const PatientPanel = lazyPanel(() => import('./ui/PatientPanelContent').then((m) => m.PatientPanelContent), 'patient mode')

/** The lesson dock under the view: the lesson library, or the open lesson's steps to edit, present and share. */
export const LessonDock = lazyPanel(() => import('./lessons/LessonDock').then((m) => m.LessonDock), 'lessons')

/** What the audience sees while a lesson is presented: caption, step counter, laser, blank screen. */
export const LessonPresenter = lazyPanel(() => import('./lessons/LessonPresenter').then((m) => m.LessonPresenter), 'lesson presenter')

const LazyScene = lazyPart(() => import('./scene/FeatureScene').then((m) => m.default))
const SCENE_PART = 'trigger-point marks and pain zones'

/**
 * Mount once inside the viewer's <Canvas>: marks, skin zones and pain, needle, brush. Inside the canvas no
 * DOM can be drawn, so a failure is handed to the page's notices (with Retry) and the body stays on screen.
 */
export function FeatureScene(): ReactElement {
  return createElement(
    LazySlot,
    {
      part: SCENE_PART,
      onRetry: retryBuiltInAtlas,
      renderFailure: () => null,
      onFailure: (failure, retry) => useFeatureStore.getState().reportPartFailure(SCENE_PART, failure, retry),
    },
    createElement(LazyScene),
  )
}

export { useFeatureStore } from './store'
export type { FeatureState, FeatureActions, TriggerPointRef, NeedleState } from './store'
