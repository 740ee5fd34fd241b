// Quadratus lumborum on the model's skin: each trigger point's zones name the regions its cited pattern covers
// (facts.md §26: the crest over the low back and the top of the buttock, the greater trochanter, the sacroiliac
// joint, the lower buttock; groin and lower abdomen as spillover), every region named is painted by the zone's
// own patches, and no zone paints the hanging arm beside the iliac crest. Each trigger point's local region (the low
// back) is checked in the data.
import { existsSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadBuiltInAtlas } from '../../../src/atlas/builtin'
import type { ReferralZone, SkinPatch } from '../../../src/atlas/schema'
import { buildRegionFootprints, regionWeightsFromMask } from '../../../src/geometry/regionWeights'
import { loadModelSkin, type ModelSkin } from '../helpers/modelSkin'

const MODEL = 'models/body.glb'
const { atlas } = loadBuiltInAtlas()
const ql = atlas.muscles.find((m) => m.id === 'quadratus-lumborum')!

/** Share of each left-side region (0-1) that the patches paint, largest first, down to minCoverage. */
function paintedRegions(skin: ModelSkin, patches: SkinPatch[], minCoverage: number): Map<string, number> {
  const { footprints } = buildRegionFootprints(skin.grid, skin.lookup, [{ id: 'probe', name: 'probe', sides: 'bilateral', patches }])
  const probe = footprints.find((f) => f.side === 'left')!
  const mask = new Float32Array(skin.grid.vertexCount)
  probe.vertices.forEach((v, i) => (mask[v] = probe.weights[i]!)) // one weight per vertex
  const left = skin.footprints.filter((f) => f.side !== 'right')
  return new Map(regionWeightsFromMask(left, mask, minCoverage).map((r) => [r.regionId.replace(/\.(left|midline)$/, ''), r.weight ?? 0]))
}

describe('quadratus lumborum zones in the data (facts.md §26)', () => {
  const zones = (id: string): { essential: string[]; spillover: string[]; local: string[] } => {
    const tp = ql.triggerPoints.find((t) => t.id === `quadratus-lumborum-trp-${id}`)!
    return { essential: tp.essentialZone.regions, spillover: tp.spilloverZone?.regions ?? [], local: tp.localRegions ?? [] }
  }

  it('gives each trigger point the regions of its pattern, and the low back where it lies', () => {
    expect(zones('superficial-cranial')).toEqual({
      essential: ['low-back', 'buttock'],
      spillover: ['groin', 'abdomen'],
      local: ['low-back'],
    })
    expect(zones('superficial-caudal')).toEqual({
      essential: ['lateral-hip'],
      spillover: ['lateral-thigh', 'anterior-knee'],
      local: ['low-back'],
    })
    expect(zones('deep-cranial')).toEqual({ essential: ['sacroiliac'], spillover: [], local: ['low-back'] })
    expect(zones('deep-caudal')).toEqual({ essential: ['buttock'], spillover: [], local: ['low-back'] })
  })
})

describe.skipIf(!existsSync(MODEL))('quadratus lumborum zones on the model’s skin', () => {
  let skin: ModelSkin

  beforeAll(async () => {
    skin = await loadModelSkin(MODEL, atlas.regions)
  })

  const allZones = (): { name: string; zone: ReferralZone }[] =>
    ql.triggerPoints.flatMap((tp) => [
      { name: `${tp.id} essential`, zone: tp.essentialZone },
      ...(tp.spilloverZone ? [{ name: `${tp.id} spillover`, zone: tp.spilloverZone }] : []),
    ])

  it('paints every region a zone names (at least 5% of it)', () => {
    const unpainted: string[] = []
    for (const { name, zone } of allZones()) {
      const painted = paintedRegions(skin, zone.patches, 0.05)
      for (const region of zone.regions) {
        if (!painted.has(region)) {
          unpainted.push(`${name}: ${region}`)
        }
      }
    }
    expect(unpainted).toEqual([])
  })

  it('paints no skin of the arm, which hangs beside the iliac crest', () => {
    const armRegions = [
      'medial-arm',
      'lateral-arm',
      'posterior-arm',
      'medial-elbow',
      'lateral-elbow',
      'posterior-elbow',
      'dorsal-forearm',
      'volar-forearm',
    ]
    const onArm: string[] = []
    for (const { name, zone } of allZones()) {
      const painted = paintedRegions(skin, zone.patches, 0.005)
      onArm.push(...armRegions.filter((r) => painted.has(r)).map((r) => `${name}: ${r}`))
    }
    expect(onArm).toEqual([])
  })

  it('keeps the lower buttock apart from the sacroiliac joint', () => {
    const deepCaudal = ql.triggerPoints.find((t) => t.id.endsWith('deep-caudal'))!
    expect([...paintedRegions(skin, deepCaudal.essentialZone.patches, 0.05).keys()]).toEqual(['buttock'])
  })
})
