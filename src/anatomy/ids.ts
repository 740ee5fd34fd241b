// The shared vocabulary of the project: every id that the model (models/body.glb), the atlas (data/)
// and the app use to name muscles, landmarks, body regions and danger structures. The model generator
// must emit a node for each muscle, landmark and danger structure here; the atlas may only reference
// ids listed here. Frame used everywhere: metres, +Y up, the body faces +Z, the patient's left on +X.

import { MUSCLE_IDS, type MuscleId } from './muscleIds'

export type Side = 'left' | 'right' | 'midline'
export type MuscleLayer = 'superficial' | 'deep'

export interface MuscleIdentity {
  id: string
  name: string
  latin: string
  layer: MuscleLayer
  region: BodyArea
  /** A variant, present only in some people (sternalis): drawn when variants are shown, or when chosen. */
  variant?: true
}

/** The generated bodies: the reference (male) body and the female body (src/model/femaleBody.ts). */
export const BODY_SEXES = ['male', 'female'] as const
export type BodySex = (typeof BODY_SEXES)[number]

export type BodyArea = 'head-neck' | 'shoulder-arm' | 'trunk' | 'hip-thigh' | 'leg-foot'

/** The atlas muscles' names, Latin names, layers and body areas, by id (src/anatomy/muscleIds.ts lists the ids). */
const MUSCLE_DETAILS: Readonly<Record<MuscleId, Omit<MuscleIdentity, 'id'>>> = {
  'upper-trapezius': { name: 'Upper trapezius', latin: 'Pars descendens musculi trapezii', layer: 'superficial', region: 'head-neck' },
  'middle-trapezius': { name: 'Middle trapezius', latin: 'Pars transversa musculi trapezii', layer: 'superficial', region: 'trunk' },
  'lower-trapezius': { name: 'Lower trapezius', latin: 'Pars ascendens musculi trapezii', layer: 'superficial', region: 'trunk' },
  'levator-scapulae': { name: 'Levator scapulae', latin: 'Musculus levator scapulae', layer: 'deep', region: 'head-neck' },
  sternocleidomastoid: {
    name: 'Sternocleidomastoid',
    latin: 'Musculus sternocleidomastoideus',
    layer: 'superficial',
    region: 'head-neck',
  },
  scalenes: { name: 'Scalenes', latin: 'Musculi scaleni', layer: 'deep', region: 'head-neck' },
  suboccipitals: { name: 'Suboccipitals', latin: 'Musculi suboccipitales', layer: 'deep', region: 'head-neck' },
  'splenius-capitis': { name: 'Splenius capitis', latin: 'Musculus splenius capitis', layer: 'deep', region: 'head-neck' },
  'splenius-cervicis': { name: 'Splenius cervicis', latin: 'Musculus splenius cervicis', layer: 'deep', region: 'head-neck' },
  temporalis: { name: 'Temporalis', latin: 'Musculus temporalis', layer: 'superficial', region: 'head-neck' },
  masseter: { name: 'Masseter', latin: 'Musculus masseter', layer: 'superficial', region: 'head-neck' },
  rhomboids: { name: 'Rhomboids', latin: 'Musculi rhomboidei', layer: 'deep', region: 'trunk' },
  supraspinatus: { name: 'Supraspinatus', latin: 'Musculus supraspinatus', layer: 'deep', region: 'shoulder-arm' },
  infraspinatus: { name: 'Infraspinatus', latin: 'Musculus infraspinatus', layer: 'superficial', region: 'shoulder-arm' },
  'teres-minor': { name: 'Teres minor', latin: 'Musculus teres minor', layer: 'superficial', region: 'shoulder-arm' },
  subscapularis: { name: 'Subscapularis', latin: 'Musculus subscapularis', layer: 'deep', region: 'shoulder-arm' },
  'serratus-anterior': { name: 'Serratus anterior', latin: 'Musculus serratus anterior', layer: 'superficial', region: 'trunk' },
  'pectoralis-major': { name: 'Pectoralis major', latin: 'Musculus pectoralis major', layer: 'superficial', region: 'trunk' },
  'pectoralis-minor': { name: 'Pectoralis minor', latin: 'Musculus pectoralis minor', layer: 'deep', region: 'trunk' },
  'latissimus-dorsi': { name: 'Latissimus dorsi', latin: 'Musculus latissimus dorsi', layer: 'superficial', region: 'trunk' },
  deltoid: { name: 'Deltoid', latin: 'Musculus deltoideus', layer: 'superficial', region: 'shoulder-arm' },
  'biceps-brachii': { name: 'Biceps brachii', latin: 'Musculus biceps brachii', layer: 'superficial', region: 'shoulder-arm' },
  'triceps-brachii': { name: 'Triceps brachii', latin: 'Musculus triceps brachii', layer: 'superficial', region: 'shoulder-arm' },
  'teres-major': { name: 'Teres major', latin: 'Musculus teres major', layer: 'superficial', region: 'shoulder-arm' },
  'wrist-extensors': {
    name: 'Wrist extensors (ECRL, ECRB, ECU)',
    latin: 'Musculi extensores carpi',
    layer: 'superficial',
    region: 'shoulder-arm',
  },
  'extensor-digitorum': {
    name: 'Extensor digitorum',
    latin: 'Musculus extensor digitorum',
    layer: 'superficial',
    region: 'shoulder-arm',
  },
  supinator: { name: 'Supinator', latin: 'Musculus supinator', layer: 'deep', region: 'shoulder-arm' },
  brachioradialis: { name: 'Brachioradialis', latin: 'Musculus brachioradialis', layer: 'superficial', region: 'shoulder-arm' },
  anconeus: { name: 'Anconeus', latin: 'Musculus anconeus', layer: 'superficial', region: 'shoulder-arm' },
  'quadratus-lumborum': { name: 'Quadratus lumborum', latin: 'Musculus quadratus lumborum', layer: 'deep', region: 'trunk' },
  'iliocostalis-thoracis': { name: 'Iliocostalis thoracis', latin: 'Musculus iliocostalis thoracis', layer: 'deep', region: 'trunk' },
  'iliocostalis-lumborum': { name: 'Iliocostalis lumborum', latin: 'Musculus iliocostalis lumborum', layer: 'deep', region: 'trunk' },
  'longissimus-thoracis': { name: 'Longissimus thoracis', latin: 'Musculus longissimus thoracis', layer: 'deep', region: 'trunk' },
  multifidus: { name: 'Multifidus', latin: 'Musculus multifidus', layer: 'deep', region: 'trunk' },
  iliopsoas: { name: 'Iliopsoas', latin: 'Musculus iliopsoas', layer: 'deep', region: 'hip-thigh' },
  'gluteus-maximus': { name: 'Gluteus maximus', latin: 'Musculus gluteus maximus', layer: 'superficial', region: 'hip-thigh' },
  'gluteus-medius': { name: 'Gluteus medius', latin: 'Musculus gluteus medius', layer: 'superficial', region: 'hip-thigh' },
  'gluteus-minimus': { name: 'Gluteus minimus', latin: 'Musculus gluteus minimus', layer: 'deep', region: 'hip-thigh' },
  piriformis: { name: 'Piriformis', latin: 'Musculus piriformis', layer: 'deep', region: 'hip-thigh' },
  'tensor-fasciae-latae': {
    name: 'Tensor fasciae latae',
    latin: 'Musculus tensor fasciae latae',
    layer: 'superficial',
    region: 'hip-thigh',
  },
  'rectus-femoris': { name: 'Rectus femoris', latin: 'Musculus rectus femoris', layer: 'superficial', region: 'hip-thigh' },
  'vastus-lateralis': { name: 'Vastus lateralis', latin: 'Musculus vastus lateralis', layer: 'superficial', region: 'hip-thigh' },
  'vastus-medialis': { name: 'Vastus medialis', latin: 'Musculus vastus medialis', layer: 'superficial', region: 'hip-thigh' },
  hamstrings: { name: 'Hamstrings', latin: 'Musculi ischiocrurales', layer: 'superficial', region: 'hip-thigh' },
  'adductor-longus': { name: 'Adductor longus', latin: 'Musculus adductor longus', layer: 'superficial', region: 'hip-thigh' },
  gastrocnemius: { name: 'Gastrocnemius', latin: 'Musculus gastrocnemius', layer: 'superficial', region: 'leg-foot' },
  soleus: { name: 'Soleus', latin: 'Musculus soleus', layer: 'deep', region: 'leg-foot' },
  'tibialis-anterior': { name: 'Tibialis anterior', latin: 'Musculus tibialis anterior', layer: 'superficial', region: 'leg-foot' },
  'fibularis-longus': {
    name: 'Fibularis (peroneus) longus',
    latin: 'Musculus fibularis longus',
    layer: 'superficial',
    region: 'leg-foot',
  },
  'tibialis-posterior': { name: 'Tibialis posterior', latin: 'Musculus tibialis posterior', layer: 'deep', region: 'leg-foot' },
  popliteus: { name: 'Popliteus', latin: 'Musculus popliteus', layer: 'deep', region: 'leg-foot' },
  'quadratus-plantae': { name: 'Quadratus plantae', latin: 'Musculus quadratus plantae', layer: 'deep', region: 'leg-foot' },
  'abductor-hallucis': { name: 'Abductor hallucis', latin: 'Musculus abductor hallucis', layer: 'superficial', region: 'leg-foot' },
  'lateral-pterygoid': { name: 'Lateral pterygoid', latin: 'Musculus pterygoideus lateralis', layer: 'deep', region: 'head-neck' },
  'medial-pterygoid': { name: 'Medial pterygoid', latin: 'Musculus pterygoideus medialis', layer: 'deep', region: 'head-neck' },
  digastric: { name: 'Digastric', latin: 'Musculus digastricus', layer: 'deep', region: 'head-neck' },
  'semispinalis-capitis': { name: 'Semispinalis capitis', latin: 'Musculus semispinalis capitis', layer: 'deep', region: 'head-neck' },
  'serratus-posterior-superior': {
    name: 'Serratus posterior superior',
    latin: 'Musculus serratus posterior superior',
    layer: 'deep',
    region: 'trunk',
  },
  sternalis: { name: 'Sternalis', latin: 'Musculus sternalis', layer: 'superficial', region: 'trunk', variant: true },
  'adductor-magnus': { name: 'Adductor magnus', latin: 'Musculus adductor magnus', layer: 'deep', region: 'hip-thigh' },
  'extensor-digitorum-longus': {
    name: 'Extensor digitorum longus',
    latin: 'Musculus extensor digitorum longus',
    layer: 'superficial',
    region: 'leg-foot',
  },
  'extensor-hallucis-longus': {
    name: 'Extensor hallucis longus',
    latin: 'Musculus extensor hallucis longus',
    layer: 'deep',
    region: 'leg-foot',
  },
}

