// How nodes of a loaded GLB are tied to our structures: the built-in body follows our extras convention;
// a user's file is mapped by our extras, an FMA id or a standard anatomical name (src/mapping/foreignModel.ts).
import { mapForeignNode } from '../../mapping/foreignModel'
import { mapByOwnExtras, type NodeMapper } from './prepareBody'

const mapForeign: NodeMapper = (name, extras) => {
  const m = mapForeignNode(name, extras)
  if (!m) return null
  const e = extras && typeof extras === 'object' ? (extras as Record<string, unknown>) : {}
  return {
    id: m.id,
    side: m.side,
    kind: m.kind,
    layer: typeof e.layer === 'string' ? e.layer : undefined,
    name: typeof e.name === 'string' ? e.name : undefined,
  }
}

export function mapperFor(builtin: boolean): NodeMapper {
  return builtin ? mapByOwnExtras : mapForeign
}
