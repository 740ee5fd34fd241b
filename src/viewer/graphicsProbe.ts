// What the browser's graphics can do, asked once before the 3D view is made: whether WebGL works at all, and whether
// it is drawn in software (SwiftShader, llvmpipe: no GPU, or one the browser blocks). A software renderer draws every
// pixel on the CPU, so the view drops multisampling and high-density pixels there: on such a machine that is the
// difference between a view that turns smoothly and one that stutters. A real GPU keeps both.

export interface GraphicsProbe {
  /** The browser can create a WebGL context. */
  webgl: boolean
  /** The renderer's name (unmasked where the browser allows), or '' when none could be read. */
  renderer: string
  /** The renderer draws in software. */
  software: boolean
}

/** Renderer names of the software rasterisers browsers fall back to (Chromium, Firefox, Safari, Windows). */
const SOFTWARE_RENDERER = /swiftshader|llvmpipe|softpipe|software rasterizer|microsoft basic render|apple software renderer/i

/** True for the name of a renderer that draws in software. Pure. */
export function isSoftwareRenderer(renderer: string): boolean {
  return SOFTWARE_RENDERER.test(renderer)
}

let probed: GraphicsProbe | null = null

/** Probes once per page (a throwaway context, given back at once: browsers cap live contexts); later calls reuse it. */
export function probeGraphics(): GraphicsProbe {
  if (probed) return probed
  probed = { webgl: false, renderer: '', software: false }
  try {
    const c = document.createElement('canvas')
    const gl = c.getContext('webgl2') ?? c.getContext('webgl')
    if (gl) {
      const info = gl.getExtension('WEBGL_debug_renderer_info')
      const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? '')
      probed = { webgl: true, renderer, software: isSoftwareRenderer(renderer) }
      gl.getExtension('WEBGL_lose_context')?.loseContext()
    }
  } catch {
    // no WebGL: probed stays as it was set above
  }
  return probed
}
