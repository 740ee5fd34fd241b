// The skin's look when it is drawn see-through (the skin layer's default opacity is low): three's Lambert material,
// its opacity raised toward the silhouette (a fresnel-like rim), so the skin reads as a shell round the muscles
// rather than all but vanishing over them. The glow in its own colour that keeps that rim pale is set with the
// opacity (appearance.ts). Opaque skin is drawn exactly as plain Lambert (three sets the alpha to 1).
import { MeshLambertMaterial, type WebGLProgramParametersWithUniforms } from 'three'
import { insertAt } from './shaderPatch'

/** How much of the missing opacity the rim makes up at the silhouette (0: none, 1: opaque there). */
export const SKIN_RIM_OPACITY = 0.6

// before three writes the fragment (opaque_fragment reads diffuseColor.a): the opacity rises with the square of
// how far the surface has turned away from the eye. `normal` is the view-space shading normal.
const FRAGMENT_RIM = `
{
  vec3 eye = isOrthographic ? vec3( 0.0, 0.0, 1.0 ) : normalize( vViewPosition );
  float edge = 1.0 - clamp( abs( dot( normal, eye ) ), 0.0, 1.0 );
  diffuseColor.a += ( 1.0 - diffuseColor.a ) * ${SKIN_RIM_OPACITY.toFixed(2)} * edge * edge;
}`

/** Three's Lambert fragment shader with the skin's rim opacity added (pure); throws when three's shader changed. */
export function patchSkinShader(fragmentShader: string): string {
  return insertAt(fragmentShader, '#include <opaque_fragment>', FRAGMENT_RIM, 'before', 'skin')
}

/** Lambert lighting whose opacity rises toward the silhouette: the skin (prepareBody.ts). */
export class SkinMaterial extends MeshLambertMaterial {
  override onBeforeCompile(shader: WebGLProgramParametersWithUniforms): void {
    shader.fragmentShader = patchSkinShader(shader.fragmentShader)
  }

  override customProgramCacheKey(): string {
    return 'tpa-skin-rim-v1'
  }
}
