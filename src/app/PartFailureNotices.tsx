// The page-side messages of parts that failed inside the 3D canvas (src/store/partFailureSlice.ts).
import { PartFailureMessage } from './PartBoundary'
import { useAppStore } from '../store/appStore'

export function PartFailureNotices(): React.JSX.Element | null {
  const failures = useAppStore((s) => s.partFailures)
  const retryPart = useAppStore((s) => s.retryPart)
  if (failures.length === 0) return null
  return (
    <div className="part-failure-notices">
      {failures.map((f) => (
        <PartFailureMessage key={f.part} part={f.part} failure={f.failure} onRetry={() => retryPart(f.part)} />
      ))}
    </div>
  )
}
