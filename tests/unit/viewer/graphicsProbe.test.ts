// Which renderers draw in software (the view then skips multisampling): the names browsers report for their
// CPU rasterisers, and real GPUs, which keep it.
import { describe, expect, it } from 'vitest'
import { isSoftwareRenderer } from '../../../src/viewer/graphicsProbe'

describe('isSoftwareRenderer', () => {
  it('knows the software rasterisers by the names browsers give them', () => {
    for (const name of [
      'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
      'Google SwiftShader',
      'llvmpipe (LLVM 15.0.6, 256 bits)',
      'Mesa softpipe',
      'ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0, D3D11)',
      'Apple Software Renderer',
    ])
      expect(isSoftwareRenderer(name), name).toBe(true)
  })

  it('leaves real GPUs, and an unreadable name, as hardware', () => {
    for (const name of [
      'ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)',
      'ANGLE (Intel, Mesa Intel(R) UHD Graphics 620 (KBL GT2), OpenGL 4.6)',
      'Apple M2',
      'Adreno (TM) 650',
      'Mali-G78',
      'WebKit WebGL',
      '',
    ])
      expect(isSoftwareRenderer(name), name).toBe(false)
  })
})
