// The front of the abdominal wall on both generated bodies: each rectus abdominis is a broad strap whose lateral border
// (the linea semilunaris) lies well out from the midline at the umbilicus, and external oblique meets that border with
// its aponeurosis: neither a gap nor the muscle laid over the rectus, and pale (tendon) next to the border.
import { describe, expect, it } from 'vitest'
import { BODIES, bodyModelLoader } from '../helpers/bodies'

describe.each(BODIES)('$file: the abdominal wall', ({ file }) => {
  const load = bodyModelLoader(file)

  it("has rectus abdominis reaching at least 5.5 cm from the midline at the umbilicus, meeting external oblique's aponeurosis", async () => {
    const m = await load()
    const y = m.byName.get('umbilicus.midline')!.positionM[1]
    for (const side of ['left', 'right'] as const) {
      const s = side === 'left' ? 1 : -1
      /** A muscle's vertices on its own side of the midline within 4 mm of the umbilicus' height: distance from the
       * midline (m) and tendon weight. */
      const band = (name: string): { outM: number; tendon: number }[] => {
        const mesh = m.byName.get(name)!.mesh!
        const P = mesh.positions
        const out: { outM: number; tendon: number }[] = []
        for (let i = 0, v = 0; i < P.length; i += 3, v++) {
          if (Math.abs(P[i + 1]! - y) <= 0.004 && s * P[i]! > 0) out.push({ outM: s * P[i]!, tendon: mesh.fibres?.tendon[v] ?? 0 })
        }
        return out
      }
      const rectus = band(`rectus-abdominis.${side}`)
      const oblique = band(`external-oblique.${side}`)
      expect(rectus.length, `${side}: rectus abdominis at the umbilicus' height`).toBeGreaterThan(0)
      expect(oblique.length, `${side}: external oblique at the umbilicus' height`).toBeGreaterThan(0)
      const border = Math.max(...rectus.map((v) => v.outM))
      const obliqueEdge = Math.min(...oblique.map((v) => v.outM))
      expect(border, `${side}: rectus abdominis' lateral border (m)`).toBeGreaterThan(0.055)
      // external oblique begins at the border: over the rectus by no more than the rounded edges where the two meet,
      // and no gap wider than a strap's edge
      expect(border - obliqueEdge, `${side}: external oblique over rectus abdominis (m)`).toBeLessThan(0.005)
      expect(obliqueEdge - border, `${side}: gap between external oblique and rectus abdominis (m)`).toBeLessThan(0.008)
      // within 1.5 cm of the border external oblique is its aponeurosis
      const nearBorder = oblique.filter((v) => v.outM < border + 0.015)
      const meanTendon = nearBorder.reduce((a, v) => a + v.tendon, 0) / nearBorder.length
      expect(meanTendon, `${side}: external oblique's tendon weight within 1.5 cm of the border`).toBeGreaterThan(0.5)
    }
  })
})
