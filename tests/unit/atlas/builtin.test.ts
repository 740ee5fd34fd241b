// The built-in atlas must load with no fault at all, cover the whole model and every muscle of the
// clinical notes, and every id in it must resolve.
import { describe, expect, it } from 'vitest'
import { LANDMARK_IDS, MUSCLE_IDS, NEEDLING_HAZARD_IDS, REGION_IDS } from '../../../src/anatomy/ids'
import { BUILTIN_ATLAS_FILES, loadBuiltInAtlas } from '../../../src/atlas/builtin'
import { formatFault } from '../../../src/atlas/faults'
import { citedSourceIds } from '../../../src/atlas/lookup'
import type { AnchoredPoint, Muscle } from '../../../src/atlas/schema'

const { atlas, faults } = loadBuiltInAtlas()

function anchoredPoints(muscle: Muscle): AnchoredPoint[] {
  return muscle.triggerPoints.flatMap((t) => [
    t.location,
    ...[t.essentialZone, ...(t.spilloverZone ? [t.spilloverZone] : [])].flatMap((z) =>
      z.patches.flatMap((p) => (p.to ? [p.from, p.to] : [p.from])),
    ),
  ])
}

describe('built-in atlas', () => {
  it('loads every file under data/ with no fault', () => {
    expect(BUILTIN_ATLAS_FILES.length).toBeGreaterThan(4)
    expect(BUILTIN_ATLAS_FILES.some((f) => f.path.startsWith('data/schema/'))).toBe(false)
    expect(faults.map(formatFault)).toEqual([])
  })

  it('has at least 40 muscles and 60 trigger points', () => {
    expect(atlas.muscles.length).toBeGreaterThanOrEqual(40)
    expect(atlas.muscles.reduce((n, m) => n + m.triggerPoints.length, 0)).toBeGreaterThanOrEqual(60)
  })

  it('has an entry for every muscle of the model (and so every muscle in the clinical notes)', () => {
    const ids = atlas.muscles.map((m) => m.id)
    expect(MUSCLE_IDS.filter((id) => !ids.includes(id))).toEqual([])
  })

  it('uses only muscle ids that exist in the model', () => {
    expect(atlas.muscles.map((m) => m.id).filter((id) => !MUSCLE_IDS.includes(id))).toEqual([])
  })

  it('anchors every trigger point and patch to a known landmark', () => {
    const unknown = atlas.muscles.flatMap(anchoredPoints).filter((p) => !LANDMARK_IDS.includes(p.landmark))
    const regionUnknown = atlas.regions
      .flatMap((r) => r.patches.flatMap((p) => (p.to ? [p.from, p.to] : [p.from])))
      .filter((p) => !LANDMARK_IDS.includes(p.landmark))
    expect([...unknown, ...regionUnknown]).toEqual([])
  })

  it('names only known body regions and gives every standard region a shape', () => {
    const used = atlas.muscles.flatMap((m) =>
      m.triggerPoints.flatMap((t) => [...t.essentialZone.regions, ...(t.spilloverZone?.regions ?? [])]),
    )
    expect(used.filter((r) => !REGION_IDS.includes(r))).toEqual([])
    expect(atlas.regions.map((r) => r.id).sort()).toEqual([...REGION_IDS].sort())
    expect(atlas.regions.length).toBeGreaterThanOrEqual(50)
  })

  it('names only known hazards, and every pleura-reachable trigger point names a pleura site', () => {
    for (const m of atlas.muscles) {
      for (const t of m.triggerPoints) {
        expect(t.needling.dangerStructures.filter((d) => !NEEDLING_HAZARD_IDS.includes(d))).toEqual([])
        if (t.needling.pleuraReachable) {
          expect(atlas.pleuraSites.map((s) => s.id)).toContain(t.needling.pleuraSiteId)
        }
      }
    }
  })

  it('gives every entry at least one citation, and every citation resolves', () => {
    const known = new Set(atlas.sources.map((s) => s.id))
    for (const m of atlas.muscles) {
      const cited = citedSourceIds(m)
      expect(m.sources.length, m.id).toBeGreaterThan(0)
      expect(
        cited.filter((id) => !known.has(id)),
        m.id,
      ).toEqual([])
    }
    for (const entry of [...atlas.pleuraSites, ...atlas.contraindications]) {
      expect(entry.sources.length, entry.id).toBeGreaterThan(0)
      expect(
        entry.sources.filter((id) => !known.has(id)),
        entry.id,
      ).toEqual([])
    }
  })

  it('never cites a source the clinical notes rejected', () => {
    const rejected = new Set(atlas.sources.filter((s) => s.rejected).map((s) => s.id))
    expect(rejected.has('TPM')).toBe(true)
    const citing = atlas.muscles.filter((m) => citedSourceIds(m).some((id) => rejected.has(id))).map((m) => m.id)
    expect(citing).toEqual([])
  })

  it('has unique muscle and trigger point ids across the atlas', () => {
    const trp = atlas.muscles.flatMap((m) => m.triggerPoints.map((t) => t.id))
    expect(new Set(trp).size).toBe(trp.length)
    expect(new Set(atlas.muscles.map((m) => m.id)).size).toBe(atlas.muscles.length)
  })
})