/** Muscles, one per atlas entry, in the order of MUSCLE_IDS. Left and right copies share the id and differ in side. */
export const MUSCLES: readonly MuscleIdentity[] = MUSCLE_IDS.map((id) => ({ id, ...MUSCLE_DETAILS[id as MuscleId] }))

export { MUSCLE_IDS }

/**
 * Context muscles: real muscles the model shows for orientation (the abdominal wall, the front of the forearm, the
 * medial thigh, ...) that have no atlas entry, so no trigger points and no clinical data. Kept apart from MUSCLES,
 * which is exactly one per atlas entry (the atlas cross-check relies on it). Nodes are `<id>.left` / `<id>.right`.
 */
export const CONTEXT_MUSCLES: readonly MuscleIdentity[] = [
  { id: 'sternohyoid', name: 'Sternohyoid', latin: 'Musculus sternohyoideus', layer: 'superficial', region: 'head-neck' },
  { id: 'rectus-abdominis', name: 'Rectus abdominis', latin: 'Musculus rectus abdominis', layer: 'superficial', region: 'trunk' },
  {
    id: 'external-oblique',
    name: 'External oblique',
    latin: 'Musculus obliquus externus abdominis',
    layer: 'superficial',
    region: 'trunk',
  },
  { id: 'brachialis', name: 'Brachialis', latin: 'Musculus brachialis', layer: 'deep', region: 'shoulder-arm' },
  { id: 'pronator-teres', name: 'Pronator teres', latin: 'Musculus pronator teres', layer: 'superficial', region: 'shoulder-arm' },
  {
    id: 'flexor-carpi-radialis',
    name: 'Flexor carpi radialis',
    latin: 'Musculus flexor carpi radialis',
    layer: 'superficial',
    region: 'shoulder-arm',
  },
  { id: 'palmaris-longus', name: 'Palmaris longus', latin: 'Musculus palmaris longus', layer: 'superficial', region: 'shoulder-arm' },
  {
    id: 'flexor-carpi-ulnaris',
    name: 'Flexor carpi ulnaris',
    latin: 'Musculus flexor carpi ulnaris',
    layer: 'superficial',
    region: 'shoulder-arm',
  },
  {
    id: 'flexor-digitorum-superficialis',
    name: 'Flexor digitorum superficialis',
    latin: 'Musculus flexor digitorum superficialis',
    layer: 'deep',
    region: 'shoulder-arm',
  },
  { id: 'pectineus', name: 'Pectineus', latin: 'Musculus pectineus', layer: 'deep', region: 'hip-thigh' },
  { id: 'gracilis', name: 'Gracilis', latin: 'Musculus gracilis', layer: 'superficial', region: 'hip-thigh' },
  { id: 'sartorius', name: 'Sartorius', latin: 'Musculus sartorius', layer: 'superficial', region: 'hip-thigh' },
  // not a muscle: a band of fascia listed with the muscles that insert into it and drawn as tendon (fasciae.ts)
  { id: 'iliotibial-tract', name: 'Iliotibial tract', latin: 'Tractus iliotibialis', layer: 'superficial', region: 'hip-thigh' },
  { id: 'thoracolumbar-fascia', name: 'Thoracolumbar fascia', latin: 'Fascia thoracolumbalis', layer: 'superficial', region: 'trunk' },
  // muscles of facial expression, laid under the finished skin (src/model/facialMuscles.ts)
  { id: 'frontalis', name: 'Frontalis', latin: 'Musculus occipitofrontalis, venter frontalis', layer: 'superficial', region: 'head-neck' },
  { id: 'orbicularis-oculi', name: 'Orbicularis oculi', latin: 'Musculus orbicularis oculi', layer: 'superficial', region: 'head-neck' },
  { id: 'zygomaticus-major', name: 'Zygomaticus major', latin: 'Musculus zygomaticus major', layer: 'superficial', region: 'head-neck' },
  { id: 'orbicularis-oris', name: 'Orbicularis oris', latin: 'Musculus orbicularis oris', layer: 'superficial', region: 'head-neck' },
  {
    id: 'levator-labii-superioris',
    name: 'Levator labii superioris',
    latin: 'Musculus levator labii superioris',
    layer: 'superficial',
    region: 'head-neck',
  },
  {
    id: 'depressor-anguli-oris',
    name: 'Depressor anguli oris',
    latin: 'Musculus depressor anguli oris',
    layer: 'superficial',
    region: 'head-neck',
  },
  { id: 'mentalis', name: 'Mentalis', latin: 'Musculus mentalis', layer: 'superficial', region: 'head-neck' },
  // the hand's and the foot's own muscles (src/model/handFootMuscles.ts)
  {
    id: 'abductor-pollicis-brevis',
    name: 'Abductor pollicis brevis',
    latin: 'Musculus abductor pollicis brevis',
    layer: 'superficial',
    region: 'shoulder-arm',
  },
  {
    id: 'flexor-pollicis-brevis',
    name: 'Flexor pollicis brevis',
    latin: 'Musculus flexor pollicis brevis',
    layer: 'superficial',
    region: 'shoulder-arm',
  },
  { id: 'adductor-pollicis', name: 'Adductor pollicis', latin: 'Musculus adductor pollicis', layer: 'deep', region: 'shoulder-arm' },
  {
    id: 'abductor-digiti-minimi-hand',
    name: 'Abductor digiti minimi of the hand',
    latin: 'Musculus abductor digiti minimi manus',
    layer: 'superficial',
    region: 'shoulder-arm',
  },
  {
    id: 'flexor-digiti-minimi-brevis-hand',
    name: 'Flexor digiti minimi brevis of the hand',
    latin: 'Musculus flexor digiti minimi brevis manus',
    layer: 'superficial',
    region: 'shoulder-arm',
  },
  {
    id: 'dorsal-interossei-hand',
    name: 'Dorsal interossei of the hand',
    latin: 'Musculi interossei dorsales manus',
    layer: 'superficial',
    region: 'shoulder-arm',
  },
  {
    id: 'lumbricals-hand',
    name: 'Lumbricals of the hand',
    latin: 'Musculi lumbricales manus',
    layer: 'deep',
    region: 'shoulder-arm',
  },
  {
    id: 'abductor-digiti-minimi-foot',
    name: 'Abductor digiti minimi of the foot',
    latin: 'Musculus abductor digiti minimi pedis',
    layer: 'superficial',
    region: 'leg-foot',
  },
  {
    id: 'flexor-digitorum-brevis',
    name: 'Flexor digitorum brevis',
    latin: 'Musculus flexor digitorum brevis',
    layer: 'superficial',
    region: 'leg-foot',
  },
  {
    id: 'extensor-digitorum-brevis',
    name: 'Extensor digitorum brevis',
    latin: 'Musculus extensor digitorum brevis',
    layer: 'superficial',
    region: 'leg-foot',
  },
]

