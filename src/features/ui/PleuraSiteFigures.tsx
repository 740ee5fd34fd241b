// The published skin-to-pleura figures for a needling site, as data/pleura-sites.json gives them: each
// measurement with its population, method and source, then the recommended maximum for the habitus, its
// margin and how it was derived. Numbers are shown as measured, never called "safe".
import type { ReactElement } from 'react'
import type { Habitus, PleuraSite } from '../../atlas/schema'
import type { FeatureAtlas } from '../atlasData'
import { SourceList } from './SourceList'

export interface PleuraSiteFiguresProps {
  atlas: FeatureAtlas
  site: PleuraSite
  habitus: Habitus
}

function figure(m: PleuraSite['measurements'][number]): string {
  const parts: string[] = []
  if (m.meanMm !== undefined) {
    parts.push(`mean ${m.meanMm} mm${m.sdMm !== undefined ? ` ± ${m.sdMm}` : ''}`)
  }
  if (m.minMm !== undefined || m.maxMm !== undefined) {
    parts.push(`range ${m.minMm ?? '?'}–${m.maxMm ?? '?'} mm`)
  }
  return parts.join(', ') || '—'
}

export function PleuraSiteFigures({ atlas, site, habitus }: PleuraSiteFiguresProps): ReactElement {
  return (
    <div className="tpa-f-card" data-testid="pleura-site">
      <h3>Published depth to the pleura: {site.name}</h3>
      <p className="tpa-f-muted">{site.description}</p>
      <table>
        <thead>
          <tr>
            <th>Source</th>
            <th>Population, method</th>
            <th>Figure</th>
            <th>Finding</th>
          </tr>
        </thead>
        <tbody>
          {site.measurements.map((m, i) => (
            <tr key={i}>
              <td>
                <SourceList atlas={atlas} ids={[m.source]} label="" />
              </td>
              <td>
                {m.population}. {m.method}. <span className="tpa-f-muted">(habitus: {m.habitus})</span>
              </td>
              <td>{figure(m)}</td>
              <td>{m.finding}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <strong>Recommended maximum depth ({habitus}):</strong> <span data-testid="recommended-max">{site.recommendedMaxDepthMm[habitus]} mm</span>;{' '}
        <strong>margin:</strong> <span data-testid="margin">{site.marginMm} mm</span> (the warning turns amber this far before the limit).
      </p>
      <details>
        <summary>How the maximum was derived</summary>
        <p>{site.derivation}</p>
      </details>
      <SourceList atlas={atlas} ids={site.sources} />
    </div>
  )
}
