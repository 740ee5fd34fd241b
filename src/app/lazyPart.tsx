// React.lazy keeps a failed import for good, so a "Retry" could never load the part again. A part made here
// starts a fresh import when the surrounding PartBoundary retries (its attempt number, read from context,
// has moved on since the import failed); a successful import is kept and reused. The fresh import is made
// only then, never on every render: a component that suspends on its first mount loses its state, so
// creating the lazy component in state would start a new download on every render, without end.
import { createContext, lazy, useContext, type ComponentType, type LazyExoticComponent } from 'react'

/** The PartBoundary's attempt: 0, then one more for each Retry. */
export const PartAttempt = createContext(0)

export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let failed = false
  let madeForAttempt = 0
  const fresh = (): LazyExoticComponent<ComponentType<P>> =>
    lazy(async () => {
      try {
        return { default: await load() }
      } catch (err) {
        failed = true
        throw err
      }
    })
  let current = fresh()
  function Part(props: P): React.JSX.Element {
    const attempt = useContext(PartAttempt)
    if (failed && attempt !== madeForAttempt) {
      failed = false
      madeForAttempt = attempt
      current = fresh()
    }
    const Current = current
    return <Current {...props} />
  }
  return Part
}
