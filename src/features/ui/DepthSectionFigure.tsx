// The depth section beside the 3D view: a to-scale cut along the needle path (skin at the top), drawn from
// the view model of needle/depthSection.ts. Each band is labelled; the ruler is in millimetres; the needle,
// its tip, the trigger point, the maximum, the margin and the model's pleura are lines on the same scale.
import type { ReactElement } from 'react'
import type { DepthSection, SectionBandKind, SectionState } from '../needle/depthSection'
import { ZONE_PALETTE } from '../zones/palette'

export interface DepthSectionFigureProps {
  section: DepthSection
  /** Height of the drawn cut, px. */
  heightPx?: number
}

const BAND_FILL: Record<SectionBandKind, string> = {
  'skin-fat': '#f7dcb4',
  muscle: '#d99a92',
  fascia: '#f2e8cf',
  rib: '#ece8dc',
  bone: '#ece8dc',
  intercostal: '#e4c4b6',
  pleura: '#9db8e0',
  lung: '#f6d3dc',
}

const STATE_COLOUR: Record<SectionState, string> = {
  clear: ZONE_PALETTE.warnClear,
  amber: ZONE_PALETTE.warnAmber,
  red: ZONE_PALETTE.warnRed,
  'past-pleura': ZONE_PALETTE.warnPastPleura,
}

const LINE_STYLE = {
  maximum: { stroke: '#cc0000', dash: '6 3', text: '#a30000' },
  margin: { stroke: '#b36b00', dash: '3 3', text: '#7a4900' },
  limit: { stroke: '#cc0000', dash: '2 2', text: '#a30000' },
  pleura: { stroke: '#1f4e99', dash: '', text: '#1f4e99' },
} as const

/** Text and ruler colour on the figure's white card. */
const INK = '#1d232b'
const TOP = 14
const RULER_X = 40
const CUT_X = 46
const CUT_W = 150
const WIDTH = 330

/** A band label in lines that fit the cut's width (about 24 characters at this size). */
function labelLines(label: string): string[] {
  if (label.length <= 24) {
    return [label]
  }
  const cut = label.lastIndexOf(' ', Math.ceil(label.length / 2))
  return cut > 0 ? [label.slice(0, cut), label.slice(cut + 1)] : [label]
}

