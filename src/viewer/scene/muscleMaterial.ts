// The muscles' look: three's Lambert material with a few lines added to its shader so that a muscle reads as
// muscle and not as a red shape, from the fibre attribute the body generator stores on every muscle mesh
// (src/model/fibreAttributes.ts):
//   - fine striation: dark lines along the fibres, drawn at whole periods of the across-fibre coordinate and
//     faded out (by its screen-space rate, fwidth) before they get too dense to draw, so they never shimmer;
//   - a soft sheen stretched along the fibres (an anisotropic highlight from each directional light);
//   - tendons and aponeuroses toward a whitish cream, without striation;
//   - a darker rim toward the silhouette, so overlapping sheets separate.
// No textures and no extra pass: a few ALU operations per fragment. A subclass rather than a patched instance,
// so the copies appearance.ts makes for highlighting (clone) keep the look, and all muscles share one program.
// The striation and the sheen are fine detail: while no muscle is near enough for a stripe to span a few pixels
// (the whole body on screen), one uniform shared by every muscle material (muscleDetail, set before each frame)
// skips them, so the full-body view costs little more than plain Lambert; tendon colour and rim always show.
import { type BufferGeometry, MeshLambertMaterial, type WebGLProgramParametersWithUniforms } from 'three'
import { ACROSS_MAX_PERIODS, FIBRE_ATTRIBUTE, HIGH_BYTE_SCALE, threeAttributeName } from '../../model/fibreAttributes'
import { FIBRE_STRIPE_SPACING_M } from '../../model/fibres'
import { insertAt } from './shaderPatch'

const FIBRE = threeAttributeName(FIBRE_ATTRIBUTE)

/** True when a mesh's geometry carries the fibre attribute (the built-in body's muscles; not a foreign model's). */
export function hasFibres(geometry: BufferGeometry): boolean {
  const a = geometry.getAttribute(FIBRE)
  return a !== undefined && a.itemSize === 4
}

/** Whether striation and sheen are drawn (1) or skipped (0): one uniform object shared by every muscle material. */
export const muscleDetail = { value: 1 }

/** Stripes fade out below three pixels a period (FRAGMENT_SURFACE); the detail is kept from this many down. */
const DETAIL_MIN_PX_PER_STRIPE = 2

/**
 * Whether a stripe of the widest spacing could span DETAIL_MIN_PX_PER_STRIPE pixels anywhere on the body: at the
 * body's nearest point to the camera (its bounding sphere; 0 from inside it), for a view `heightPx` tall with
 * vertical field of view `fovDeg`. Pure.
 */
export function muscleDetailVisible(cameraToCentreM: number, bodyRadiusM: number, fovDeg: number, heightPx: number): boolean {
  const nearestM = Math.max(cameraToCentreM - bodyRadiusM, 1e-3)
  const metresPerPx = (2 * nearestM * Math.tan((fovDeg * Math.PI) / 360)) / Math.max(heightPx, 1)
  return FIBRE_STRIPE_SPACING_M / metresPerPx >= DETAIL_MIN_PX_PER_STRIPE
}

/** GLSL float literal. */
const glsl = (x: number): string => (Number.isInteger(x) ? x.toFixed(1) : String(x))

const VERTEX_DECLARATIONS = `
attribute vec4 ${FIBRE};
varying vec3 vTpaFibre;
varying float vTpaTendon;
varying float vTpaAcross;`

// decoded per vertex (fibreAttributes.ts): the octahedral pair to a unit direction, then to view space
const VERTEX_MAIN = `
{
  vec2 oct = ${FIBRE}.xy * ${glsl(2 * HIGH_BYTE_SCALE)} - 1.0;
  vec3 dir = vec3( oct, 1.0 - abs( oct.x ) - abs( oct.y ) );
  if ( dir.z < 0.0 ) dir.xy = ( 1.0 - abs( dir.yx ) ) * vec2( dir.x >= 0.0 ? 1.0 : - 1.0, dir.y >= 0.0 ? 1.0 : - 1.0 );
  vTpaFibre = normalize( mat3( modelViewMatrix ) * normalize( dir ) );
  vTpaTendon = ${FIBRE}.z * ${glsl(HIGH_BYTE_SCALE)};
  vTpaAcross = ${FIBRE}.w * ${glsl(ACROSS_MAX_PERIODS)};
}`

const FRAGMENT_DECLARATIONS = `
uniform float tpaDetail;
varying vec3 vTpaFibre;
varying float vTpaTendon;
varying float vTpaAcross;
float tpaStria;`

