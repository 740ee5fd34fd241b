// The depth section's view model and the tissue cut it is drawn from: known layers give known bands, the
// ruler is in millimetres, the maximum and margin are lines, and the state runs clear → amber → red → past
// the pleura; a site without a maximum still warns one margin before the model's pleura.
import { BoxGeometry } from 'three'
import { describe, expect, it } from 'vitest'
import { depthSection, type DepthSectionInput } from '../../../src/features/needle/depthSection'
import { buildBvhMesh } from '../../../src/geometry/meshBvh'
import { tissueCrossingsAlongPath, type TissueCrossing } from '../../../src/geometry/tissueLayers'
import { needleWarningOrNone } from '../../../src/geometry/warning'

// A posterior chest wall: fat 0-6 mm, trapezius 6-12, rhomboid 12-18, rib 18-26, pleura at 30, lung from 30.
const crossings: TissueCrossing[] = [
  { kind: 'muscle', label: 'Upper trapezius', name: 'upper-trapezius.left', fromMm: 6, toMm: 12 },
  { kind: 'muscle', label: 'Rhomboids', name: 'rhomboids.left', fromMm: 12, toMm: 18 },
  { kind: 'bone', label: 'Rib 3', name: 'rib-3.left', fromMm: 18, toMm: 26 },
  { kind: 'pleura', label: 'Parietal pleura', name: 'parietal-pleura.left', fromMm: 30, toMm: 30 },
  { kind: 'lung', label: 'Lung', name: 'lung.left', fromMm: 30.5, toMm: 120 },
]
const base: DepthSectionInput = {
  crossings,
  pleuraDepthMm: 30,
  targetDepthMm: 10,
  tipDepthMm: 0,
  needleLengthMm: 40,
  recommendedMaxDepthMm: 20,
  marginMm: 5,
}

describe('depthSection', () => {
  it('lays out skin and fat, each muscle, the rib, the intercostal space, the pleura and the lung in order, to scale', () => {
    const s = depthSection(base)
    expect(s.bands.map((b) => [b.kind, b.label])).toEqual([
      ['skin-fat', 'Skin and fat'],
      ['muscle', 'Upper trapezius'],
      ['muscle', 'Rhomboids'],
      ['rib', 'Rib'],
      ['intercostal', 'Intercostal space'],
      ['pleura', 'Pleura'],
      ['lung', 'Lung'],
    ])
    const at = (kind: string) => s.bands.find((b) => b.kind === kind)!
    expect(at('skin-fat').toMm).toBeCloseTo(6)
    expect(at('rib').fromMm).toBeCloseTo(18)
    expect(at('rib').toMm).toBeCloseTo(26)
    expect(at('pleura').fromMm).toBeCloseTo(30)
    expect(s.bands[s.bands.length - 1]?.toMm).toBe(s.depthMm)
    // Deep enough for the needle and past the pleura, in whole centimetres.
    expect(s.depthMm).toBe(50)
  })

  it('has a tick every millimetre, medium every 5 and numbered every 10', () => {
    const s = depthSection(base)
    expect(s.ticks).toHaveLength(51)
    expect(s.ticks.filter((t) => t.major).map((t) => t.mm)).toEqual([0, 10, 20, 30, 40, 50])
    expect(s.ticks.filter((t) => t.mid).map((t) => t.mm)).toEqual([5, 15, 25, 35, 45])
  })

  it('draws the maximum, the start of the margin and the pleura as lines', () => {
    const s = depthSection(base)
    expect(s.lines.map((l) => [l.kind, l.mm])).toEqual([
      ['maximum', 20],
      ['margin', 15],
      ['pleura', 30],
    ])
  })

  it('runs clear, amber inside the margin, red at the maximum and past the pleura beyond it', () => {
    const state = (tipDepthMm: number) => depthSection({ ...base, tipDepthMm }).state
    expect(state(10)).toBe('clear')
    expect(state(16)).toBe('amber')
    expect(state(20)).toBe('red')
    expect(state(29.5)).toBe('red')
    expect(state(31)).toBe('past-pleura')
  })

  it('says where the tip is in its accessible summary, and follows the tip', () => {
    expect(depthSection({ ...base, tipDepthMm: 8 }).summary).toContain('tip at 8 mm in upper trapezius')
    expect(depthSection({ ...base, tipDepthMm: 22 }).summary).toContain('tip at 22 mm in rib')
    expect(depthSection({ ...base, tipDepthMm: 22 }).summary).toContain('state red, at the limit')
    expect(depthSection({ ...base, tipDepthMm: 35 }).summary).toContain('state past the pleura')
  })

  it('with no maximum (null), warns one margin before the model pleura and draws that limit', () => {
    const s = depthSection({ ...base, recommendedMaxDepthMm: null, tipDepthMm: 26 })
    expect(s.lines.map((l) => l.kind)).toEqual(['limit', 'pleura'])
    expect(s.lines[0]?.mm).toBe(25)
    expect(s.state).toBe('red')
    expect(s.summary).toContain('no recommended maximum at this site')
    expect(depthSection({ ...base, recommendedMaxDepthMm: null, tipDepthMm: 21 }).state).toBe('amber')
  })

  it('calls the gap above the pleura an intercostal space when the path passes between the ribs', () => {
    const between = crossings.filter((c) => c.kind !== 'bone')
    const s = depthSection({ ...base, crossings: between })
    const ic = s.bands.find((b) => b.kind === 'intercostal')!
    expect(ic.fromMm).toBeCloseTo(18)
    expect(ic.toMm).toBeCloseTo(30)
    expect(s.bands.some((b) => b.kind === 'rib')).toBe(false)
  })

  it('without a pleura on the path shows soft tissue only and stays clear unless a hazard is reached', () => {
    const s = depthSection({
      ...base,
      crossings: crossings.slice(0, 2),
      pleuraDepthMm: null,
      recommendedMaxDepthMm: null,
      marginMm: null,
      tipDepthMm: 30,
    })
    expect(s.bands.map((b) => b.kind)).toEqual(['skin-fat', 'muscle', 'muscle', 'fascia'])
    expect(s.state).toBe('clear')
    expect(depthSection({ ...base, pleuraDepthMm: null, marginMm: null, recommendedMaxDepthMm: null, hazardReached: true }).state).toBe(
      'red',
    )
  })

  it('does not call the cut fat when the path meets no muscle or bone of the model', () => {
    const s = depthSection({ ...base, crossings: [], pleuraDepthMm: null, recommendedMaxDepthMm: null, marginMm: null })
    expect(s.bands.map((b) => b.label)).toEqual(['Skin and soft tissue (no modelled muscle)'])
    const withPleura = depthSection({ ...base, crossings: [], pleuraDepthMm: 40 })
    expect(withPleura.bands[0]?.label).toBe('Skin and soft tissue (no modelled muscle)')
    expect(withPleura.bands[0]?.toMm).toBeCloseTo(40)
  })

  it('grows with a deeper needle or pleura (never shallower than the needle)', () => {
    expect(depthSection({ ...base, needleLengthMm: 75 }).depthMm).toBe(80)
    expect(depthSection({ ...base, pleuraDepthMm: 66, crossings: [] }).depthMm).toBe(80)
  })
})