export function DepthSectionFigure({ section, heightPx = 340 }: DepthSectionFigureProps): ReactElement {
  const scale = heightPx / section.depthMm
  const y = (mm: number): number => TOP + mm * scale
  const needleX = CUT_X + CUT_W * 0.42
  const stateColour = STATE_COLOUR[section.state]
  // Band labels go inside the band when it is tall enough, else they are left to the list below the figure.
  // A band label that would sit under the tip's label is left out while the tip is there.
  const tipY = y(section.tipMm)
  const labelled = section.bands.filter((b) => (b.toMm - b.fromMm) * scale >= 11 && Math.abs(y((b.fromMm + b.toMm) / 2) - tipY) > 9)
  return (
    <figure className="tpa-f-section" data-testid="depth-section" data-state={section.state}>
      <svg role="img" aria-label={section.summary} viewBox={`0 0 ${WIDTH} ${TOP + heightPx + 16}`} width="100%" style={{ maxWidth: WIDTH }}>
        <defs>
          <pattern id="tpa-f-rib-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" fill={BAND_FILL.rib} />
            <line x1="0" y1="0" x2="0" y2="6" stroke="#a39c87" strokeWidth="1.5" />
          </pattern>
          <pattern id="tpa-f-lung-dots" width="7" height="7" patternUnits="userSpaceOnUse">
            <rect width="7" height="7" fill={BAND_FILL.lung} />
            <circle cx="3.5" cy="3.5" r="1.1" fill="#d88ea2" />
          </pattern>
        </defs>
        {/* A light card of its own, so the colours read the same in the light and the dark theme. */}
        <rect x={0} y={0} width={WIDTH} height={TOP + heightPx + 16} rx={6} fill="#ffffff" />
        <text x={CUT_X} y={10} fontSize="10" fill={INK}>
          skin (0 mm) ↓ along the needle
        </text>
        {section.bands.map((b) => (
          <rect
            key={`${b.kind}-${b.fromMm}`}
            x={CUT_X}
            y={y(b.fromMm)}
            width={CUT_W}
            height={Math.max(0.5, (b.toMm - b.fromMm) * scale)}
            fill={
              b.kind === 'rib' || b.kind === 'bone'
                ? 'url(#tpa-f-rib-hatch)'
                : b.kind === 'lung'
                  ? 'url(#tpa-f-lung-dots)'
                  : BAND_FILL[b.kind]
            }
            stroke="#6b5d4f"
            strokeWidth="0.4"
          >
            <title>{`${b.label}: ${b.fromMm.toFixed(1)}–${b.toMm.toFixed(1)} mm`}</title>
          </rect>
        ))}
        {labelled.map((b) => {
          const lines = labelLines(b.label)
          const mid = y((b.fromMm + b.toMm) / 2) + 3.5 - ((lines.length - 1) * 11) / 2
          return (
            <text key={`l-${b.kind}-${b.fromMm}`} x={CUT_X + CUT_W - 4} y={mid} fontSize="10" textAnchor="end" fill={INK}>
              {lines.map((line, i) => (
                <tspan key={line} x={CUT_X + CUT_W - 4} dy={i === 0 ? 0 : 11}>
                  {line}
                </tspan>
              ))}
            </text>
          )
        })}
        {/* Ruler: a tick every millimetre, longer every 5, numbered every 10. */}
        <line x1={RULER_X} y1={y(0)} x2={RULER_X} y2={y(section.depthMm)} stroke={INK} strokeWidth="1" />
        {section.ticks.map((t) => (
          <line
            key={t.mm}
            x1={RULER_X - (t.major ? 9 : t.mid ? 6 : 3)}
            x2={RULER_X}
            y1={y(t.mm)}
            y2={y(t.mm)}
            stroke={INK}
            strokeWidth={t.major ? 1 : 0.6}
          />
        ))}
        {section.ticks
          .filter((t) => t.major)
          .map((t) => (
            <text key={`n-${t.mm}`} x={RULER_X - 11} y={y(t.mm) + 3.5} fontSize="10" textAnchor="end" fill={INK}>
              {t.mm}
            </text>
          ))}
        <text x={4} y={TOP + heightPx + 13} fontSize="10" fill={INK}>
          mm
        </text>
        {section.lines
          .filter((l) => l.mm <= section.depthMm)
          .map((l) => {
            const style = LINE_STYLE[l.kind]
            return (
              <g key={`${l.kind}-${l.mm}`} data-line={l.kind}>
                <line
                  x1={CUT_X}
                  x2={CUT_X + CUT_W + 6}
                  y1={y(l.mm)}
                  y2={y(l.mm)}
                  stroke={style.stroke}
                  strokeWidth={l.kind === 'pleura' ? 2 : 1.6}
                  strokeDasharray={style.dash}
                />
                <text x={CUT_X + CUT_W + 8} y={y(l.mm) + 3.5} fontSize="10" fill={style.text}>
                  {l.label}
                </text>
              </g>
            )
          })}
        {/* The trigger point on the path. */}
        <g transform={`translate(${needleX}, ${y(section.targetMm)})`} aria-hidden="true">
          <line x1={-5} y1={-5} x2={5} y2={5} stroke="#000" strokeWidth="2" />
          <line x1={-5} y1={5} x2={5} y2={-5} stroke="#000" strokeWidth="2" />
        </g>
        <text x={needleX - 9} y={y(section.targetMm) + 3.5} fontSize="10" textAnchor="end" fill="#1d232b">
          TrP
        </text>
        {/* The needle from the skin to its tip. */}
        <line x1={needleX} x2={needleX} y1={y(0) - 10} y2={y(section.tipMm)} stroke="#30363d" strokeWidth="2" />
        <circle
          cx={needleX}
          cy={y(section.tipMm)}
          r="5"
          fill={stateColour}
          stroke="#fff"
          strokeWidth="1.5"
          data-testid="depth-section-tip"
        />
        <text
          x={needleX + 8}
          y={y(section.tipMm) + 3.5}
          fontSize="10"
          fontWeight="700"
          fill="#1d232b"
          stroke="#fff"
          strokeWidth="3"
          paintOrder="stroke"
        >
          tip {Math.round(section.tipMm * 10) / 10} mm
        </text>
      </svg>
      <figcaption className="tpa-f-muted">{section.summary}</figcaption>
    </figure>
  )
}
