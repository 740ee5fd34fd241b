// Citations as the atlas gives them: source ids (facts.md §5) with the full reference on hover and focus,
// so every clinical line in a panel shows what it rests on.
import type { ReactElement } from 'react'
import { sourceReadingInWords } from '../../atlas/evidence'
import type { FeatureAtlas } from '../atlasData'

export interface SourceListProps {
  /** Source ids, e.g. ["ML-5", "NAM-UT"]. */
  ids: readonly string[]
  atlas: FeatureAtlas
  /** Text before the list. */
  label?: string
}

export function SourceList({ ids, atlas, label = 'Sources' }: SourceListProps): ReactElement | null {
  if (ids.length === 0) {
    return null
  }
  return (
    <p className="tpa-f-sources">
      {label}:{' '}
      {ids.map((id, i) => {
        const s = atlas.sourceById.get(id)
        const reading = s ? sourceReadingInWords(s) : null
        const title = s ? `${s.authors}${s.year ? ` (${s.year})` : ''}. ${s.title} ${s.publication}.` : 'not in the source list'
        return (
          <span key={id}>
            {i > 0 ? ', ' : ''}
            <abbr title={title} tabIndex={0} data-source-id={id}>
              {id}
            </abbr>
            {reading ? <span className="tpa-f-muted"> ({reading})</span> : null}
          </span>
        )
      })}
    </p>
  )
}
