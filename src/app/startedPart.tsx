// A part whose code the page has asked for before React renders it (the 3D view: startBody.ts starts its import beside
// the body's download), drawn the moment that code is in. It does not suspend: React holds back content revealed
// after a Suspense fallback for up to 300 ms, which kept the view's canvas from being made until the body had been
// parsed. Mount it inside a PartBoundary (LazySlot): a failed import is thrown there, and Retry remounts the part,
// which calls `load` again (the loader must not keep a failed import).
import { useEffect, useState, type ComponentType } from 'react'

type Loaded<P> = { component: ComponentType<P> } | { error: unknown } | null

export function startedPart<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | null = null
  function Part(props: P): React.JSX.Element | null {
    const [state, setState] = useState<Loaded<P>>(() => (loaded ? { component: loaded } : null))
    useEffect(() => {
      if (loaded) return
      let live = true
      load().then(
        (component) => {
          loaded = component
          if (live) setState({ component })
        },
        (error: unknown) => {
          if (live) setState({ error })
        },
      )
      return () => {
        live = false
      }
    }, [])
    if (state && 'error' in state) throw state.error
    if (!state) return null
    const Loaded = state.component
    return <Loaded {...props} />
  }
  return Part
}
