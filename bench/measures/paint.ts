// Zone repaint time: what selecting a muscle costs before the next frame. For every muscle of the built-in
// atlas, its trigger points' zones are placed from the model's landmarks and painted into the skin's
// 2-channel weight array (src/geometry), over the real skin of models/body.glb. Runs in node (same V8 as
// Chromium, no GPU involved): the upload of the attribute to the GPU is not included.
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadAtlas } from '../../src/atlas/load'
import { landmarkLookupFromModel, skinMesh } from '../../src/geometry/bodyMeshes'
import { buildSkinGrid } from '../../src/geometry/skinGrid'
import { paintSelections } from '../../src/geometry/skinPaint'
import { placeTriggerPointZones } from '../../src/geometry/zoneSelection'
import { readGlb } from '../../src/model/readGlb'
import { readAtlasPath } from '../../scripts/atlas-cli/files'
import { describeSamples, median } from '../stats'
import type { Measure } from './types'

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)))
const REPEATS = 5

export const paint: Measure = {
  id: 'zone-repaint',
  method: `node: place and paint the essential + spillover zones of each atlas muscle (left side) over the model's skin, reusing the weight array; ${REPEATS} repeats per muscle after a warm-up pass; median per muscle, then the median and the worst muscle.`,
  async run(ctx) {
    const model = await readGlb(join(ROOT, 'models', 'body.glb'))
    const { atlas } = loadAtlas(readAtlasPath(join(ROOT, 'data')).files, { builtIn: true })
    const skin = skinMesh(model)
    if (!skin.normals) throw new Error('the skin mesh has no normals')
    const lookup = landmarkLookupFromModel(model)
    const t0 = performance.now()
    const grid = buildSkinGrid(skin.positions, skin.normals)
    const gridMs = performance.now() - t0
    let weights: Float32Array = new Float32Array(grid.vertexCount * 2)
    const repaint = (muscle: (typeof atlas.muscles)[number]): void => {
      const { selection } = placeTriggerPointZones(lookup, muscle.triggerPoints, ['left'])
      weights = paintSelections(grid, [selection], weights)
    }
    atlas.muscles.forEach((muscle) => repaint(muscle)) // warm-up: JIT and first-touch of the arrays
    const perMuscle: number[] = []
    atlas.muscles.forEach((muscle) => {
      const ms: number[] = []
      for (let r = 0; r < REPEATS; r++) {
        const start = performance.now()
        repaint(muscle)
        ms.push(performance.now() - start)
      }
      perMuscle.push(median(ms))
    })
    // The compare view paints two muscles into four channels.
    const compare: number[] = []
    for (let i = 0; i + 1 < atlas.muscles.length; i += 2) {
      const start = performance.now()
      // i + 1 < atlas.muscles.length
      const a = placeTriggerPointZones(lookup, atlas.muscles[i]!.triggerPoints, ['left']).selection
      const b = placeTriggerPointZones(lookup, atlas.muscles[i + 1]!.triggerPoints, ['left']).selection
      paintSelections(grid, [a, b])
      compare.push(performance.now() - start)
    }
    const worst = Math.max(...perMuscle)
    ctx.log(`  zone repaint: median ${median(perMuscle).toFixed(3)} ms, worst ${worst.toFixed(3)} ms over ${perMuscle.length} muscles`)
    return [
      {
        id: 'zone-repaint',
        label: 'Skin zone repaint for a new muscle selection',
        unit: 'ms',
        app: median(perMuscle),
        baseline: null,
        aim: { kind: 'absolute', max: 16, unit: 'ms' },
        notes: [
          `${grid.vertexCount} skin vertices; ${perMuscle.length} muscles; per-muscle medians ${describeSamples(perMuscle, 3)} ms; worst muscle ${worst.toFixed(3)} ms`,
          `compare view (two muscles, 4 channels, array allocated each time): ${describeSamples(compare, 3)} ms`,
          `one-off skin grid build when the model loads: ${gridMs.toFixed(1)} ms (not part of a repaint)`,
        ],
        samples: { app: perMuscle, baseline: [] },
      },
    ]
  },
}
