// Splitting a pain map into separate areas, so that a map with a headache, a sore heel and low back pain is
// answered per area ("Your heel pain": …) instead of by one list that only explains the biggest part.
// Definition, kept simple on purpose: every region belongs to one body part; two painted regions are in the
// same area when their parts are the same or touch (BODY_PART_NEIGHBOURS); an area is a connected group of
// painted regions under that rule. A region with no body part (an instructor's own region) is its own area.

/** Body parts head to toe (trunk before the arm at the same level), with the words used in an area's heading. */
export const BODY_PARTS = {
  head: 'head',
  neck: 'neck',
  shoulder: 'shoulder',
  chest: 'chest',
  'upper-back': 'upper back',
  arm: 'arm',
  'forearm-hand': 'forearm',
  belly: 'belly',
  'low-back': 'low back',
  hip: 'hip',
  thigh: 'thigh',
  knee: 'knee',
  'lower-leg': 'lower leg',
  foot: 'foot',
} as const
export type BodyPart = keyof typeof BODY_PARTS

/** The body part of each standard region (src/anatomy/ids.ts); a test keeps every standard region listed. */
export const BODY_PART_OF_REGION: Readonly<Record<string, BodyPart>> = {
  forehead: 'head',
  temple: 'head',
  eye: 'head',
  orbit: 'head',
  ear: 'head',
  cheek: 'head',
  'jaw-angle': 'head',
  teeth: 'head',
  vertex: 'head',
  occiput: 'head',
  mastoid: 'head',
  'posterior-neck': 'neck',
  'lateral-neck': 'neck',
  'anterior-neck': 'neck',
  'top-of-shoulder': 'shoulder',
  'anterior-shoulder': 'shoulder',
  'posterior-shoulder': 'shoulder',
  'lateral-arm': 'arm',
  'posterior-arm': 'arm',
  'medial-arm': 'arm',
  'lateral-elbow': 'arm',
  'medial-elbow': 'arm',
  'posterior-elbow': 'arm',
  'dorsal-forearm': 'forearm-hand',
  'volar-forearm': 'forearm-hand',
  'dorsal-hand': 'forearm-hand',
  palm: 'forearm-hand',
  thumb: 'forearm-hand',
  'medial-scapular-border': 'upper-back',
  scapula: 'upper-back',
  'upper-back': 'upper-back',
  'mid-back': 'upper-back',
  'low-back': 'low-back',
  sacroiliac: 'low-back',
  coccyx: 'low-back',
  'anterior-chest': 'chest',
  'lateral-chest': 'chest',
  sternum: 'chest',
  abdomen: 'belly',
  buttock: 'hip',
  groin: 'hip',
  'lateral-hip': 'hip',
  'anterior-thigh': 'thigh',
  'lateral-thigh': 'thigh',
  'medial-thigh': 'thigh',
  'posterior-thigh': 'thigh',
  'anterior-knee': 'knee',
  'lateral-knee': 'knee',
  'medial-knee': 'knee',
  'posterior-knee': 'knee',
  shin: 'lower-leg',
  'lateral-leg': 'lower-leg',
  calf: 'lower-leg',
  'anterior-ankle': 'foot',
  'lateral-ankle': 'foot',
  'medial-ankle': 'foot',
  heel: 'foot',
  sole: 'foot',
  'dorsum-of-foot': 'foot',
  toes: 'foot',
}

/** Parts that share a border on the skin (the armpit joins chest and arm; the flank joins belly and low back). */
export const BODY_PART_NEIGHBOURS: readonly (readonly [BodyPart, BodyPart])[] = [
  ['head', 'neck'],
  ['neck', 'shoulder'],
  ['neck', 'upper-back'],
  ['neck', 'chest'],
  ['shoulder', 'arm'],
  ['shoulder', 'chest'],
  ['shoulder', 'upper-back'],
  ['arm', 'forearm-hand'],
  ['arm', 'chest'],
  ['chest', 'belly'],
  ['chest', 'upper-back'],
  ['upper-back', 'low-back'],
  ['belly', 'low-back'],
  ['belly', 'hip'],
  ['low-back', 'hip'],
  ['hip', 'thigh'],
  ['thigh', 'knee'],
  ['knee', 'lower-leg'],
  ['lower-leg', 'foot'],
]

/** One separate area of a pain map. */
export interface PainArea {
  /** Painted region ids in this area, most pain first. */
  regions: string[]
  /** Body parts the area spans, head to toe; empty for regions without a body part. */
  parts: BodyPart[]
  /** Sum of the pain weights in the area. */
  weight: number
}

function touching(a: string, b: string): boolean {
  const pa = BODY_PART_OF_REGION[a]
  const pb = BODY_PART_OF_REGION[b]
  if (!pa || !pb) {
    return a === b
  }
  return pa === pb || BODY_PART_NEIGHBOURS.some(([x, y]) => (x === pa && y === pb) || (x === pb && y === pa))
}

/**
 * The separate areas of a pain map (region id → weight, sides already merged), largest pain first; ties by
 * the first body part head to toe, then region id, so the order is always the same.
 */
export function painAreas(pain: ReadonlyMap<string, number>): PainArea[] {
  const regions = [...pain.keys()].sort()
  const seen = new Set<string>()
  const areas: PainArea[] = []
  for (const start of regions) {
    if (seen.has(start)) {
      continue
    }
    const members: string[] = []
    const queue = [start]
    seen.add(start)
    while (queue.length > 0) {
      const region = queue.shift() as string
      members.push(region)
      for (const other of regions) {
        if (!seen.has(other) && touching(region, other)) {
          seen.add(other)
          queue.push(other)
        }
      }
    }
    const order = Object.keys(BODY_PARTS)
    const parts = [...new Set(members.map((r) => BODY_PART_OF_REGION[r]).filter((p): p is BodyPart => !!p))].sort(
      (a, b) => order.indexOf(a) - order.indexOf(b),
    )
    members.sort((a, b) => (pain.get(b) ?? 0) - (pain.get(a) ?? 0) || a.localeCompare(b))
    areas.push({ regions: members, parts, weight: members.reduce((n, r) => n + (pain.get(r) ?? 0), 0) })
  }
  const partIndex = (a: PainArea): number => (a.parts[0] === undefined ? Infinity : Object.keys(BODY_PARTS).indexOf(a.parts[0]))
  const firstRegion = (a: PainArea): string => a.regions[0] ?? ''
  return areas.sort((a, b) => b.weight - a.weight || partIndex(a) - partIndex(b) || firstRegion(a).localeCompare(firstRegion(b)))
}

/**
 * The words for an area in "Your … pain": the region itself when only one is painted ("heel"), else the body
 * parts it spans ("head", "chest and arm").
 */
export function areaPhrase(area: PainArea, regionPhrase: (regionId: string) => string): string {
  if (area.regions.length === 1 || area.parts.length === 0) {
    const names = area.regions.map(regionPhrase)
    return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`
  }
  const names = area.parts.map((p) => BODY_PARTS[p])
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`
}
