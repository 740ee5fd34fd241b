// An error boundary around one part of the app (a lazily loaded panel, the 3D view): if the part cannot be
// loaded or throws, it is replaced by a message naming the cause with "Retry" and "Reload page" buttons,
// while the header, the structure list and every other part stay usable. Retry remounts the children, so a
// part made with `lazyPart` imports its code again.
import { Component, type ErrorInfo, type ReactNode } from 'react'
import { PartAttempt } from './lazyPart'
import { describeLoadFailure, type LoadFailure } from './loadFailure'

export interface PartBoundaryProps {
  /** The part in plain words, e.g. "patient mode" or "the 3D view". */
  part: string
  children?: ReactNode
  /** Replaces the default message (e.g. inside the 3D canvas, where no DOM can be drawn). */
  renderFailure?: (failure: LoadFailure, retry: () => void) => ReactNode
  onFailure?: (failure: LoadFailure, retry: () => void) => void
  /** Called on Retry before the part is mounted again (e.g. to let a failed data load start over). */
  onRetry?: () => void
  className?: string
}

interface State {
  /** What was thrown; `failed` tells an error from "nothing thrown" (undefined can be thrown too). */
  error: unknown
  failed: boolean
  attempt: number
}

export class PartBoundary extends Component<PartBoundaryProps, State> {
  state: State = { error: null, failed: false, attempt: 0 }

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error, failed: true }
  }

  componentDidCatch(error: unknown, info: ErrorInfo): void {
    const failure = describeLoadFailure(this.props.part, error)
    console.error(`[${this.props.part}] ${failure.detail}`, info.componentStack ?? '')
    this.props.onFailure?.(failure, this.retry)
  }

  retry = (): void => {
    this.props.onRetry?.()
    this.setState((s) => ({ error: null, failed: false, attempt: s.attempt + 1 }))
  }

  render(): ReactNode {
    const { error, failed, attempt } = this.state
    if (!failed) {
      return (
        <PartAttempt.Provider key={attempt} value={attempt}>
          {this.props.children}
        </PartAttempt.Provider>
      )
    }
    const failure = describeLoadFailure(this.props.part, error)
    if (this.props.renderFailure) return this.props.renderFailure(failure, this.retry)
    return <PartFailureMessage part={this.props.part} failure={failure} onRetry={this.retry} className={this.props.className} />
  }
}

export function PartFailureMessage({
  part,
  failure,
  onRetry,
  className,
}: {
  part: string
  failure: LoadFailure
  onRetry: () => void
  className?: string
}): React.JSX.Element {
  return (
    <div className={`part-failure ${className ?? ''}`} role="alert">
      <p className="part-failure-title">
        {failure.cause === 'code-not-fetched' ? `Could not load ${part}` : `Something went wrong in ${part}`}
      </p>
      <p>{failure.message}</p>
      <div className="part-failure-buttons">
        <button type="button" onClick={onRetry}>
          Retry
        </button>
        <button type="button" onClick={() => window.location.reload()}>
          Reload page
        </button>
      </div>
      <details>
        <summary>Technical detail</summary>
        <code>{failure.detail}</code>
      </details>
    </div>
  )
}
