// Scene states for the tests of the scene state, its store actions and its link.
import type { SceneState } from '../../../src/sceneState/sceneState'

/** A scene with every field away from its default. */
export function busyScene(): SceneState {
  return {
    version: 3,
    mode: 'present',
    camera: { view: 'posterior', pose: { position: [0.45, 1.62, -0.95], target: [0.12, 1.3, -0.05], fovDeg: 35 } },
    layers: {
      skin: { visible: false, opacity: 0.25 },
      superficial: { visible: true, opacity: 0.4 },
      deep: { visible: true, opacity: 1 },
      bones: { visible: true, opacity: 0.6 },
      organs: { visible: false, opacity: 1 },
      danger: { visible: true, opacity: 1 },
    },
    selection: 'upper-trapezius.right',
    hidden: ['deltoid.right', 'sternum.midline'],
    isolated: null,
    focus: { muscleId: 'upper-trapezius', side: 'right', triggerPointId: 'upper-trapezius-trp1' },
    compareMuscleId: 'levator-scapulae',
    areaView: null,
    needle: { open: true, lengthMm: 40, approach: 'pincer', depthMm: 12.5 },
    build: 'high',
    body: 'female',
    variantsShown: true,
  }
}
