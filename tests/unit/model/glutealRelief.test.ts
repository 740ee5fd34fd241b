// The buttocks' surface marks (src/model/glutealRelief.ts): the natal cleft and a gluteal fold under each buttock,
// carved into the skin only behind the ischial tuberosities. Each fold is the lower curve of its own buttock, so the
// two rise into the foot of the cleft rather than meeting level across it (seen from a distance, one horizontal crease).
import { describe, expect, it } from 'vitest'
import { glutealRelief } from '../../../src/model/glutealRelief'
import { Landmarks, REFERENCE_TABLES } from '../../../src/model/landmarkTable'

const lm = new Landmarks(REFERENCE_TABLES)
const relief = glutealRelief(lm)
const tuberosity = lm.at('ischial-tuberosity', 'left')
/** Well behind the tuberosities, where both marks apply in full. */
const BEHIND_Z = tuberosity[2] - 0.05

/** The height (m) at which a fold is deepest at a distance x from the midline, on a 1 mm scan. */
function foldLine(x: number): number {
  let best = { y: 0, depth: -1 }
  for (let y = tuberosity[1] - 0.07; y <= tuberosity[1] + 0.01; y += 0.001) {
    const depth = relief.inwardM(x, y, BEHIND_Z)
    if (depth > best.depth) best = { y, depth }
  }
  return best.y
}

describe('gluteal relief', () => {
  it('moves the skin in only, and only behind the ischial tuberosities', () => {
    for (let x = -0.14; x <= 0.14; x += 0.02) {
      for (let y = tuberosity[1] - 0.06; y <= tuberosity[1] + 0.1; y += 0.02) {
        expect(relief.inwardM(x, y, BEHIND_Z)).toBeGreaterThanOrEqual(0)
        expect(relief.inwardM(x, y, tuberosity[2] + 0.01)).toBe(0)
      }
    }
  })

  it('is the same on both sides', () => {
    for (const [x, y] of [
      [0.03, tuberosity[1] - 0.02],
      [0.08, tuberosity[1] - 0.015],
      [0.005, tuberosity[1] + 0.02],
    ] as const)
      expect(relief.inwardM(-x, y, BEHIND_Z)).toBeCloseTo(relief.inwardM(x, y, BEHIND_Z), 9)
  })

  it('curves each fold up into the foot of the cleft and up to its lateral end', () => {
    const lowest = foldLine(0.05)
    // the medial end lies clearly higher than the fold's lowest part, so the two folds do not meet level
    expect(foldLine(0.02) - lowest).toBeGreaterThan(0.008)
    // and laterally the fold rises again
    expect(foldLine(0.12) - lowest).toBeGreaterThan(0.005)
    // deepest about a third of the way out: both neighbours of the lowest part lie higher
    expect(foldLine(0.035)).toBeGreaterThan(lowest)
    expect(foldLine(0.08)).toBeGreaterThan(lowest)
  })
})
