// Failures of parts that cannot show their own message (those drawn inside the 3D canvas): the boundary
// reports them here and the page shows them as alerts with a Retry button.
import { create } from 'zustand'
import type { LoadFailure } from './loadFailure'

export interface ReportedPartFailure {
  part: string
  failure: LoadFailure
  retry: () => void
}

export const usePartFailures = create<{ failures: ReportedPartFailure[] }>(() => ({ failures: [] }))

export function reportScenePartFailure(part: string, failure: LoadFailure, retry: () => void): void {
  const others = usePartFailures.getState().failures.filter((f) => f.part !== part)
  usePartFailures.setState({ failures: [...others, { part, failure, retry }] })
}

/** Retries a reported part and takes its message away. */
export function retryPart(part: string): void {
  const entry = usePartFailures.getState().failures.find((f) => f.part === part)
  usePartFailures.setState({ failures: usePartFailures.getState().failures.filter((f) => f.part !== part) })
  entry?.retry()
}
