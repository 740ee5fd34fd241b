// Failures of parts that cannot show their own message (those drawn inside the 3D canvas): their boundary reports
// them here and the page shows them as alerts with a Retry button (src/app/PartFailureNotices.tsx).
import type { StateCreator } from 'zustand'
import type { LoadFailure } from '../app/loadFailure'
import type { AppState } from './appStore'

export interface ReportedPartFailure {
  part: string
  failure: LoadFailure
  retry: () => void
}

export interface PartFailureState {
  partFailures: ReportedPartFailure[]
}

export interface PartFailureActions {
  /** A part failed: its message replaces any earlier one of the same part. */
  reportPartFailure(part: string, failure: LoadFailure, retry: () => void): void
  /** Retries a reported part and takes its message away. */
  retryPart(part: string): void
}

export const createPartFailureSlice: StateCreator<AppState, [], [], PartFailureState & PartFailureActions> = (set, get) => ({
  partFailures: [],
  reportPartFailure(part, failure, retry) {
    set({ partFailures: [...get().partFailures.filter((f) => f.part !== part), { part, failure, retry }] })
  },
  retryPart(part) {
    const entry = get().partFailures.find((f) => f.part === part)
    set({ partFailures: get().partFailures.filter((f) => f.part !== part) })
    entry?.retry()
  },
})
