// Mapping a foreign model's nodes to our ids: extras, FMA ids, names from Z-Anatomy, BodyParts3D and the Human
// Reference Atlas (naming per /work/shared/model-naming.md), side detection, roll-up of parts, and what must
// never map.
import { describe, expect, it } from 'vitest'
import { CONTEXT_MUSCLES, DANGER_STRUCTURES, MUSCLES } from '../../../src/anatomy/ids'
import { mapForeignNode, mapForeignScene } from '../../../src/mapping/foreignModel'
import { FMA_TO_STRUCTURE, parseFmaId } from '../../../src/mapping/fmaIds'
import { parseForeignName } from '../../../src/mapping/foreignName'
import { frameHintFromBounds } from '../../../src/mapping/frameHint'
import { ALTERNATIVE_NAMES, synonymsFor } from '../../../src/mapping/alternativeNames'

const short = (name: string, extras?: unknown): string | null => {
  const m = mapForeignNode(name, extras)
  return m ? `${m.id}.${m.side}:${m.kind}:${m.via}` : null
}

describe('our extras come first', () => {
  it('uses valid extras even when the name says something else', () => {
    expect(short('Mesh_12', { kind: 'muscle', id: 'soleus', side: 'left', layer: 'deep', name: 'Soleus' })).toBe(
      'soleus.left:muscle:extras',
    )
    expect(short('Left deltoid', { kind: 'bone', id: 'femur', side: 'right' })).toBe('femur.right:bone:extras')
  })

  it('ignores extras of the wrong shape and falls back to the name', () => {
    for (const extras of [
      { kind: 'muscle', id: 'Soleus!', side: 'left' },
      { kind: 'tendon', id: 'soleus', side: 'left' },
      { kind: 'muscle', id: 'soleus', side: 'up' },
      { kind: 'muscle', id: 42, side: 'left' },
      { kind: 'muscle', id: 'soleus' },
      ['muscle', 'soleus', 'left'],
      'soleus',
      null,
      undefined,
    ]) {
      expect(short('Left deltoid', extras)).toBe('deltoid.left:muscle:name')
    }
  })

  it('reads our own node names without extras', () => {
    expect(short('soleus.left')).toBe('soleus.left:muscle:name')
    expect(short('c7-spinous-process.midline')).toBe('c7-spinous-process.midline:landmark:name')
    expect(short('parietal-pleura.right')).toBe('parietal-pleura.right:danger:name')
    expect(short('lung.left')).toBe('lung.left:organ:name')
    expect(short('skin.midline')).toBe('skin.midline:skin:name')
  })
})

describe('FMA ids', () => {
  it('parses the usual spellings', () => {
    expect(parseFmaId('FMA9626')).toBe(9626)
    expect(parseFmaId('FMA:22542')).toBe(22542)
    expect(parseFmaId('fma_13407 sternocleidomastoid')).toBe(13407)
    expect(parseFmaId('Soleus (FMA22542)')).toBe(22542)
    expect(parseFmaId(9626)).toBe(9626)
    expect(parseFmaId('9626')).toBe(9626)
    expect(parseFmaId('XFMA9626')).toBeNull()
    expect(parseFmaId('trapezius')).toBeNull()
    expect(parseFmaId(-3)).toBeNull()
    expect(parseFmaId({})).toBeNull()
  })

  it('maps known FMA ids, with the side from the name when it has one', () => {
    expect(short('FMA22542')).toBe('soleus.midline:muscle:fma')
    expect(short('FMA22542_L')).toBe('soleus.left:muscle:fma')
    expect(short('FMA32521 right')).toBe('deltoid.right:muscle:fma')
    expect(short('Mesh', { fma: 'FMA13407' })).toBe('sternocleidomastoid.midline:muscle:fma')
    const trapezius = mapForeignNode('FMA9626', undefined)
    expect(trapezius?.covers).toEqual(['upper-trapezius', 'middle-trapezius', 'lower-trapezius'])
  })

  it('falls back to the name for an FMA id we do not list', () => {
    expect(short('FMA99999999 Left soleus')).toBe('soleus.left:muscle:name')
    expect(short('FMA7163')).toBeNull()
  })

  it('every FMA target is one of our muscle ids', () => {
    const ids = new Set(MUSCLES.map((m) => m.id))
    for (const target of FMA_TO_STRUCTURE.values()) {
      expect(ids.has(target.id)).toBe(true)
      for (const c of target.covers ?? []) expect(ids.has(c)).toBe(true)
    }
  })
})

