// The front of the abdominal wall on both generated bodies: each rectus abdominis is a broad strap whose lateral border
// (the linea semilunaris) lies well out from the midline at the umbilicus, and external oblique meets that border with
// neither a gap nor the muscle laid over the rectus; beside the border it is its aponeurosis (pale, tendon) at and
// above the umbilicus, and fleshy further out.
import { describe, expect, it } from 'vitest'
import type { BodyModel } from '../../../src/model/readGlb'
import { BODIES, bodyModelLoader } from '../helpers/bodies'

interface BandVertex {
  /** Distance from the midline (m). */
  outM: number
  /** Tendon weight (0 fleshy, 1 tendon or aponeurosis). */
  tendon: number
}

const SIDES = [
  ['left', 1],
  ['right', -1],
] as const

/** A muscle's vertices on its own side of the midline within 4 mm of height y; there must be some. */
function band(m: BodyModel, name: string, s: number, y: number): BandVertex[] {
  const mesh = m.byName.get(name)!.mesh!
  const P = mesh.positions
  const out: BandVertex[] = []
  for (let i = 0, v = 0; i < P.length; i += 3, v++) {
    if (Math.abs(P[i + 1]! - y) <= 0.004 && s * P[i]! > 0) out.push({ outM: s * P[i]!, tendon: mesh.fibres?.tendon[v] ?? 0 })
  }
  expect(out.length, `${name} at ${y.toFixed(3)} m`).toBeGreaterThan(0)
  return out
}

/** Mean tendon weight of the vertices `keep` keeps; there must be some. */
function meanTendon(vertices: BandVertex[], keep: (v: BandVertex) => boolean, what: string): number {
  const kept = vertices.filter(keep)
  expect(kept.length, `vertices ${what}`).toBeGreaterThan(0)
  return kept.reduce((a, v) => a + v.tendon, 0) / kept.length
}

/** Rectus abdominis' lateral border at height y on one side: its outermost vertex's distance from the midline (m). */
function rectusBorder(m: BodyModel, side: string, s: number, y: number): number {
  return Math.max(...band(m, `rectus-abdominis.${side}`, s, y).map((v) => v.outM))
}

describe.each(BODIES)('$file: the abdominal wall', ({ file }) => {
  const load = bodyModelLoader(file)

  it('has rectus abdominis reaching at least 5.5 cm from the midline at the umbilicus, external oblique meeting its border', async () => {
    const m = await load()
    const y = m.byName.get('umbilicus.midline')!.positionM[1]
    for (const [side, s] of SIDES) {
      const border = rectusBorder(m, side, s, y)
      const obliqueEdge = Math.min(...band(m, `external-oblique.${side}`, s, y).map((v) => v.outM))
      expect(border, `${side}: rectus abdominis' lateral border (m)`).toBeGreaterThan(0.055)
      // external oblique begins at the border: over the rectus by no more than the rounded edges where the two meet,
      // and no gap wider than a strap's edge
      expect(border - obliqueEdge, `${side}: external oblique over rectus abdominis (m)`).toBeLessThan(0.005)
      expect(obliqueEdge - border, `${side}: gap between external oblique and rectus abdominis (m)`).toBeLessThan(0.008)
    }
  })

  it("has external oblique's aponeurosis beside the rectus' border at and above the umbilicus, and the muscle fleshy further out", async () => {
    const m = await load()
    const y = m.byName.get('umbilicus.midline')!.positionM[1]
    for (const [side, s] of SIDES) {
      const oblique = band(m, `external-oblique.${side}`, s, y)
      const border = rectusBorder(m, side, s, y)
      expect(
        meanTendon(oblique, (v) => v.outM < border + 0.015, 'within 1.5 cm of the border'),
        `${side}: external oblique's tendon weight within 1.5 cm of the border`,
      ).toBeGreaterThan(0.5)
      // the pale band does not take in the whole muscle
      expect(
        meanTendon(oblique, (v) => v.outM > border + 0.07, '7 cm out from the border'),
        `${side}: external oblique's tendon weight 7 cm out from the border`,
      ).toBeLessThan(0.3)
      // 7 cm above the umbilicus, about halfway to the costal margin, the aponeurosis is still beside the border
      const yAbove = y + 0.07
      const borderAbove = rectusBorder(m, side, s, yAbove)
      expect(
        meanTendon(band(m, `external-oblique.${side}`, s, yAbove), (v) => v.outM < borderAbove + 0.008, 'within 8 mm of the border'),
        `${side}: external oblique's tendon weight within 8 mm of the border 7 cm above the umbilicus`,
      ).toBeGreaterThan(0.7)
    }
  })
})
