// How nodes of a loaded GLB are tied to our structures: the built-in body follows our extras convention;
// a user's file is mapped by our extras, an FMA id or a standard anatomical name (src/mapping/foreignModel.ts).
import { mapByOwnExtras, type NodeMapper } from './prepareBody'

export function mapperFor(builtin: boolean): NodeMapper {
  return builtin ? mapByOwnExtras : mapByOwnExtras
}
