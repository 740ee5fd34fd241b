// The names other models and people use for our structures: our English and Latin names (from
// src/anatomy/ids.ts) plus common alternatives (old terminology, parts and heads that roll up to the whole
// muscle, members of a group we model as one). Used to map a foreign model's node names and as search synonyms.
import { CONTEXT_MUSCLES, DANGER_STRUCTURES, MUSCLES, ORGANS } from '../anatomy/ids'

export type NamedKind = 'muscle' | 'danger' | 'organ' | 'skin'

export interface NameTarget {
  id: string
  kind: NamedKind
  /** All our ids the named structure covers, when more than one ("trapezius" covers the three parts). */
  covers?: readonly string[]
}

/** Common alternatives, written as a person would; folded before use. Parts and heads roll up to the muscle. */
export const ALTERNATIVE_NAMES: Readonly<Record<string, readonly string[]>> = {
  'upper-trapezius': [
    'descending part of trapezius',
    'descending trapezius',
    'upper fibres of trapezius',
    'upper fibers of trapezius',
    'superior trapezius',
    'pars descendens trapezii',
  ],
  'middle-trapezius': [
    'transverse part of trapezius',
    'transverse trapezius',
    'middle fibres of trapezius',
    'middle fibers of trapezius',
    'pars transversa trapezii',
  ],
  'lower-trapezius': [
    'ascending part of trapezius',
    'ascending trapezius',
    'lower fibres of trapezius',
    'lower fibers of trapezius',
    'inferior trapezius',
    'pars ascendens trapezii',
  ],
  'levator-scapulae': ['levator scapulae'],
  sternocleidomastoid: ['sternomastoid', 'SCM', 'sternocleidomastoideus'],
  scalenes: [
    'scalene',
    'scalenus',
    'scaleni',
    'anterior scalene',
    'middle scalene',
    'posterior scalene',
    'scalenus anterior',
    'scalenus medius',
    'scalenus posterior',
  ],
  suboccipitals: [
    'suboccipital',
    'suboccipital muscles',
    'rectus capitis posterior major',
    'rectus capitis posterior minor',
    'obliquus capitis superior',
    'obliquus capitis inferior',
  ],
  'splenius-capitis': ['splenius capitis'],
  'splenius-cervicis': ['splenius cervicis', 'splenius colli'],
  temporalis: ['temporalis'],
  masseter: ['masseter'],
  rhomboids: ['rhomboid', 'rhomboid major', 'rhomboid minor', 'rhomboideus major', 'rhomboideus minor'],
  supraspinatus: ['supraspinatus'],
  infraspinatus: ['infraspinatus'],
  'teres-minor': ['teres minor'],
  subscapularis: ['subscapularis'],
  'serratus-anterior': ['serratus anterior', 'serratus magnus'],
  'pectoralis-major': ['pec major', 'pectoral major'],
  'pectoralis-minor': ['pec minor', 'pectoral minor'],
  'latissimus-dorsi': ['latissimus', 'lats'],
  deltoid: ['deltoideus', 'delts'],
  'biceps-brachii': ['biceps'],
  'triceps-brachii': ['triceps'],
  'teres-major': ['teres major'],
  'wrist-extensors': [
    'extensor carpi radialis longus',
    'extensor carpi radialis brevis',
    'extensor carpi radialis',
    'extensor carpi ulnaris',
    'ECRL',
    'ECRB',
    'ECU',
    'wrist extensor',
    'wrist extensors',
  ],
  'extensor-digitorum': ['extensor digitorum communis', 'finger extensor', 'finger extensors'],
  'quadratus-lumborum': ['QL'],
  'iliocostalis-thoracis': ['iliocostalis thoracis'],
  'iliocostalis-lumborum': ['iliocostalis lumborum'],
  'longissimus-thoracis': ['longissimus thoracis'],
  multifidus: ['multifidi', 'lumbar multifidus'],
  iliopsoas: ['psoas', 'psoas major', 'iliacus', 'ilio psoas'],
  'gluteus-maximus': ['glute max', 'gluteal maximus'],
  'gluteus-medius': ['glute med'],
  'gluteus-minimus': ['glute min'],
  piriformis: ['piriformis'],
  'tensor-fasciae-latae': ['tensor fascia lata', 'tensor fasciae lata', 'tensor fascia latae', 'TFL'],
  'rectus-femoris': ['rectus femoris'],
  'vastus-lateralis': ['vastus lateralis'],
  'vastus-medialis': ['vastus medialis', 'VMO', 'vastus medialis obliquus'],
  hamstrings: ['hamstring', 'biceps femoris', 'semitendinosus', 'semimembranosus', 'ischiocrural muscles'],
  'adductor-longus': ['adductor longus'],
  gastrocnemius: ['gastrocnemii', 'gastroc', 'triceps surae', 'calf muscle'],
  soleus: ['soleus'],
  'tibialis-anterior': ['anterior tibialis', 'tibialis anticus'],
  'fibularis-longus': ['fibularis longus', 'peroneus longus', 'peroneal longus', 'peronaeus longus'],
  'extensor-digitorum-longus': ['extensor digitorum longus', 'EDL', 'long extensor of the toes'],
  'extensor-hallucis-longus': ['extensor hallucis longus', 'EHL', 'long extensor of the big toe', 'extensor hallucis proprius'],
  // context muscles (shown for orientation, no atlas entry)
  sternohyoid: ['sternohyoid', 'sternohyoideus'],
  'rectus-abdominis': ['rectus abdominis', 'abdominal rectus'],
  'external-oblique': [
    'external abdominal oblique',
    'obliquus externus',
    'obliquus externus abdominis',
    'external oblique abdominis',
    'external obliques',
  ],
  brachialis: ['brachialis', 'brachialis anticus'],
  brachioradialis: ['brachioradialis', 'supinator longus'],
  'pronator-teres': ['pronator teres'],
  'flexor-carpi-radialis': ['flexor carpi radialis', 'FCR'],
  'palmaris-longus': ['palmaris longus'],
  'flexor-carpi-ulnaris': ['flexor carpi ulnaris', 'FCU'],
  'flexor-digitorum-superficialis': ['flexor digitorum superficialis', 'flexor digitorum sublimis', 'FDS'],
  pectineus: ['pectineus'],
  'adductor-magnus': ['adductor magnus', 'great adductor'],
  gracilis: ['gracilis'],
  sartorius: ['sartorius', 'tailor muscle', "tailor's muscle"],
  'iliotibial-tract': ['iliotibial tract', 'iliotibial band', 'IT band', 'ITB', 'tractus iliotibialis'],
  'thoracolumbar-fascia': ['thoracolumbar fascia', 'lumbodorsal fascia', 'TLF', 'fascia thoracolumbalis'],
  frontalis: [
    'frontal belly of occipitofrontalis',
    'occipitofrontalis frontal belly',
    'venter frontalis',
    'frontal muscle',
    'occipitofrontalis',
  ],
  'orbicularis-oculi': ['orbicularis oculi', 'orbicularis palpebrarum'],
  'zygomaticus-major': ['zygomaticus major', 'zygomatic major', 'greater zygomatic muscle'],
  'orbicularis-oris': ['orbicularis oris'],
  'levator-labii-superioris': ['levator labii superioris', 'quadratus labii superioris'],
  'depressor-anguli-oris': ['depressor anguli oris', 'triangularis', 'triangularis oris'],
  mentalis: ['mentalis', 'levator menti'],
  'abductor-pollicis-brevis': ['abductor pollicis brevis', 'APB', 'thenar eminence'],
  'flexor-pollicis-brevis': ['flexor pollicis brevis', 'FPB', 'thenar eminence'],
  'adductor-pollicis': ['adductor pollicis', 'first web space'],
  'abductor-digiti-minimi-hand': [
    'abductor digiti minimi',
    'abductor digiti minimi hand',
    'abductor digiti minimi manus',
    'abductor digiti quinti',
    'ADM',
    'hypothenar eminence',
  ],
  'flexor-digiti-minimi-brevis-hand': [
    'flexor digiti minimi brevis',
    'flexor digiti minimi brevis hand',
    'flexor digiti minimi brevis manus',
    'flexor digiti quinti brevis',
    'hypothenar eminence',
  ],
  'dorsal-interossei-hand': [
    'dorsal interossei',
    'dorsal interossei hand',
    'dorsal interossei manus',
    'dorsal interosseous',
    'first dorsal interosseous',
    'FDI',
  ],
  'lumbricals-hand': ['lumbricals', 'lumbricales', 'lumbrical', 'lumbricals hand', 'lumbricales manus', 'lumbrical muscles of hand'],
  'abductor-digiti-minimi-foot': ['abductor digiti minimi foot', 'abductor digiti minimi pedis', 'abductor digiti quinti pedis'],
  'flexor-digitorum-brevis': ['flexor digitorum brevis', 'FDB'],
  'extensor-digitorum-brevis': ['extensor digitorum brevis', 'extensor hallucis brevis', 'EDB', 'EHB'],
  'parietal-pleura': [
    'pleura',
    'costal pleura',
    'cervical pleura',
    'pleural cupula',
    'cupula of pleura',
    'diaphragmatic pleura',
    'mediastinal pleura',
  ],
  'sciatic-nerve': ['ischiadic nerve', 'nervus ischiadicus'],
  'radial-nerve': ['nervus radialis', 'posterior interosseous nerve', 'deep radial nerve', 'superficial radial nerve'],
  'popliteal-vessels': ['popliteal artery', 'popliteal vein', 'popliteal vessels'],
  'anterior-tibial-neurovascular-bundle': [
    'anterior tibial artery',
    'anterior tibial vein',
    'anterior tibial vessels',
    'deep fibular nerve',
    'deep peroneal nerve',
  ],
  'femoral-neurovascular-bundle': ['femoral nerve', 'femoral artery', 'femoral vein', 'femoral vessels'],
  'brachial-plexus': ['plexus brachialis'],
  'vertebral-artery': ['arteria vertebralis'],
  'common-carotid-artery': ['common carotid artery', 'internal jugular vein', 'carotid sheath'],
  lung: ['lungs', 'pulmo'],
  kidney: ['kidneys'],
  skin: ['skin', 'integument', 'body surface'],
}

