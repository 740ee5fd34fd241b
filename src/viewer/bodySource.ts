// Which model the viewer should show: the built-in body at start, or a .glb the user opened. Kept free of
// three.js so the page's entry (startBody.ts) can start the download before the shell and the 3D code have loaded.

export interface BodyRequest {
  /** Shown in messages, e.g. "Built-in body" or the file name. */
  label: string
  bytes: Promise<ArrayBuffer>
  /** True for the app's own model (mapped by our extras); false for a user's file. */
  builtin: boolean
}

type Listener = (req: BodyRequest) => void
let latest: BodyRequest | null = null
const listeners = new Set<Listener>()

export function requestBody(req: BodyRequest): void {
  latest = req
  // Avoid an unhandled rejection before the scene subscribes: the scene reports the error itself.
  req.bytes.catch(() => undefined)
  for (const l of listeners) l(req)
}

/** Calls `listener` with the latest request right away (if any) and with every later one. */
export function subscribeBody(listener: Listener): () => void {
  listeners.add(listener)
  if (latest) listener(latest)
  return () => {
    listeners.delete(listener)
  }
}
