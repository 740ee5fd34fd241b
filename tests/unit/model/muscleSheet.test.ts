// muscleShapes.ts sheet(): a sheet laid over a bump and smoothed is lifted clear of it after each pass by default,
// and with `smooth.lift` false keeps its smoothed course, dipping into the bump (for a sheet under which the caller
// trims the deeper muscles, as the rhomboids over the erector spinae).
import { describe, expect, it } from 'vitest'
import { Envelope } from '../../../src/model/envelope'
import { sheet, type SheetOptions } from '../../../src/model/muscleShapes'
import { ellipsoid, roundedBox } from '../../../src/model/sdf'
import type { Vec3 } from '../../../src/model/vec'

/** A flat floor whose top is z = 0, with a round bump 1 cm high in its middle. */
function floorWithBump(): Envelope {
  const under = new Envelope()
  under.add({ prims: [roundedBox([0, 0, -0.02], [0.12, 0.12, 0.02], 0.002)], blendM: 0 })
  under.add({ prims: [ellipsoid([0, 0, 0], [0.012, 0.012, 0.01])], blendM: 0 })
  return under
}

const CLEARANCE_M = 0.001
const THICKNESS_M = 0.003

function laidSheet(under: Envelope, smooth: SheetOptions['smooth']): Vec3[] {
  const prims = sheet(
    [
      [-0.04, -0.08, 0.01],
      [0.04, -0.08, 0.01],
    ],
    [
      [-0.04, 0.08, 0.01],
      [0.04, 0.08, 0.01],
    ],
    { fibres: 5, thicknessM: THICKNESS_M, outward: () => [0, 0, 1], over: under, steps: 9, clearanceM: CLEARANCE_M, smooth },
  )
  // the points the fibres were laid through: every capsule's ends
  return prims.flatMap((p) => (p.fibre ? [p.fibre.a, p.fibre.b] : []))
}

describe('sheet smoothing over what lies beneath', () => {
  it('lifts every point clear of the bump after smoothing by default', () => {
    const under = floorWithBump()
    const points = laidSheet(under, { passes: 4, along: 0.5, across: 0.5 })
    const least = Math.min(...points.map((p) => under.value(p[0], p[1], p[2])))
    // clear by the clearance and the point's half-thickness (at least 0.45 of the sheet's half at the thinned ends)
    expect(least).toBeGreaterThanOrEqual(CLEARANCE_M + (0.45 * THICKNESS_M) / 2 - 1e-9)
  })

  it('with lift false keeps the smoothed course, which dips into the bump', () => {
    const under = floorWithBump()
    const lifted = laidSheet(under, { passes: 4, along: 0.5, across: 0.5 })
    const kept = laidSheet(under, { passes: 4, along: 0.5, across: 0.5, lift: false })
    const least = Math.min(...kept.map((p) => under.value(p[0], p[1], p[2])))
    expect(least).toBeLessThan(0)
    // and nowhere higher than the lifted sheet over the bump
    const top = (pts: Vec3[]): number => Math.max(...pts.filter((p) => Math.hypot(p[0], p[1]) < 0.012).map((p) => p[2]))
    expect(top(kept)).toBeLessThan(top(lifted))
  })

  it("refuses layOver 'lift' with lift false or no passes, either of which would never lay the sheet over anything", () => {
    for (const smooth of [
      { passes: 1, along: 0.5, across: 0.5, lift: false },
      { passes: 0, along: 0.5, across: 0.5 },
    ])
      expect(() =>
        sheet([[0, -0.08, 0.01]], [[0, 0.08, 0.01]], {
          fibres: 1,
          thicknessM: THICKNESS_M,
          outward: () => [0, 0, 1],
          over: floorWithBump(),
          layOver: 'lift',
          smooth,
        }),
      ).toThrow(/would never lay the sheet over/)
  })
})
