// The arm-away rule (geometry/limbSetAside.ts) tells the arm from the trunk by ARM_STRUCTURE_IDS: a muscle of the arm
// missing from that list counts as the trunk's, and a path out through the elbow was then measured through the whole
// arm (the anconeus did this to quadratus lumborum's lower trigger points). Every muscle that lies mostly nearer the
// arm's bones than any other bone must be listed, and nothing listed may lie mostly nearer the trunk's bones; the
// deltoid lies on the humerus but stays with the shoulder.
import { existsSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { ARM_STRUCTURE_IDS } from '../../../src/geometry/bodyMeshes'
import { buildBvhMesh, closestPoint, type BvhMesh } from '../../../src/geometry/meshBvh'
import { readGlb, type BodyModel } from '../../../src/model/readGlb'
import { BODIES } from '../helpers/bodies'

const ARM_BONES = new Set(['humerus', 'radius', 'ulna', 'hand'])
/** On the humerus, but moved with the shoulder by the arm-away techniques. */
const SHOULDER_MUSCLES = new Set(['deltoid'])
/** Vertices sampled per muscle. */
const SAMPLES = 60

function armShare(node: BodyModel['nodes'][number], bones: { id: string; mesh: BvhMesh }[]): number {
  const positions = node.mesh!.positions
  const count = positions.length / 3
  const step = Math.max(1, Math.floor(count / SAMPLES))
  let arm = 0
  let seen = 0
  for (let i = 0; i < count; i += step) {
    const p = { x: positions[i * 3]!, y: positions[i * 3 + 1]!, z: positions[i * 3 + 2]! }
    let best = { id: '', d: Infinity }
    for (const bone of bones) {
      const d = closestPoint(bone.mesh, p)?.distanceM ?? Infinity
      if (d < best.d) best = { id: bone.id, d }
    }
    if (ARM_BONES.has(best.id)) arm++
    seen++
  }
  return arm / seen
}

describe.each(BODIES.filter((b) => existsSync(b.file)))('the arm-away rule on $file knows every arm muscle', ({ file }) => {
  let model: BodyModel
  beforeAll(async () => {
    model = await readGlb(file)
  }, 120_000)

  it('lists every muscle lying mostly on the arm bones, and only those', () => {
    const left = model.nodes.filter((n) => n.extras.side === 'left' && n.mesh && n.mesh.indices.length >= 3)
    const bones = left.filter((n) => n.extras.kind === 'bone').map((n) => ({ id: n.extras.id!, mesh: buildBvhMesh(n.name, n.mesh!) }))
    const shares = left.filter((n) => n.extras.kind === 'muscle').map((n) => ({ id: n.extras.id!, share: armShare(n, bones) }))
    expect(shares.length).toBeGreaterThan(40)
    const unlisted = shares.filter((m) => m.share > 0.5 && !ARM_STRUCTURE_IDS.includes(m.id) && !SHOULDER_MUSCLES.has(m.id))
    const misplaced = shares.filter((m) => m.share <= 0.5 && ARM_STRUCTURE_IDS.includes(m.id))
    expect(unlisted.map((m) => `${m.id} (${Math.round(m.share * 100)}% on the arm bones)`)).toEqual([])
    expect(misplaced.map((m) => `${m.id} (${Math.round(m.share * 100)}% on the arm bones)`)).toEqual([])
  }, 120_000)
})