export const CONTEXT_MUSCLE_IDS: readonly string[] = CONTEXT_MUSCLES.map((m) => m.id)

/** The context muscles of facial expression, in the order they are laid under the skin once it is meshed (each clear
 * of those before it), not built with the others. */
export const FACIAL_MUSCLE_IDS: readonly string[] = [
  'orbicularis-oris',
  'orbicularis-oculi',
  'frontalis',
  'zygomaticus-major',
  'levator-labii-superioris',
  'depressor-anguli-oris',
  'mentalis',
]

/** The hand's own context muscles (src/model/handFootMuscles.ts): they move with the arm (ARM_STRUCTURE_IDS). */
export const HAND_MUSCLE_IDS: readonly string[] = [
  'abductor-pollicis-brevis',
  'flexor-pollicis-brevis',
  'adductor-pollicis',
  'abductor-digiti-minimi-hand',
  'flexor-digiti-minimi-brevis-hand',
  'dorsal-interossei-hand',
  'lumbricals-hand',
]

/** The foot's own context muscles (src/model/handFootMuscles.ts). */
export const FOOT_MUSCLE_IDS: readonly string[] = ['abductor-digiti-minimi-foot', 'flexor-digitorum-brevis', 'extensor-digitorum-brevis']

export interface LandmarkIdentity {
  id: string
  name: string
  /** 'bilateral' landmarks exist as `<id>.left` and `<id>.right`; 'midline' ones as `<id>.midline`. */
  sides: 'bilateral' | 'midline'
}