describe('names: BodyParts3D preferred names', () => {
  const cases: [string, string][] = [
    ['Descending part of left trapezius', 'upper-trapezius.left'],
    ['Transverse part of right trapezius', 'middle-trapezius.right'],
    ['Ascending part of left trapezius', 'lower-trapezius.left'],
    ['Lateral head of right gastrocnemius', 'gastrocnemius.right'],
    ['Medial head of left gastrocnemius', 'gastrocnemius.left'],
    ['Sternocostal part of left pectoralis major', 'pectoralis-major.left'],
    ['Clavicular part of right pectoralis major', 'pectoralis-major.right'],
    ['Left soleus', 'soleus.left'],
    ['Long head of left biceps femoris', 'hamstrings.left'],
    ['Right semitendinosus', 'hamstrings.right'],
    ['Left rhomboid major', 'rhomboids.left'],
    ['Right rhomboid minor', 'rhomboids.right'],
    ['Left psoas major', 'iliopsoas.left'],
    ['Right iliacus', 'iliopsoas.right'],
    ['Left peroneus longus', 'fibularis-longus.left'],
    ['Left extensor carpi radialis brevis', 'wrist-extensors.left'],
    ['Right anterior scalene', 'scalenes.right'],
    ['Superior lobe of left lung', 'lung.left'],
    ['Right kidney', 'kidney.right'],
  ]
  for (const [name, expected] of cases) {
    it(`"${name}" → ${expected}`, () => {
      const m = mapForeignNode(name, undefined)
      expect(m && `${m.id}.${m.side}`).toBe(expected)
      expect(m?.via).toBe('name')
    })
  }
})

describe('names: Z-Anatomy', () => {
  it('reads .l/.r side suffixes and drops "muscle"', () => {
    expect(short('Pectoralis minor muscle.l')).toBe('pectoralis-minor.left:muscle:name')
    expect(short('Trapezius muscle.r')).toBe('upper-trapezius.right:muscle:name')
    expect(short('Gluteus medius muscle.l')).toBe('gluteus-medius.left:muscle:name')
    expect(short('Tensor fasciae latae muscle.r')).toBe('tensor-fasciae-latae.right:muscle:name')
    expect(short('Sternocleidomastoid muscle.r.001')).toBe('sternocleidomastoid.right:muscle:name')
  })

  it('never treats attachment areas (.ol/.el) or groups (.g) as structures', () => {
    expect(mapForeignNode('Pectoralis minor muscle.ol', undefined)).toBeNull()
    expect(mapForeignNode('Pectoralis minor muscle.el.l', undefined)).toBeNull()
    expect(mapForeignNode('Soleus muscle.l.el', undefined)).toBeNull()
    expect(mapForeignNode('Right lung.g', undefined)).toBeNull()
    expect(mapForeignNode('Lungs.g', undefined)).toBeNull()
    expect(parseForeignName('Pectoralis minor muscle.ol.l').notAStructure).toBe('attachment-area')
    expect(parseForeignName('Right lung.g').notAStructure).toBe('group')
  })

  it('an attachment area named by FMA id is still not a muscle', () => {
    expect(mapForeignNode('FMA22542.ol', undefined)).toBeNull()
  })
})

