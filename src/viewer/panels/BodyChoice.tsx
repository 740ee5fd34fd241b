// The choice of built-in body, male or female: in the layers panel for study and in the patient panel, where many
// patients prefer a body of their own sex. Only the chosen body is downloaded (viewer/bodyChoice.ts).
import { BODY_SEXES, type BodySex } from '../../anatomy/ids'
import { useViewer } from '../store'

const LABELS: Readonly<Record<BodySex, string>> = { male: 'Male', female: 'Female' }

export function BodyChoice({ legend = 'Body' }: { legend?: string }): React.JSX.Element {
  const body = useViewer((s) => s.body)
  const loading = useViewer((s) => s.load.phase === 'loading')
  const setBody = useViewer((s) => s.setBody)
  return (
    <fieldset className="body-choice">
      <legend>{legend}</legend>
      {BODY_SEXES.map((id) => (
        <label key={id}>
          <input type="radio" name={`body-choice-${legend}`} value={id} checked={body === id} onChange={() => setBody(id)} /> {LABELS[id]}
        </label>
      ))}
      {loading ? (
        <span className="body-choice-status" role="status">
          Loading…
        </span>
      ) : null}
    </fieldset>
  )
}