const spinous = (level: string): LandmarkIdentity => ({
  id: `${level.toLowerCase()}-spinous-process`,
  name: `${level} spinous process`,
  sides: 'midline',
})

/** Palpable landmarks: empty nodes in the model, anchors for trigger points and skin patches. */
export const LANDMARKS: readonly LandmarkIdentity[] = [
  { id: 'vertex', name: 'Vertex of the skull', sides: 'midline' },
  { id: 'glabella', name: 'Glabella', sides: 'midline' },
  { id: 'nasion', name: 'Nasion', sides: 'midline' },
  { id: 'mental-protuberance', name: 'Mental protuberance (chin)', sides: 'midline' },
  { id: 'external-occipital-protuberance', name: 'External occipital protuberance', sides: 'midline' },
  { id: 'hyoid', name: 'Hyoid bone', sides: 'midline' },
  { id: 'thyroid-cartilage', name: 'Thyroid cartilage', sides: 'midline' },
  { id: 'sternal-notch', name: 'Suprasternal (jugular) notch', sides: 'midline' },
  { id: 'sternal-angle', name: 'Sternal angle', sides: 'midline' },
  { id: 'xiphoid-process', name: 'Xiphoid process', sides: 'midline' },
  { id: 'umbilicus', name: 'Umbilicus', sides: 'midline' },
  { id: 'pubic-symphysis', name: 'Pubic symphysis', sides: 'midline' },
  spinous('C2'),
  spinous('C7'),
  spinous('T1'),
  spinous('T2'),
  spinous('T3'),
  spinous('T4'),
  spinous('T5'),
  spinous('T6'),
  spinous('T7'),
  spinous('T8'),
  spinous('T9'),
  spinous('T10'),
  spinous('T11'),
  spinous('T12'),
  spinous('L1'),
  spinous('L2'),
  spinous('L3'),
  spinous('L4'),
  spinous('L5'),
  { id: 'sacrum-s2', name: 'Sacrum at S2', sides: 'midline' },
  { id: 'coccyx', name: 'Tip of the coccyx', sides: 'midline' },
  { id: 'supraorbital-margin', name: 'Supraorbital margin', sides: 'bilateral' },
  { id: 'temple', name: 'Temple (pterion region)', sides: 'bilateral' },
  { id: 'zygomatic-arch', name: 'Zygomatic arch', sides: 'bilateral' },
  { id: 'tragus', name: 'Tragus of the ear', sides: 'bilateral' },
  { id: 'mastoid-process', name: 'Mastoid process', sides: 'bilateral' },
  { id: 'angle-of-mandible', name: 'Angle of the mandible', sides: 'bilateral' },
  { id: 'sternoclavicular-joint', name: 'Sternoclavicular joint', sides: 'bilateral' },
  { id: 'clavicle-midpoint', name: 'Midpoint of the clavicle', sides: 'bilateral' },
  { id: 'acromion', name: 'Acromion', sides: 'bilateral' },
  { id: 'coracoid-process', name: 'Coracoid process', sides: 'bilateral' },
  { id: 'superior-angle-of-scapula', name: 'Superior angle of the scapula', sides: 'bilateral' },
  { id: 'root-of-scapular-spine', name: 'Root (medial end) of the spine of the scapula', sides: 'bilateral' },
  { id: 'scapular-spine-midpoint', name: 'Midpoint of the spine of the scapula', sides: 'bilateral' },
  { id: 'inferior-angle-of-scapula', name: 'Inferior angle of the scapula', sides: 'bilateral' },
  { id: 'greater-tubercle', name: 'Greater tubercle of the humerus', sides: 'bilateral' },
  { id: 'deltoid-tuberosity', name: 'Deltoid tuberosity', sides: 'bilateral' },
  { id: 'lateral-epicondyle', name: 'Lateral epicondyle of the humerus', sides: 'bilateral' },
  { id: 'medial-epicondyle', name: 'Medial epicondyle of the humerus', sides: 'bilateral' },
  { id: 'olecranon', name: 'Olecranon', sides: 'bilateral' },
  { id: 'radial-styloid', name: 'Radial styloid process', sides: 'bilateral' },
  { id: 'ulnar-styloid', name: 'Ulnar styloid process', sides: 'bilateral' },
  { id: 'third-metacarpal-head', name: 'Head of the third metacarpal', sides: 'bilateral' },
  { id: 'nipple', name: 'Nipple (4th intercostal space, midclavicular line)', sides: 'bilateral' },
  { id: 'second-intercostal-space-mcl', name: '2nd intercostal space, midclavicular line', sides: 'bilateral' },
  { id: 'fifth-intercostal-space-aal', name: '5th intercostal space, anterior axillary line', sides: 'bilateral' },
  { id: 'costal-margin', name: 'Costal margin (midclavicular line)', sides: 'bilateral' },
  { id: 'twelfth-rib-tip', name: 'Tip of the 12th rib', sides: 'bilateral' },
  { id: 'iliac-crest', name: 'Highest point of the iliac crest', sides: 'bilateral' },
  { id: 'asis', name: 'Anterior superior iliac spine', sides: 'bilateral' },
  { id: 'psis', name: 'Posterior superior iliac spine', sides: 'bilateral' },
  { id: 'pubic-tubercle', name: 'Pubic tubercle', sides: 'bilateral' },
  { id: 'ischial-tuberosity', name: 'Ischial tuberosity', sides: 'bilateral' },
  { id: 'greater-trochanter', name: 'Greater trochanter', sides: 'bilateral' },
  { id: 'patella', name: 'Patella (centre)', sides: 'bilateral' },
  { id: 'tibial-tuberosity', name: 'Tibial tuberosity', sides: 'bilateral' },
  { id: 'medial-femoral-condyle', name: 'Medial femoral condyle', sides: 'bilateral' },
  { id: 'lateral-femoral-condyle', name: 'Lateral femoral condyle', sides: 'bilateral' },
  { id: 'fibular-head', name: 'Head of the fibula', sides: 'bilateral' },
  { id: 'popliteal-fossa', name: 'Popliteal fossa (centre)', sides: 'bilateral' },
  { id: 'lateral-malleolus', name: 'Lateral malleolus', sides: 'bilateral' },
  { id: 'medial-malleolus', name: 'Medial malleolus', sides: 'bilateral' },
  { id: 'calcaneus', name: 'Posterior calcaneus (heel)', sides: 'bilateral' },
  { id: 'first-metatarsal-head', name: 'Head of the first metatarsal', sides: 'bilateral' },
  { id: 'fifth-metatarsal-base', name: 'Base of the fifth metatarsal', sides: 'bilateral' },
  { id: 'great-toe-tip', name: 'Tip of the great toe', sides: 'bilateral' },
]

