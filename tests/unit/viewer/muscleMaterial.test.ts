// The muscle look (src/viewer/scene/muscleMaterial.ts): the shader patch lands in three's own Lambert shader where
// it must (declarations before main, the surface terms before the lights read the colour, the sheen after them),
// muscles with the fibre attribute share one muscle material per look while a foreign model's muscles and every
// other structure keep plain Lambert, and a highlighted muscle's own copy keeps the look and its program.
import { BoxGeometry, BufferAttribute, Color, Group, Mesh, MeshLambertMaterial, ShaderLib, type Material } from 'three'
import { describe, expect, it } from 'vitest'
import { FIBRE_ATTRIBUTE, threeAttributeName } from '../../../src/model/fibreAttributes'
import { defaultLayers } from '../../../src/viewer/layers'
import { applyAppearance } from '../../../src/viewer/scene/appearance'
import { MuscleMaterial, hasFibres, muscleDetail, muscleDetailVisible, patchMuscleShader } from '../../../src/viewer/scene/muscleMaterial'
import { mapByOwnExtras, prepareBody } from '../../../src/viewer/scene/prepareBody'

describe('muscle shader patch', () => {
  const { vertexShader, fragmentShader } = patchMuscleShader(ShaderLib.lambert.vertexShader, ShaderLib.lambert.fragmentShader)
  const at = (source: string, text: string): number => {
    const i = source.indexOf(text)
    expect(i, text).toBeGreaterThanOrEqual(0)
    return i
  }

  it("declares the fibre attribute and its varyings before three's main, and decodes it per vertex", () => {
    const main = at(vertexShader, 'void main()')
    expect(at(vertexShader, `attribute vec4 ${threeAttributeName(FIBRE_ATTRIBUTE)};`)).toBeLessThan(main)
    expect(at(vertexShader, 'varying float vTpaAcross;')).toBeLessThan(main)
    expect(at(vertexShader, 'vTpaAcross = ')).toBeGreaterThan(at(vertexShader, '#include <begin_vertex>'))
  })

  it('changes the colour before the lights read it and adds the sheen after the lights', () => {
    const main = at(fragmentShader, 'void main()')
    expect(at(fragmentShader, 'varying float vTpaTendon;')).toBeLessThan(main)
    const surface = at(fragmentShader, 'tpaStria = ')
    expect(surface).toBeGreaterThan(at(fragmentShader, '#include <normal_fragment_begin>'))
    expect(surface).toBeLessThan(at(fragmentShader, '#include <lights_lambert_fragment>'))
    const sheen = at(fragmentShader, 'reflectedLight.directDiffuse +=')
    expect(sheen).toBeGreaterThan(at(fragmentShader, '#include <lights_fragment_end>'))
    expect(sheen).toBeLessThan(at(fragmentShader, 'vec3 outgoingLight'))
    // anti-aliased striation, no texture lookups
    expect(fragmentShader).toContain('fwidth( vTpaAcross )')
    expect(fragmentShader.slice(main)).not.toMatch(/texture2?D?\(\s*[a-z]*[Tt]pa/)
  })

  it("fails loudly when three's shader lacks a chunk the patch hooks into", () => {
    expect(() => patchMuscleShader(ShaderLib.lambert.vertexShader, ShaderLib.basic.fragmentShader)).toThrow(/lights_lambert_fragment/)
  })
})

/** A muscle mesh as the body generator writes it (with `_fibre`) or as a foreign model has it (without). */
function muscle(id: string, side: string, withFibres: boolean, colour = '#a03030'): Mesh {
  const geometry = new BoxGeometry(0.1, 0.1, 0.1)
  if (withFibres) {
    const n = geometry.getAttribute('position').count
    geometry.setAttribute(threeAttributeName(FIBRE_ATTRIBUTE), new BufferAttribute(new Uint16Array(4 * n), 4, true))
  }
  const m = new Mesh(geometry, new MeshLambertMaterial({ color: new Color(colour) }))
  m.userData = { kind: 'muscle', id, side, layer: 'superficial', name: id }
  m.name = `${id}${side}`
  return m
}

function bone(id: string): Mesh {
  const m = new Mesh(new BoxGeometry(0.1, 0.1, 0.1), new MeshLambertMaterial())
  m.userData = { kind: 'bone', id, side: 'left', name: id }
  return m
}

describe('muscle material in the body', () => {
  const root = new Group()
  root.add(muscle('soleus', 'left', true), muscle('soleus', 'right', true), muscle('gastrocnemius', 'left', true))
  root.add(muscle('tibialis-anterior', 'left', false), bone('tibia'))
  const body = prepareBody({ scene: root, originalName: new Map() }, mapByOwnExtras)
  const materialOf = (nodeName: string): Material => body.meshesOf.get(nodeName)![0]!.material as Material

  it('tells a mesh with the fibre attribute from one without', () => {
    expect(hasFibres(muscle('soleus', 'left', true).geometry)).toBe(true)
    expect(hasFibres(muscle('soleus', 'left', false).geometry)).toBe(false)
  })

  it('gives muscles with fibres one shared muscle material per look, and plain Lambert to the rest', () => {
    const soleus = materialOf('soleus.left')
    expect(soleus).toBeInstanceOf(MuscleMaterial)
    expect(materialOf('soleus.right')).toBe(soleus)
    expect(materialOf('gastrocnemius.left')).toBe(soleus)
    // a muscle of a foreign model (no fibre attribute), and a bone: plain Lambert
    expect(materialOf('tibialis-anterior.left')).not.toBeInstanceOf(MuscleMaterial)
    expect(materialOf('tibialis-anterior.left')).toBeInstanceOf(MeshLambertMaterial)
    expect(materialOf('tibia.left')).not.toBeInstanceOf(MuscleMaterial)
  })

  it('keeps the look on the copy a highlighted muscle gets, and the same program for every muscle', () => {
    applyAppearance(body, {
      layers: defaultLayers(),
      hidden: [],
      isolated: null,
      variantsShown: false,
      selection: 'soleus.left',
      hover: null,
      highlight: null,
    })
    const selected = materialOf('soleus.left') as MuscleMaterial
    expect(selected).not.toBe(materialOf('soleus.right'))
    expect(selected).toBeInstanceOf(MuscleMaterial)
    expect(selected.customProgramCacheKey()).toBe((materialOf('soleus.right') as MuscleMaterial).customProgramCacheKey())
    // x-ray: the shared muscle material turns see-through like any other
    const layers = defaultLayers()
    layers.superficial.opacity = 0.3
    applyAppearance(body, { layers, hidden: [], isolated: null, variantsShown: false, selection: null, hover: null, highlight: null })
    expect(materialOf('soleus.left')).toBe(materialOf('soleus.right'))
    expect(materialOf('soleus.right').transparent).toBe(true)
    expect(materialOf('soleus.right').opacity).toBeCloseTo(0.3)
  })
})

describe('muscle detail (striation and sheen) by distance', () => {
  it('is skipped with the whole body on screen and drawn once a muscle is framed', () => {
    // the resting view: the camera about 3.8 m from the body's centre, bounds radius about 0.95 m, 720 px tall
    expect(muscleDetailVisible(3.8, 0.95, 35, 720)).toBe(false)
    // a muscle framed: the camera some 30 cm from the skin
    expect(muscleDetailVisible(1.25, 0.95, 35, 720)).toBe(true)
    // inside the bounds (close on the skin), and a taller view sees detail further away
    expect(muscleDetailVisible(0.5, 0.95, 35, 720)).toBe(true)
    expect(muscleDetailVisible(3.2, 0.95, 35, 720)).toBe(false)
    expect(muscleDetailVisible(3.2, 0.95, 35, 2160)).toBe(true)
  })

  it('gates the striation and the sheen on one shared uniform, and keeps tendon colour and rim', () => {
    const m = new MuscleMaterial()
    const shader = { vertexShader: ShaderLib.lambert.vertexShader, fragmentShader: ShaderLib.lambert.fragmentShader, uniforms: {} } as never
    m.onBeforeCompile(shader)
    const s = shader as unknown as { fragmentShader: string; uniforms: Record<string, unknown> }
    expect(s.uniforms.tpaDetail).toBe(muscleDetail)
    expect(s.fragmentShader.match(/if \( tpaDetail > 0\.5 \)/g)?.length).toBe(2)
    expect(s.fragmentShader).toContain('vec3( 0.8, 0.76, 0.68 )')
  })
})
