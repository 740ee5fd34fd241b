// Patient-mode ranking update: what one brush stroke costs before the muscle list can refresh. An update
// turns the painted skin mask into region weights (data/regions.json patches placed on the model) and
// ranks every muscle of the built-in atlas (src/atlas/rank.ts). Runs in node (same V8 as Chromium).
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadAtlas } from '../../src/atlas/load'
import { buildRankIndex, rankMuscles } from '../../src/atlas/rank'
import { landmarkLookupFromModel, skinMesh } from '../../src/geometry/bodyMeshes'
import { buildRegionFootprints, regionWeightsFromMask, vertexAreasM2 } from '../../src/geometry/regionWeights'
import { buildSkinGrid, verticesWithin } from '../../src/geometry/skinGrid'
import { readGlb } from '../../src/model/readGlb'
import { readAtlasPath } from '../../scripts/atlas-cli/files'
import { describeSamples, median } from '../stats'
import type { Measure } from './types'

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)))
const REPEATS = 50

/** Painted spots for the benchmark maps: landmark, side, brush radius (m). */
const MAPS: { name: string; spots: [string, 'left' | 'right' | 'midline', number][] }[] = [
  { name: 'temple', spots: [['temple', 'left', 0.03]] },
  { name: 'heel', spots: [['calcaneus', 'right', 0.04]] },
  {
    name: 'low back + buttock',
    spots: [
      ['l4-spinous-process', 'midline', 0.07],
      ['psis', 'left', 0.08],
    ],
  },
  {
    name: 'widespread (8 spots)',
    spots: [
      ['temple', 'left', 0.03],
      ['acromion', 'right', 0.05],
      ['l3-spinous-process', 'midline', 0.08],
      ['greater-trochanter', 'left', 0.06],
      ['patella', 'right', 0.05],
      ['calcaneus', 'left', 0.04],
      ['lateral-epicondyle', 'right', 0.04],
      ['inferior-angle-of-scapula', 'left', 0.06],
    ],
  },
]

export const rank: Measure = {
  id: 'ranking-update',
  method: `node: one patient-mode update = painted mask → region weights (regions placed once at load) + ranking of every atlas muscle; ${MAPS.length} maps, ${REPEATS} updates each after a warm-up; median and spread over all updates.`,
  async run(ctx) {
    const model = await readGlb(join(ROOT, 'models', 'body.glb'))
    const { atlas } = loadAtlas(readAtlasPath(join(ROOT, 'data')).files, { builtIn: true })
    const skin = skinMesh(model)
    if (!skin.normals) throw new Error('the skin mesh has no normals')
    const lookup = landmarkLookupFromModel(model)
    const grid = buildSkinGrid(skin.positions, skin.normals)
    const t0 = performance.now()
    const { footprints } = buildRegionFootprints(grid, lookup, atlas.regions, vertexAreasM2(skin.positions, skin.indices))
    const index = buildRankIndex(atlas.muscles)
    const setupMs = performance.now() - t0
    const names = new Map(atlas.regions.map((r) => [r.id, r.name]))
    const update = (mask: Uint8Array): number =>
      rankMuscles(index, regionWeightsFromMask(footprints, mask), { regionName: (id) => names.get(id) ?? id }).length
    const samples: number[] = []
    const rankOnly: number[] = []
    const found: string[] = []
    for (const map of MAPS) {
      const mask = new Uint8Array(grid.vertexCount)
      for (const [landmark, side, radiusM] of map.spots) {
        const centre = lookup(landmark, side)
        if (!centre) throw new Error(`the model has no landmark "${landmark}.${side}"`)
        verticesWithin(grid, centre, radiusM, (v) => {
          mask[v] = 1
        })
      }
      const pain = regionWeightsFromMask(footprints, mask)
      for (let i = 0; i < 5; i++) update(mask)
      let listed = 0
      for (let i = 0; i < REPEATS; i++) {
        const start = performance.now()
        listed = update(mask)
        samples.push(performance.now() - start)
        const r0 = performance.now()
        rankMuscles(index, pain)
        rankOnly.push(performance.now() - r0)
      }
      found.push(`${map.name}: ${pain.length} region(s), ${listed} muscle(s) listed`)
    }
    ctx.log(`  ranking update: median ${median(samples).toFixed(3)} ms (rank alone ${median(rankOnly).toFixed(3)} ms)`)
    return [
      {
        id: 'ranking-update',
        label: 'Patient ranking update (mask → regions → ranked muscles)',
        unit: 'ms',
        app: median(samples),
        baseline: null,
        aim: { kind: 'absolute', max: 4, unit: 'ms' },
        notes: [
          `${atlas.muscles.length} muscles, ${footprints.length} placed regions, ${grid.vertexCount} skin vertices; update ${describeSamples(samples, 3)} ms; ranking alone ${describeSamples(rankOnly, 3)} ms`,
          found.join('; '),
          `one-off setup when the model loads (region placement + rank index): ${setupMs.toFixed(1)} ms`,
        ],
        samples: { app: samples, baseline: [] },
      },
    ]
  },
}
