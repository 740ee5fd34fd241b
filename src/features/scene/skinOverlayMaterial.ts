// The material of the skin overlay: draws the referral zones and the patient's pain from per-vertex
// attributes on the skin's own geometry (no re-tessellation). Essential zone solid, spillover stippled,
// the compared muscle hatched, pain solid; soft edges come from the per-vertex weights. A MeshBasicMaterial
// patched in onBeforeCompile, so three's morph-target code (habitus) still applies to the overlay.
import { Color, DoubleSide, MeshBasicMaterial } from 'three'
import { ZONE_PALETTE } from '../zones/palette'

/** Attribute names on the skin geometry. */
export const ZONE_ATTRIBUTE = 'tpaZone'
export const PAIN_ATTRIBUTE = 'tpaPain'

export function createSkinOverlayMaterial(): MeshBasicMaterial {
  const material = new MeshBasicMaterial({
    transparent: true,
    depthWrite: false,
    polygonOffset: true,
    polygonOffsetFactor: -2,
    polygonOffsetUnits: -2,
    side: DoubleSide,
  })
  const uniforms = {
    tpaPrimary: { value: new Color(ZONE_PALETTE.primary) },
    tpaCompare: { value: new Color(ZONE_PALETTE.compare) },
    tpaPain: { value: new Color(ZONE_PALETTE.pain) },
  }
  material.onBeforeCompile = (shader) => {
    Object.assign(shader.uniforms, uniforms)
    shader.vertexShader = shader.vertexShader
      .replace(
        '#include <common>',
        `#include <common>
attribute vec4 ${ZONE_ATTRIBUTE};
attribute float ${PAIN_ATTRIBUTE};
varying vec4 vTpaZone;
varying float vTpaPainW;`,
      )
      .replace(
        '#include <begin_vertex>',
        `#include <begin_vertex>
vTpaZone = ${ZONE_ATTRIBUTE};
vTpaPainW = ${PAIN_ATTRIBUTE};`,
      )
    shader.fragmentShader = shader.fragmentShader
      .replace(
        '#include <common>',
        `#include <common>
uniform vec3 tpaPrimary;
uniform vec3 tpaCompare;
uniform vec3 tpaPain;
varying vec4 vTpaZone;
varying float vTpaPainW;
vec4 tpaOver(vec4 dst, vec3 colour, float alpha) {
  float a = alpha + dst.a * (1.0 - alpha);
  vec3 c = a > 0.0 ? (colour * alpha + dst.rgb * dst.a * (1.0 - alpha)) / a : vec3(0.0);
  return vec4(c, a);
}`,
      )
      .replace(
        '#include <opaque_fragment>',
        `#include <opaque_fragment>
{
  vec2 fc = gl_FragCoord.xy;
  float dots = step(length(mod(fc, 6.0) - 3.0), 1.5);
  float hatchA = step(mod(fc.x + fc.y, 7.0), 2.5);
  float hatchB = step(mod(fc.x - fc.y + 7000.0, 7.0), 2.5);
  vec4 outC = vec4(0.0);
  outC = tpaOver(outC, tpaPrimary, 0.95 * vTpaZone.y * dots);
  outC = tpaOver(outC, tpaCompare, 0.95 * vTpaZone.w * hatchB);
  outC = tpaOver(outC, tpaPrimary, 0.82 * vTpaZone.x);
  outC = tpaOver(outC, tpaCompare, 0.95 * vTpaZone.z * hatchA);
  outC = tpaOver(outC, tpaPain, 0.72 * vTpaPainW);
  if (outC.a < 0.02) discard;
  gl_FragColor = outC;
}`,
      )
  }
  material.customProgramCacheKey = () => 'tpa-skin-overlay-v1'
  return material
}
