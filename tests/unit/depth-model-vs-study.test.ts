// The model against the studies: for each site where a study publishes a skin-to-pleura figure and the path it
// was measured along, the model's distance along that same path, per build, must lie inside the published range
// (mean ± 2 SD, or beyond an observed minimum where no upper bound is published). docs/MODEL.md shows the table.
import { existsSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { BUILD_IDS, buildById, type BuildId } from '../../src/atlas/builds'
import type { Muscle, TriggerPoint } from '../../src/atlas/schema'
import { depthScenes } from '../../src/geometry/bodyMeshes'
import { depthReport } from '../../src/geometry/depthReport'
import { readGlb } from '../../src/model/readGlb'

const MODEL = 'models/body.glb'

/** A study's needle path as a trigger point: a point against a landmark and a direction in body terms. */
function studyPath(landmark: string, offset: TriggerPoint['location']['offset'], direction: TriggerPoint['needling']['direction']): TriggerPoint {
  return { id: `study-path-${landmark}`, location: { landmark, offset }, needling: { direction, dangerStructures: [], pleuraReachable: true } } as unknown as TriggerPoint
}

const straightIn = { lateralM: 0, superiorM: 0, anteriorM: 1 }
/** KIM-2002 regression: mean skin-to-pleura depth (mm) at a BMI; a mean, not a limit. */
const kimMeanMm = (bmi: number): number => (0.38 * bmi - 4.301) * 10
const KIM_SD_MM = 7

describe.skipIf(!existsSync(MODEL))('model skin-to-pleura distance against the studies, per build', () => {
  let scenes: ReturnType<typeof depthScenes>
  beforeAll(async () => {
    scenes = depthScenes(await readGlb(MODEL))
  }, 120_000)

  const depth = (path: TriggerPoint, build: BuildId): number | null =>
    depthReport(scenes(build), { muscle: { id: 'study' } as Muscle, triggerPoint: path, side: 'left', habitus: build, pleuraSites: [] }).modelDepthToPleuraMm

  it('interscapular (KIM-2002, CT, 5.5 cm lateral of T4-T6, straight in): within the regression mean at the build\'s BMI ± 2 SD', () => {
    for (const level of ['t4', 't5', 't6']) {
      const path = studyPath(`${level}-spinous-process`, { lateralM: 0.055, superiorM: 0, anteriorM: 0 }, straightIn)
      for (const build of BUILD_IDS) {
        const mean = kimMeanMm(buildById(build).modelBmi)
        const d = depth(path, build)
        expect(d, `${level} ${build}`).not.toBeNull()
        expect(d!, `${level} ${build}: mean ${mean.toFixed(1)} mm`).toBeGreaterThanOrEqual(mean - 2 * KIM_SD_MM)
        expect(d!, `${level} ${build}: mean ${mean.toFixed(1)} mm`).toBeLessThanOrEqual(mean + 2 * KIM_SD_MM)
      }
    }
  })

  it('upper trapezius (THAI-MRI, 7 cm lateral of C7, 30° medial): beyond the shortest distance observed, 33.4 mm, every build', () => {
    const path = studyPath('c7-spinous-process', { lateralM: 0.07, superiorM: 0, anteriorM: 0 }, { lateralM: -0.5, superiorM: 0, anteriorM: 0.866 })
    for (const build of BUILD_IDS) {
      const d = depth(path, build)
      expect(d, build).not.toBeNull()
      expect(d!, build).toBeGreaterThanOrEqual(33.4)
    }
  })

  // Known disagreement, kept visible: the model's anterior chest wall at the 2nd intercostal space is thicker
  // than MIL-2007 measured (48.6 ± 11.0 mm, range 26.6-70.6 mm): about 73 mm underweight to 102 mm high BMI.
  // Fixing it means regenerating models/body.glb; this test starts passing (and `it.fails` then fails) once it does.
  it.fails('anterior chest wall (MIL-2007, CT, 2nd intercostal space, midclavicular line, perpendicular): within 48.6 ± 2 × 11.0 mm', () => {
    const path = studyPath('second-intercostal-space-mcl', { lateralM: 0, superiorM: 0, anteriorM: 0 }, { lateralM: 0, superiorM: 0, anteriorM: -1 })
    for (const build of BUILD_IDS) {
      const d = depth(path, build)
      expect(d, build).not.toBeNull()
      expect(d!, build).toBeGreaterThanOrEqual(48.6 - 22)
      expect(d!, build).toBeLessThanOrEqual(48.6 + 22)
    }
  })
})
