// The published skin-to-pleura figures for a needling site and the depth rule's result for the chosen build:
// the recommended maximum with the figure it comes from, or no maximum with the reason and the technique
// taught instead, then every figure the rule considered (its kind and whether it applied to this build) and
// the measurements as published. Numbers are shown as measured, never called "safe".
import type { ReactElement } from 'react'
import { buildLabel } from '../../atlas/builds'
import { depthRule, NO_MAXIMUM_TEXT, RULE_MARGIN_MM, type FigureKind } from '../../atlas/depthRule'
import type { Habitus, PleuraSite } from '../../atlas/schema'
import type { FeatureAtlas } from '../atlasData'
import { SourceList } from './SourceList'

export interface PleuraSiteFiguresProps {
  atlas: FeatureAtlas
  site: PleuraSite
  habitus: Habitus
}

const KIND_TEXT: Record<FigureKind, string> = {
  'observed-minimum': 'observed minimum',
  'needle-reached-pleura': 'needle that reached the pleura or lung',
  'mean-minus-2sd': 'mean − 2 SD',
  'mean-without-sd': 'mean without SD (context)',
  recommendation: 'recommendation (context)',
  'observed-maximum': 'observed maximum (context)',
}

export function PleuraSiteFigures({ atlas, site, habitus }: PleuraSiteFiguresProps): ReactElement {
  const rule = depthRule(site, habitus)
  return (
    <div className="tpa-f-card" data-testid="pleura-site">
      <h3>Published depth to the pleura: {site.name}</h3>
      <p className="tpa-f-muted">
        {site.approach}. {site.description}
      </p>
      {rule.maximumMm !== null ? (
        <p>
          <strong>Recommended maximum depth ({buildLabel(habitus)}):</strong> <span data-testid="recommended-max">{rule.maximumMm} mm</span>
          ; <strong>margin:</strong> <span data-testid="margin">{site.marginMm} mm</span> (the warning turns amber this far before the
          limit). {rule.explanation}
        </p>
      ) : (
        <div data-testid="no-maximum">
          <p>
            <strong>Recommended maximum depth ({buildLabel(habitus)}):</strong> <span data-testid="recommended-max">none</span>.{' '}
            {NO_MAXIMUM_TEXT} {rule.reason}
          </p>
          <p>
            <strong>Technique instead:</strong> {rule.technique}
          </p>
        </div>
      )}
      <details>
        <summary>The rule and its inputs</summary>
        <p>
          The recommended maximum is at least {RULE_MARGIN_MM} mm shallower than the smallest figure that applies to this site and build: an
          observed minimum, a needle length documented to have reached the pleura or lung, or mean − 2 SD. A figure from a study that does
          not split by build counts for the lean build and larger; a larger build never gets a deeper maximum unless a study of its group
          gives one. Under 5 mm there is no maximum.
        </p>
        <ul data-testid="rule-inputs">
          {rule.inputs.map((f, i) => (
            <li key={i}>
              <strong>
                {f.source}
                {f.secondary ? ' (secondary)' : ''}
              </strong>
              , {f.group}. {KIND_TEXT[f.kind]}: {f.working}.{' '}
              <em>
                {f.appliesToBuild
                  ? `Applies to ${buildLabel(habitus)}.`
                  : f.counts
                    ? `Applies to ${f.builds.join(', ')}, not this build.`
                    : 'Context only.'}
              </em>
              {f.note ? <span className="tpa-f-muted"> {f.note}</span> : null}
            </li>
          ))}
        </ul>
        <p>{site.derivation}</p>
      </details>
      <details>
        <summary>Measurements as published</summary>
        <table>
          <thead>
            <tr>
              <th>Source</th>
              <th>Population, method</th>
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
                  {m.population}. {m.method}.{' '}
                  <span className="tpa-f-muted">({m.group ? m.group.label : 'whole sample, not split by build'})</span>
                </td>
                <td>
                  {m.finding}
                  {m.figureNote ? <span className="tpa-f-muted"> {m.figureNote}</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      <SourceList atlas={atlas} ids={site.sources} />
    </div>
  )
}