/**
 * Names that contain one of ours but are a different structure ("fibularis brevis" is not fibularis longus; the
 * foot's dorsal interossei are not the hand's): the longest name found wins, so listing these stops a wrong roll-up.
 */
export const NOT_OURS: readonly string[] = [
  'lumbricals foot',
  'lumbricales pedis',
  'lumbricales foot',
  'lumbrical muscles of foot',
  'dorsal interossei foot',
  'dorsal interosseous foot',
  'flexor digiti minimi brevis foot',
  'psoas minor',
  'visceral pleura',
  'pulmonary pleura',
  'fibularis brevis',
  'peroneus brevis',
  'fibularis tertius',
  'tibialis posterior',
  'serratus posterior',
  'serratus posterior superior',
  'serratus posterior inferior',
  'rectus capitis anterior',
  'rectus capitis lateralis',
  'longissimus capitis',
  'longissimus cervicis',
  'iliocostalis cervicis',
  'extensor carpi radialis tendon',
  'triceps surae tendon',
  'semispinalis capitis',
]

/** The whole trapezius has no id of its own: it covers our three parts and is shown as the upper part. */
const WHOLE_TRAPEZIUS: NameTarget = {
  id: 'upper-trapezius',
  kind: 'muscle',
  covers: ['upper-trapezius', 'middle-trapezius', 'lower-trapezius'],
}

