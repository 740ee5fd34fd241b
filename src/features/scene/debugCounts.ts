// Counts the features publish on window.__tpa for browser tests and the bench (marks drawn, zone repaint
// time, painted vertices), merged into whatever the viewer already put there.

export interface FeatureDebugCounts {
  triggerPointMarks?: number
  zoneRepaintMs?: number
  zonePaintedVertices?: { essential: number; spillover: number; compareEssential: number; compareSpillover: number }
  zoneProblems?: string[]
  painPaintedVertices?: number
  /** Sum of the painted skin-vertex indices: with the count, tells a test the same vertices are painted. */
  painPaintedIndexSum?: number
  /** Mean position of the painted skin vertices, mm (body frame), null when nothing is painted. */
  painPaintedCentroidMm?: [number, number, number] | null
  needleTipMm?: number
  needleWarning?: string
  /** CSS-pixel position, relative to the canvas, of the needle tip; null when behind the camera. */
  needleTipScreenPoint?: () => { x: number; y: number } | null
  /** The tip's colour ('#rrggbb'), which follows the warning state. */
  needleTipColour?: string
  skinVertexCount?: number
  /** CSS-pixel position, relative to the canvas, of a landmark (`<id>.<side>`), or null when it is unknown or behind the camera. */
  landmarkScreenPoint?: (name: string) => { x: number; y: number } | null
}

export function publishDebug(counts: FeatureDebugCounts): void {
  if (typeof window === 'undefined') {
    return
  }
  const w = window as unknown as { __tpa?: Record<string, unknown> }
  w.__tpa = Object.assign(w.__tpa ?? {}, counts)
}
