// The see-through skin: its opacity rises toward the silhouette (a rim, so it reads as a shell round the muscles),
// it glows faintly in its own colour while see-through and not when opaque, and the skin of a prepared body gets
// this material while nothing else does.
import { BoxGeometry, Group, Mesh, MeshLambertMaterial, ShaderLib } from 'three'
import { describe, expect, it } from 'vitest'
import { applyAppearance } from '../../../src/viewer/scene/appearance'
import { mapByOwnExtras, prepareBody } from '../../../src/viewer/scene/prepareBody'
import { SkinMaterial, patchSkinShader } from '../../../src/viewer/scene/skinMaterial'
import { defaultLayers } from '../../../src/viewer/layers'

function node(kind: string, id: string, side: string, layer?: string): Mesh {
  const m = new Mesh(new BoxGeometry(0.1, 0.1, 0.1), new MeshLambertMaterial())
  m.userData = { kind, id, side, ...(layer ? { layer } : {}), name: id }
  m.name = `${id}.${side}`
  return m
}

function preparedBody() {
  const root = new Group()
  root.add(node('skin', 'skin', 'midline', 'skin'), node('muscle', 'soleus', 'left', 'superficial'), node('bone', 'tibia', 'left', 'bones'))
  return prepareBody({ scene: root, originalName: new Map() }, mapByOwnExtras)
}

describe('the skin material', () => {
  it('raises the opacity toward the silhouette just before three writes the fragment', () => {
    const patched = patchSkinShader(ShaderLib.lambert.fragmentShader)
    const rim = patched.indexOf('diffuseColor.a +=')
    expect(rim).toBeGreaterThan(0)
    expect(rim).toBeLessThan(patched.indexOf('#include <opaque_fragment>'))
    // nothing else of three's shader changes
    const start = patched.lastIndexOf('\n{', rim)
    const end = patched.indexOf('}\n', rim) + 2
    expect(patched.slice(0, start) + patched.slice(end)).toBe(ShaderLib.lambert.fragmentShader)
  })

  it("fails loudly when three's shader lacks the chunk it hooks into", () => {
    expect(() => patchSkinShader('void main() {}')).toThrow(/opaque_fragment/)
  })

  it('is given to the skin only', () => {
    const b = preparedBody()
    const materialOf = (name: string) => b.meshesOf.get(name)![0]!.material
    expect(materialOf('skin.midline')).toBeInstanceOf(SkinMaterial)
    expect(materialOf('soleus.left')).not.toBeInstanceOf(SkinMaterial)
    expect(materialOf('tibia.left')).not.toBeInstanceOf(SkinMaterial)
  })

  it('glows in its own colour while see-through, more the fainter it is, and not at all when opaque', () => {
    const b = preparedBody()
    const skin = b.meshesOf.get('skin.midline')![0]!
    const glowAt = (opacity: number): number => {
      const layers = defaultLayers()
      layers.skin.opacity = opacity
      applyAppearance(b, { layers, hidden: [], isolated: null, variantsShown: false, selection: null, hover: null, highlight: null })
      const m = skin.material as SkinMaterial
      return m.emissive.r + m.emissive.g + m.emissive.b
    }
    const faint = glowAt(0.25)
    const half = glowAt(0.5)
    expect(glowAt(1)).toBe(0)
    expect(half).toBeGreaterThan(0)
    expect(faint).toBeGreaterThan(half)
    // in the skin's own colour: its channels keep the base colour's proportions
    const m = skin.material as SkinMaterial
    glowAt(0.25)
    expect(m.emissive.r / m.emissive.b).toBeCloseTo(m.color.r / m.color.b, 5)
  })

  it('keeps its glow, under the highlight, while hovered or selected', () => {
    const b = preparedBody()
    const skin = b.meshesOf.get('skin.midline')![0]!
    const glowWith = (hover: string | null, selection: string | null): number => {
      const layers = defaultLayers()
      layers.skin.opacity = 0.6
      applyAppearance(b, { layers, hidden: [], isolated: null, variantsShown: false, selection, hover, highlight: null })
      const m = skin.material as SkinMaterial
      return m.emissive.r
    }
    const plain = glowWith(null, null)
    expect(plain).toBeGreaterThan(0)
    // the hover glow alone is about 0.07 in red; with the skin's own glow it is more than the plain glow
    expect(glowWith('skin.midline', null)).toBeGreaterThan(plain)
    expect(glowWith(null, 'skin.midline')).toBeGreaterThan(plain)
  })
})
