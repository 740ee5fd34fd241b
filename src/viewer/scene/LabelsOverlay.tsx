// Name labels with leader lines for the hovered and the selected structure. The DOM part sits over the
// canvas; the driver inside the canvas moves them every rendered frame (no React re-render per frame).
import { useRef, type RefObject } from 'react'
import { useFrame, useThree } from '@react-three/fiber'
import { Box3, Vector3 } from 'three'
import { useViewer } from '../store'
import { useBody } from './BodyContext'

interface LabelParts {
  box: RefObject<HTMLDivElement | null>
  line: RefObject<SVGLineElement | null>
  dot: RefObject<SVGCircleElement | null>
}

export interface LabelElements {
  hover: LabelParts
  selected: LabelParts
}

export function useLabelElements(): LabelElements {
  return {
    hover: { box: useRef(null), line: useRef(null), dot: useRef(null) },
    selected: { box: useRef(null), line: useRef(null), dot: useRef(null) },
  }
}

const OFFSET_X_PX = 48
const OFFSET_Y_PX = 44
const EDGE_PX = 8

function hide(parts: LabelParts): void {
  // Most frames have nothing to label: skip the DOM writes when the label is already hidden.
  if (!parts.box.current || parts.box.current.style.visibility === 'hidden') return
  parts.box.current.style.visibility = 'hidden'
  parts.line.current?.setAttribute('visibility', 'hidden')
  parts.dot.current?.setAttribute('visibility', 'hidden')
}

/** Places one label near its anchor (CSS px), on the side with more room, and draws the leader line. */
function place(parts: LabelParts, ax: number, ay: number, width: number, height: number, above: boolean): void {
  const box = parts.box.current
  const line = parts.line.current
  const dot = parts.dot.current
  if (!box || !line || !dot) return
  const w = box.offsetWidth
  const h = box.offsetHeight
  const right = ax < width * 0.55
  let x = right ? ax + OFFSET_X_PX : ax - OFFSET_X_PX - w
  let y = above ? ay - OFFSET_Y_PX - h : ay + OFFSET_Y_PX
  x = Math.min(Math.max(EDGE_PX, x), width - w - EDGE_PX)
  y = Math.min(Math.max(EDGE_PX, y), height - h - EDGE_PX)
  box.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`
  box.style.visibility = 'visible'
  const lx = right ? x : x + w
  const ly = y + h / 2
  line.setAttribute('x1', String(ax))
  line.setAttribute('y1', String(ay))
  line.setAttribute('x2', String(lx))
  line.setAttribute('y2', String(ly))
  line.setAttribute('visibility', 'visible')
  dot.setAttribute('cx', String(ax))
  dot.setAttribute('cy', String(ay))
  dot.setAttribute('visibility', 'visible')
}

export interface LabelDriverProps {
  labels: LabelElements
  size: { width: number; height: number }
  /** World point under the pointer on the hovered structure (kept by the scene's pointer handling). */
  hoverPoint: RefObject<Vector3 | null>
}

export function LabelDriver({ labels, size, hoverPoint }: LabelDriverProps): null {
  const camera = useThree((s) => s.camera)
  const body = useBody()
  // Scratch objects reused in every frame: the label pass allocates nothing per frame.
  const scratch = useRef({ p: new Vector3(), centre: new Vector3(), box: new Box3(), sel: [0, 0], hover: [0, 0], shown: false })
  useFrame(() => {
    const { hover, selection, namesHidden } = useViewer.getState()
    if (namesHidden || (!selection && !hover)) {
      // nothing to label: the DOM is touched once, when the labels go
      if (!scratch.current.shown) return
      scratch.current.shown = false
      hide(labels.selected)
      hide(labels.hover)
      return
    }
    scratch.current.shown = true
    const { p, centre, box } = scratch.current
    /** Writes the CSS-pixel position of `v` into `out`; false when it is behind the camera or off screen. */
    const toScreen = (v: Vector3, out: number[]): boolean => {
      p.copy(v).project(camera)
      if (p.z > 1 || Math.abs(p.x) > 1.05 || Math.abs(p.y) > 1.05) return false
      out[0] = ((p.x + 1) / 2) * size.width
      out[1] = ((1 - p.y) / 2) * size.height
      return true
    }
    const meshes = selection ? body?.node(selection) : undefined
    const sel = scratch.current.sel
    let selShown = false
    if (meshes?.some((m) => m.visible)) {
      box.makeEmpty()
      for (const m of meshes) box.expandByObject(m)
      selShown = toScreen(box.getCenter(centre), sel)
    }
    if (selShown) place(labels.selected, sel[0]!, sel[1]!, size.width, size.height, true)
    else hide(labels.selected)
    const hp = hover && hover !== selection ? hoverPoint.current : null
    const hs = scratch.current.hover
    if (hp && toScreen(hp, hs)) place(labels.hover, hs[0]!, hs[1]!, size.width, size.height, !selShown || hs[1]! > sel[1]!)
    else hide(labels.hover)
  })
  return null
}

/** The DOM layer: two labels and their leader lines, texts from the store. */
export function LabelsOverlay({ labels }: { labels: LabelElements }): React.JSX.Element {
  const hoverLabel = useViewer((s) => (s.hover ? s.structures.find((r) => r.nodeName === s.hover)?.label : undefined))
  const selectedLabel = useViewer((s) => (s.selection ? s.structures.find((r) => r.nodeName === s.selection)?.label : undefined))
  return (
    <div className="labels" aria-hidden="true">
      <svg className="leaders">
        <line ref={labels.selected.line} className="leader leader-selected" visibility="hidden" />
        <circle ref={labels.selected.dot} r="3.5" className="anchor anchor-selected" visibility="hidden" />
        <line ref={labels.hover.line} className="leader" visibility="hidden" />
        <circle ref={labels.hover.dot} r="3" className="anchor" visibility="hidden" />
      </svg>
      <div ref={labels.selected.box} className="label label-selected" style={{ visibility: 'hidden' }}>
        {selectedLabel}
      </div>
      <div ref={labels.hover.box} className="label label-hover" style={{ visibility: 'hidden' }}>
        {hoverLabel}
      </div>
    </div>
  )
}
