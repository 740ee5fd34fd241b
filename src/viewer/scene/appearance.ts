// Applies the store's layers, hiding, isolation, hover and selection to the body's meshes: visibility,
// x-ray opacity and highlight colours. Imperative on purpose: hover changes must not re-render React.
import { Color, type Mesh, type MeshLambertMaterial } from 'three'
import { PICK_THROUGH_OPACITY } from '../layers'
import { isStructureShown, type ViewerState } from '../store'
import type { PreparedBody } from './prepareBody'

const SELECTED = new Color('#3aa0ff')
const SELECTED_GLOW = new Color('#0a2c4a')
const HOVER_GLOW = new Color('#4a4a4a')
/** While a structure is highlighted (a quiz question), the other muscles fade to this, so a deep one shows too. */
const GHOST_OPACITY = 0.2

type Appearance = Pick<ViewerState, 'layers' | 'hidden' | 'isolated' | 'selection' | 'hover' | 'highlight' | 'variantsShown'> &
  Pick<Parameters<typeof isStructureShown>[1], 'focus'>

function setOpacity(m: MeshLambertMaterial, opacity: number): void {
  const transparent = opacity < 0.999
  if (m.transparent !== transparent) {
    m.transparent = transparent
    m.needsUpdate = true
  }
  m.opacity = opacity
  m.depthWrite = !transparent
}

/**
 * The glow of see-through skin: its own colour, scaled by how see-through it is, so that its outline (where the
 * surface turns away from the lights) is drawn pale rather than darker than the background. None when opaque.
 */
function skinGlow(base: Color, opacity: number): Color {
  return base.clone().multiplyScalar(opacity < 0.999 ? 1 - opacity : 0)
}

/** Updates every mesh; returns the meshes the pointer can pick (shown and not in an x-ray layer). */
export function applyAppearance(body: PreparedBody, state: Appearance): Mesh[] {
  const pickable: Mesh[] = []
  for (const [mesh, rec] of body.nodeOf) {
    const shown = isStructureShown(rec, state)
    mesh.visible = shown
    let opacity = state.isolated || !rec.layer ? 1 : state.layers[rec.layer].opacity
    if (state.highlight && rec.kind === 'muscle' && rec.nodeName !== state.highlight) opacity = Math.min(opacity, GHOST_OPACITY)
    const shared = mesh.userData.sharedMaterial as MeshLambertMaterial
    const selected = rec.nodeName === state.selection || rec.nodeName === state.highlight
    const hovered = rec.nodeName === state.hover
    const glow = rec.kind === 'skin' ? skinGlow(mesh.userData.baseColour as Color, opacity) : null
    if (glow) shared.emissive.copy(glow)
    if (!selected && !hovered) {
      // Structures drawn alike share this material: only those drawn with it set its opacity, so a highlighted
      // structure (not faded) never lifts the fade of the others that share its look.
      setOpacity(shared, opacity)
      mesh.material = shared
    } else {
      // A highlighted structure gets its own copy, so its mirror twin keeps the plain look.
      const own = (mesh.userData.highlightMaterial ??= shared.clone()) as MeshLambertMaterial
      const base = mesh.userData.baseColour as Color
      if (selected) {
        own.color.copy(base).lerp(SELECTED, 0.6)
        own.emissive.copy(SELECTED_GLOW)
      } else {
        own.color.copy(base)
        own.emissive.copy(HOVER_GLOW)
      }
      // highlighted see-through skin keeps its glow under the highlight's
      if (glow) own.emissive.add(glow)
      setOpacity(own, opacity)
      mesh.material = own
    }
    if (shown && opacity >= PICK_THROUGH_OPACITY) pickable.push(mesh)
  }
  for (const mesh of body.unmappedMeshes) {
    mesh.visible = !state.isolated
    if (mesh.visible) pickable.push(mesh)
  }
  return pickable
}

/** Every material the body uses (shared and highlight copies), for disposal. */
export function materialsOf(body: PreparedBody): Set<{ dispose(): void }> {
  const out = new Set<{ dispose(): void }>()
  for (const mesh of [...body.nodeOf.keys(), ...body.unmappedMeshes]) {
    for (const m of [mesh.material, mesh.userData.sharedMaterial, mesh.userData.highlightMaterial]) {
      if (m && !Array.isArray(m)) out.add(m as { dispose(): void })
    }
  }
  return out
}
