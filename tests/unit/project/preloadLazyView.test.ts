// The build names the 3D view's chunk and everything it imports for the browser to preload beside the first chunk
// (scripts/preloadLazyView.ts): the whole import chain, each file once, never the entry (already in the page), and a
// clear failure when the view's module is not in the build at all.
import { describe, expect, it } from 'vitest'
import { chunksToPreload, type BuiltChunk } from '../../../scripts/preloadLazyView'

const chunk = (fileName: string, imports: string[], facadeModuleId: string | null = null, isEntry = false): BuiltChunk => ({
  fileName,
  imports,
  facadeModuleId,
  isEntry,
})

const bundle: BuiltChunk[] = [
  chunk('assets/index.js', [], '/repo/src/main.tsx', true),
  chunk('assets/Viewport.js', ['assets/index.js', 'assets/three.js', 'assets/body.js'], '/repo/src/viewer/scene/Viewport.tsx'),
  chunk('assets/body.js', ['assets/three.js', 'assets/index.js', 'assets/vec.js']),
  chunk('assets/three.js', []),
  chunk('assets/vec.js', ['assets/body.js']),
  chunk('assets/Patient.js', ['assets/index.js', 'assets/zod.js'], '/repo/src/features/Patient.tsx'),
  chunk('assets/zod.js', []),
]

describe('chunksToPreload', () => {
  it('lists the view and every chunk it reaches, each once, without the entry or unrelated parts', () => {
    const files = chunksToPreload(bundle, 'src/viewer/scene/Viewport.tsx')
    expect(files[0]).toBe('assets/Viewport.js')
    expect([...files].sort()).toEqual(['assets/Viewport.js', 'assets/body.js', 'assets/three.js', 'assets/vec.js'])
  })

  it('finds the view on a Windows path too', () => {
    const windows = bundle.map((c) => ({ ...c, facadeModuleId: c.facadeModuleId?.replaceAll('/', '\\') ?? null }))
    expect(chunksToPreload(windows, 'src/viewer/scene/Viewport.tsx')).toContain('assets/three.js')
  })

  it('fails naming the module when no chunk is built for it', () => {
    expect(() => chunksToPreload(bundle, 'src/viewer/scene/Missing.tsx')).toThrow(/src\/viewer\/scene\/Missing\.tsx/)
  })
})
