// The page-side messages of parts that failed inside the 3D canvas (see partFailures.ts).
import { PartFailureMessage } from './PartBoundary'
import { retryPart, usePartFailures } from './partFailures'

export function PartFailureNotices(): React.JSX.Element | null {
  const failures = usePartFailures((s) => s.failures)
  if (failures.length === 0) return null
  return (
    <div className="part-failure-notices">
      {failures.map((f) => (
        <PartFailureMessage key={f.part} part={f.part} failure={f.failure} onRetry={() => retryPart(f.part)} />
      ))}
    </div>
  )
}
