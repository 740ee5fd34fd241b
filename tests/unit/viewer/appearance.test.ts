// The body's look as the renderer sees it: structures drawn alike share one material (few material switches per
// frame), the body's matrices are final once prepared, and a quiz highlight fades every other muscle, those
// that share the highlighted muscle's look included, whatever order the meshes come in.
import { BoxGeometry, Color, Group, Mesh, MeshLambertMaterial, Vector3, type Material, type Object3D } from 'three'
import { describe, expect, it } from 'vitest'
import { applyAppearance } from '../../../src/viewer/scene/appearance'
import { mapByOwnExtras, prepareBody } from '../../../src/viewer/scene/prepareBody'
import { defaultLayers } from '../../../src/viewer/layers'

const RED = '#a03030'
const DARK_RED = '#702020'

function muscle(id: string, side: string, colour: string, layer = 'superficial'): Mesh {
  const m = new Mesh(new BoxGeometry(0.1, 0.1, 0.1), new MeshLambertMaterial({ color: new Color(colour) }))
  m.userData = { kind: 'muscle', id, side, layer, name: id }
  m.name = `${id}${side}`
  return m
}

function body(order: 'left-first' | 'right-first'): Group {
  const root = new Group()
  const sides = order === 'left-first' ? ['left', 'right'] : ['right', 'left']
  for (const side of sides) root.add(muscle('soleus', side, RED))
  root.add(muscle('gastrocnemius', 'left', RED), muscle('tibialis-anterior', 'left', DARK_RED), muscle('popliteus', 'left', RED, 'deep'))
  const placed = muscle('trapezius', 'left', DARK_RED)
  placed.position.set(0.1, 1.4, -0.05)
  root.add(placed)
  return root
}

const prepare = (root: Object3D): ReturnType<typeof prepareBody> => prepareBody({ scene: root, originalName: new Map() }, mapByOwnExtras)
const meshOf = (b: ReturnType<typeof prepare>, nodeName: string): Mesh => b.meshesOf.get(nodeName)![0]!
const opacityOf = (mesh: Mesh): number => (mesh.material as Material).opacity

describe('body materials and matrices', () => {
  it('gives structures drawn alike (kind, layer, colour) one material, and others their own', () => {
    const b = prepare(body('left-first'))
    const soleusLeft = meshOf(b, 'soleus.left').material
    expect(meshOf(b, 'soleus.right').material).toBe(soleusLeft)
    expect(meshOf(b, 'gastrocnemius.left').material).toBe(soleusLeft)
    // another colour, or the same colour in another layer, is another material
    expect(meshOf(b, 'tibialis-anterior.left').material).not.toBe(soleusLeft)
    expect(meshOf(b, 'popliteus.left').material).not.toBe(soleusLeft)
    expect(meshOf(b, 'trapezius.left').material).toBe(meshOf(b, 'tibialis-anterior.left').material)
    const materials = new Set([...b.nodeOf.keys()].map((m) => m.material))
    expect(materials.size).toBe(3)
  })

  it('keeps each mesh where the file put it, with matrices that are not recomposed in every frame', () => {
    const b = prepare(body('left-first'))
    const trapezius = meshOf(b, 'trapezius.left')
    const where = new Vector3().setFromMatrixPosition(trapezius.matrixWorld)
    expect(where.toArray().map((v) => Math.round(v * 1000) / 1000)).toEqual([0.1, 1.4, -0.05])
    b.root.traverse((o) => expect(o.matrixAutoUpdate).toBe(false))
  })
})

describe('quiz highlight over shared materials', () => {
  for (const order of ['left-first', 'right-first'] as const) {
    it(`fades every other muscle, its twin and a muscle of the same look included (${order})`, () => {
      const b = prepare(body(order))
      const state = {
        layers: defaultLayers(),
        hidden: [],
        isolated: null,
        variantsShown: false,
        selection: null,
        hover: null,
        highlight: 'soleus.left',
      }
      applyAppearance(b, state)
      const highlighted = meshOf(b, 'soleus.left')
      expect(highlighted.material).not.toBe(meshOf(b, 'soleus.right').material)
      expect(opacityOf(highlighted)).toBe(1)
      for (const other of ['soleus.right', 'gastrocnemius.left', 'tibialis-anterior.left', 'popliteus.left']) {
        expect(opacityOf(meshOf(b, other)), other).toBeCloseTo(0.2)
      }
      // the highlight ends: every muscle is drawn whole again with the shared material
      applyAppearance(b, { ...state, highlight: null })
      expect(highlighted.material).toBe(meshOf(b, 'soleus.right').material)
      for (const m of b.nodeOf.keys()) expect(opacityOf(m)).toBe(1)
    })
  }
})