describe('names: Human Reference Atlas and hand-made files', () => {
  it('reads VH_M_/VH_F_ prefixes with the side', () => {
    expect(short('VH_M_left_kidney')).toBe('kidney.left:organ:name')
    expect(short('VH_F_right_lung_superior_lobe')).toBe('lung.right:organ:name')
    expect(short('VH_M_left_lung_apical_bronchopulmonary_segment')).toBe('lung.left:organ:name')
  })

  it("reads the issue's examples and common spellings", () => {
    expect(short('Trapezius muscle (left)')).toBe('upper-trapezius.left:muscle:name')
    expect(short('trapezius_L')).toBe('upper-trapezius.left:muscle:name')
    expect(short('TRAPEZIUS-R')).toBe('upper-trapezius.right:muscle:name')
    expect(short('upper_trapezius_R')).toBe('upper-trapezius.right:muscle:name')
    expect(short('Musculus soleus dexter')).toBe('soleus.right:muscle:name')
    expect(short('Musculus gluteus maximus sinister')).toBe('gluteus-maximus.left:muscle:name')
    expect(short('Sternocleidomastoïd (right)')).toBe('sternocleidomastoid.right:muscle:name')
    expect(short('SCM_L')).toBe('sternocleidomastoid.left:muscle:name')
    expect(short('skin')).toBe('skin.midline:skin:name')
    expect(short('Skin of left arm')).toBe('skin.midline:skin:name')
  })

  it('names danger structures', () => {
    expect(short('Left sciatic nerve')).toBe('sciatic-nerve.left:danger:name')
    expect(short('Right popliteal vein')).toBe('popliteal-vessels.right:danger:name')
    expect(short('Left femoral artery')).toBe('femoral-neurovascular-bundle.left:danger:name')
    expect(short('Right brachial plexus')).toBe('brachial-plexus.right:danger:name')
    expect(short('Left internal jugular vein')).toBe('common-carotid-artery.left:danger:name')
    expect(short('Cupula of left pleura')).toBe('parietal-pleura.left:danger:name')
  })

  it('gives no side, as midline, when the name names none or both', () => {
    expect(short('Soleus')).toBe('soleus.midline:muscle:name')
    expect(short('Left and right soleus')).toBe('soleus.midline:muscle:name')
  })
})

describe('what must not map', () => {
  const notOurs = [
    'Nerve to left soleus',
    'Tendon of long head of right biceps brachii',
    'Deltoid tuberosity of left humerus',
    'Left deltoid ligament',
    'Right psoas minor',
    'Left flexor hallucis longus',
    'Right serratus posterior inferior',
    'Visceral pleura of left lung',
    'Left temporal bone',
    'Left femur',
    'Camera',
    '',
    'Light.001',
    '<script>alert(1)</script>',
  ]
  for (const name of notOurs) {
    it(`"${name}" stays unmapped`, () => {
      expect(mapForeignNode(name, undefined)).toBeNull()
    })
  }

  it('maps its own near misses correctly: forearm extensor digitorum, not the leg or the foot one', () => {
    expect(short('Left extensor digitorum')).toBe('extensor-digitorum.left:muscle:name')
    expect(short('Left extensor digitorum longus')).toBe('extensor-digitorum-longus.left:muscle:name')
    expect(short('Right extensor digitorum brevis')).toBe('extensor-digitorum-brevis.right:muscle:name')
  })

  it("tells the hand's small muscles from the foot's", () => {
    expect(short('Left abductor digiti minimi of hand')).toBe('abductor-digiti-minimi-hand.left:muscle:name')
    expect(short('Left abductor digiti minimi of foot')).toBe('abductor-digiti-minimi-foot.left:muscle:name')
    expect(short('Right dorsal interossei of foot')).toBeNull()
    expect(short('Left flexor digiti minimi brevis of foot')).toBeNull()
    expect(short('Right first dorsal interosseous')).toBe('dorsal-interossei-hand.right:muscle:name')
    expect(short('Left lumbrical muscles of hand')).toBe('lumbricals-hand.left:muscle:name')
    expect(short('Right lumbrical muscles of foot')).toBeNull()
    expect(short('Left lumbricales of foot')).toBeNull()
  })
})

