// How far the positions read back from a GLB lie from the positions handed to the exporter. The exporter reorders
// vertices (and drops unused ones), so each decoded vertex is matched to the exact vertex it came from: the one
// whose position and morph deltas all lie closest, searched on a 1 mm hash grid.

export interface VertexSet {
  /** xyz interleaved (m). */
  positions: Float32Array
  /** Morph-target position deltas (m), in the same vertex order, one array per target. */
  deltas: readonly Float32Array[]
}

const CELL_M = 0.001

const cellKey = (x: number, y: number, z: number): string => `${Math.floor(x / CELL_M)},${Math.floor(y / CELL_M)},${Math.floor(z / CELL_M)}`

/** Largest per-coordinate differences (m) between decoded and exact vertices; Infinity when one has no match within 1 mm. */
export interface PositionLoss {
  positionM: number
  deltaM: number
  /** Of position + delta, each target at full weight. */
  morphedM: number
}

/** Matches every decoded vertex to the exact vertex closest in position and deltas, and reports the largest losses. */
export function maxPositionLoss(exact: VertexSet, decoded: VertexSet): PositionLoss {
  const grid = new Map<string, number[]>()
  const n = exact.positions.length / 3
  for (let i = 0; i < n; i++) {
    const key = cellKey(exact.positions[3 * i]!, exact.positions[3 * i + 1]!, exact.positions[3 * i + 2]!)
    const list = grid.get(key)
    if (list) list.push(i)
    else grid.set(key, [i])
  }
  const worst: PositionLoss = { positionM: 0, deltaM: 0, morphedM: 0 }
  for (let j = 0; j < decoded.positions.length / 3; j++) {
    const x = decoded.positions[3 * j]!
    const y = decoded.positions[3 * j + 1]!
    const z = decoded.positions[3 * j + 2]!
    let best: PositionLoss = { positionM: Infinity, deltaM: Infinity, morphedM: Infinity }
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (let dz = -1; dz <= 1; dz++) {
          for (const i of grid.get(cellKey(x + dx * CELL_M, y + dy * CELL_M, z + dz * CELL_M)) ?? []) {
            const loss: PositionLoss = { positionM: 0, deltaM: 0, morphedM: 0 }
            for (let k = 0; k < 3; k++) {
              const p = exact.positions[3 * i + k]!
              const q = decoded.positions[3 * j + k]!
              loss.positionM = Math.max(loss.positionM, Math.abs(p - q))
              exact.deltas.forEach((d, t) => {
                const e = d[3 * i + k]!
                const f = decoded.deltas[t]![3 * j + k]!
                loss.deltaM = Math.max(loss.deltaM, Math.abs(e - f))
                loss.morphedM = Math.max(loss.morphedM, Math.abs(p + e - (q + f)))
              })
            }
            if (Math.max(loss.positionM, loss.deltaM) < Math.max(best.positionM, best.deltaM)) best = loss
          }
        }
      }
    }
    worst.positionM = Math.max(worst.positionM, best.positionM)
    worst.deltaM = Math.max(worst.deltaM, best.deltaM)
    worst.morphedM = Math.max(worst.morphedM, best.morphedM)
  }
  return worst
}
