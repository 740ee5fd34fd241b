// Foundational Model of Anatomy (FMA) ids of our muscles, for BodyParts3D-style models whose meshes are named by
// FMA id ("FMA9626"). Only ids we are sure of are listed: each was recalled independently and then agreed with
// at least two separate public BodyParts3D-based tables. A muscle missing here still maps by its name; a wrong id
// would silently mislabel a mesh, so fewer correct ids beat many guessed ones. The ids are of the structure as a
// whole (no side): the side comes from the node's name, or stays unknown.

export interface FmaTarget {
  /** Our id (src/anatomy/ids.ts). */
  id: string
  /** All our ids the FMA structure covers, when it is more than one (the whole trapezius covers three parts). */
  covers?: readonly string[]
  /** The FMA preferred name, for messages and for the unmapped list. */
  fmaName: string
}

const TRAPEZIUS_PARTS = ['upper-trapezius', 'middle-trapezius', 'lower-trapezius'] as const

/** FMA numeric id (without the "FMA" prefix) → our structure. */
export const FMA_TO_STRUCTURE: ReadonlyMap<number, FmaTarget> = new Map<number, FmaTarget>([
  [9626, { id: 'upper-trapezius', covers: TRAPEZIUS_PARTS, fmaName: 'Trapezius' }],
  [13407, { id: 'sternocleidomastoid', fmaName: 'Sternocleidomastoid' }],
  [32519, { id: 'levator-scapulae', fmaName: 'Levator scapulae' }],
  [13379, { id: 'rhomboids', fmaName: 'Rhomboid major' }],
  [13380, { id: 'rhomboids', fmaName: 'Rhomboid minor' }],
  [9629, { id: 'supraspinatus', fmaName: 'Supraspinatus' }],
  [32546, { id: 'infraspinatus', fmaName: 'Infraspinatus' }],
  [32550, { id: 'teres-minor', fmaName: 'Teres minor' }],
  [13413, { id: 'subscapularis', fmaName: 'Subscapularis' }],
  [13397, { id: 'serratus-anterior', fmaName: 'Serratus anterior' }],
  [9627, { id: 'pectoralis-major', fmaName: 'Pectoralis major' }],
  [13109, { id: 'pectoralis-minor', fmaName: 'Pectoralis minor' }],
  [13357, { id: 'latissimus-dorsi', fmaName: 'Latissimus dorsi' }],
  [32521, { id: 'deltoid', fmaName: 'Deltoid' }],
  [37670, { id: 'biceps-brachii', fmaName: 'Biceps brachii' }],
  [37688, { id: 'triceps-brachii', fmaName: 'Triceps brachii' }],
  [18060, { id: 'iliopsoas', fmaName: 'Psoas major' }],
  [22310, { id: 'iliopsoas', fmaName: 'Iliacus' }],
  [22314, { id: 'gluteus-maximus', fmaName: 'Gluteus maximus' }],
  [22315, { id: 'gluteus-medius', fmaName: 'Gluteus medius' }],
  [22430, { id: 'rectus-femoris', fmaName: 'Rectus femoris' }],
  [22431, { id: 'vastus-lateralis', fmaName: 'Vastus lateralis' }],
  [22541, { id: 'gastrocnemius', fmaName: 'Gastrocnemius' }],
  [45956, { id: 'gastrocnemius', fmaName: 'Medial head of gastrocnemius' }],
  [45959, { id: 'gastrocnemius', fmaName: 'Lateral head of gastrocnemius' }],
  [22542, { id: 'soleus', fmaName: 'Soleus' }],
  [22532, { id: 'tibialis-anterior', fmaName: 'Tibialis anterior' }],
])

/** Read an FMA id from text such as "FMA9626", "FMA:9626", "fma_9626", "9626" or a number; null if there is none. */
export function parseFmaId(value: unknown): number | null {
  if (typeof value === 'number') return Number.isInteger(value) && value > 0 && value < 1e7 ? value : null
  if (typeof value !== 'string' || value.length > 200) return null
  if (/^\d{1,7}$/.test(value)) return Number(value)
  const m = /(?:^|[^A-Za-z0-9])FMA[:_ ]?(\d{1,7})(?![0-9])/i.exec(value)
  return m ? Number(m[1]) : null
}
