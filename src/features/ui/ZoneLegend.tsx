// The legend of the painted zones: each colour is named and repeated by a pattern (solid, stipple,
// hatch), so the meaning survives colour-blindness and greyscale printing.
import type { ReactElement } from 'react'

export interface ZoneLegendProps {
  /** Name of the selected muscle (vermillion). */
  primaryName: string | null
  /** Name of the compared muscle (blue), when comparing. */
  compareName?: string | null
  /** Show the patient's pain swatch too. */
  showPain?: boolean
}

export function ZoneLegend({ primaryName, compareName, showPain }: ZoneLegendProps): ReactElement {
  return (
    <div className="tpa-f-legend" role="list" aria-label="Legend of the painted zones" data-testid="zone-legend">
      {primaryName ? (
        <>
          <span className="tpa-f-swatch tpa-f-solid-primary" aria-hidden="true" />
          <span role="listitem">{primaryName}: essential zone (solid, felt by nearly everyone with this trigger point)</span>
          <span className="tpa-f-swatch tpa-f-stipple-primary" aria-hidden="true" />
          <span role="listitem">{primaryName}: spillover zone (dotted, felt by some)</span>
        </>
      ) : null}
      {compareName ? (
        <>
          <span className="tpa-f-swatch tpa-f-hatch-compare" aria-hidden="true" />
          <span role="listitem">{compareName}: essential zone (hatched, lines falling to the right)</span>
          <span className="tpa-f-swatch tpa-f-crosshatch-compare" aria-hidden="true" />
          <span role="listitem">{compareName}: spillover zone (hatched, lines rising to the right)</span>
        </>
      ) : null}
      {showPain ? (
        <>
          <span className="tpa-f-swatch tpa-f-solid-pain" aria-hidden="true" />
          <span role="listitem">Your painted pain</span>
        </>
      ) : null}
      <span aria-hidden="true" style={{ fontWeight: 700, textAlign: 'center' }}>
        ✕
      </span>
      <span role="listitem">Trigger point (a mark on the muscle)</span>
    </div>
  )
}
