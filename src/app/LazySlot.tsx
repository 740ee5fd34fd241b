// Where a lazily loaded part (made with `lazyPart`) is mounted: its error boundary with Retry, and what shows while
// its code downloads, in one element, so every such part fails and waits the same way.
import { Suspense, type ReactNode } from 'react'
import { PartBoundary, type PartBoundaryProps } from './PartBoundary'

interface Props extends PartBoundaryProps {
  /** Shown while the part's code downloads (nothing by default). */
  loading?: ReactNode
}

export function LazySlot({ loading = null, children, ...boundary }: Props): React.JSX.Element {
  return (
    <PartBoundary {...boundary}>
      <Suspense fallback={loading}>{children}</Suspense>
    </PartBoundary>
  )
}
