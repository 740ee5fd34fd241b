// The readiness test: ready only once the body is in the scene and a frame drew it.
import { describe, expect, it } from 'vitest'
import { BoxGeometry, Group, Mesh, MeshBasicMaterial, Scene } from 'three'
import { bodyDrawn } from '../../../src/viewer/scene/bodyDrawn'

function body(): { root: Group; mesh: Mesh } {
  const root = new Group()
  const mesh = new Mesh(new BoxGeometry(), new MeshBasicMaterial())
  root.add(mesh)
  return { root, mesh }
}

describe('bodyDrawn', () => {
  it('is false while the body is not attached to a scene, whatever was drawn', () => {
    const { root } = body()
    expect(bodyDrawn(root, 0)).toBe(false)
    expect(bodyDrawn(root, 5000)).toBe(false)
    const loose = new Group()
    loose.add(root)
    expect(bodyDrawn(root, 5000)).toBe(false)
  })

  it('is false for a frame with no triangles while some part of the body is visible', () => {
    const { root } = body()
    new Scene().add(root)
    expect(bodyDrawn(root, 0)).toBe(false)
    expect(bodyDrawn(root, 12)).toBe(true)
  })

  it('is true with no triangles when every part is hidden (a link that hides all layers)', () => {
    const { root, mesh } = body()
    const scene = new Scene()
    const wrapper = new Group()
    wrapper.add(root)
    scene.add(wrapper)
    mesh.visible = false
    expect(bodyDrawn(root, 0)).toBe(true)
  })
})
