// "Open atlas…": the steps between picking an instructor's atlas file and using it (the file waits in the store for
// the choice "add to" or "replace", src/store/atlasFileSlice.ts), and the report of the last opening. The checks and the merge are the pure
// functions of src/atlas/openFile.ts, imported lazily (with the validator) so they stay out of the first JS
// chunk; nothing is sent anywhere, the file is read in the browser.
import { describeLoadFailure } from '../app/loadFailure'
import { builtInActiveAtlas, retryBuiltInAtlas, setActiveAtlas } from '../atlas/active'
import type { MergeMode } from '../atlas/merge'
import { useViewer } from './store'

function refuse(message: string): void {
  useViewer.getState().notify('error', message)
}

/** The checks and the built-in atlas arrive as separate code files; when one cannot be downloaded, say so. */
function refuseUnloaded(fileName: string, error: unknown): void {
  refuse(`Could not open "${fileName}". ${describeLoadFailure('opening an atlas', error).message} The atlas on screen is unchanged.`)
}

/** Step 1: a file from the picker; refused at once if too large, not text, too deep or not JSON, else it waits for the choice. */
export async function pickAtlasFile(file: File): Promise<void> {
  let checks: typeof import('../atlas/openFile')
  try {
    checks = await import('../atlas/openFile')
  } catch (err) {
    return refuseUnloaded(file.name, err)
  }
  try {
    const { decodeOpenedFile, refuseBySize, refuseByText } = checks
    const bySize = refuseBySize(file.name, file.size)
    if (bySize) return refuse(bySize)
    let bytes: Uint8Array
    try {
      bytes = new Uint8Array(await file.arrayBuffer())
    } catch (err) {
      return refuse(`Could not open "${file.name}": the file could not be read (${String(err)}). The atlas on screen is unchanged.`)
    }
    const decoded = decodeOpenedFile(file.name, bytes)
    if (!decoded.ok) return refuse(decoded.message)
    const byText = refuseByText(file.name, decoded.text)
    if (byText) return refuse(byText)
    useViewer.setState({ atlasFilePending: { name: file.name, text: decoded.text } })
  } catch (err) {
    refuseUnexpected(file.name, err)
  }
}

/** Step 2: the instructor chose how to use the waiting file. */
export async function applyPendingAtlas(mode: MergeMode): Promise<void> {
  const pending = useViewer.getState().atlasFilePending
  if (!pending) return
  useViewer.setState({ atlasFilePending: null })
  let loaded: [typeof import('../atlas/openFile'), Awaited<ReturnType<typeof builtInActiveAtlas>>]
  retryBuiltInAtlas()
  try {
    loaded = await Promise.all([import('../atlas/openFile'), builtInActiveAtlas()])
  } catch (err) {
    // The file stays waiting, so the choice can be made again once the connection is back.
    useViewer.setState({ atlasFilePending: pending })
    return refuseUnloaded(pending.name, err)
  }
  try {
    const [{ openAtlasFile }, builtIn] = loaded
    const outcome = openAtlasFile(builtIn.atlas, pending.name, pending.text, mode)
    if (!outcome.ok) return refuse(outcome.message)
    setActiveAtlas(outcome.active)
    useViewer.setState({ atlasReport: { summary: outcome.summary, faultLines: outcome.faultLines }, openedAtlasFile: pending.name })
  } catch (err) {
    refuseUnexpected(pending.name, err)
  }
}

/** Any failure the checks did not foresee still ends in a message, with the atlas on screen kept. */
function refuseUnexpected(name: string, err: unknown): void {
  const why = err instanceof Error ? err.message : String(err)
  refuse(`Could not open "${name}": it could not be checked (${why}). The atlas on screen is unchanged.`)
}

/** Puts the built-in atlas back on screen (the instructor's file is let go; nothing was stored). */
export async function restoreBuiltInAtlas(): Promise<void> {
  const opened = useViewer.getState().openedAtlasFile
  if (!opened) return
  retryBuiltInAtlas()
  try {
    setActiveAtlas(await builtInActiveAtlas())
  } catch (err) {
    refuse(`Could not go back to the built-in atlas. ${describeLoadFailure('the built-in atlas', err).message}`)
    return
  }
  useViewer.setState({ openedAtlasFile: null, atlasReport: { summary: `Back to the built-in atlas (${opened} closed).`, faultLines: [] } })
}

export function cancelPendingAtlas(): void {
  useViewer.setState({ atlasFilePending: null })
}

export function dismissAtlasReport(): void {
  useViewer.setState({ atlasReport: null })
}
