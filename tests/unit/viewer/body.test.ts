// The body handle: node lookup by `<id>.<side>`, every side of a structure, the skin and the landmarks, all
// read from the prepared model once (no scene traversal at lookup time, no polling).
import { BoxGeometry, Group, Mesh, MeshBasicMaterial, Object3D } from 'three'
import { describe, expect, it } from 'vitest'
import { bodyHandle, meshesOfNode, sidesOfStructure, withSkin } from '../../../src/viewer/scene/body'
import { mapByOwnExtras, prepareBody } from '../../../src/viewer/scene/prepareBody'

function node(kind: string, id: string, side: string, withMesh = true): Object3D {
  const o = withMesh ? new Mesh(new BoxGeometry(0.1, 0.1, 0.1), new MeshBasicMaterial()) : new Object3D()
  o.userData = { kind, id, side, name: id }
  // three's loader strips the dot from node names
  o.name = `${id}${side}`
  return o
}

/** A small body: a skin, soleus on both sides, the pleura on both sides, a two-part sternum and two landmarks under a moved group. */
function smallBody(withSkinNode = true): Group {
  const root = new Group()
  if (withSkinNode) root.add(node('skin', 'skin', 'midline'))
  const left = node('muscle', 'soleus', 'left')
  left.position.set(0.1, 0.3, 0)
  root.add(left, node('muscle', 'soleus', 'right'))
  root.add(node('danger', 'parietal-pleura', 'left'), node('danger', 'parietal-pleura', 'right'))
  // a node with two primitives: three makes it a group holding two meshes
  const sternum = new Group()
  sternum.userData = { kind: 'bone', id: 'sternum', side: 'midline' }
  sternum.add(new Mesh(new BoxGeometry(0.05, 0.2, 0.02)), new Mesh(new BoxGeometry(0.05, 0.1, 0.02)))
  root.add(sternum)
  const moved = new Group()
  moved.position.set(0, 1, 0)
  const c7 = node('landmark', 'c7-spinous-process', 'midline', false)
  c7.position.set(0, 0.5, -0.1)
  const heel = node('landmark', 'calcaneus', 'left', false)
  heel.position.set(0.1, -1, -0.05)
  moved.add(c7, heel)
  root.add(moved)
  return root
}

const prepared = (root: Object3D): ReturnType<typeof prepareBody> => prepareBody({ scene: root, originalName: new Map() }, mapByOwnExtras)

describe('body handle', () => {
  it('looks a node up by `<id>.<side>`, and a name that is not one finds nothing', () => {
    const body = bodyHandle(prepared(smallBody()))
    const [left] = body.node('soleus.left')
    expect(left?.userData.side).toBe('left')
    expect(body.node('soleus.right')[0]?.userData.side).toBe('right')
    expect(body.node('soleus.left')).toBe(body.node('soleus.left')) // the same list each time: nothing is searched
    expect(body.node('sternum.midline')).toHaveLength(2)
    expect(body.node('soleus.midline')).toEqual([])
    expect(body.node('soleus')).toEqual([])
    expect(body.node('soleusleft')).toEqual([])
    expect(body.node('deltoid.left')).toEqual([])
  })

  it('lists every side a structure has, left, right then midline', () => {
    const body = prepared(smallBody())
    expect(sidesOfStructure(body, 'parietal-pleura').map((s) => s.nodeName)).toEqual(['parietal-pleura.left', 'parietal-pleura.right'])
    expect(sidesOfStructure(body, 'sternum').map((s) => [s.side, s.meshes.length])).toEqual([['midline', 2]])
    expect(sidesOfStructure(body, 'lung')).toEqual([])
    expect(meshesOfNode(body, 'parietal-pleura.right')).toHaveLength(1)
  })

  it('finds the skin, and a body without one has no skin to draw on', () => {
    const body = bodyHandle(prepared(smallBody()))
    expect(body.skin?.userData.kind).toBe('skin')
    expect(withSkin(body)).toBe(body)
    const bare = bodyHandle(prepared(smallBody(false)))
    expect(bare.skin).toBeNull()
    expect(withSkin(bare)).toBeNull()
    expect(withSkin(null)).toBeNull()
  })

  it('keeps each landmark at its world position, and the lookup reads them by id and side', () => {
    const body = bodyHandle(prepared(smallBody()))
    expect([...body.landmarks.keys()].sort()).toEqual(['c7-spinous-process.midline', 'calcaneus.left'])
    const c7 = body.lookup('c7-spinous-process', 'midline')!
    expect([c7.x, c7.y, c7.z].map((v) => +v.toFixed(6))).toEqual([0, 1.5, -0.1])
    const heel = body.lookup('calcaneus', 'left')!
    expect([heel.x, heel.y, heel.z].map((v) => +v.toFixed(6))).toEqual([0.1, 0, -0.05])
    expect(body.lookup('calcaneus', 'right')).toBeUndefined()
    // landmarks are not structures: nothing to draw, list or pick
    expect(body.structures.some((s) => s.kind === 'landmark')).toBe(false)
    expect(body.node('c7-spinous-process.midline')).toEqual([])
  })
})
