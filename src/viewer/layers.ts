// The six layers a student peels, and which layer each structure of the model belongs to. Pure: no React,
// no three scene code, so the store, the panels and the scene agree on one table.

export type LayerId = 'skin' | 'superficial' | 'deep' | 'bones' | 'organs' | 'danger'
import type { StructureKind } from '../anatomy/naming'

export type { StructureKind }

export interface LayerState {
  visible: boolean
  /** 0..1; below 1 the layer is drawn see-through (x-ray). */
  opacity: number
}

export interface LayerInfo {
  id: LayerId
  /** The switch's accessible name. */
  label: string
  defaults: LayerState
}

/** Outermost first, the order the list of switches shows them in. */
export const LAYERS: readonly LayerInfo[] = [
  { id: 'skin', label: 'Skin', defaults: { visible: true, opacity: 0.25 } },
  { id: 'superficial', label: 'Superficial muscles', defaults: { visible: true, opacity: 1 } },
  { id: 'deep', label: 'Deep muscles', defaults: { visible: true, opacity: 1 } },
  { id: 'bones', label: 'Bones', defaults: { visible: true, opacity: 1 } },
  { id: 'organs', label: 'Organs', defaults: { visible: true, opacity: 1 } },
  { id: 'danger', label: 'Danger structures', defaults: { visible: true, opacity: 1 } },
]

export const LAYER_IDS: readonly LayerId[] = LAYERS.map((l) => l.id)

/** Below this opacity a layer is treated as x-ray: the pointer picks through it to what lies beneath. */
export const PICK_THROUGH_OPACITY = 0.5

export function defaultLayers(): Record<LayerId, LayerState> {
  const out = {} as Record<LayerId, LayerState>
  for (const l of LAYERS) out[l.id] = { ...l.defaults }
  return out
}

/** The layer a structure is drawn in; landmarks are empty anchors and have none. */
export function layerOf(kind: StructureKind, muscleLayer?: string): LayerId | null {
  switch (kind) {
    case 'skin':
      return 'skin'
    case 'muscle':
      return muscleLayer === 'deep' ? 'deep' : 'superficial'
    case 'bone':
      return 'bones'
    case 'organ':
      return 'organs'
    case 'danger':
      return 'danger'
    case 'landmark':
      return null
  }
}