describe('name table', () => {
  it('every alternative names an id of ours', () => {
    const ours = new Set([
      ...MUSCLES.map((m) => m.id),
      ...CONTEXT_MUSCLES.map((m) => m.id),
      ...DANGER_STRUCTURES.map((d) => d.id),
      'lung',
      'kidney',
      'skin',
    ])
    for (const id of Object.keys(ALTERNATIVE_NAMES)) expect(ours.has(id), id).toBe(true)
    expect(synonymsFor('fibularis-longus')).toContain('peroneus longus')
    expect(synonymsFor('no-such-id')).toEqual([])
  })

  it('every muscle maps from its English and its Latin name, with a side', () => {
    for (const m of [...MUSCLES, ...CONTEXT_MUSCLES]) {
      expect(short(`${m.name} (left)`), m.name).toBe(`${m.id}.left:muscle:name`)
      expect(short(`${m.latin}.r`), m.latin).toBe(`${m.id}.right:muscle:name`)
    }
  })
})

describe('mapForeignScene', () => {
  it('lists every node as mapped or unmapped, with reasons, and groups nodes by structure', () => {
    const nodes = [
      { name: 'Lateral head of left gastrocnemius' },
      { name: 'Medial head of left gastrocnemius' },
      { name: 'Gastrocnemius muscle.el.l' },
      { name: 'Lungs.g' },
      { name: 'Mystery blob' },
      { name: 'Body', extras: { kind: 'skin', id: 'skin', side: 'midline' } },
    ]
    const r = mapForeignScene(nodes)
    expect(r.mapped.map((m) => m.index)).toEqual([0, 1, 5])
    expect(r.unmapped).toEqual([
      { index: 2, sourceName: 'Gastrocnemius muscle.el.l', reason: 'attachment-area' },
      { index: 3, sourceName: 'Lungs.g', reason: 'group' },
      { index: 4, sourceName: 'Mystery blob', reason: 'unrecognised' },
    ])
    expect(r.byStructure.get('gastrocnemius.left')).toEqual([0, 1])
    expect(r.byStructure.get('skin.midline')).toEqual([5])
    expect(r.mapped.length + r.unmapped.length).toBe(nodes.length)
    expect(r.frameHint).toBeNull()
  })

  it('survives nodes with a missing or non-string name', () => {
    const r = mapForeignScene([{ name: undefined as unknown as string }, { name: 42 as unknown as string }])
    expect(r.unmapped).toHaveLength(2)
  })

  it('gives a frame hint from the bounding box', () => {
    const r = mapForeignScene([{ name: 'FMA22542' }], { min: [-300, -150, 0], max: [300, 150, 1700] })
    expect(r.frameHint).toMatchObject({ scale: 0.001, unit: 'mm', upAxis: 'z', rotateXDeg: -90 })
  })
})

describe('frameHintFromBounds', () => {
  it('BodyParts3D: millimetres with Z up', () => {
    expect(frameHintFromBounds([-280, -160, 0], [280, 120, 1680])).toMatchObject({ scale: 0.001, upAxis: 'z', rotateXDeg: -90 })
  })
  it('our frame and Z-Anatomy: metres with Y up', () => {
    const h = frameHintFromBounds([-0.3, 0, -0.15], [0.3, 1.75, 0.15])
    expect(h).toMatchObject({ scale: 1, unit: 'm', upAxis: 'y', rotateXDeg: 0 })
    expect(h?.reason).toContain('1.75 m')
  })
  it('centimetres with Y up', () => {
    expect(frameHintFromBounds([-30, 0, -15], [30, 172, 15])).toMatchObject({ scale: 0.01, unit: 'cm', upAxis: 'y' })
  })
  it('arms spread wider than tall stays Y up when Y is the tallest of Y and Z', () => {
    expect(frameHintFromBounds([-0.9, 0, -0.15], [0.9, 1.7, 0.15])).toMatchObject({ upAxis: 'y', scale: 1 })
  })
  it('rejects empty or broken boxes', () => {
    expect(frameHintFromBounds([0, 0, 0], [0, 0, 0])).toBeNull()
    expect(frameHintFromBounds([0, 0, 0], [Number.NaN, 1, 1])).toBeNull()
    expect(frameHintFromBounds([1, 1, 1], [0, 0, 0])).toBeNull()
  })
})