// Before the lights read diffuseColor: striation, tendon colour, rim. `normal` is the view-space shading normal.
const FRAGMENT_SURFACE = `
{
  float tendon = clamp( vTpaTendon, 0.0, 1.0 );
  // one dark line per period across the fibres; gone before the lines are closer than about three pixels, and on
  // the few triangles where the coordinate jumps (a belly's seam, where two bellies of a muscle meet)
  tpaStria = 0.0;
  if ( tpaDetail > 0.5 ) {
    float line = 0.5 + 0.5 * cos( 6.2831853 * vTpaAcross );
    tpaStria = line * line * ( 1.0 - smoothstep( 0.12, 0.33, fwidth( vTpaAcross ) ) ) * ( 1.0 - tendon );
    diffuseColor.rgb *= 1.0 - 0.2 * tpaStria;
  }
  // tendon and aponeurosis: pale, toward a whitish cream (lighter and less yellow than bone)
  diffuseColor.rgb = mix( diffuseColor.rgb, vec3( 0.8, 0.76, 0.68 ), 0.85 * tendon );
  // rim: darker where the surface turns away from the eye
  vec3 eye = isOrthographic ? vec3( 0.0, 0.0, 1.0 ) : normalize( vViewPosition );
  float edge = 1.0 - clamp( dot( normal, eye ), 0.0, 1.0 );
  diffuseColor.rgb *= 1.0 - 0.5 * edge * edge * edge;
}`

// After the lights: a highlight from each directional light, stretched along the fibres (Ward's anisotropic lobe,
// wide along the fibre, narrow across it), broken a little by the striation.
const FRAGMENT_SHEEN = `
#if NUM_DIR_LIGHTS > 0
if ( tpaDetail > 0.5 ) {
  vec3 fibre = vTpaFibre - normal * dot( normal, vTpaFibre );
  float along = length( fibre );
  if ( along > 1e-4 ) {
    fibre /= along;
    vec3 side = cross( normal, fibre );
    vec3 eye = isOrthographic ? vec3( 0.0, 0.0, 1.0 ) : normalize( vViewPosition );
    // next to three's Lambert term (albedo / pi, about 0.15 in red and 0.02 in green and blue for a muscle red), so
    // a soft gloss rather than a highlight
    float strength = 0.035 * smoothstep( 0.1, 0.4, along ) * ( 1.0 - 0.5 * tpaStria );
    for ( int i = 0; i < NUM_DIR_LIGHTS; i ++ ) {
      vec3 toLight = directionalLights[ i ].direction;
      vec3 h = normalize( toLight + eye );
      float ht = dot( h, fibre ) / 0.35;
      float hs = dot( h, side ) / 0.12;
      float hn = max( dot( h, normal ), 0.05 );
      float lobe = exp( - ( ht * ht + hs * hs ) / ( hn * hn ) );
      reflectedLight.directDiffuse += directionalLights[ i ].color * ( strength * lobe * clamp( dot( normal, toLight ), 0.0, 1.0 ) );
    }
  }
}
#endif`

/** Three's Lambert shader sources with the muscle look added (pure: strings in, strings out). */
export function patchMuscleShader(vertexShader: string, fragmentShader: string): { vertexShader: string; fragmentShader: string } {
  let vertex = insertAt(vertexShader, '#include <common>', VERTEX_DECLARATIONS, 'after', 'muscle')
  vertex = insertAt(vertex, '#include <begin_vertex>', VERTEX_MAIN, 'after', 'muscle')
  let fragment = insertAt(fragmentShader, '#include <common>', FRAGMENT_DECLARATIONS, 'after', 'muscle')
  fragment = insertAt(fragment, '#include <lights_lambert_fragment>', FRAGMENT_SURFACE, 'before', 'muscle')
  fragment = insertAt(fragment, '#include <aomap_fragment>', FRAGMENT_SHEEN, 'before', 'muscle')
  return { vertexShader: vertex, fragmentShader: fragment }
}

/** Lambert lighting with striation, sheen, tendon colour and rim, for meshes with the fibre attribute (hasFibres). */
export class MuscleMaterial extends MeshLambertMaterial {
  /** Marks the muscle look (three's own `isX` flag convention). */
  readonly isMuscleMaterial = true

  override onBeforeCompile(shader: WebGLProgramParametersWithUniforms): void {
    Object.assign(shader, patchMuscleShader(shader.vertexShader, shader.fragmentShader))
    shader.uniforms.tpaDetail = muscleDetail
  }

  override customProgramCacheKey(): string {
    return 'tpa-muscle-fibres-v2'
  }
}
