// Opening a user's .glb (file picker or drag-and-drop): a quick check of the name, then the bytes go to the
// scene, which maps the nodes and reports the result; a broken file leaves the current body on screen.
// A file over the size cap is refused from File.size alone, before any of it is read into memory.
import { fileSizeProblem } from '../../modelFile/limits'
import { requestBody } from '../bodySource'
import { useViewer } from '../store'

export function openModelFile(file: File): void {
  if (!/\.glb$/i.test(file.name)) {
    useViewer
      .getState()
      .notify('error', `Could not open "${file.name}": only binary glTF files (.glb) can be opened. The body on screen is unchanged.`)
    return
  }
  const tooBig = fileSizeProblem(file.size)
  if (tooBig) {
    useViewer.getState().notify('error', `Could not open "${file.name}": ${tooBig}. The body on screen is unchanged.`)
    return
  }
  requestBody({ label: file.name, bytes: file.arrayBuffer(), builtin: false })
}
