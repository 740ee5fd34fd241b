// Turns a requested body into a prepared one once, however often it is asked for. The page asks as soon as this code
// has loaded (startBody.ts), so the model is parsed while the view is still being mounted; the scene asks again when it
// subscribes and gets the same result. A refused model rejects with the reason to show.
import type { BodyRequest } from '../bodySource'
import { useViewer } from '../store'
import { uprightAndScale } from './frameFit'
import { mapperFor } from './mappers'
import { parseGlb } from './parseGlb'
import { prepareBody, type PreparedBody } from './prepareBody'

export interface PreparedRequest {
  prepared: PreparedBody
  /** What was done to bring a foreign model into our frame (units, up axis), or null. */
  frameNote: string | null
}

const preparing = new WeakMap<BodyRequest, Promise<PreparedRequest>>()

export function prepareRequest(req: BodyRequest): Promise<PreparedRequest> {
  let result = preparing.get(req)
  if (!result) {
    result = prepare(req)
    // the asker reports a failure; this only keeps an early, unawaited start from being an unhandled rejection
    result.catch(() => undefined)
    preparing.set(req, result)
  }
  return result
}

async function prepare(req: BodyRequest): Promise<PreparedRequest> {
  const bytes = await req.bytes
  performance.mark('tpa:model-downloaded')
  if (req.builtin) useViewer.getState().setLoad({ phase: 'loading', fraction: 1, what: 'Preparing the 3D view' })
  const parsed = await parseGlb(bytes)
  performance.mark('tpa:model-parsed')
  // A model from elsewhere may be in centimetres or millimetres, or Z-up: bring it into our frame.
  const frameNote = req.builtin ? null : uprightAndScale(parsed.scene)
  const prepared = prepareBody(parsed, mapperFor(req.builtin))
  performance.mark('tpa:model-prepared')
  if (prepared.nodeOf.size + prepared.unmappedMeshes.length === 0) {
    throw new Error('it contains no meshes to draw')
  }
  const { center, radius } = prepared.bounds
  if (![center.x, center.y, center.z, radius].every(Number.isFinite)) {
    throw new Error('its size cannot be measured (its geometry reaches beyond finite numbers)')
  }
  return { prepared, frameNote }
}
