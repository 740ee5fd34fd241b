// The checks a model file passes before three's loader sees it: it is a GLB, it loads nothing from elsewhere,
// it is within the triangle cap, and its transforms and bounds are finite numbers. Pure: bytes in, a reason out.
import { readGlbChunks } from './glbChunks'
import { externalResourceProblem } from './externalResources'
import { MAX_MODEL_TRIANGLES, fileSizeProblem } from './limits'
import { nonFiniteJsonNumbers, nonFiniteProblem } from './finiteNumbers'
import { countTriangles } from './triangleCount'

export interface ModelFileCheck {
  /** Why the file is refused (a clause that follows "Could not open …: "), or null when it may be loaded. */
  problem: string | null
  /** Triangles the file will draw, from its accessor counts (0 when the JSON could not be read). */
  triangles: number
}

export function checkModelFile(bytes: ArrayBuffer): ModelFileCheck {
  const size = fileSizeProblem(bytes.byteLength)
  if (size) return { problem: size, triangles: 0 }
  let json: unknown
  try {
    json = readGlbChunks(bytes).json
  } catch (err) {
    return { problem: (err as Error).message, triangles: 0 }
  }
  if (!json || typeof json !== 'object' || Array.isArray(json)) {
    return { problem: 'its glTF JSON is not an object', triangles: 0 }
  }
  const external = externalResourceProblem(json)
  if (external) return { problem: external, triangles: 0 }
  const triangles = countTriangles(json)
  if (triangles > MAX_MODEL_TRIANGLES) {
    return {
      problem:
        `it has ${triangles.toLocaleString('en-US')} triangles, and models can have at most ` +
        `${MAX_MODEL_TRIANGLES.toLocaleString('en-US')}`,
      triangles,
    }
  }
  const nonFinite = nonFiniteProblem(nonFiniteJsonNumbers(json))
  if (nonFinite) return { problem: nonFinite, triangles }
  return { problem: null, triangles }
}