describe('tissueCrossingsAlongPath', () => {
  function slab(name: string, fromM: number, toM: number) {
    // A box 20 cm wide whose depth (−Z from the skin at z = 0) spans fromM..toM.
    const g = new BoxGeometry(0.2, 0.2, toM - fromM)
    g.translate(0, 0, -(fromM + toM) / 2)
    const nonIndexed = g.toNonIndexed()
    return buildBvhMesh(name, {
      positions: nonIndexed.getAttribute('position').array as Float32Array,
      normals: nonIndexed.getAttribute('normal').array as Float32Array,
    })
  }

  it('finds where the needle enters and leaves each tissue, in mm from the skin, sorted by depth', () => {
    const cut = tissueCrossingsAlongPath(
      [
        { mesh: slab('rib-3.left', 0.018, 0.026), kind: 'bone', label: 'Rib 3' },
        { mesh: slab('upper-trapezius.left', 0.006, 0.012), kind: 'muscle', label: 'Upper trapezius' },
        { mesh: slab('parietal-pleura.left', 0.03, 0.09), kind: 'pleura', label: 'Pleura' },
        { mesh: slab('lung.left', 0.031, 0.5), kind: 'lung', label: 'Lung' },
      ],
      { x: 0, y: 0, z: 0 },
      { x: 0, y: 0, z: -1 },
      0.12,
    )
    expect(cut.map((c) => [c.name, Math.round(c.fromMm * 10) / 10, Math.round(c.toMm * 10) / 10])).toEqual([
      ['upper-trapezius.left', 6, 12],
      ['rib-3.left', 18, 26],
      ['parietal-pleura.left', 30, 30],
      ['lung.left', 31, 120],
    ])
  })

  it('starts a stretch at 0 when the path begins inside a tissue', () => {
    const cut = tissueCrossingsAlongPath(
      [{ mesh: slab('deltoid.left', -0.01, 0.02), kind: 'muscle', label: 'Deltoid' }],
      { x: 0, y: 0, z: 0 },
      { x: 0, y: 0, z: -1 },
      0.1,
    )
    expect(cut).toHaveLength(1)
    expect(cut[0]?.fromMm).toBe(0)
    expect(cut[0]?.toMm).toBeCloseTo(20)
  })
})

describe('needleWarningOrNone', () => {
  it('uses the maximum when there is one, the model pleura minus the margin when there is none, and nothing without either', () => {
    expect(needleWarningOrNone({ tipDepthMm: 0, pleuraDepthMm: 40, recommendedMaxDepthMm: 20, marginMm: 5 })!.limitMm).toBe(20)
    const none = needleWarningOrNone({ tipDepthMm: 0, pleuraDepthMm: 40, recommendedMaxDepthMm: null, marginMm: 5 })!
    expect(none.limitMm).toBe(35)
    expect(none.limitFrom).toBe('model-pleura')
    expect(needleWarningOrNone({ tipDepthMm: 0, pleuraDepthMm: null, recommendedMaxDepthMm: null, marginMm: 5 })).toBeNull()
  })
})
