// The 3D view's code, asked for by the page's first code (startBody.ts, beside the body's download) and again by the view's lazy
// part when React first renders it (App.tsx): both get one download and one promise. Asked only by React, the view
// was mounted after the body had been parsed, because a second dynamic import of the same module resolved behind
// the parse's work; the view's canvas is now created while the body is still downloading. A failed import is not
// kept, so the part's Retry loads it afresh.
import type Viewport from './scene/Viewport'

type ViewportComponent = typeof Viewport
let loading: Promise<ViewportComponent> | null = null

export function loadViewport(): Promise<ViewportComponent> {
  if (!loading) {
    const started = import('./scene/Viewport').then((m) => m.default)
    loading = started
    started.catch(() => {
      if (loading === started) loading = null
    })
  }
  return loading
}