export const LANDMARK_IDS: readonly string[] = LANDMARKS.map((l) => l.id)

/** Danger structures that needling safety measures against (kind "danger" in the model, except the organs). */
export const DANGER_STRUCTURES = [
  { id: 'parietal-pleura', name: 'Parietal pleura', kind: 'danger', sides: 'bilateral' },
  { id: 'sciatic-nerve', name: 'Sciatic nerve', kind: 'danger', sides: 'bilateral' },
  { id: 'popliteal-vessels', name: 'Popliteal artery and vein', kind: 'danger', sides: 'bilateral' },
  { id: 'femoral-neurovascular-bundle', name: 'Femoral nerve, artery and vein', kind: 'danger', sides: 'bilateral' },
  { id: 'brachial-plexus', name: 'Brachial plexus', kind: 'danger', sides: 'bilateral' },
  { id: 'vertebral-artery', name: 'Vertebral artery', kind: 'danger', sides: 'bilateral' },
  { id: 'common-carotid-artery', name: 'Common carotid artery and internal jugular vein', kind: 'danger', sides: 'bilateral' },
  { id: 'radial-nerve', name: 'Radial nerve (with its deep and superficial branches)', kind: 'danger', sides: 'bilateral' },
  {
    id: 'anterior-tibial-neurovascular-bundle',
    name: 'Anterior tibial artery and veins with the deep fibular nerve',
    kind: 'danger',
    sides: 'bilateral',
  },
] as const

