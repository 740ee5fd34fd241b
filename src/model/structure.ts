// What the generator produces before meshing: one StructureSpec per node of the glTF (bilateral ones are
// described once, on the left, and mirrored), each with the field that shapes it and what its extras say.
import type { MuscleLayer } from '../anatomy/ids'
import type { StructureKind as AnyStructureKind } from '../anatomy/naming'
import type { Primitive, Shape } from './sdf'

/** The kinds of structure the generator meshes (skin and landmarks are made separately). */
export type StructureKind = Extract<AnyStructureKind, 'bone' | 'muscle' | 'organ' | 'danger'>

export interface StructureSpec {
  id: string
  kind: StructureKind
  /** 'left' structures are mirrored to a 'right' copy; 'midline' ones are emitted once. */
  side: 'left' | 'midline'
  name: string
  layer?: MuscleLayer
  /** Terminologia Anatomica (Latin) name, where we have it. */
  ta?: string
  /** Foundational Model of Anatomy id, only where we are sure of it. */
  fma?: string
  shape: Shape
  /** For a structure that is not a mirror image (the lungs): the right copy's own field, in body coordinates. */
  rightShape?: Shape
  /** Grid spacing used to polygonise the field (m). */
  cellM: number
  /** Triangle budget per copy after simplification. */
  maxTriangles: number
  /** Base colour, linear RGB 0..1. */
  colour: readonly [number, number, number]
  /** Whether the skin is wrapped over this structure. */
  underSkin: boolean
  /** What the skin is wrapped over in this structure's stead, when not its own shape: for a variant muscle drawn only
   * when asked for (sternalis), a copy sunk into what lies beneath, so that the skin does not show it. The builds' fat
   * layer is still measured to the structure itself (skin.ts, `coveredOnly`), and it is covered after the skin is
   * meshed (skinCover.ts). */
  skinStandIn?: readonly Primitive[]
  /** For a muscle: the primitives that carry its fibre axes (fibres.ts), before any carving, from which each
   * vertex gets its fibre direction, tendon weight and across-fibre coordinate (muscleFibres.ts). */
  fibrePrims?: readonly Primitive[]
}

export const COLOURS = {
  bone: [0.82, 0.78, 0.68] as const,
  cartilage: [0.62, 0.72, 0.78] as const,
  organLung: [0.85, 0.55, 0.6] as const,
  organKidney: [0.45, 0.18, 0.15] as const,
  organHeart: [0.62, 0.16, 0.16] as const,
  pleura: [0.55, 0.75, 0.95] as const,
  nerve: [0.95, 0.85, 0.2] as const,
  artery: [0.85, 0.08, 0.08] as const,
  neurovascular: [0.75, 0.3, 0.7] as const,
}
