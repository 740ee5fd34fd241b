// React.lazy keeps a failed import for good, so a "Retry" could never load the part again. A part made here
// starts a fresh import each time it is mounted (the boundary's Retry remounts it); a successful import is
// kept and reused, so mounting again costs nothing once the code is in.
import { lazy, useState, type ComponentType, type LazyExoticComponent } from 'react'

export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: LazyExoticComponent<ComponentType<P>> | null = null
  const fresh = (): LazyExoticComponent<ComponentType<P>> => {
    const attempt = lazy(async () => {
      const component = await load()
      loaded = attempt
      return { default: component }
    })
    return attempt
  }
  function Part(props: P): React.JSX.Element {
    const [Current] = useState(() => loaded ?? fresh())
    return <Current {...props} />
  }
  return Part
}