export const DANGER_IDS: readonly string[] = DANGER_STRUCTURES.map((d) => d.id)

/** Organs (kind "organ"). The lungs carry the parietal pleura as a separate danger mesh. */
export const ORGANS = [
  { id: 'lung', name: 'Lung', sides: 'bilateral' },
  { id: 'kidney', name: 'Kidney', sides: 'bilateral' },
  { id: 'heart', name: 'Heart', sides: 'midline' },
] as const

/** Danger ids the atlas may reference: danger structures plus organs that needles must not reach. */
export const NEEDLING_HAZARD_IDS: readonly string[] = [...DANGER_IDS, 'lung', 'kidney']

/** Body regions for referral zones and patient pain maps (data/regions.json holds their shapes). */
export const REGION_IDS: readonly string[] = [
  'forehead',
  'temple',
  'eye',
  'orbit',
  'ear',
  'cheek',
  'jaw-angle',
  'teeth',
  'vertex',
  'occiput',
  'mastoid',
  'posterior-neck',
  'lateral-neck',
  'anterior-neck',
  'top-of-shoulder',
  'anterior-shoulder',
  'posterior-shoulder',
  'lateral-arm',
  'posterior-arm',
  'medial-arm',
  'lateral-elbow',
  'medial-elbow',
  'posterior-elbow',
  'dorsal-forearm',
  'volar-forearm',
  'dorsal-hand',
  'palm',
  'thumb',
  'medial-scapular-border',
  'scapula',
  'upper-back',
  'mid-back',
  'low-back',
  'sacroiliac',
  'coccyx',
  'buttock',
  'anterior-chest',
  'lateral-chest',
  'sternum',
  'abdomen',
  'groin',
  'lateral-hip',
  'anterior-thigh',
  'lateral-thigh',
  'medial-thigh',
  'posterior-thigh',
  'anterior-knee',
  'lateral-knee',
  'medial-knee',
  'posterior-knee',
  'shin',
  'lateral-leg',
  'calf',
  'anterior-ankle',
  'lateral-ankle',
  'medial-ankle',
  'heel',
  'sole',
  'dorsum-of-foot',
  'toes',
]

/** Node name convention in the glTF: `<id>.<side>`. */
export function nodeName(id: string, side: Side): string {
  return `${id}.${side}`
}
