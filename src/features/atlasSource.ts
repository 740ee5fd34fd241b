// The bridge to the atlas engineers' built-in loader, in its own module so that atlasData.ts can import it
// lazily (the atlas JSON then lands in a separate chunk, not in the first one).
import { loadBuiltInAtlas } from '../atlas/builtin'
import type { FeatureAtlasInput } from './atlasData'

export function loadAtlasInput(): FeatureAtlasInput {
  const { atlas, faults } = loadBuiltInAtlas()
  const errors = faults.filter((f) => f.severity === 'error')
  if (errors.length > 0) {
    console.warn(`Trigger Point Atlas: the built-in atlas has ${errors.length} fault(s); affected entries are left out`, errors)
  }
  return atlas
}
