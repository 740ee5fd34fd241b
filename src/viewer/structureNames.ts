// Display names and list groups for structures of the model, from the shared anatomy vocabulary.
// Pure: the scene and the panels both call it.
import { CONTEXT_MUSCLES, DANGER_STRUCTURES, MUSCLES, ORGANS } from '../anatomy/ids'
import type { LayerId } from './layers'
import type { StructureRecord } from './store'

const SIDE_WORD = { left: 'left', right: 'right' } as const

function titleCase(id: string): string {
  const s = id.replace(/[-_]+/g, ' ').trim()
  return s.charAt(0).toUpperCase() + s.slice(1)
}

export interface StructureIdentity {
  id: string
  side: 'left' | 'right' | 'midline'
  kind: StructureRecord['kind']
  /** The muscle layer from the model's extras, when it gave one. */
  layer?: string
  /** A name the model itself gave, used when our vocabulary does not know the id. */
  name?: string
}

/** Builds the list record of a structure: name with side, Latin name, layer and region heading. */
export function describeStructure(
  s: StructureIdentity,
  layerOfKind: (kind: StructureRecord['kind'], muscleLayer?: string) => LayerId | null,
): StructureRecord {
  // atlas muscles first, then the context muscles the model shows for orientation (no atlas entry)
  const muscle = s.kind === 'muscle' ? (MUSCLES.find((m) => m.id === s.id) ?? CONTEXT_MUSCLES.find((m) => m.id === s.id)) : undefined
  const danger = DANGER_STRUCTURES.find((d) => d.id === s.id)
  const organ = ORGANS.find((o) => o.id === s.id)
  const base = muscle?.name ?? danger?.name ?? organ?.name ?? (s.name && s.name.trim() ? s.name.trim() : titleCase(s.id))
  const label = s.side === 'midline' ? base : `${base} (${SIDE_WORD[s.side]})`
  // Group keys are those of the search module's STRUCTURE_GROUPS (regions head to foot, then the rest).
  let group: string
  if (muscle) group = muscle.region
  else if (s.kind === 'muscle') group = 'Other muscles'
  else if (s.kind === 'bone') group = 'bones'
  else if (s.kind === 'organ') group = 'organs'
  else if (s.kind === 'danger') group = 'danger'
  else if (s.kind === 'landmark') group = 'landmarks'
  else group = 'skin'
  return {
    nodeName: `${s.id}.${s.side}`,
    id: s.id,
    side: s.side,
    kind: s.kind,
    layer: layerOfKind(s.kind, s.layer ?? muscle?.layer),
    name: base,
    label,
    latin: muscle?.latin,
    group,
    ...(muscle?.variant ? { variant: true as const } : {}),
  }
}
