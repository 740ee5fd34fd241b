// The atlas muscles' ids alone, in atlas order, and the one rule for a node that is an atlas muscle on one side. Kept
// apart from ids.ts (names, Latin names, landmarks, regions) so the app's first chunk, which checks selections and
// links against these ids, does not carry the whole vocabulary. Pure.
import { parseNodeName } from './naming'

const ATLAS_MUSCLES = [
  'upper-trapezius',
  'middle-trapezius',
  'lower-trapezius',
  'levator-scapulae',
  'sternocleidomastoid',
  'scalenes',
  'suboccipitals',
  'splenius-capitis',
  'splenius-cervicis',
  'temporalis',
  'masseter',
  'rhomboids',
  'supraspinatus',
  'infraspinatus',
  'teres-minor',
  'subscapularis',
  'serratus-anterior',
  'pectoralis-major',
  'pectoralis-minor',
  'latissimus-dorsi',
  'deltoid',
  'biceps-brachii',
  'triceps-brachii',
  'teres-major',
  'wrist-extensors',
  'extensor-digitorum',
  'supinator',
  'brachioradialis',
  'anconeus',
  'quadratus-lumborum',
  'iliocostalis-thoracis',
  'iliocostalis-lumborum',
  'longissimus-thoracis',
  'multifidus',
  'iliopsoas',
  'gluteus-maximus',
  'gluteus-medius',
  'gluteus-minimus',
  'piriformis',
  'tensor-fasciae-latae',
  'rectus-femoris',
  'vastus-lateralis',
  'vastus-medialis',
  'hamstrings',
  'adductor-longus',
  'gastrocnemius',
  'soleus',
  'tibialis-anterior',
  'fibularis-longus',
  'tibialis-posterior',
  'popliteus',
  'quadratus-plantae',
  'abductor-hallucis',
  'lateral-pterygoid',
  'medial-pterygoid',
  'digastric',
  'semispinalis-capitis',
  'serratus-posterior-superior',
  'sternalis',
  'adductor-magnus',
  'extensor-digitorum-longus',
  'extensor-hallucis-longus',
] as const
export type MuscleId = (typeof ATLAS_MUSCLES)[number]

/** One id per atlas muscle; ids.ts gives each its name, Latin name, layer and body area. */
export const MUSCLE_IDS: readonly string[] = ATLAS_MUSCLES

/** The atlas muscles' ids, for membership checks. */
export const ATLAS_MUSCLE_IDS: ReadonlySet<string> = new Set(MUSCLE_IDS)

/** A muscle on one side named by a node name (`<id>.left|right`), or null for any other structure or no name. */
export function muscleOnSide(
  nodeName: string | null,
  muscleIds: ReadonlySet<string> = ATLAS_MUSCLE_IDS,
): { muscleId: string; side: 'left' | 'right' } | null {
  if (!nodeName) return null
  const { id, side } = parseNodeName(nodeName)
  return muscleIds.has(id) && (side === 'left' || side === 'right') ? { muscleId: id, side } : null
}