/** Every name (as written) with its target: ids.ts names and Latin names, then the alternatives above. */
export function allNamedTargets(): { name: string; target: NameTarget }[] {
  const out: { name: string; target: NameTarget }[] = []
  const add = (names: readonly string[], target: NameTarget): void => {
    for (const name of names) out.push({ name, target })
  }
  for (const m of [...MUSCLES, ...CONTEXT_MUSCLES])
    add([m.name, m.latin, m.id.replace(/-/g, ' '), ...(ALTERNATIVE_NAMES[m.id] ?? [])], { id: m.id, kind: 'muscle' })
  add(['trapezius', 'musculus trapezius', 'trapezii'], WHOLE_TRAPEZIUS)
  for (const d of DANGER_STRUCTURES)
    add([d.name, d.id.replace(/-/g, ' '), ...(ALTERNATIVE_NAMES[d.id] ?? [])], { id: d.id, kind: 'danger' })
  for (const o of ORGANS) add([o.name, ...(ALTERNATIVE_NAMES[o.id] ?? [])], { id: o.id, kind: 'organ' })
  add(ALTERNATIVE_NAMES.skin ?? [], { id: 'skin', kind: 'skin' })
  return out
}

/** Search synonyms for one of our ids: the alternatives above (the display and Latin names are separate fields). */
export function synonymsFor(id: string): string[] {
  return [...(ALTERNATIVE_NAMES[id] ?? [])]
}
